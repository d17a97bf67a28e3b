"""A hostile inbox through the whole graph: every entry one raw_files row with its exact state, nothing
outside the inbox read, damaged text kept, Taiwan/Hong Kong copies recognised, names of any bytes kept."""

from __future__ import annotations

import contextlib
import csv
import io
import os

import duckdb
import opencc
import pytest

from tests.conftest import SAMPLES, materialize_all, warehouse_rows

MARKER = "OUTSIDE-THE-INBOX-4d1f0c"  # in the linked outside file only: must appear nowhere
GBK_NAME = "方案.txt".encode("gbk")  # as a Windows share writes it
ESC_NAME = b"plan\x1b[31m\r.txt"


def _sample(name: str) -> str:
    return (SAMPLES / name).read_text(encoding="utf-8")


def _write(path: bytes, data: bytes) -> None:
    with open(path, "wb") as handle:
        handle.write(data)


def _export_with_a_broken_middle_row() -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["province", "title", "source_url", "full_text"])
    writer.writerow(["贵州省", "贵州方案", '"><script>alert(1)</script>', _sample("guizhou-2024.txt")])
    good_first, good_last = out.getvalue(), io.StringIO()
    csv.writer(good_last, lineterminator="\n").writerow(
        ["湖南省", "工作要点", "https://www.hunan.gov.cn/a.html", _sample("hunan-2021-workpoints.txt")])
    broken = '湖南省,残缺的一行,https://www.hunan.gov.cn/b.html,"引号没有闭合的正文\n第二段。\n'
    return (good_first + broken + good_last.getvalue()).encode("utf-8")


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    inbox, outside, home = root / "inbox", root / "outside", root / "home"
    inbox.mkdir()
    outside.mkdir()
    (outside / "policy.txt").write_text(f"{MARKER}\n{_sample('hunan-2024.txt')}", encoding="utf-8")
    hunan = (SAMPLES / "hunan-2024.txt").read_bytes()
    (inbox / "hunan-2024.txt").write_bytes(hunan)
    _write(os.fsencode(inbox) + b"/" + GBK_NAME, (SAMPLES / "chenzhou-2025.txt").read_bytes())
    _write(os.fsencode(inbox) + b"/" + ESC_NAME, (SAMPLES / "liuyang-2025.txt").read_bytes())
    (inbox / "nul-copy.txt").write_bytes(hunan[:300] + b"\x00" * 5 + hunan[300:])
    (inbox / "tw-copy.txt").write_text(opencc.OpenCC("s2tw").convert(_sample("chenzhou-2025.txt")), encoding="utf-8")
    (inbox / "zz-hk-copy.txt").write_text(opencc.OpenCC("s2hk").convert(_sample("liuyang-2025.txt")),
                                          encoding="utf-8")
    (inbox / "exports.csv").write_bytes(_export_with_a_broken_middle_row())
    (inbox / "blob.txt").write_bytes(bytes((i * 37 + 11) % 256 for i in range(4096)))
    (inbox / ".x.txt").write_bytes(hunan)
    (inbox / "link-outside.txt").symlink_to(outside / "policy.txt")
    (inbox / "link-outside-folder").symlink_to(outside)
    (inbox / "link-inside.txt").symlink_to(inbox / "hunan-2024.txt")
    (inbox / "loop.txt").symlink_to(inbox / "loop.txt")
    (inbox / "dangling.txt").symlink_to(inbox / "gone.txt")
    os.mkfifo(inbox / "fifo.txt")
    capture = io.StringIO()  # the run's console log (Dagster's handler writes to sys.stderr)
    with contextlib.redirect_stderr(capture), contextlib.redirect_stdout(capture):
        result = materialize_all(inbox, home)
    messages = [str(event) for event in result.all_events]
    return home, result, capture.getvalue() + "\n".join(messages)


def test_every_entry_is_one_row_with_its_state(hostile_run):
    home, result, _ = hostile_run
    assert result.success
    assert warehouse_rows(home, "select source_file, status, reason from raw_files order by source_file") == [
        (".x.txt", "skipped", "hidden file"),
        (r"\xb7\xbd\xb0\xb8.txt", "published", None),
        ("blob.txt", "quarantined", "binary content, not text (unknown type, 16 NUL bytes in the first 4096)"),
        ("dangling.txt", "skipped", "dangling link: its target does not exist"),
        ("exports.csv#1", "published", None),
        ("exports.csv#2", "quarantined", "CSV row with unbalanced quotes"),
        ("exports.csv#3", "published", None),
        ("fifo.txt", "skipped", "not a regular file (FIFO)"),
        ("hunan-2024.txt", "published", None),
        ("link-inside.txt", "duplicate", None),
        ("link-outside-folder", "skipped", "link outside the inbox"),
        ("link-outside.txt", "skipped", "link outside the inbox"),
        ("loop.txt", "skipped", "symlink loop"),
        ("nul-copy.txt", "duplicate", None),
        (r"plan\x1b[31m\x0d.txt", "published", None),
        ("tw-copy.txt", "duplicate", None),
        ("zz-hk-copy.txt", "duplicate", None),
    ]


def test_copies_point_at_their_original(hostile_run):
    home, _, _ = hostile_run
    pairs = warehouse_rows(home, """
        select c.source_file, o.source_file from raw_files c join raw_files o using (doc_id)
        where c.status = 'duplicate' and o.status = 'published' order by 1""")
    assert pairs == [
        ("link-inside.txt", "hunan-2024.txt"),
        ("nul-copy.txt", "hunan-2024.txt"),
        ("tw-copy.txt", r"\xb7\xbd\xb0\xb8.txt"),
        ("zz-hk-copy.txt", r"plan\x1b[31m\x0d.txt"),
    ]


def test_damage_is_flagged_where_it_was_found(hostile_run):
    home, _, _ = hostile_run
    flags = dict(warehouse_rows(home, "select source_file, flags from raw_files where len(flags) > 0 order by 1"))
    assert flags["nul-copy.txt"] == ["control_bytes_removed:5"]
    assert "source_url_invalid" in flags["exports.csv#1"]
    urls = warehouse_rows(home, "select source_file, source_url from raw_documents where source_file like 'exports%'")
    assert sorted(urls) == [("exports.csv#1", None), ("exports.csv#3", "https://www.hunan.gov.cn/a.html")]


def test_the_broken_export_row_names_its_lines(hostile_run):
    home, _, _ = hostile_run
    [(detail,)] = warehouse_rows(home, "select detail from ops_quarantine where source_file = 'exports.csv#2'")
    n_first = _export_with_a_broken_middle_row().decode().split("\n").index("湖南省,残缺的一行,https://www.hunan.gov.cn/b.html,\"引号没有闭合的正文") + 1
    assert detail.startswith(f"lines {n_first}-{n_first + 1}: ")


def test_nothing_outside_the_inbox_is_read_or_shown(hostile_run):
    home, _, log = hostile_run
    con = duckdb.connect(str(home / "warehouse.duckdb"), read_only=True)
    try:
        tables = [name for (name,) in con.execute("select table_name from information_schema.tables").fetchall()]
        dumps = [str(con.execute(f'select * from "{name}"').fetchall()) for name in tables]
    finally:
        con.close()
    published = [p.read_bytes() for p in (home / "published").rglob("*") if p.is_file()]
    assert not [name for name, dump in zip(tables, dumps, strict=True) if MARKER in dump]
    assert not any(MARKER.encode() in data for data in published)
    assert "skipped link-outside.txt: link outside the inbox" in log  # the log was captured
    assert MARKER not in log
    assert "\x1b" not in log and "\r" not in log.replace("\r\n", "\n")
