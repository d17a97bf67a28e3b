"""CSV/JSONL/JSON exports: one record per row, and the rows and files that are rejected."""

from __future__ import annotations

import json
from pathlib import Path

from gongwen.model import Rejection
from gongwen.reading.inbox import read_file
from tests.reading_helpers import FIELD

CSV = (
    "\ufeffprovince,year,title,source_url,publish_date,full_text\n"
    '河南省,2026,2026年河南省政府工作报告,https://example.org/1,2026-02-03,"各位代表:\n现在,我代表省人民政府,向大会报告工作。"\n'
    "河南省,2026,空行,https://example.org/2,2026-02-04,\n"
)


def test_csv_with_bom_gives_one_record_per_row_with_hints(tmp_path):
    first, second = read_file(tmp_path, _write(tmp_path / "exports" / "reports.csv", CSV.encode("utf-8")))
    assert first.source_file == "exports/reports.csv#1"
    assert (first.format, first.encoding) == ("csv", "utf-8-sig")
    assert first.text == "各位代表:\n现在,我代表省人民政府,向大会报告工作。"
    assert first.hints == {
        "title": "2026年河南省政府工作报告",
        "publish_date": "2026-02-03",
        "source_url": "https://example.org/1",
        "province": "河南省",
        "year": "2026",
    }
    assert isinstance(second, Rejection)
    assert (second.source_file, second.reason) == ("exports/reports.csv#2", "empty text in export row")


def test_csv_without_a_text_column_is_rejected_whole(tmp_path):
    (rejection,) = read_file(tmp_path, _write(tmp_path / "list.csv", "标题,日期\n规划,2025-01-01\n".encode()))
    assert rejection.reason == "CSV has no text column (looked for full_text, text, content, 正文)"
    assert rejection.detail == "columns found: 标题, 日期"


def test_gbk_csv_with_chinese_text_column(tmp_path):
    data = "标题,正文\n工作要点,推进新型城镇化。\n".encode("gbk")
    (record,) = read_file(tmp_path, _write(tmp_path / "gbk.csv", data))
    assert (record.encoding, record.text, record.hints) == ("gb18030", "推进新型城镇化。", {"title": "工作要点"})


def test_field_csv_exports_yield_one_record_each():
    for name, title in [("henan-gov-report-2026.csv", "2026年河南省政府工作报告"),
                        ("ningxia-gov-report-2026.csv", "2026年宁夏回族自治区政府工作报告")]:
        (record,) = read_file(FIELD, FIELD / name)
        assert record.source_file == f"{name}#1"
        assert record.hints["title"] == title


def test_jsonl_rows_and_their_rejections(tmp_path):
    lines = [
        json.dumps({"title": "工作要点", "content": "推进新型城镇化。", "publish_date": "2021-07-15"},
                   ensure_ascii=False),
        "",
        "{not json",
        json.dumps({"title": "无正文"}, ensure_ascii=False),
    ]
    items = read_file(tmp_path, _write(tmp_path / "docs.jsonl", "\n".join(lines).encode()))
    assert [(i.source_file, type(i).__name__) for i in items] == [
        ("docs.jsonl#1", "SourceRecord"),
        ("docs.jsonl#2", "Rejection"),
        ("docs.jsonl#3", "Rejection"),
    ]
    assert items[0].text == "推进新型城镇化。"
    assert items[0].hints == {"title": "工作要点", "publish_date": "2021-07-15"}
    assert items[1].reason == "invalid JSON in export row"
    assert items[2].reason == "JSONL row has no text field (looked for full_text, text, content, 正文)"


def test_json_array_export_gives_one_record_per_item(tmp_path):
    data = json.dumps([{"标题": "工作要点", "正文": "推进新型城镇化。"}, {"标题": "无正文"}], ensure_ascii=False)
    first, second = read_file(tmp_path, _write(tmp_path / "docs.json", data.encode("utf-8")))
    assert (first.source_file, first.format, first.text, first.hints) == (
        "docs.json#1", "json", "推进新型城镇化。", {"title": "工作要点"}
    )
    assert (second.source_file, second.reason) == (
        "docs.json#2", "JSON row has no text field (looked for full_text, text, content, 正文)"
    )


def test_json_file_that_is_no_export_is_one_rejection_with_a_reason(tmp_path):
    data = json.dumps([{"title": "宜昌市城市更新行动实施方案", "issue_date": "2025-03-10"}], ensure_ascii=False)
    [rejection] = read_file(tmp_path, _write(tmp_path / "labels.expected.json", data.encode("utf-8")))
    assert (rejection.source_file, rejection.format, rejection.reason, rejection.detail) == (
        "labels.expected.json", "unknown",
        "JSON file is not a document export: no item has a text field (looked for full_text, text, content, 正文)",
        "1 item(s) of type dict",
    )


def _write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path
