"""Target forms of the sixth pass, read from real sentences of the development corpus (a national 草牧业 opinion,
incentive policies of a county and a province, a nursing-home notice, a housing-fund notice, two government
work reports, a talent-studio notice): what a run-in 基本情况 heading states, the caps and steps of a grant,
a starting point bounded as a share, a metric named a clause before its value, a count whose task is
completed after it; and the near miss of each.

Sentences are as gongwen.normalize.clean_text leaves them (half-width `,` `:` `(`)."""

from gongwen.indicators.extract import extract_figures
from tests.indicator_helpers import actuals, brief

# --- a numbered paragraph whose run-in heading is 基本情况 states how things stand -------------------------

GRASSLAND = (
    "(四)南方区\n"
    "1.基本情况:该区位于我国南部,涉及上海、江苏、浙江等15省(市、区),草原面积6419.12万公顷。"
    "该区主要分布在海拔3000米以上,空气稀薄。\n"
    "2.主攻方向:到2020年,草原综合植被盖度达到56%。"
)


def test_figures_after_a_run_in_jiben_qingkuang_heading_are_actuals():
    assert brief(GRASSLAND, 2016) == [("草原综合植被盖度", 56.0, "%", None, 2020)]
    assert actuals(GRASSLAND, 2016) == [
        ("草原面积", 6419.12, "万公顷", None, 2015),
        ("该区主要分布在海拔", 3000.0, "米", "以上", 2015),
    ]


def test_a_run_in_heading_naming_targets_reviews_nothing():
    text = "1.现状与目标:到2020年,草原综合植被盖度达到56%。"
    assert brief(text, 2016) == [("草原综合植被盖度", 56.0, "%", None, 2020)]


SIGNIFICANCE = (
    "一、进一步认识发展草牧业的重要意义\n"
    "(三)发展草牧业是农牧业增效和农牧民增收的重要举措。草牧业是牧区的支柱产业,约占农牧民纯收入的50%以上。\n"
    "二、总体要求\n"
    "到2020年,草原综合植被盖度达到56%。"
)


def test_a_section_on_significance_states_actuals_and_yue_zhan_is_one_share():
    assert brief(SIGNIFICANCE, 2016) == [("草原综合植被盖度", 56.0, "%", None, 2020)]
    assert actuals(SIGNIFICANCE, 2016) == [("占农牧民纯收入", 50.0, "%", "以上", 2015)]


# --- what an incentive grants: its cap, its rate and the step it is paid by ---------------------------------


def test_a_cap_after_a_grant_is_a_sum_granted():
    text = (
        "对跨行业跨领域工业互联网平台省级给予奖补,最高3000万元。"
        "集成电路设计企业开展工程产品首轮流片,省级按该款产品首轮流片合同或掩膜版制作合同金额的30%,"
        "给予一次性奖补,单个企业最高300万元。"
    )
    assert extract_figures(text, 2021) == []


def test_a_cap_without_a_grant_in_its_sentence_is_read():
    text = "对符合条件的企业给予奖励。全市生活垃圾日处理能力最高达到5000吨。"
    assert brief(text, 2021) == [("生活垃圾日处理能力最高", 5000.0, "吨", None, None)]


def test_shares_listed_after_a_rate_basis_are_rates_too():
    text = (
        "对特色农业类项目,1亿元以上的,参照其年度地方财政贡献的70%、80%和90%给予企业奖励,"
        "专项用于企业研发、生产及基础设施建设。"
    )
    assert extract_figures(text, 2023) == []


def test_a_step_a_sum_is_paid_by_is_no_target_and_a_sum_per_year_keeps_its_unit():
    text = "每增加1人,增加运行经费不少于0.2万元/年。"
    assert brief(text, 2021) == [("增加运行经费", 0.2, "万元/年", "不少于", None)]


def test_the_terms_of_a_rule_after_a_threshold_closed_by_de_are_no_targets():
    text = (
        "储存12个月以上的,累计不超过0.2%(不得按年叠加)。"
        "入住人数大于10人的,每增加1人,增加运行经费不少于0.2万元/年。"
    )
    assert extract_figures(text, 2023) == []


def test_a_year_closed_by_de_is_no_threshold():
    assert brief("2025年完成改造的,覆盖率达到50%。", 2023) == [("覆盖率", 50.0, "%", None, 2025)]


def test_an_aside_on_what_a_sum_leaves_out_is_no_part_of_its_metric():
    text = "安排运行经费(不含人员工资、绩效等经费)不少于2万元/年。"
    assert brief(text, 2021) == [("安排运行经费", 2.0, "万元/年", "不少于", None)]
    text = "其中,建设筹集资金投入689亿元,租赁补贴(含人才补贴)26亿元。"
    assert brief(text, 2011)[-1] == ("租赁补贴(含人才补贴)", 26.0, "亿元", None, None)


def test_conditions_naming_who_qualifies_before_a_grant_are_no_targets():
    text = (
        "对年组织游客来柳河旅游景区人数达到1万人次以上的旅行社、户外团队进行奖励。"
        "单次会议人数规模在300人以上、且营业额达到80万元以上的特大型会议、赛事,一次性给予15万元奖励。"
    )
    assert extract_figures(text, 2019) == []


def test_a_count_followed_by_its_noun_and_a_grant_in_a_later_clause_is_still_read():
    text = "到2025年,建成10个以上的示范基地,推动产业发展。"
    assert brief(text, 2021) == [("示范基地", 10.0, "个", "以上", 2025)]


# --- a starting point bounded as a share, and the level it is raised to --------------------------------------


def test_a_bounded_share_after_you_is_a_starting_point_and_names_the_next_metric():
    text = "提高纯公积金贷款比例,贷款额由不高于房价的70%,提高到不高于房价的80%。"
    assert brief(text, 2022) == [("贷款额占房价", 80.0, "%", "不高于", None)]


# --- a metric named a clause before its value -----------------------------------------------------------------


def test_a_clause_of_only_a_verb_measures_what_the_clause_before_names():
    text = (
        "推进幸福河湖建设,年底前达到45条。"
        "依照《江西省公办养老院适老化改造指南》,对在运营的乡镇敬老院实施适老化改造,2022年底前完成80%以上。"
    )
    assert brief(text, 2021) == [
        ("幸福河湖建设", 45.0, "条", None, 2021),
        ("对在运营的乡镇敬老院实施适老化改造", 80.0, "%", "以上", 2022),
    ]


def test_a_clause_before_holding_a_year_or_a_value_names_no_metric():
    assert brief("到2025年,达到50%。", 2021) == []
    assert brief("新建学校5所,达到50%。", 2021) == [("新建学校", 5.0, "所", None, None)]


# --- a count whose task is completed after it; counts of kinds and of those an activity is for -------------------


def test_a_count_before_a_task_said_to_be_completed_is_a_target():
    assert brief("确保今年入冬前2.16万户灾损农房新建任务全面完成。", 2024) == [("灾损农房新建", 2.16, "万户", None, 2024)]


def test_a_completed_task_in_a_past_year_is_an_actual():
    assert actuals("2023年,全市5000套保障房建设任务全面完成。", 2024) == [("保障房建设", 5000.0, "套", None, 2023)]


def test_a_count_listed_after_a_list_of_kinds_is_counted_under_the_same_verb():
    text = (
        "培育3家在国内具有较强影响力的跨行业、跨领域综合型工业互联网平台,20家行业型、专业型、区域型工业互联网平台,"
        "100家具有行业示范效应的企业级工业互联网平台。"
    )
    assert brief(text, 2021) == [
        ("跨行业、跨领域综合型工业互联网平台", 3.0, "家", None, None),
        ("行业型", 20.0, "家", None, None),
        ("具有行业示范效应的企业级工业互联网平台", 100.0, "家", None, None),
    ]


def test_counts_kept_given_and_held_for_are_targets():
    assert brief("公建民营的乡镇敬老院,保留不低于20%的床位,用于保障特困人员集中供养。", 2021) == [
        ("床位", 20.0, "%", "不低于", None)
    ]
    text = "公建民营协议要明确约定保留不低于20%的床位用于接收政府供养和基本养老服务保障对象,确保公益属性。"
    assert brief(text, 2021) == [("床位", 20.0, "%", "不低于", None)]
    assert brief("2、每个工作室确定6位成员。", 2011) == [("成员", 6.0, "位", None, None)]
    assert brief("推动全省100家企业实施工业互联网网络安全分类分级管理,形成一批方案。", 2021) == [
        ("全省企业实施工业互联网网络安全分类分级管理", 100.0, "家", None, None)
    ]


def test_mianxiang_a_count_with_no_activity_after_it_sets_nothing():
    assert brief("面向全省5000家企业。", 2021) == []


def test_a_fund_set_up_to_pay_grants_later_in_its_sentence_is_a_target():
    text = (
        "第1条设立总规模不低于1亿元的重点产业发展引导资金,列入县财政预算,按照《柳河县中小企业发展引导资金管理办法(试行)》"
        "相关规定,用于重点产业发展补助和奖励。"
    )
    assert brief(text, 2023) == [("总规模重点产业发展引导资金", 1.0, "亿元", "不低于", None)]


def test_a_count_named_to_a_role_is_no_target():
    assert brief("各成员单位确定1名工作人员为城镇房屋安全隐患排查整治工作联络员。", 2021) == []


def test_a_count_of_those_a_completed_task_concerns_is_not_what_it_completes():
    assert extract_figures("涉及10.5万人的保交房任务全部完成。", 2026) == []


def test_what_closes_a_starting_point_is_no_part_of_the_metric_after_it():
    text = "放宽住房公积金贷款房屋面积限制,单元建筑面积由180平方米(含)以内提高到200平方米(含)以内。"
    assert brief(text, 2022) == [("单元建筑面积", 200.0, "平方米", None, None)]


def test_figures_after_a_run_in_zongti_qingkuang_heading_are_actuals():
    # dev-q jiangxi-food-sampling-notice-2020: a 通告's sampling results under 一、总体情况:
    text = "一、总体情况:本次抽检5大类食品共507批次样品。其中,食用农产品422批次,合格420批次,不合格2批次。\n"
    assert brief(text, 2020) == []
    assert ("食用农产品", 422.0, "批次", None, 2019) in actuals(text, 2020)


def test_a_figure_in_the_ground_reached_before_a_target_is_an_actual():
    # dev-r national-chronic-disease-settlement-2024: 在…的基础上 names what has been reached
    text = ("在基本实现高血压、糖尿病等5种门诊慢特病费用跨省直接结算县域可及的基础上,"
            "2024年底前实现10种门诊慢特病费用跨省直接结算。\n")
    assert [row[1:3] for row in brief(text, 2024)] == [(10.0, "种")]
    assert [row[1:3] for row in actuals(text, 2024)] == [(5.0, "种")]


def test_a_measure_that_sets_a_class_apart_is_no_count_of_it():
    # dev-v shanghai-fengxian-park-city-2021: 1000亩以上 says which 林地; 5个 is how many are to be built
    text = "到2025年，建成1000亩以上开放休闲林地5个，300亩以上开放休闲林地5个。"
    assert [row[:3] for row in brief(text, 2021)] == [
        ("建成1000亩以上开放休闲林地", 5.0, "个"), ("300亩以上开放休闲林地", 5.0, "个")]


def test_a_table_written_one_cell_a_line_keeps_each_row_to_itself():
    # the same plan's 附件 (序号 / 项目 / 内容, one cell a line): a row number opens the next row, no figure set
    # apart from the cell before it
    annex = ("附件\n2\n林地功能提升改造工程\n建成1000亩以上开放休闲林地5个，300亩以上开放休闲林地5个\n1\n"
             "林地抚育工程\n抚育面积达到1万亩\n1\n湿地保护修复工程\n")
    assert [row[:3] for row in brief(annex, 2021)] == [
        ("建成1000亩以上开放休闲林地", 5.0, "个"), ("300亩以上开放休闲林地", 5.0, "个"), ("抚育面积", 1.0, "万亩")]


def test_this_year_and_next_opening_a_metric_is_its_years_not_its_name():
    # 今明两年 (this year and next) is a span ending next year, as 明年 is: no part of what is invested.
    text = "1.抓住国家加快铁路建设机遇,今明两年投资530亿元。"
    assert brief(text, 2015) == [("投资", 530.0, "亿元", None, 2016)]


def test_charging_posts_are_counted_in_gen():
    # dev-al wucheng-growth-measures-2025; 根据 opens a clause, no count
    assert brief("到2025年,新增公共充电设施260根以上。", 2025)[0][:3] == ("新增公共充电设施", 260.0, "根")
    assert brief("根据规划,到2025年,全区充电设施覆盖率达到90%。", 2025)[0][:3] == ("充电设施覆盖率", 90.0, "%")


# --- a sentence opening with 过去一年 says what that year achieved; 等6部委 counts the bodies of a name ----------

NEWS_REPORT = ("1月23日上午,省长代表省人民政府向大会报告工作。过去一年,江苏地区生产总值达12.82万亿元、增长5.8%。"
               "今年主要预期目标是:地区生产总值增长5%以上。")


def test_figures_after_a_past_year_clause_are_actuals():
    assert brief(NEWS_REPORT, None) == [("地区生产总值增长", 5.0, "%", "以上", None)]
    assert [figure[:3] for figure in actuals(NEWS_REPORT, None)] == [
        ("江苏地区生产总值", 12.82, "万亿元"), ("江苏地区生产总值增长", 5.8, "%")]


def test_a_count_of_ministries_before_the_title_they_issued_is_no_target():
    text = ("认真落实中办国办《关于加强和改进乡村治理的指导意见》、中央农办等6部委《关于开展乡村治理体系建设试点示范工作的通知》"
            "以及省市区委农村工作会议部署,制定本方案。")
    assert brief(text, 2020) == []
    assert brief("到2020年,全市新建电影院3部。", 2020) == [("新建电影院", 3.0, "部", None, 2020)]  # 部 still counts


def test_a_review_heading_run_on_with_its_paragraph_takes_no_year_from_the_paragraph():
    # shanghai-gov-report-2026: a page that joined the heading and its paragraph with a blank
    text = ('一、2025年工作回顾 2025年是"十四五"规划冲刺收官、"十五五"规划谋篇布局之年。过去一年,我们坚持稳中求进,'
            "全市生产总值达到5.67万亿元、增长5.4%,好于预期。")
    assert brief(text, 2026) == []
    assert [figure[:2] for figure in actuals(text, 2026)] == [("生产总值", 5.67), ("生产总值增长", 5.4)]
    # a heading set apart from its ordinal by a blank still names its review (第一章 现状与“十一五”评价)
    text = "第一章 现状与评价\n第一条 发展现状\n全市户籍人口住房自有率76%,常住人口住房自有率40%。"
    assert brief(text, 2011) == []


def test_a_charge_per_quantity_a_rule_sets_is_no_target_but_a_sum_per_head_to_reach_is():
    text = ("其中,市级储备粮(原粮)保管费每年100元/吨,食用植物油保管费每年300元/吨。"
            "综合评估服务费用不超过16元/平方米。到2025年,农业劳动生产率达到7万元/人。")
    assert brief(text, 2023) == [("农业劳动生产率", 7.0, "万元/人", None, 2025)]
