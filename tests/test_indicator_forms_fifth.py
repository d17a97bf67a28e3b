"""Target forms of issue 9, fifth pass, read from real sentences of the development corpus (Xuhui's
renovation-waste plan, Sichuan's renewable-pricing notice): a sentence opening with 目前 states how things
stand now, a clause opening with 若 states a condition; and the near miss of each.

Sentences are as gongwen.normalize.clean_text leaves them (half-width `,` `:` `(`)."""

from gongwen.indicators.extract import extract_figures
from tests.indicator_helpers import actuals, brief

# --- 目前 opens a sentence on how things stand -------------------------------------------------------------

RENOVATION_WASTE = (
    "目前本区装修垃圾中各类垃圾的混同度较高,其中盒饭、瓶罐、塑料、衣物等生活垃圾及油漆罐、灯管等有毒有害垃圾"
    "占比近30%,不符合处置要求,集中分拣的压力和难度较大。"
)


def test_a_share_in_a_sentence_opening_with_muqian_is_an_actual_of_the_document_year():
    assert brief(RENOVATION_WASTE, 2017) == []
    assert actuals(RENOVATION_WASTE, 2017) == [
        ("盒饭、瓶罐、塑料、衣物等生活垃圾及油漆罐、灯管等有毒有害垃圾占比", 30.0, "%", "近", 2017)
    ]


def test_a_clause_opening_with_muqian_states_how_the_work_stands():
    # wuxi-xishan-dongbeitang-livelihood-progress-2025 (dev-fq): 目前 opens the value's clause, not the sentence
    assert brief("该项目于2023年6月开工,目前主体完成约70%。", 2025) == []
    assert [row[:3] for row in actuals("该项目于2023年6月开工,目前主体完成约70%。", 2025)] == [("目前主体完成", 70.0, "%")]


def test_a_year_ahead_after_muqian_still_sets_a_target():
    text = "目前本区装修垃圾分拣能力不足,到2020年,装修垃圾资源化利用率达到50%。"
    assert brief(text, 2017) == [("装修垃圾资源化利用率", 50.0, "%", None, 2020)]


def test_muqian_in_the_sentence_before_does_not_reach_the_next():
    text = "目前本区装修垃圾中各类垃圾的混同度较高。全区装修垃圾资源化利用率达到50%。"
    assert brief(text, 2017) == [("装修垃圾资源化利用率", 50.0, "%", None, None)]


# --- 若 opens a clause stating a condition --------------------------------------------------------------------

BIDDING = (
    "增量新能源项目机制电量和电价通过竞价形成,区分风电、光伏开展竞价,若参与竞价申报的同类型不同法人竞价项目"
    "不足3个,该类型新能源项目当年暂不组织竞价。"
)


def test_a_number_in_a_clause_opening_with_ruo_is_a_condition_not_a_figure():
    assert extract_figures(BIDDING, 2025) == []


def test_ruogan_opening_a_clause_is_no_condition():
    text = "若干重点园区建成新型储能示范项目10个。"
    assert brief(text, 2025) == [("若干重点园区建成新型储能示范项目", 10.0, "个", None, None)]


# --- 近 / 接近 before a value: nearly ------------------------------------------------------------------------


def test_jiejin_before_a_share_is_its_qualifier_not_part_of_the_metric():
    text = "2024年,非化石能源发电量占总发电量的比重接近40%。"
    assert actuals(text, 2025) == [("非化石能源发电量占总发电量的比重", 40.0, "%", "接近", 2024)]


def test_jin_opening_a_period_up_to_now_sets_no_figure():
    text = "近5年来,各地在城市节水方面做了大量工作。"
    assert extract_figures(text, 2025) == []


def test_jin_before_years_in_a_rule_is_a_recent_period_not_a_target():
    text = ("分散式风电、分布式光伏项目发电能力按项目所在市(州)近3年(过去3个自然年,下同)单位装机年平均上网电量"
            "和项目装机容量确定。")
    assert extract_figures(text, 2025) == []


# --- the base-year column of a 主要指标 table: where the metric stood, an actual ------------------------------


def test_the_base_year_column_of_a_target_table_gives_actuals_of_that_year():
    text = (
        "序号\t指标\t单位\t2020年\t2025年\t属性\n"
        "1\t常住人口城镇化率\t%\t52.6\t58\t预期性\n"
        "2\t新增城镇就业\t万人\t—\t[30]\t预期性"
    )
    assert actuals(text, 2021) == [("常住人口城镇化率", 52.6, "%", None, 2020)]
    assert brief(text, 2021) == [("常住人口城镇化率", 58.0, "%", None, 2025), ("新增城镇就业", 30.0, "万人", None, 2025)]


def test_the_base_year_column_of_a_flattened_target_table_gives_actuals_too():
    text = "\n".join([
        "专栏1 能源高质量发展主要指标", "类别", "指标", "单位", "2022年", "2025年", "累计增长", "（下降）",
        "供应", "保障", "能源综合", "生产能力", "万吨", "标准煤", "9200", "10000", "800",
        "灵活调节电源", "装机占比", "%", "12.3", "12.5", "0.2个百分点",
        "二、全面构建安全高效清洁低碳的能源供应体系",
    ])
    assert actuals(text, 2023) == [("能源综合生产能力", 9200.0, "万吨标准煤", None, 2022),
                                   ("灵活调节电源装机占比", 12.3, "%", None, 2022)]


def test_a_first_column_of_the_documents_own_year_is_no_actual():
    text = (
        "指标\t单位\t2018年\t2019年\t2020年\n"
        "绿色账户覆盖居民\t万户\t24.3\t26.5\t30"
    )
    assert actuals(text, 2018) == []


def test_a_base_value_column_naming_no_year_gives_no_actual():
    text = (
        "指标名称\t基期值\t目标值\t年均增速\t指标属性\n"
        "地区生产总值(亿元)\t420\t560\t6左右\t预期性"
    )
    assert actuals(text, 2026) == []


# --- a value written right after another in a cell: it names nothing it measures ------------------------------

HONGKOU_CELL = "垃圾分类绿色账户推进覆盖累计户数/小区数\n\n2018年\n\n24.3万户/682个\n\n各街道办事处\n\n区绿化市容局\n"


def test_a_count_after_a_value_and_a_slash_in_a_cell_is_no_figure():
    assert extract_figures(HONGKOU_CELL, 2018) == []


def test_a_count_after_words_and_a_slash_keeps_its_words_as_metric():
    text = "到2019年,绿色账户覆盖居民26.5万户,覆盖居住区/小区733个。"
    assert brief(text, 2018) == [("绿色账户覆盖居民", 26.5, "万户", None, 2019), ("覆盖居住区/小区", 733.0, "个", None, 2019)]


# --- 将 N个 things 纳入/更换为 what: the count of things placed or turned into something --------------------------


def test_a_count_after_jiang_placed_into_something_is_a_target():
    text = "逐步将19个以上残疾人医疗康复训练项目纳入医保统筹,提高残疾人医疗保障水平。"
    assert brief(text, 2012) == [("残疾人医疗康复训练项目纳入医保统筹", 19.0, "个", "以上", None)]


def test_a_count_after_jiang_turned_into_something_names_the_head_noun_it_becomes():
    text = "将现有80辆四轮八桶电瓶干垃圾驳运车和四轮冲洗电瓶车更换为载重量1吨的汽油车。"
    assert brief(text, 2018) == [("四轮八桶电瓶干垃圾驳运车和四轮冲洗电瓶车更换为汽油车", 80.0, "辆", None, None)]


def test_a_count_after_jiang_with_no_placing_verb_is_no_target():
    assert brief("将5个街道的经验在全区推广。", 2018) == []


# --- 新增 a measure, bounded by a qualifier: an amount of what follows ----------------------------------------


def test_a_measure_added_each_year_and_bounded_by_a_qualifier_is_an_amount_of_what_follows():
    # national-renewable-consumption-2025
    text = "到2030年,新型电力系统适配能力显著增强,满足全国每年新增2亿千瓦以上新能源合理消纳需求。"
    assert brief(text, 2025) == [("新能源合理消纳需求", 2.0, "亿千瓦", "以上", 2030)]


def test_a_measure_before_a_noun_without_those_words_still_names_a_kind_of_thing():
    assert brief("到2027年,新增10万千瓦燃煤机组2台。", 2025) == [("新增10万千瓦燃煤机组", 2.0, "台", None, 2027)]
    assert brief("到2027年,建成10万千瓦以上光伏电站3座。", 2025) == [("建成10万千瓦以上光伏电站", 3.0, "座", None, 2027)]


def test_zhong_counts_kinds():
    # national-drug-procurement-2015 (国办发〔2015〕7号); 种 before 植 is the verb to plant, no count
    text = "到2027年,每种药品采购的剂型不超过3种。"
    assert brief(text, 2015) == [("每种药品采购的剂型", 3.0, "种", "不超过", 2027)]
    assert brief("到2027年,推广种植面积达到3万亩。", 2025) == [("推广种植面积", 3.0, "万亩", None, 2027)]


def test_a_bound_before_the_whole_a_percentage_is_a_share_of_bounds_the_share():
    # national-drug-procurement-2015; shenzhen-housing-2011 (field)
    assert brief("采购量不低于上年度药品实际使用量的80%。", 2015) == [("采购量占上年度药品实际使用量", 80.0, "%", "不低于", None)]
    text = "确保规划期内保障性住房建设用地不低于全市住房建设用地的40%。"
    assert brief(text, 2011) == [("规划期内保障性住房建设用地占全市住房建设用地", 40.0, "%", "不低于", None)]
    assert brief("到2025年,研发投入占GDP的比重达到3%。", 2021) == [("研发投入占GDP的比重", 3.0, "%", None, 2025)]


# --- an incentive policy grants sums (dev-l, 柳河县's incentive 意见) -------------------------------------------


def test_a_sum_granted_is_no_target():
    assert brief("对新评定为三星级、四星级、五星级的酒店,一次性分别给予20万元、50万元、100万元奖励。", 2019) == []
    assert brief("企业完成仿制药一致性评价的,单品种最高奖励不超过300万元。", 2023) == []
    # tongliang-consumption-voucher-plan-2025 (dev-gh): a voucher's sum off a purchase
    assert brief("发放餐饮消费券,满100元立减30元、满300元立减100元。", 2025) == []
    assert brief("2025年发放消费券总额500万元,满100元立减30元。", 2025) == [("发放消费券总额", 500.0, "万元", None, 2025)]
    # lvliang-consumption-promotion-notice-2025 (dev-gh): 减 alone after the sum a purchase must reach
    assert brief("消费金额满100元减 20元、满 200元减 40元、满 300元减 60元。", 2025) == []
    assert brief("全年社会消费品零售总额增长6%,人均消费满100元。", 2025)[0][:2] == ("社会消费品零售总额增长", 6.0)


def test_the_conditions_a_grant_follows_are_no_targets():
    assert brief("对新发展500亩以上,连续种植3年以上的,一次性奖励200元/亩。", 2019) == []
    assert brief("在美食街内新开设特色美食餐厅,营业面积在100平方米以上,经营满一年的一次性奖励1万元。", 2019) == []


def test_a_fund_the_issuer_commits_beside_a_grant_is_still_a_target():
    text = "县财政每年安排旅游引导资金1000万元,并视财力状况逐年增加。"
    assert brief(text, 2019) == [("县财政每年安排旅游引导资金", 1000.0, "万元", None, None)]
    text = "到2025年,建成示范基地10个以上,对验收合格的示范基地给予奖励。"
    assert brief(text, 2023) == [("建成示范基地", 10.0, "个", "以上", 2025)]


# --- 例 counts cases ------------------------------------------------------------------------------------------


def test_cases_counted_with_li_are_a_target_and_li_opening_a_word_is_no_unit():
    # 石城县's assessment table: a county department's yearly quota of poaching cases.
    assert brief("年内全县查处非法捕捞案件10例以上(含简易案件);否则按完成比例得分(15分)。", 2018) == [
        ("查处非法捕捞案件", 10.0, "例", "以上", 2018)  # 年内: within the document's year
    ]
    assert brief("举例如下,10例如此。", 2018) == []
