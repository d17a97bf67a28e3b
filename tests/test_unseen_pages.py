"""Web pages saved from government sites the reader was not written against (tests/fixtures/pages/): CMS
templates with a 信息公开 field table, toolbars, share and QR strips, breadcrumbs and footers around the
article; GBK, GB18030 behind a GB2312 tag, UTF-8 without a tag; a Word export; nested layout tables; a
政策解读 page; a Markdown clip and a JSONL export. Each was labelled by hand in <name>.expected.json
before the code read it.

Each file is read as the pipeline reads it (read_file, then parse_record): every record must come out with
the labelled metadata, and its cleaned body must run from the labelled first line to the labelled last
line with the labelled number of lines — no web chrome added, no paragraph lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gongwen.documents import parse_record
from gongwen.model import ParsedDocument, SourceRecord
from gongwen.reading import read_file

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"
EXPECTED = sorted(PAGES.glob("*.expected.json"))
LABELS = [label for path in EXPECTED for label in json.loads(path.read_text(encoding="utf-8"))]
# What a site wraps around a document; none of it may reach a body.
CHROME = ("索引号", "主题分类", "扫一扫", "ICP备", "公网安备", "网站标识码", "分享到", "打印本页", "关闭窗口",
          "字体:", "附件下载", "相关链接", "首页 >", "技术支持", "主办单位", "责任编辑")


def _parsed(source_file: str) -> ParsedDocument:
    name = source_file.split("#", 1)[0]
    records = [r for r in read_file(PAGES, PAGES / name) if r.source_file == source_file]
    assert len(records) == 1 and isinstance(records[0], SourceRecord), records
    document = parse_record(records[0])
    assert isinstance(document, ParsedDocument), document
    return document


def test_there_are_nine_pages_with_ten_documents():
    assert (len(EXPECTED), len(LABELS)) == (9, 10)


@pytest.mark.parametrize("label", LABELS, ids=[label["source_file"] for label in LABELS])
def test_metadata_is_the_labelled_one(label):
    meta = _parsed(label["source_file"]).meta
    found = {
        "title": meta.title,
        "notice_title": meta.notice_title,
        "issuer": meta.issuer,
        "doc_number": meta.doc_number,
        "issue_date": meta.issue_date.isoformat() if meta.issue_date else None,
        "admin_level": meta.admin_level,
        "region": meta.region,
    }
    assert found == {key: label[key] for key in found}


@pytest.mark.parametrize("label", LABELS, ids=[label["source_file"] for label in LABELS])
def test_body_runs_from_the_labelled_first_line_to_the_last(label):
    lines = _parsed(label["source_file"]).clean.text.split("\n")
    assert (lines[0], lines[-1], len(lines)) == (label["first_line"], label["last_line"], label["n_lines"])


@pytest.mark.parametrize("label", LABELS, ids=[label["source_file"] for label in LABELS])
def test_no_web_chrome_reaches_the_body(label):
    text = _parsed(label["source_file"]).clean.text
    assert [word for word in CHROME if word in text] == []


def test_gb18030_page_behind_a_gb2312_tag_keeps_its_rare_characters():
    record = read_file(PAGES, PAGES / "shihe-tea-industry-2025.html")[0]
    assert (record.encoding, record.flags) == ("gb18030", ())
    assert "建成䢺山村、㙍子沟村、堃岭村等茶旅融合示范村10个" in record.text
    assert "“𫐐记”" in record.text


def test_field_table_gives_hints_and_stays_out_of_the_text():
    record = read_file(PAGES, PAGES / "weifang-prepared-dishes-2025.html")[0]
    assert record.hints == {
        "index_number": "11370700004359458M/2025-0042",
        "disclosure": "主动公开",
        "publisher": "潍坊市人民政府办公室",
        "written_date": "2025-02-26",
        "doc_number": "潍政办字〔2025〕9号",
        "publish_date": "2025-03-03",
        "title": "潍坊市人民政府办公室关于印发潍坊市加快推进预制菜产业高质量发展实施方案的通知",
    }
    assert "潍政办字" not in record.text  # the 文号 is only in the table: metadata takes it from the hints


def test_word_list_numbers_lose_their_tab_padding():
    text = _parsed("xinfeng-rural-living-environment-2025.htm").clean.text
    assert "\n(一)扎实推进农村厕所革命。\n1.逐步普及农村卫生厕所。" in text


def test_label_file_in_the_inbox_is_one_rejection_with_a_reason():
    [rejection] = read_file(PAGES, PAGES / "yichang-export-2025.expected.json")
    assert rejection.reason == ("JSON file is not a document export: no item has a text field "
                                "(looked for full_text, text, content, 正文)")
    assert rejection.detail == "2 item(s) of type dict"
