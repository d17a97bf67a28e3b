"""Target forms of issue 9 read from real sentences of dev-i (Guangzhou's 2012 livelihood and science
plans): a count each of a kind of place is to have (每个镇建有1个…), a count followed by 以上 after a unit that
may not stand before 以 (1所以上), a value inside the noun a count counts, a share opening its clause with any
verb after what it is of; and the near miss of each.

Sentences are as gongwen.normalize.clean_text leaves them (half-width `,` `:` `(`)."""

from gongwen.indicators.extract import extract_indicators


def brief(text: str, doc_year: int | None = 2012) -> list[tuple]:
    """(metric, value, unit, qualifier, target_year) of each target, in text order."""
    return [(i.metric, i.value, i.unit, i.qualifier, i.target_year) for i in extract_indicators(text, doc_year)]


# --- each of a kind of place has a number of something -------------------------------------------------


def test_each_place_having_a_count_is_a_target():
    assert brief(
        "到2015年,每个街道建有1个健身小广场(公园),每个镇建有1个全民健身广场,每个居委会(行政村)建有1个健身点。"
    ) == [
        ("每个街道健身小广场", 1.0, "个", None, 2015),
        ("每个镇全民健身广场", 1.0, "个", None, 2015),
        ("每个居委会(行政村)健身点", 1.0, "个", None, 2015),
    ]


def test_a_distributive_word_before_the_verb_makes_the_holder_each_place():
    assert brief("到2015年,市、区(县级市)和街(镇)各建有1个综合性居家养老服务示范中心;每个街(镇)有1所日间托老机构。") == [
        ("市、区(县级市)和街(镇)综合性居家养老服务示范中心", 1.0, "个", None, 2015),
        ("每个街(镇)日间托老机构", 1.0, "所", None, 2015),
    ]


def test_a_place_holding_a_count_without_a_distributive_word_is_a_description():
    assert brief("到2015年,全市有15个街道,各街道具有1个社区服务中心。") == []


def test_each_year_having_a_count_is_no_place_holding_it():
    assert brief("每年有10万人参加培训。") == []


# --- 1所以上: 以 after a unit opens a qualifier ---------------------------------------------------------


def test_a_unit_before_yishang_is_read():
    assert brief("到2013年,全部镇均建有1所以上公办中心幼儿园。") == [("全部镇公办中心幼儿园", 1.0, "所", "以上", 2013)]


def test_suo_before_yi_that_opens_no_qualifier_is_no_unit():
    assert brief("建成1所以满足需要。") == []


# --- a value inside the noun a count counts qualifies it -----------------------------------------------


def test_a_value_inside_a_counted_noun_is_no_target():
    assert brief("各区(县级市)至少有1所200张床位以上的省二级以上养老机构,每个行政村有1个100平方米以上的老年人活动站点。") == [
        ("各区(县级市)200张床位以上的省二级以上养老机构", 1.0, "所", None, None),
        ("每个行政村100平方米以上的老年人活动站点", 1.0, "个", None, None),
    ]


def test_a_count_listed_after_a_count_is_still_read():
    assert brief("建成35个先导区、1000个和美乡村。") == [
        ("先导区", 35.0, "个", None, None),
        ("和美乡村", 1000.0, "个", None, None),
    ]


# --- a share opening its clause, whatever verb follows ------------------------------------------------


def test_a_share_opening_its_clause_reads_the_rest_as_its_metric():
    assert brief("每百万人口年发明专利授权量达350件,50%以上的专利由企业申请,形成国家科技成果转化应用基地。") == [
        ("每百万人口年发明专利授权量", 350.0, "件", None, None),
        ("专利由企业申请", 50.0, "%", "以上", None),
    ]
    assert brief("开展全国综合减灾示范社区创建活动,到2015年,全市10%的城乡社区达标。") == [
        ("城乡社区达标", 10.0, "%", None, 2015)
    ]
    assert brief("建设一批科学家工作室;75%以上科技人员落户企业。") == [("科技人员落户企业", 75.0, "%", "以上", None)]


def test_a_share_of_the_figure_before_opens_no_metric():
    assert brief("其中50%用于奖励。") == []


def test_a_share_after_words_naming_its_metric_keeps_the_tail_form():
    assert brief("到2015年,基层医疗机构诊疗人次占比不低于50%。") == [("基层医疗机构诊疗人次占比", 50.0, "%", "不低于", 2015)]
