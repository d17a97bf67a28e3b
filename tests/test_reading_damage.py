"""Damaged text kept, not thrown away: stray NUL/control bytes, a broken CSV row, odd names and URLs."""

from __future__ import annotations

import os

from gongwen.reading.csv_records import read_csv_records
from gongwen.reading.names import escape_name, printable, unescape_name
from tests.reading_helpers import NOTICE, read_one

PLAN = NOTICE + "一、总体要求\n到2028年，全省常住人口城镇化率达到65%左右。\n"


def test_five_nul_bytes_in_a_utf8_plan_are_removed_and_flagged(tmp_path):
    data = PLAN.encode("utf-8")
    damaged = data[:30] + b"\x00" * 3 + data[30:60] + b"\x00\x00" + data[60:]
    record = read_one(tmp_path, "plan.txt", damaged)
    assert (record.text, record.flags) == (PLAN, ("control_bytes_removed:5",))


def test_nul_bytes_in_a_gbk_plan_are_removed_too(tmp_path):
    record = read_one(tmp_path, "plan.txt", PLAN.encode("gbk") + b"\x00" * 400)
    assert (record.encoding, record.text, record.flags) == ("gb18030", PLAN, ("control_bytes_removed:400",))


def test_escape_and_cr_in_text_are_removed_and_flagged(tmp_path):
    record = read_one(tmp_path, "plan.txt", ("一、总体要求\x1b[2J\x07\n" + PLAN).encode("utf-8"))
    assert (record.text, record.flags) == ("一、总体要求[2J\n" + PLAN, ("control_bytes_removed:2",))


def test_a_binary_file_without_a_known_signature_is_still_binary(tmp_path):
    data = bytes((i * 37 + 11) % 256 for i in range(2048))
    rejection = read_one(tmp_path, "blob.txt", data)
    assert rejection.reason == "binary content, not text (unknown type, 8 NUL bytes in the first 2048)"


def test_utf16_text_keeps_its_nul_bytes(tmp_path):
    record = read_one(tmp_path, "plan.txt", PLAN.encode("utf-16-le"))
    assert (record.text, record.flags) == (PLAN, ())


HEADER = "province,title,source_url,full_text\n"


def _row(n: int, closed: bool = True) -> str:
    body = f"第一段，方案{n}的正文。\n第二段，到2028年完成。"
    return f'湖南省,方案{n},https://www.hunan.gov.cn/{n}.html,"{body}{chr(34) if closed else ""}\n'


def _titles(text: str) -> list[tuple[str | None, int, int]]:
    _, records = read_csv_records(text, ",")
    return [(r.fields[1] if r.fields else None, r.first_line, r.last_line) for r in records]


def test_well_formed_csv_rows_span_their_lines():
    assert _titles(HEADER + _row(1) + _row(2)) == [("方案1", 2, 3), ("方案2", 4, 5)]


def test_a_row_whose_text_quote_never_closes_costs_that_row_only():
    text = HEADER + _row(1) + _row(2, closed=False) + _row(3) + _row(4)
    assert _titles(text) == [("方案1", 2, 3), (None, 4, 5), ("方案3", 6, 7), ("方案4", 8, 9)]


def test_an_opened_title_quote_does_not_shred_the_row_into_pseudo_rows():
    text = HEADER + _row(1) + _row(2).replace("方案2", '"方案2', 1) + _row(3)
    assert _titles(text) == [("方案1", 2, 3), (None, 4, 5), ("方案3", 6, 7)]


def test_an_open_quote_does_not_swallow_single_line_rows_up_to_the_end():
    rows = [f"湖南省,方案{n},https://www.hunan.gov.cn/{n}.html,正文{n}\n" for n in (3, 4, 5)]
    text = HEADER + _row(1) + '湖南省,方案2,https://a.cn/2.html,"正文2\n' + "".join(rows)
    assert _titles(text) == [("方案1", 2, 3), (None, 4, 4), ("方案3", 5, 5), ("方案4", 6, 6), ("方案5", 7, 7)]


def test_a_broken_csv_row_is_a_rejection_naming_its_lines(tmp_path):
    text = HEADER + _row(1) + _row(2, closed=False) + _row(3)
    first, broken, third = [read_one_of(tmp_path, text, i) for i in range(3)]
    assert (first.hints["title"], third.hints["title"]) == ("方案1", "方案3")
    assert (broken.source_file, broken.reason) == ("plans.csv#2", "CSV row with unbalanced quotes")
    assert broken.detail.startswith("lines 4-5: ")


def read_one_of(tmp_path, text: str, index: int):
    from gongwen.reading.inbox import read_file

    path = tmp_path / "plans.csv"
    path.write_text(text, encoding="utf-8")
    return read_file(tmp_path, path)[index]


def test_a_gbk_file_name_is_escaped_losslessly():
    raw = "方案.txt".encode("gbk")
    escaped = escape_name(os.fsdecode(raw))
    assert escaped == r"\xb7\xbd\xb0\xb8.txt"
    assert unescape_name(escaped) == raw


def test_control_characters_and_backslashes_in_a_name_are_escaped_losslessly():
    raw = "方案\x1b[31m\r\\v2.txt".encode()
    escaped = escape_name(os.fsdecode(raw))
    assert escaped == r"方案\x1b[31m\x0d\\v2.txt"
    assert unescape_name(escaped) == raw


def test_printable_escapes_what_a_terminal_would_act_on():
    assert printable("quarantined 方案\x1b]0;x\x07.txt (C:\\inbox)") == r"quarantined 方案\x1b]0;x\x07.txt (C:\inbox)"


def test_a_source_url_that_is_not_plain_http_is_dropped_and_flagged(tmp_path):
    text = 'title,source_url,full_text\n方案,"""><script>alert(1)</script>",' + PLAN.replace("\n", "") + "\n"
    record = read_one(tmp_path, "plans.csv", text.encode("utf-8"))
    assert ("source_url" in record.hints, record.flags) == (False, ("source_url_invalid",))


def test_an_https_source_url_is_kept(tmp_path):
    text = "title,source_url,full_text\n方案,https://www.hunan.gov.cn/a.html?id=1," + PLAN.replace("\n", "") + "\n"
    record = read_one(tmp_path, "plans.csv", text.encode("utf-8"))
    assert (record.hints["source_url"], record.flags) == ("https://www.hunan.gov.cn/a.html?id=1", ())
