"""Counts of issue 9 written with lists (a list of examples closed by 等, a count listed after a comma under
the verb of the clause before) and a rate a budget is set at (拟按…安排), each with the near miss its rule
must leave alone. Sentences from the development corpus (Shanghai district plans, Guangzhou's talent plan,
the 2024 and 2025 national 政府工作报告) as gongwen.normalize leaves them."""

from gongwen.normalize import clean_text
from tests.indicator_helpers import brief


def test_a_list_of_examples_closed_by_deng_after_a_count_names_the_kind_counted():
    text = "推进约100个建筑与小区、公园与绿地、道路与广场、河道水务等海绵重点项目建设,以点带面。"
    assert brief(text) == [("海绵重点项目建设", 100.0, "个", "约", None)]


def test_a_long_list_of_examples_closed_by_deng_names_the_kind_counted():
    text = (
        "5年内重点引进和培养500名法院、检察院、公安、司法行政、政府法制系统人才以及综治、维稳、突发性群体事件管理、"
        "律师、公证、法学理论等高层次民主法治专门人才。"
    )
    assert brief(text, 2012) == [("高层次民主法治专门人才", 500.0, "名", None, None)]


def test_a_count_noun_followed_by_a_list_is_no_list_of_examples():
    text = "省级每年安排至少5%新增建设用地指标保障乡村公共设施、公益事业、乡村产业等乡村建设用地。"
    assert brief(text) == [("新增建设用地指标保障乡村公共设施", 5.0, "%", "至少", None)]


def test_a_count_verb_before_names_closed_by_deng_governs_the_count_after_them():
    text = "嘉定区“十四五”期间计划新增西门文化公园等9座城市公园,新建绿道50公里。"
    assert brief(text, 2024) == [("城市公园", 9.0, "座", None, 2025), ("新建绿道", 50.0, "公里", None, 2025)]


def test_names_closed_by_deng_with_no_count_verb_before_them_give_no_target():
    assert brief("兴仁等18个县(市、区)开展试点。") == []


def test_a_count_after_a_comma_is_listed_under_the_verb_of_the_clause_before():
    text = "持续推进居住区289个投放点微更新,159个投放点专项更新。"
    assert brief(text) == [("居住区投放点微更新", 289.0, "个", None, None), ("投放点专项更新", 159.0, "个", None, None)]


def test_a_count_after_a_comma_following_no_count_is_not_continued():
    assert brief("持续推进居住区投放点微更新,159个投放点专项更新。") == []


def test_a_rate_a_budget_is_set_at_is_a_target():
    assert brief("今年赤字率拟按4%左右安排。") == [("赤字率", 4.0, "%", "左右", 2025)]


def test_a_rate_to_apply_with_no_planned_closing_is_no_target():
    assert brief("对符合条件的项目按3%给予贴息。") == []


def test_metrics_named_together_before_jun_each_take_the_one_value():
    # a provincial report's news (dev-ce) and a county's work list (dev-cd)
    assert brief("2013年全省经济社会发展的主要预期目标是:城镇居民人均可支配收入和农民人均纯收入均增长10%左右。", 2013) == [
        ("城镇居民人均可支配收入增长", 10, "%", "左右", 2013), ("农民人均纯收入增长", 10, "%", "左右", 2013)]
    assert brief("到2025年,地表水达标率和空气优良率均保持在98%以上。") == [
        ("地表水达标率", 98, "%", "以上", 2025), ("空气优良率", 98, "%", "以上", 2025)]
    # 均 closing a word of its own (年均, 人均) shares nothing; one name before 均 is one metric
    assert [m for m, *_ in brief("到2025年,居民收入五年增长近万元、年均增速6.5%。")] == ["居民收入五年增长近万元、年均增速"]
    assert [m for m, *_ in brief("到2025年,全市城乡居民收入均增长8%。")] == ["城乡居民收入均增长"]


def test_a_name_ending_with_the_noun_the_last_name_goes_on_from_takes_what_follows_it():
    assert brief("到2025年,城市生活垃圾和建筑垃圾利用率分别达到60%、50%。") == [
        ("城市生活垃圾利用率", 60, "%", None, 2025), ("建筑垃圾利用率", 50, "%", None, 2025)]


def test_a_unit_written_with_a_slash_and_a_space_after_it_and_coal_per_kilowatt_hour():
    text = clean_text("到2025年,细颗粒物(PM2.5)年均浓度达到40微克/ 立方米,火电平均供电煤耗控制在300克标煤/千瓦时以下。").text
    assert brief(text) == [("细颗粒物(PM2.5)年均浓度", 40, "微克/立方米", None, 2025),
                           ("火电平均供电煤耗", 300, "克标煤/千瓦时", "以下", 2025)]


def test_targets_listed_as_items_in_title_marks_are_read_one_by_one():
    # a county's reading of its livelihood projects (dev-bq) sets each project in 《》, one after another
    text = ("《通知》内容主要包括《城镇新增就业2000人以上》《建成幼儿园3所,新增园位1000个以上》"
            "《对困难家庭子女普通高校入学资助》《新增城区停车位1000个以上》《建成全民健身中心1个》。")
    assert brief(text, None) == [
        ("城镇新增就业", 2000, "人", "以上", None), ("建成幼儿园", 3, "所", None, None),
        ("新增园位", 1000, "个", "以上", None), ("新增城区停车位", 1000, "个", "以上", None),
        ("建成全民健身中心", 1, "个", None, None)]
    # a title named inside a metric stays in it
    assert brief("到2025年,城乡居民达到《国民体质测定标准》合格以上的人数比例超过92%。") == [
        ("城乡居民达到《国民体质测定标准》合格以上的人数比例", 92, "%", "超过", 2025)]


def test_adding_and_opening_up_are_count_verbs():
    # yancheng-jianhu-livelihood-projects-2026 (dev-fq), national-future-industries-opinion-2024 (dev-aw)
    assert brief("今年增设4处交叉口信号灯。", 2026) == [("交叉口信号灯", 4, "处", None, 2026)]
    assert brief("到2027年,开拓百项典型应用场景。", 2024) == [("典型应用场景", 100, "项", None, 2027)]


def test_a_target_with_an_alternative_against_a_base_year_closes_at_or():
    # guizhou-new-urbanization-plan-2023 (dev-ed)
    assert brief("到2025年,城市生活污水集中收集率达70%以上或比2020年提高5个百分点。", 2023) == [
        ("城市生活污水集中收集率", 70, "%", "以上", 2025), ("城市生活污水集中收集率提高", 5, "个百分点", None, 2025)]


def test_projects_planned_and_reserved_are_counted():
    # lanzhou-culture-tourism-targets-2025 (dev-gz), beijing-fengtai-urban-village-news-2025 (dev-gp)
    assert brief("2025年,谋划储备36个文旅项目。", 2025) == [("文旅项目", 36, "个", None, 2025)]
    assert brief("2025年,丰台区将新谋划2个城中村改造项目。", 2025) == [("城中村改造项目", 2, "个", None, 2025)]


def test_a_count_of_places_of_a_village_kind_is_counted_in_jia():
    # shanghai-elderly-care-facilities-plan-2022 (dev-de): 家 before 乡村 counts them (no 家乡, "home town", after a number)
    assert brief("到2025年,建成100家乡村长者照护之家。", 2022) == [("乡村长者照护之家", 100, "家", None, 2025)]
