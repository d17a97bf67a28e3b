"""Listing the inbox and reading one file: what every record carries, dispatch by content, empty files."""

from __future__ import annotations

import hashlib

from gongwen.reading.inbox import list_inbox
from tests.reading_helpers import NOTICE, read_one


def test_list_inbox_is_recursive_sorted_and_skips_hidden(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for name in ("b/2.txt", "a.html", ".DS_Store", ".git/config", "b/1.csv"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in list_inbox(tmp_path)]
    assert found == ["a.html", "b/1.csv", "b/2.txt"]


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
