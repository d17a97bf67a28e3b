"""Reading inbox files: encodings decided by the bytes, HTML/Markdown/CSV/JSONL, and what gets quarantined."""

from __future__ import annotations

import codecs
import hashlib
import json
from pathlib import Path

import pytest

from gongwen.model import Rejection, SourceRecord
from gongwen.reading import (
    front_matter_hints,
    html_to_text,
    list_inbox,
    markdown_to_text,
    read_file,
    read_html,
)

FIELD = Path(__file__).resolve().parents[1] / "data" / "field"

# The opening of hunan-2024.txt, as a government site would serve it.
NOTICE = "湖南省人民政府关于印发《湖南省深入推进以人为本的新型城镇化战略五年行动计划实施方案》的通知\n湘政发〔2024〕15号\n"


def read_one(tmp_path: Path, name: str, data: bytes) -> SourceRecord | Rejection:
    path = tmp_path / name
    path.write_bytes(data)
    items = read_file(tmp_path, path)
    assert len(items) == 1
    return items[0]


# ---------------------------------------------------------------------------------------- inbox


def test_list_inbox_is_recursive_sorted_and_skips_hidden(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for name in ("b/2.txt", "a.html", ".DS_Store", ".git/config", "b/1.csv"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in list_inbox(tmp_path)]
    assert found == ["a.html", "b/1.csv", "b/2.txt"]


# ------------------------------------------------------------------------------------ encodings


@pytest.mark.parametrize(
    ("codec", "bom", "expected_encoding"),
    [
        ("utf-8", b"", "utf-8"),
        ("utf-8", codecs.BOM_UTF8, "utf-8-sig"),
        ("gbk", b"", "gb18030"),
        ("gb2312", b"", "gb18030"),
        ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16"),
        ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16"),
        ("utf-16-le", b"", "utf-16"),
    ],
)
def test_txt_is_decoded_by_its_bytes(tmp_path, codec, bom, expected_encoding):
    record = read_one(tmp_path, "hunan.txt", bom + NOTICE.encode(codec))
    assert (record.format, record.encoding, record.text) == ("txt", expected_encoding, NOTICE)
    assert record.flags == ()


def test_big5_traditional_text_is_not_mistaken_for_gbk(tmp_path):
    text = "湖南省推進新型城鎮化工作領導小組辦公室關於征求《2021年湖南省新型城鎮化工作要點》意見的函\n"
    record = read_one(tmp_path, "tw.txt", text.encode("big5"))
    assert (record.encoding, record.text) == ("big5", text)


def test_record_carries_hash_and_size_of_the_file_bytes(tmp_path):
    data = NOTICE.encode("utf-8")
    record = read_one(tmp_path, "hunan.txt", data)
    assert record.source_file == "hunan.txt"
    assert record.n_bytes == len(data)
    assert record.sha256 == hashlib.sha256(data).hexdigest()


def test_utf8_cut_mid_character_keeps_the_text_and_is_flagged(tmp_path):
    data = "湖南省人民政府\n2024年11月30日".encode() + "郴".encode()[:2]
    record = read_one(tmp_path, "cut.txt", data)
    assert record.text == "湖南省人民政府\n2024年11月30日"
    assert record.flags == ("truncated_utf8",)


# ----------------------------------------------------------------------------------- quarantine


def test_empty_file_is_rejected(tmp_path):
    rejection = read_one(tmp_path, "empty.txt", b" \r\n\n")
    assert (rejection.stage, rejection.reason) == ("read", "empty file")


def test_png_is_rejected_as_binary(tmp_path):
    rejection = read_one(tmp_path, "scan.txt", b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 40)
    assert rejection.reason == "binary content, not text (PNG image)"
    assert rejection.detail == "first bytes: 89 50 4e 47 0d 0a 1a 0a"


def test_pdf_is_rejected_as_binary(tmp_path):
    rejection = read_one(tmp_path, "plan.html", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    assert rejection.reason == "binary content, not text (PDF document)"


def test_bytes_no_encoding_reads_are_rejected_with_their_offset(tmp_path):
    data = "常住人口城镇化率".encode() * 20 + b"\x80\x80\x80" + "提升至66%左右".encode() * 20
    rejection = read_one(tmp_path, "broken.txt", data)
    assert rejection.reason == "undecodable bytes at offset 480 under every candidate encoding"


# ----------------------------------------------------------------------------------------- html

# Word exports split numbers over spans, pad with &nbsp; and wrap source lines inside a paragraph.
WORD_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<style>p {margin:0}</style><script>var x = "不是正文";</script></head><body>
<p class=MsoNormal><span lang=EN-US>2015</span><span>年</span><span lang=EN-US>8</span><span>月</span>
<span lang=EN-US>25</span><span>日</span></p>
<p>&nbsp;&nbsp;到<span>20</span><span>20</span>年,全市常住人口城镇化率达到<b>65</b>%以上,户籍人口城镇化率
达到50%左右。</p>
</body></html>"""


def test_word_html_numbers_stay_whole_and_lines_follow_blocks():
    assert html_to_text(WORD_HTML) == (
        "2015年8月25日\n到2020年,全市常住人口城镇化率达到65%以上,户籍人口城镇化率达到50%左右。"
    )


def test_html_charset_tag_that_lies_is_ignored_and_flagged(tmp_path):
    record = read_one(tmp_path, "page.htm", WORD_HTML.encode("utf-8"))
    assert (record.format, record.encoding, record.flags) == ("html", "utf-8", ("charset_tag_lied:gb2312",))


def test_html_charset_tag_that_tells_the_truth_is_not_flagged(tmp_path):
    record = read_one(tmp_path, "page.htm", WORD_HTML.encode("gbk"))
    assert (record.encoding, record.flags) == ("gb18030", ())


def test_html_is_recognised_whatever_the_suffix(tmp_path):
    page = "<!DOCTYPE html><html><body><p>一、总体要求</p></body></html>"
    record = read_one(tmp_path, "export.txt", page.encode("utf-8"))
    assert (record.format, record.text) == ("html", "一、总体要求")


TASK_TABLE = """<body><p>附件</p><table>
<tr><td colspan=3><p>重</p><p>点任务</p></td><td>牵头单位</td><td>配合单位</td><td><p>完成</p><p>时限</p></td></tr>
<tr><td>(三)实行城乡统一的户口登记制度</td><td>3</td><td>制定城乡统一的户口登记管理办法。</td>
<td>市公安局</td><td></td><td>2015年</td></tr>
</table></body>"""


def test_table_row_is_one_line_of_tab_separated_cells():
    assert html_to_text(TASK_TABLE).split("\n") == [
        "附件",
        "重点任务\t牵头单位\t配合单位\t完成时限",
        "(三)实行城乡统一的户口登记制度\t3\t制定城乡统一的户口登记管理办法。\t市公安局\t\t2015年",
    ]


def test_layout_table_around_the_article_keeps_its_paragraphs():
    paragraphs = "".join(f"<p>第{i}段。" + "推进农业转移人口市民化。" * 10 + "</p>" for i in range(15))
    html = f"<body><table><tr><td><a href='/'>首页</a></td><td>{paragraphs}</td></tr></table></body>"
    lines = html_to_text(html).split("\n")
    assert len(lines) == 15  # one per paragraph; the navigation cell beside the article is left out
    assert lines[0].startswith("第0段。推进农业转移人口市民化。")


def test_main_content_drops_navigation_but_keeps_the_title_above_the_article():
    body = "".join("<p>" + "居住在我省福州市辖区、厦门市之外的其他县(市)城区,均可将户口迁入居住地。" + "</p>" for _ in range(8))
    html = (
        "<body><div class=nav><a href='/'>首页</a> <a href='/a'>信息公开</a> <a href='/b'>政策信息</a></div>"
        "<div class=main><div class=title>福建省人民政府关于进一步推进户籍制度改革的意见</div>"
        f"<div class=content>{body}</div></div>"
        "<div class=related><a href='/1'>相关文章一</a><a href='/2'>相关文章二</a><a href='/3'>相关文章三</a></div>"
        "</body>"
    )
    lines = html_to_text(html).split("\n")
    assert lines[0] == "福建省人民政府关于进一步推进户籍制度改革的意见"
    assert len(lines) == 9


def test_fujian_field_page_is_utf8_despite_its_gb2312_tag():
    record = read_file(FIELD, FIELD / "fujian-hukou-2015.html")[0]
    assert (record.encoding, record.flags) == ("utf-8", ("charset_tag_lied:gb2312",))
    assert record.text.split("\n")[0] == "福建省人民政府关于进一步推进户籍制度改革的意见"
    assert record.text.split("\n")[-2:] == ["福建省人民政府", "2015年2月11日"]


def test_chongqing_field_page_gives_the_annex_as_tab_separated_rows():
    text = read_file(FIELD, FIELD / "chongqing-hukou-2015.html")[0].text
    lines = text.split("\n")
    assert "重庆市人民政府\n2015年8月25日" in text  # the signature date, split over Word spans
    row = next(line for line in lines if line.startswith("40\t") or "\t40\t" in line)
    assert row == (
        "(十二)积极做好宣传引导\t40\t多形式、多渠道开展进一步推进户籍制度改革相关政策和工作宣传。\t"
        "市委宣传部\t市发展改革委、市公安局、各区县(自治县)人民政府\t2015―2020年"
    ).replace("(", "（").replace(")", "）")


# A CMS page: field table above the article, toolbar between title and text, footer with more plain text
# than a short article's title block.
CMS_PAGE = """<body><div class=crumb><a href='/'>首页</a> &gt; <a href='/zwgk/'>政务公开</a></div>
<table class=xxgk><tr><td>索 引 号：</td><td>000014349/2025-00021</td><td>主题分类：</td><td>体育</td></tr>
<tr><td>发文机关：</td><td>国务院</td><td>成文日期：</td><td>2025年03月10日</td></tr>
<tr><td>标　　题：</td><td colspan=3>国务院关于印发《全民健身设施补短板三年行动计划》的通知</td></tr>
<tr><td>发文字号：</td><td>国发〔2025〕4号</td><td>发布日期：</td><td>2025年03月14日</td></tr></table>
<div class=article><h1>国务院关于印发《全民健身设施补短板三年行动计划》的通知</h1>
<div class=tools>【字体：<a href=#>大</a> <a href=#>中</a> <a href=#>小</a>】<a href=#>打印本页</a></div>
<div class=content><p>国发〔2025〕4号</p><p>现将《全民健身设施补短板三年行动计划》印发给你们，请认真贯彻执行。</p>
<p>国务院</p><p>2025年3月10日</p></div></div>
<div class=footer><p>版权所有：中国政府网　主办单位：国务院办公厅　运行维护：中国政府网运行中心</p>
<p>网站标识码bm01000001　京ICP备05070218号　京公网安备11010202000001号</p></div></body>"""


def test_field_table_becomes_hints_and_leaves_the_page():
    page = read_html(CMS_PAGE)
    assert page.fields == {
        "index_number": "000014349/2025-00021",
        "topic": "体育",
        "issuer": "国务院",
        "written_date": "2025年03月10日",
        "title": "国务院关于印发《全民健身设施补短板三年行动计划》的通知",
        "doc_number": "国发〔2025〕4号",
        "publish_date": "2025年03月14日",
    }
    assert "索" not in page.text and "发文字号" not in page.text


def test_article_is_the_block_of_sentences_with_its_title_above_the_toolbar():
    assert read_html(CMS_PAGE).text.split("\n") == [
        "国务院关于印发《全民健身设施补短板三年行动计划》的通知",
        "国发〔2025〕4号",
        "现将《全民健身设施补短板三年行动计划》印发给你们，请认真贯彻执行。",
        "国务院",
        "2025年3月10日",
    ]


def test_fields_written_as_a_list_of_label_value_items():
    html = ("<ul class=info><li><label>索引号：</label><span>008454129/2025-00015</span></li>"
            "<li><label>文号：</label><span>绵府发〔2025〕3号</span></li>"
            "<li><label>成文日期：</label><span>2025年02月18日</span></li>"
            "<li><label>有效性：</label><span></span></li></ul>"
            "<p>现提出如下实施意见。</p>")
    page = read_html(html)
    assert page.fields == {"index_number": "008454129/2025-00015", "doc_number": "绵府发〔2025〕3号",
                           "written_date": "2025年02月18日"}
    assert page.text == "现提出如下实施意见。"


def test_fields_written_as_a_definition_list():
    html = ("<dl><dt>索引号</dt><dd>11370700004359458M/2025-0042</dd><dt>发文字号</dt><dd>潍政办字〔2025〕9号</dd>"
            "<dt>成文日期</dt><dd>2025-02-26</dd><dt>有效性</dt><dd></dd></dl><p>现印发给你们。</p>")
    assert read_html(html).fields == {"index_number": "11370700004359458M/2025-0042",
                                      "doc_number": "潍政办字〔2025〕9号", "written_date": "2025-02-26"}


def test_two_field_labels_are_no_field_table():
    html = "<table><tr><td>文号：</td><td>绵府发〔2025〕3号</td><td>有效性：</td><td>有效</td></tr></table>"
    assert read_html(html).fields == {}


def test_word_list_number_keeps_no_padding():
    html = ("<p class=MsoListParagraph><span style='mso-list:Ignore'>1.<span style='font:7.0pt'>&nbsp;&nbsp; "
            "</span></span><span>逐步普及农村卫生厕所。</span></p>")
    assert html_to_text(html) == "1.逐步普及农村卫生厕所。"


# ------------------------------------------------------------------------------------- markdown

MARKDOWN = """---
title: 郴州市实施方案
date: 2025-06-28
---
# 郴州市深入推进以人为本的新型城镇化战略五年行动计划实施方案

## 一、行动目标

到**2030年**,全市常住人口城镇化率提升至*65%*左右,详见[附件](annex.pdf)。
![图](chart.png)

| 序号 | 重点任务 | 牵头单位 |
|---|---|---|
| 1 | 健全常住地提供基本公共服务制度 | 市公安局 |

------=_NextPart_000_0000_01D9A1B2.C3D4E5F0
Content-Type: image/png
Content-Transfer-Encoding: base64

iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA
iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA
------=_NextPart_000_0000_01D9A1B2.C3D4E5F0--
"""


def test_markdown_loses_front_matter_and_markup():
    assert markdown_to_text("---\ntitle: x\n---\n# 一、行动目标\n到**2030年**,达到*65%*。\n") == (
        "一、行动目标\n到2030年,达到65%。\n"
    )


def test_front_matter_gives_hints_and_a_source_that_is_no_url_is_dropped():
    markdown = ("---\ntitle: 佛山市顺德区人民政府关于印发顺德区推动制造业数智化转型实施方案的通知\n"
                "date: 2025-01-23\nsource: 佛山市顺德区人民政府\ntags: [政策文件]\n---\n正文。\n")
    assert front_matter_hints(markdown) == {
        "title": "佛山市顺德区人民政府关于印发顺德区推动制造业数智化转型实施方案的通知",
        "publish_date": "2025-01-23",
    }
    assert front_matter_hints("---\nsource: https://www.shunde.gov.cn/a.html\n---\n") == {
        "source_url": "https://www.shunde.gov.cn/a.html"
    }


def test_markdown_link_whose_target_has_brackets_leaves_only_its_text():
    assert markdown_to_text("[打印本页](javascript:window.print()) | [关闭窗口](javascript:window.close())") == (
        "打印本页 | 关闭窗口"
    )


def test_markdown_file_drops_mime_junk_appended_after_the_text(tmp_path):
    record = read_one(tmp_path, "chenzhou.md", MARKDOWN.encode("utf-8"))
    assert record.format == "md"
    assert "mime_junk_removed" in record.flags
    assert [line for line in record.text.split("\n") if line.strip()] == [
        "郴州市深入推进以人为本的新型城镇化战略五年行动计划实施方案",
        "一、行动目标",
        "到2030年,全市常住人口城镇化率提升至65%左右,详见附件。",
        "序号\t重点任务\t牵头单位",
        "1\t健全常住地提供基本公共服务制度\t市公安局",
    ]


# ---------------------------------------------------------------------------------- csv / jsonl

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
