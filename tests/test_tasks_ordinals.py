"""gongwen.tasks.ordinals: the ordinals that open a plan's numbered lines."""

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
