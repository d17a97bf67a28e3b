"""canonical_metric: the cross-document name of a metric phrase, from the synonyms of metrics.csv."""

from gongwen.indicators.metrics import canonical_metric


def test_canonical_metric_from_the_synonym_list():
    assert canonical_metric("城镇化率") == "常住人口城镇化率"
    assert canonical_metric("县城生活垃圾无害化处理率") == "生活垃圾无害化处理率"
    assert canonical_metric("累计新建5G基站") == "5G基站"
    assert canonical_metric("规上工业增加值增长") == "规模以上工业增加值增长"


def test_a_flow_of_a_known_stock_gets_no_canonical_name():
    assert canonical_metric("每年新培育高新技术企业") is None


def test_a_short_synonym_must_be_the_whole_metric():
    assert canonical_metric("数字经济增长") is None
    assert canonical_metric("经济增长") == "地区生产总值增长"


def test_a_flow_keeps_its_canonical_name_over_any_span():
    assert canonical_metric("每年新增城镇就业") == "新增城镇就业"
    assert canonical_metric("累计完成城镇老旧小区改造") == "老旧小区改造"


def test_a_per_head_or_enterprise_figure_is_not_the_regional_one():
    assert canonical_metric("每万人拥有5G基站数") is None
    assert canonical_metric("规模以上工业企业研发投入强度") is None


def test_a_count_verb_before_a_short_synonym_and_a_bracketed_abbreviation_leave_the_name():
    assert canonical_metric("建成5G基站") == "5G基站"
    assert canonical_metric("细颗粒物(PM2.5)平均浓度") == "PM2.5浓度"
