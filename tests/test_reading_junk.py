"""What is not text: binary files are rejected, MIME parts after a document are dropped."""

from __future__ import annotations

from tests.reading_helpers import read_one


def test_png_is_rejected_as_binary(tmp_path):
    rejection = read_one(tmp_path, "scan.txt", b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 40)
    assert rejection.reason == "binary content, not text (PNG image)"
    assert rejection.detail == "first bytes: 89 50 4e 47 0d 0a 1a 0a"


def test_a_damaged_pdf_is_rejected_as_unreadable(tmp_path):
    rejection = read_one(tmp_path, "plan.html", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    assert (rejection.reason, rejection.format) == ("PDF cannot be opened", "pdf")


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


def test_a_mirror_s_text_strewn_with_decoy_elements_keeps_its_lines_without_them(tmp_path):
    # changchun-stabilize-economy-measures-2022 (dev-eg): empty elements sharing one made-up id above plain lines,
    # which as HTML had run 一、落实财政支持政策 and 1. 落实好… into one line
    decoys = "".join(f'<{tag} id="h4sia"></{tag}>\n' for tag in ("legend", "samp", "sup", "mark", "delect", "menuitem"))
    text = (decoys + '    1. <blockquote id="h4sia"><rt id="h4sia"></rt></blockquote>\n'
            "        长春市人民政府关于印发稳定全市经济工作举措的通知\n          一、落实财政支持政策\n"
            "          1. 落实好增值税留抵退税扩围政策。按照国家要求在更多行业实施全额留抵退税。\n")
    record = read_one(tmp_path, "changchun.txt", text.encode("utf-8"))
    assert (record.format, record.flags) == ("txt", ("decoy_markup_removed",))
    lines = [line.strip() for line in record.text.splitlines() if line.strip()]
    assert lines == ["长春市人民政府关于印发稳定全市经济工作举措的通知", "一、落实财政支持政策",
                     "1. 落实好增值税留抵退税扩围政策。按照国家要求在更多行业实施全额留抵退税。"]
    # wuxi-silver-economy-opinion-2025 (dev-el): three decoys sharing one id are enough (an HTML page gives an id once)
    record = read_one(tmp_path, "wuxi.txt", ('• <li id="mc848"><source id="mc848"></source></li>\n  • <rt id="mc848"></rt>\n'
                                            '    <table id="mc848"></table>\n    市政府办公室关于推进银发经济高质量发展的实施意见\n'
                                            '    一、总体要求\n').encode())
    assert record.flags == ("decoy_markup_removed",) and "<" not in record.text
