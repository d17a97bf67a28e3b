"""Target forms of issue 9, third pass, read from real sentences of the development corpus (Guangzhou's talent
plan, Shanghai's park and sponge-city plans, Chongqing's commercial-vehicle policy, Guangzhou's farmer
training plan): counted nouns with long 的-modifiers, counts joined by 和, names before 分别 sharing the words
after them, a rate an amount is computed from, a target restated, training hours; and the near miss of each.

Sentences are as gongwen.normalize.clean_text leaves them (half-width `,` `:` `(`)."""

from gongwen.indicators.extract import extract_figures, extract_indicators
from tests.indicator_helpers import brief

# --- a count whose noun runs on through a long 的-modifier: what is counted is its head ---------------------


def test_a_long_modifier_listing_clauses_leaves_the_head_noun():
    assert brief("5年内重点引进扶持200名左右能够突破关键技术、发展高新技术产业、带动新兴学科的创新创业领军人才。") == [
        ("创新创业领军人才", 200.0, "名", "左右", None)
    ]


def test_counts_listed_with_long_modifiers_each_name_their_head():
    assert brief(
        "重点培养不少于10名站在世界科技前沿的中国科学院、中国工程院院士后备人才,"
        "不少于20名具有国内领先水平的“新世纪百千万人才工程”国家级人选后备人才,"
        "不少于100名在学科专业领域起骨干带头作用的享受国务院政府特殊津贴的后备人才。"
    ) == [
        ("中国科学院、中国工程院院士后备人才", 10.0, "名", "不少于", None),
        ("“新世纪百千万人才工程”国家级人选后备人才", 20.0, "名", "不少于", None),
        ("享受国务院政府特殊津贴的后备人才", 100.0, "名", "不少于", None),
    ]


def test_a_modifier_that_fits_a_name_is_kept():
    assert brief("在战略性主导产业领域重点引进和培养1万名左右具有博士、硕士学位的企业紧缺人才。") == [
        ("具有博士、硕士学位的企业紧缺人才", 1.0, "万名", "左右", None)
    ]


# --- two counts joined by 和 ---------------------------------------------------------------------------


def test_a_count_joined_by_he_to_another_count_stops_before_it():
    assert brief("5年内市、区(县级市)两级筹集建设1000套专家公寓和10000套人才公寓,协助解决相关人才的住房问题。") == [
        ("专家公寓", 1000.0, "套", None, None),
        ("人才公寓", 10000.0, "套", None, None),
    ]


def test_he_before_a_measure_naming_a_kind_is_no_joiner():
    assert brief("新建22个750千伏和330千伏电网工程。") == [("750千伏和330千伏电网工程", 22.0, "个", None, None)]


def test_he_inside_a_counted_noun_is_no_joiner():
    assert brief("建成35个先导区、1000个和美乡村。") == [
        ("先导区", 35.0, "个", None, None),
        ("和美乡村", 1000.0, "个", None, None),
    ]


# --- 分别: names sharing the words after the last of them ------------------------------------------------


def test_names_before_respectively_share_the_words_after_them():
    assert brief("到2028年底,乡土适生树种和地产草种在新建、改建公园绿地的应用比例分别达到80%、50%以上。") == [
        ("乡土适生树种在新建、改建公园绿地的应用比例", 80.0, "%", "以上", 2028),
        ("地产草种在新建、改建公园绿地的应用比例", 50.0, "%", "以上", 2028),
    ]


def test_names_before_respectively_holding_a_word_with_a_joining_character_and_a_unit_the_last_value_completes():
    # shanxi-jinzhong-equipment-renewal-2024 (dev-fb), jinhua-pujiang-equipment-renewal-2024 (dev-el): 普及率 is one
    # name (及 of 普及, no joining word); 15个、13个百分点: the first value's unit is the last's
    assert brief("到2027年,全市工业企业数字化研发设计工具普及率、关键工序数控化率分别提高15个、13个百分点。") == [
        ("工业企业数字化研发设计工具普及率提高", 15.0, "个百分点", None, 2027),
        ("关键工序数控化率提高", 13.0, "个百分点", None, 2027),
    ]


def test_names_before_respectively_with_a_shared_head_noun_keep_it():
    assert brief("全市城镇和农村居民人均可支配收入分别增长5%、6%。") == [
        ("城镇居民人均可支配收入增长", 5.0, "%", None, None),
        ("农村居民人均可支配收入增长", 6.0, "%", None, None),
    ]


# --- a share an amount is computed from ----------------------------------------------------------------


def test_a_share_of_a_base_after_anzhao_is_no_target():
    assert brief("对核心零部件新建及技改项目,按照企业实际项目贷款利率的50%给予贴息,贴息期限不超过两年。") == []


def test_a_rate_reached_after_an_word_is_a_target():
    assert brief("到2025年,按期完成率达到95%。") == [("按期完成率", 95.0, "%", None, 2025)]


# --- a target restated further on ------------------------------------------------------------------------


def test_a_target_restated_in_a_later_paragraph_is_one_target():
    text = (
        "嘉定区到2025年底,50平方公里以上建设用地面积达到海绵城市建设目标要求。\n"
        "(一)加快推进海绵城市建设。\n"
        "嘉定区到2025年底,50平方公里以上建设用地面积达到海绵城市建设目标要求。"
    )
    assert brief(text) == [("建设用地面积达到海绵城市建设目标要求", 50.0, "平方公里", "以上", 2025)]


def test_a_target_without_a_year_restated_in_a_numbered_list_is_one_target():
    # chongqing-yuzhong-gov-report-tasks-2023 (dev-cn): the targets in a paragraph, then one an item
    text = "主要预期目标:地区生产总值增长5%左右,固定资产投资总额增长5%以上。\n1.地区生产总值增长5%左右。\n2.固定资产投资总额增长5%以上。"
    assert [row[:3] for row in brief(text)] == [("地区生产总值增长", 5.0, "%"), ("固定资产投资总额增长", 5.0, "%")]
    # a bare change word names too little to be the same target twice
    assert [row[:3] for row in brief("营业收入增长10%以上。\n利润增长10%以上。")] == [
        ("营业收入增长", 10.0, "%"), ("利润增长", 10.0, "%")]
    assert len(brief("一是新建学校,增长10%以上。\n二是新建医院,增长10%以上。")) == 2


def test_names_listed_before_as_many_values_take_one_each():
    # qiannan-dushan-healthy-county-plan-interpretation-2023 (dev-fw): no 分别, the values one a name
    text = "创建健康镇、健康村、健康学校的比例不低于30%、30%、65%。"
    assert [row[:3] for row in brief(text)] == [
        ("创建健康镇的比例", 30.0, "%"), ("健康村的比例", 30.0, "%"), ("健康学校的比例", 65.0, "%")]
    # fewer values than names: no hand-out
    assert [row[0] for row in brief("健康镇、健康村、健康学校的比例不低于30%、65%。")][0] == "健康镇、健康村、健康学校的比例"


def test_the_same_share_for_another_year_is_another_target():
    text = (
        "嘉定区到2025年底,50平方公里以上建设用地面积达到海绵城市建设目标要求。\n"
        "到2030年底,50平方公里以上建设用地面积达到海绵城市建设目标要求。"
    )
    assert [row[4] for row in brief(text)] == [2025, 2030]


# --- training hours ----------------------------------------------------------------------------------------


def test_training_hours_bounded_are_a_target():
    assert brief("每个班的总学时不少于100学时。") == [("每个班的总学时", 100.0, "学时", "不少于", None)]


def test_training_hours_of_nothing_bounded_are_no_target():
    assert brief("经过100学时的培训。") == []


# --- a 主要指标 table flattened one cell per line --------------------------------------------------------

_FLAT_TABLE = "\n".join([
    "专栏1 能源高质量发展主要指标", "类别", "指标", "单位", "2022年", "2025年", "累计增长", "（下降）",
    "供应", "保障", "能源综合", "生产能力", "万吨", "标准煤", "9200", "10000", "800",
    "灵活调节电源", "装机占比", "%", "12.3", "12.5", "0.2个百分点",
    "二、全面构建安全高效清洁低碳的能源供应体系",
])


def test_each_row_of_a_flattened_target_table_gives_its_target_column():
    assert brief(_FLAT_TABLE, 2023) == [
        ("能源综合生产能力", 10000.0, "万吨标准煤", None, 2025),
        ("灵活调节电源装机占比", 12.5, "%", None, 2025),
    ]


def test_a_flattened_target_table_spans_its_value_cell():
    [first, _] = extract_indicators(_FLAT_TABLE, 2023)
    assert _FLAT_TABLE[first.char_start : first.char_end] == "10000"


def test_a_metric_header_word_alone_before_prose_heads_no_table():
    assert brief("指标\n单位\n各项指标均达到国家要求。", 2023) == []


# --- a share before the things an action is carried out on -------------------------------------------------


def test_a_share_of_things_an_inspection_is_carried_out_on_is_a_target():
    assert brief("加强施工管理,对辖区内不少于50%项目开展专项施工检查;压实运维单位责任。") == [
        ("对辖区内项目开展专项施工检查", 50.0, "%", "不少于", None)
    ]


def test_a_share_already_carried_out_is_no_target():
    assert brief("目前已有60%项目开展自查。") == []


# --- 对 N个 X 进行 Y: the things a work is carried out on --------------------------------------------------


def test_a_count_after_dui_with_a_work_carried_out_on_it_is_a_target():
    assert brief("对全区1918个垃圾箱房(收集点)进行升级改造,实现分类标识全覆盖。", 2019) == [
        ("垃圾箱房(收集点)升级改造", 1918.0, "个", None, None)
    ]


def test_who_does_the_work_and_the_things_counted_before_their_count():
    # bayingolin-ruoqiang-livelihood-projects-2026 (dev-fq): the project and 将 before 对; the things before their count
    assert brief("渠系维护项目将对各乡镇老化破损闸门467处进行维修,对主渠道清淤。") == [
        ("各乡镇老化破损闸门维修", 467.0, "处", None, None)]
    # two counts of things one work is done on (…一体化处理站: the 一 of a word is no count)
    assert [row[:3] for row in brief("改造项目将对全县农村27座生活污水一体化处理站以及13个集水井进行提升改造。")] == [
        ("生活污水一体化处理站提升改造", 27.0, "座"), ("集水井进行提升改造", 13.0, "个")]
    assert brief("对全区30个进行改造。") == []  # nothing counted


def test_a_count_after_zai_with_a_pilot_started_in_it_is_a_target():
    assert brief("在6座市属公园先行启动试点工作,形成可复制经验。") == [("市属公园先行试点工作", 6.0, "座", None, None)]


def test_a_count_after_zai_with_no_work_in_it_is_no_target():
    assert brief("在10个方面进行改革。") == []


def test_a_count_after_dui_with_no_work_on_it_is_no_target():
    assert brief("对2个问题进行说明。") == []


# --- a duration opening the clause ------------------------------------------------------------------------


def test_within_years_before_a_count_verb_is_no_part_of_the_metric():
    assert brief("2年内完成现有31条街道托底管理类的“内部道路”治理任务。") == [
        ("现有街道托底管理类的“内部道路”治理", 31.0, "条", None, None)
    ]


# --- examples closed by 等 before their class ----------------------------------------------------------------


def test_examples_before_their_class_leave_the_class():
    assert brief("到2025年,上海大学附属嘉定实验学校等各级各类学校22所,均需落实海绵城市建设。") == [
        ("各级各类学校", 22.0, "所", None, 2025)
    ]


def test_examples_of_another_kind_than_the_noun_after_deng_are_kept():
    assert brief("钢铁、有色等行业能耗下降5%。") == [("钢铁、有色等行业能耗下降", 5.0, "%", None, None)]


# --- the other reading of a character in brackets inside a counted word --------------------------------------


def test_a_bracketed_alternative_inside_a_counted_word_is_part_of_it():
    assert brief("宣传覆盖约500个居(村)委,引导居民参与垃圾分类。") == [("居(村)委", 500.0, "个", "约", None)]


def test_a_bracketed_alternative_after_a_phrase_ends_the_counted_noun():
    assert brief("支持巩义、永城、林州等10个有条件的县(市)发展成为中等城市。") == [("有条件的县", 10.0, "个", None, None)]


def test_a_bracket_after_a_counted_word_ends_it():
    assert brief("建成10个示范区(园区),打造一批精品。") == [("示范区", 10.0, "个", None, None)]


def test_mobilised_organisations_are_counted():
    assert brief("5年内组织和发动100家科技类社会组织。") == [("科技类社会组织", 100.0, "家", None, None)]


# --- a sentence reporting work done ----------------------------------------------------------------------------


def _kinds(text: str) -> list[tuple]:
    return [(i.kind, i.value, i.as_of_year) for i in extract_figures(text, 2025)]


def test_figures_after_a_clause_reporting_work_done_are_actuals():
    text = "省能源局对新型储能项目库进行了调整,经申报、评审和公示,此次调整入库119个项目、总容量2400万千瓦。"
    assert _kinds(text) == [("actual", 2400.0, 2025)]


def test_a_year_ahead_after_a_clause_reporting_work_keeps_a_target():
    assert _kinds("省政府进行了专题部署,到2027年,新型储能装机达到500万千瓦。") == [("target", 500.0, None)]


def test_a_clause_setting_the_ground_reports_nothing():
    assert _kinds("在完成了试点的基础上,推广新建绿道50公里。") == [("target", 50.0, None)]


# --- places named before a count of them and what they will do ------------------------------------------------


def test_places_named_before_their_count_and_a_count_verb_are_a_target():
    assert brief("二是欧阳、凉城、曲阳、广中4个街道创建上海市生活垃圾分类达标街道。", 2018) == [
        ("街道创建上海市生活垃圾分类达标街道", 4.0, "个", None, None)
    ]


def test_places_named_before_their_count_with_no_count_verb_are_no_target():
    assert brief("贵阳、遵义2个城市入选全国试点。") == []


def test_a_list_closed_by_deng_before_a_count_is_no_target():
    assert brief("兴仁、安龙等18个县完成改造。") == []
