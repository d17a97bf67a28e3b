"""gongwen.indicators: the ordinal of an item whose first sentence states a figure is no part of its metric."""

from gongwen.indicators.extract import extract_figures


def test_an_item_ordinal_before_the_metric_is_dropped():
    # 市工业和信息化局关于做好天津市2025年电力市场化交易工作的通知 (津工信电力〔2024〕21号), item 一、.
    sentence = "一、天津地区2025年电力市场化直接交易电量总规模暂定为345亿千瓦时（含绿电交易）。"
    assert [(f.metric, f.value, f.unit) for f in extract_figures(sentence, 2024)] == [
        ("天津地区2025年电力市场化直接交易电量总规模暂定", 345.0, "亿千瓦时")]


def test_a_metric_opening_with_a_numeral_that_is_no_ordinal_keeps_it():
    sentence = "到2025年，二氧化硫排放总量减少10%以上。"
    assert [f.metric for f in extract_figures(sentence, 2024)] == ["二氧化硫排放总量减少"]


def test_an_article_number_before_the_metric_is_dropped():
    # 柳河县 实施意见 (dev-l): the article's number opens the line its figure stands on.
    sentence = "第1条设立总规模不低于1亿元的重点产业发展引导资金,列入县财政预算。"
    assert [(f.metric, f.value, f.unit, f.qualifier) for f in extract_figures(sentence, 2023)] == [
        ("总规模重点产业发展引导资金", 1.0, "亿元", "不低于")]
