"""gongwen.tasks.ordinals: the ordinals that open a plan's numbered lines."""

from gongwen.tasks import extract_tasks
from gongwen.tasks.ordinals import read_ordinal


def test_read_ordinal_kinds():
    assert read_ordinal("二、重点任务").kind == "cn_dun"
    assert read_ordinal("（十一）建设新型智慧城市。").number == 11
    assert read_ordinal("(二十一)加强部门协调。").number == 21
    assert read_ordinal("16. 加强城市洪涝治理。").length == 4
    assert read_ordinal("（3）住房建设力度继续加码。").kind == "arabic_paren"
    assert read_ordinal("②推进城市更新").number == 2
    assert read_ordinal("第三十九条实施日期").kind == "article"
    assert read_ordinal("1.5万人以上") is None
    assert read_ordinal("2024.12.31前完成") is None
    assert read_ordinal("一、二两点所称合法稳定住所") is None


def test_a_bracketed_ordinal_broken_over_three_lines_opens_its_item():
    text = ("五、政策协同\n(十)强化与电网企业代理购电制度衔接。\n电网企业代理购电。\n"
            "(\n十一\n)加强地方电网、增量配电网相关政策衔接。\n地方电网余电上网。\n"
            "(十二)强化与绿电绿证交易政策协同。\n省内绿电交易。")
    tasks = extract_tasks(text)
    assert [(t.path, t.heading, text[t.char_start:t.char_end].split("\n")[0]) for t in tasks] == [
        ("5.10", "强化与电网企业代理购电制度衔接", "(十)强化与电网企业代理购电制度衔接。"),
        ("5.11", "加强地方电网、增量配电网相关政策衔接", "("),
        ("5.12", "强化与绿电绿证交易政策协同", "(十二)强化与绿电绿证交易政策协同。"),
    ]
    assert text[tasks[1].char_start:tasks[1].char_end] == "(\n十一\n)加强地方电网、增量配电网相关政策衔接。\n地方电网余电上网。"
