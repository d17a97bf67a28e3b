"""Markdown: markup removed, front matter read into hints."""

from __future__ import annotations

from gongwen.reading.markdown import front_matter_hints, markdown_to_text


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
