"""Target forms of issue 9 read from real sentences of the development corpus (Shanghai district plans, a
State Council report, Guangzhou's talent plan): counts with words between verb and count, shares written
before what they measure, forecasts, lines cut at a width, and the near misses each rule must leave alone.

Sentences are as gongwen.normalize.clean_text leaves them (half-width `,` `:` `(`)."""

from gongwen.indicators.extract import extract_figures, extract_indicators
from gongwen.indicators.wrapping import cut_width
from gongwen.vocabulary import ACTUAL


def brief(text: str, doc_year: int | None = 2025) -> list[tuple]:
    """(metric, value, unit, qualifier, comparator, target_year) of each target, in text order."""
    return [
        (i.metric, i.value, i.unit, i.qualifier, i.comparator, i.target_year)
        for i in extract_indicators(text, doc_year)
    ]


# --- a place or kind between the count verb and the count ------------------------------------------


def test_words_between_count_verb_and_count_are_part_of_what_is_counted():
    assert brief("建成中心城区6座污水处理厂初期雨水调蓄工程。") == [
        ("中心城区污水处理厂初期雨水调蓄工程", 6.0, "座", None, "=", None)
    ]


def test_a_count_verb_inside_a_name_before_the_count_governs_nothing():
    assert brief("区级体检指标传导沿用住房城乡建设部65个基础指标。") == []


def test_words_comparing_before_a_count_name_no_kind():
    assert brief("培育营收超千亿元企业5家、超百亿元企业50家。") == [
        ("培育营收超千亿元企业", 5.0, "家", None, "=", None),
        ("超百亿元企业", 50.0, "家", None, "=", None),
    ]


# --- 推进/推动 a count: an activity to carry out, or only a list of what exists -------------------------


def test_a_count_advanced_as_an_activity_is_a_target():
    assert brief("持续推进居住区289个投放点微更新。") == [("居住区投放点微更新", 289.0, "个", None, "=", None)]


def test_a_share_advanced_needs_no_activity():
    assert brief("完善覆盖城乡的三级养老服务网络,推动60%以上的县级特困供养机构三级达标。", 2026) == [
        ("县级特困供养机构三级达标", 60.0, "%", "以上", "≥", None)
    ]


def test_a_count_of_areas_advanced_without_an_activity_is_no_target():
    assert brief("请各区持续推进16个市级海绵城市重点建设区(见附件4),梳理2018年以来海绵城市项目建设情况。") == []


# --- the share or area written before what it measures ---------------------------------------------


def test_a_share_before_what_reaches_the_standard():
    text = "到2025年底,本区建成区40%以上面积达到海绵城市建设目标要求。"
    assert brief(text) == [("建成区面积达到海绵城市建设目标要求", 40.0, "%", "以上", "≥", 2025)]
    assert extract_indicators(text, 2025)[0].scope == "本区"


def test_an_area_before_what_reaches_the_standard():
    assert brief("本市新增城市建成区50平方公里达到海绵城市建设要求。") == [
        ("新增城市建成区达到海绵城市建设要求", 50.0, "平方公里", None, "=", None)
    ]


def test_a_share_of_nothing_named_is_no_target():
    assert brief("2015年底,使用面积系数不低于70%,100%实现一次性装修。", 2011) == [
        ("使用面积系数", 70.0, "%", "不低于", "≥", 2015)
    ]


def test_a_share_named_as_the_target_it_is():
    assert brief("其余街道完成未推行垃圾分类居住区50%的指标。") == [
        ("其余街道完成未推行垃圾分类居住区", 50.0, "%", None, "=", None)
    ]


# --- forecasts -----------------------------------------------------------------------------------


def test_an_expected_figure_is_a_forecast_not_a_target():
    assert brief("预计今年高校毕业生超过1170万人,要强化促进青年就业政策举措,优化就业创业指导服务。", 2024) == []


def test_a_sentence_citing_a_forecast_holds_no_target():
    text = "据国家智能制造专家委员会预测,到2030年,新型储能累计装机规模将达到220GW,行业总产值将超过3万亿元。"
    assert extract_figures(text, 2024) == []


def test_a_forecast_in_another_clause_leaves_the_target_of_its_own():
    text = "预计今年财政收入继续恢复增长,加上调入资金等,一般公共预算支出规模28.5万亿元。"
    assert brief(text, 2024) == [("一般公共预算支出规模", 28.5, "万亿元", None, "=", 2024)]


def test_what_the_writer_expects_to_do_itself_is_planned_not_forecast():
    text = "规划期内,预计总开工21万套(包括“十一五”已安排项目7万套,“十二五”新安排项目14万套)。"
    assert brief(text, 2011)[0] == ("预计总开工", 21.0, "万套", None, "=", None)


# --- ranges, table cells, done counts, words and units ----------------------------------------------


def test_the_end_of_a_range_whose_start_says_it_is_included_is_no_target():
    assert brief("其中:年销量3000(含)—5000辆(不含)的车型,给予500万元激励。") == []


def test_a_cell_of_a_table_without_a_header_names_no_metric():
    assert brief("2024年\t远香湖南\t4.73\t40.39\t40%") == []


def test_a_count_added_with_le_is_done():
    [figure] = extract_figures("N是市级层面结合上海市实际,新增了34个指标。", 2021)
    assert (figure.kind, figure.metric, figure.value) == (ACTUAL, "指标", 34.0)


def test_not_less_than_bounds_a_value():
    assert brief("零碳物流园区建成期库容面积原则上应不小于2万平方米。") == [
        ("零碳物流园区建成期库容面积原则上应", 2.0, "万平方米", "不小于", "≥", None)
    ]


def test_teams_are_counted_in_zhi():
    assert brief("宝山区成立15支志愿者队伍。") == [("志愿者队伍", 15.0, "支", None, "=", None)]


def test_a_list_inside_a_modifier_stays_in_the_counted_noun():
    assert brief("在战略性主导产业领域重点引进和培养1万名左右具有博士、硕士学位的企业紧缺人才。") == [
        ("具有博士、硕士学位的企业紧缺人才", 1.0, "万名", "左右", "≈", None)
    ]


def test_a_list_of_nouns_after_a_count_stops_at_its_first_name():
    assert brief("省级每年安排至少5%新增建设用地指标保障乡村公共设施、公益事业、乡村产业等乡村建设用地。") == [
        ("新增建设用地指标保障乡村公共设施", 5.0, "%", "至少", "≥", None)
    ]


# --- lines cut at a width ------------------------------------------------------------------------

_CUT = (
    "上海市公园提质增效实施方案\n"
    "一、工作目标\n"
    + "\n".join(
        [
            "到2028年底,新增各类公园300座以上,全市公园总数达到1400座以上;绿道总长度达到2400",
            "公里以上;单位附属绿地开放总数达到250处以上;设置健身体育设施的公园占比达到50%以上;",
        ]
        + [f"第{n}行为说明文字而非指标,此处用以构成按固定宽度断行的文本,共计四十三个字符的宽度呀呀呀" for n in range(9)]
    )
)


def test_a_target_cut_by_a_line_break_is_read_whole():
    found = [i for i in extract_indicators(_CUT, 2026) if i.metric == "绿道总长度"]
    assert [(i.value, i.unit, i.qualifier, _CUT[i.char_start : i.char_end]) for i in found] == [
        (2400.0, "公里", "以上", "2400\n公里以上")
    ]


def test_the_sentence_of_a_target_cut_by_a_line_break_holds_its_span_as_written():
    [found] = [i for i in extract_indicators(_CUT, 2026) if i.metric == "绿道总长度"]
    assert found.sentence == "绿道总长度达到2400\n公里以上"


def test_a_text_written_one_paragraph_a_line_is_not_cut():
    text = "一、工作目标\n到2025年,绿道总长度达到2400\n公里以上的城市建成区实现全覆盖。"
    assert cut_width(text.split("\n")) is None
    assert brief(text) == []  # the break is the writer's: 2400 stays without a unit


def test_a_standard_quoted_with_its_bound_is_a_target():
    text = "供电企业严格按照“一年内停电次数不超过5次”“连续60天停电次数不超过3次”标准进行治理。"
    assert brief(text) == [
        ("一年内停电次数", 5.0, "次", "不超过", "≤", None),
        ("连续60天停电次数", 3.0, "次", "不超过", "≤", None),
    ]


def test_a_bounded_duration_is_a_target():
    assert brief("低压用户全过程办电时间,无电力外线工程的不超过5个工作日,有电力外线工程的不超过15个工作日。") == [
        ("无电力外线工程", 5.0, "个工作日", "不超过", "≤", None),
        ("有电力外线工程", 15.0, "个工作日", "不超过", "≤", None),
    ]


def test_a_bounded_duration_of_nothing_named_is_no_target():
    assert brief("市级零碳园区建设周期一般为3至5年,原则上不超过5年。") == []


# --- a task list flattened one cell per line ------------------------------------------------------

_TASK_LIST = "\n".join(
    [
        "主要任务", "节点", "指标数", "责任单位",
        "2", "创建达标分类小区(累计数)", "2018年", "345个", "各街道办事处", "区文明办", "2019年", "440个",
        "5", "按照建设标准,建立“两网融合”中转站", "(累计数)", "2018年", "4个", "区绿化市容局",
        "1", "干垃圾末端控制量", "2017年", "700吨/日", "2019年", "581吨/日",
    ]
)


def test_each_year_and_value_cell_under_a_task_cell_is_a_target():
    found = extract_indicators(_TASK_LIST, 2018)
    assert [(i.metric, i.value, i.unit, i.target_year, _TASK_LIST[i.char_start : i.char_end]) for i in found] == [
        ("创建达标分类小区(累计数)", 345.0, "个", 2018, "345个"),
        ("创建达标分类小区(累计数)", 440.0, "个", 2019, "440个"),
        ("按照建设标准,建立“两网融合”中转站(累计数)", 4.0, "个", 2018, "4个"),
        ("干垃圾末端控制量", 581.0, "吨/日", 2019, "581吨/日"),
    ]


def test_a_year_line_followed_by_prose_is_no_cell():
    assert brief("1\n工作安排\n2018年\n全区完成345个小区创建任务。", 2018) == [("小区创建", 345.0, "个", None, "=", None)]
