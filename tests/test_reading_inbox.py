"""Listing the inbox and reading one file: what every record carries, dispatch by content, empty files."""

from __future__ import annotations

import hashlib

from gongwen.reading.walk import HIDDEN_FILE, HIDDEN_FOLDER, walk_inbox
from tests.reading_helpers import NOTICE, read_one


def test_walk_is_recursive_sorted_and_lists_hidden_entries_as_skipped(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for name in ("b/2.txt", "a.html", ".DS_Store", ".git/config", "b/1.csv"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = [(e.name, e.skip_reason) for e in walk_inbox(tmp_path)]
    assert found == [(".DS_Store", HIDDEN_FILE), (".git", HIDDEN_FOLDER), ("a.html", None), ("b/1.csv", None),
                     ("b/2.txt", None)]


def test_record_carries_hash_and_size_of_the_file_bytes(tmp_path):
    data = NOTICE.encode("utf-8")
    record = read_one(tmp_path, "hunan.txt", data)
    assert record.source_file == "hunan.txt"
    assert record.n_bytes == len(data)
    assert record.sha256 == hashlib.sha256(data).hexdigest()


def test_html_is_recognised_whatever_the_suffix(tmp_path):
    page = "<!DOCTYPE html><html><body><p>一、总体要求</p></body></html>"
    record = read_one(tmp_path, "export.txt", page.encode("utf-8"))
    assert (record.format, record.text) == ("html", "一、总体要求")


def test_empty_file_is_rejected(tmp_path):
    rejection = read_one(tmp_path, "empty.txt", b" \r\n\n")
    assert (rejection.stage, rejection.reason) == ("read", "empty file")
