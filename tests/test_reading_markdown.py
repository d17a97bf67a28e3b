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


def test_a_reader_services_head_gives_hints_and_is_no_part_of_the_text():
    # Jina Reader's capture (xianyang-business-environment-points-2022, dev-dw): Title / URL Source / Published Time
    markdown = ("Title: 咸阳市2022年深化“放管服”改革最佳化营商环境工作要点\n\nURL Source: https://example.org/wiki/61994341\n\n"
                "Published Time: 2022-05-10\n\nMarkdown Content:\n全文\n--\n\n一、坚持系统集成,推动审批全链条最佳化\n")
    assert front_matter_hints(markdown) == {
        "title": "咸阳市2022年深化“放管服”改革最佳化营商环境工作要点",
        "source_url": "https://example.org/wiki/61994341",
        "publish_date": "2022-05-10",
    }
    assert markdown_to_text(markdown) == "全文\n一、坚持系统集成,推动审批全链条最佳化\n"


def test_a_link_leaves_its_text_and_a_javascript_link_nothing_even_with_brackets_in_its_target():
    assert markdown_to_text("详见[中国政府网](https://www.gov.cn/)。[TOP](javascript:scroll(0,0))[打印本页](javascript:window.print())") == (
        "详见中国政府网。\n"
    )


def test_an_ordinal_alone_on_its_line_is_kept_as_text():
    # A table's 类别 cell written down the column in a Markdown capture: `1.` alone is an empty list item.
    assert markdown_to_text("配合单位\n\n1.\n分\n类\n\n1\n\n垃圾分类绿色账户推进覆盖累计户数\n") == (
        "配合单位\n1.\n分\n类\n1\n垃圾分类绿色账户推进覆盖累计户数\n"
    )


def test_a_list_item_keeps_its_ordinal_once():
    assert markdown_to_text("1. 加强组织领导。\n2. 完善责任考核。\n") == "1.加强组织领导。\n2.完善责任考核。\n"
