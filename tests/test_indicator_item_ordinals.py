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
