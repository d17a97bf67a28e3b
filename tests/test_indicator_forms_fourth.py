"""Target forms of issue 9, fourth pass, read from real sentences of the development corpus (the State Council
office's reply on water saving, Shanghai's rental-housing opinion, the earthquake bureau's notice): a bound
written between a number and its magnitude, figures after a period up to now, a share written before the
noun it is a share of; and the near miss of each.

Sentences are as gongwen.normalize.clean_text leaves them (half-width `,` `:` `(`)."""

from tests.indicator_helpers import actuals, brief

# --- a bound between the number and its magnitude: 1700多万吨 ------------------------------------------------


def test_duo_before_the_magnitude_bounds_the_value():
    assert actuals("2003年,经该设施处理回用水量1700多万吨,外排污水量大幅减少。", 2005) == [
        ("经该设施处理回用水量", 1700.0, "万吨", "多", 2003)
    ]


def test_yu_before_the_magnitude_bounds_a_target():
    assert brief("“十四五”期间,全市城镇新增就业30余万人。", 2021) == [("城镇新增就业", 30.0, "万人", "余", 2025)]


def test_a_magnitude_without_a_bound_reads_as_before():
    assert actuals("2003年,经该设施处理回用水量1700万吨,外排污水量大幅减少。", 2005) == [
        ("经该设施处理回用水量", 1700.0, "万吨", None, 2003)
    ]


# --- a period up to now (近5年来, …以来) opens a sentence of results -----------------------------------------

WATER_SAVING = (
    "近5年来,全国城市平均年节水量约35亿立方米,重复利用率提高到70.7%,其中工业用水重复利用率达到80.9%。"
)


def test_figures_after_a_period_up_to_now_are_actuals():
    assert actuals(WATER_SAVING, 2005) == [
        ("城市平均年节水量", 35.0, "亿立方米", "约", 2005),
        ("重复利用率", 70.7, "%", None, 2005),
        ("工业用水重复利用率", 80.9, "%", None, 2005),
    ]
    assert brief(WATER_SAVING, 2005) == []


def test_a_period_since_an_event_reports_results_too():
    text = "党的十八大以来,全国城市污水处理率提高到95%。"
    assert actuals(text, 2025) == [("城市污水处理率", 95.0, "%", None, 2025)]


def test_a_year_ahead_after_a_period_up_to_now_still_sets_a_target():
    text = "近年来,我市城镇化水平持续提升,到2027年,常住人口城镇化率达到70%。"
    assert brief(text, 2025) == [("常住人口城镇化率", 70.0, "%", None, 2027)]
    assert actuals(text, 2025) == []


def test_a_period_up_to_now_in_the_sentence_before_does_not_reach_the_next():
    text = "近5年来,各地在城市节水方面做了大量工作。全国城市污水处理率提高到80%。"
    assert actuals(text, 2025) == []
    assert brief(text, 2025) == [("城市污水处理率", 80.0, "%", None, None)]


# --- a share before the noun a count verb counts: 配建不少于5%的保障性住房 ------------------------------------


def test_a_share_after_peijian_counts_the_noun_it_stands_before():
    assert brief(
        "新出让商品住房用地继续配建不少于5%的保障性住房,无偿移交政府,主要用作公共租赁住房;"
        "继续配建不少于15%的开发企业自持租赁住房,主要用作保障性租赁住房。",
        2021,
    ) == [
        ("保障性住房", 5.0, "%", "不少于", None),
        ("开发企业自持租赁住房", 15.0, "%", "不少于", None),
    ]


def test_a_share_after_a_verb_that_counts_nothing_is_no_target():
    assert brief("对符合条件的项目,给予不超过30%的补助。") == []


# --- a value inside the capacity a subject is to have: 具备抗御6级左右地震的能力 ---------------------------------


def test_a_grade_inside_a_capacity_to_have_is_a_target():
    assert brief("首先使我国重点监视防御区的大中城市基本具备抗御6级左右地震的能力,以此带动全国大中城市。", 1996) == [
        ("使我国重点监视防御区的大中城市基本抗御地震能力", 6.0, "级", "左右", None)  # 首先: an enumerator
    ]


def test_a_bound_before_a_base_bounds_the_capacity():
    assert brief(
        "2023年及以后,各县级以上政府形成不低于保障本行政区域5天日均消费量的储备能力,"
        "城镇燃气企业形成不低于其年用气量5%的储备能力。",
        2023,
    ) == [
        ("各县级以上政府保障本行政区域日均消费量储备能力", 5.0, "天", "不低于", 2023),
        ("城镇燃气企业年用气量储备能力", 5.0, "%", "不低于", 2023),
    ]


def test_a_capacity_nobody_is_to_have_is_no_target():
    assert brief("着力提升日处理500吨生活垃圾的能力。") == []


def test_a_grade_outside_a_capacity_is_no_target():
    assert brief("当前我国地震活动的活跃状态,是在全球7级大震活动增强的背景上出现的。", 1996) == []


def test_a_magnitude_before_ji_names_a_class_not_a_grade():
    assert brief("打造2个千亿级产业集群。") == [("千亿级产业集群", 2.0, "个", None, None)]


# --- a share opening a line goes on the sentence the line before left open -----------------------------------

PARK = (
    "(四)改善生态景观质量。统筹推进林水、蓝绿空间融合,加强水陆过渡带治理,提升水体清澈度。"
    "到2028年底,乡土适生树种和地产草种在新建、改建公园绿地的应用比例分别达到\n"
    "80%、50%以上,打造60个以上的乡土适生树种和地产草种应用案例。"
)


def test_a_share_opening_a_line_is_read_with_the_open_sentence_before_it():
    assert brief(PARK, 2026) == [
        ("乡土适生树种在新建、改建公园绿地的应用比例", 80.0, "%", "以上", 2028),
        ("地产草种在新建、改建公园绿地的应用比例", 50.0, "%", "以上", 2028),
        ("乡土适生树种和地产草种应用案例", 60.0, "个", "以上", 2028),
    ]


def test_a_share_opening_a_line_after_a_closed_sentence_opens_its_own():
    text = (
        "到2028年底,全市公园绿地中乡土适生树种的应用比例明显提高,地产草种得到广泛应用。\n"
        "80%以上的公园实现无障碍设施全覆盖。"
    )
    assert brief(text, 2026) == [("公园实现无障碍设施全覆盖", 80.0, "%", "以上", None)]


# --- a count after 共计 sums what its sentence listed under its count verb -----------------------------------


def test_a_sum_after_a_list_is_counted_under_the_verb_of_its_sentence():
    assert brief(
        "计划2024年推进远香湖南(4.73平方公里)、嘉北公园二期(10.46平方公里),共计15.19平方公里海绵城市建设达标评估;"
        "2025年推进黄渡大居(4.27平方公里)、云翔大居(7.46平方公里),共计11.73平方公里海绵城市建设达标评估。",
        2024,
    ) == [
        ("海绵城市建设达标评估", 15.19, "平方公里", None, 2024),
        ("海绵城市建设达标评估", 11.73, "平方公里", None, 2025),
    ]


def test_a_sum_whose_noun_opens_with_done_is_an_actual():
    text = (
        "自2020年嘉定区开展海绵城市建设达标评估以来,嘉定新城中心城区、嘉北公园一期、城北大居西及城北大居东"
        "共计25.2平方公里已完成海绵城市达标评估。"
    )
    assert actuals(text, 2024) == [("完成海绵城市达标评估", 25.2, "平方公里", None, 2024)]
    assert brief(text, 2024) == []


def test_a_sum_no_count_verb_governs_is_no_target():
    assert brief("本次培训共计300人次参加。") == []


# --- 实现 before a count: the things counted reach what follows ----------------------------------------------


def test_shixian_before_a_count_makes_it_a_target():
    assert brief("加强对公共场所垃圾分类的监管,实现全区735个道路废物箱的标识规范到位。", 2018) == [
        ("全区道路废物箱的标识规范到位", 735.0, "个", None, None)
    ]


def test_a_count_of_targets_stated_after_it_is_no_target():
    assert brief("到2025年,实现4个100%目标:全市重要区域内10千伏开关站双侧电源供电比例达到100%。") == [
        ("重要区域内10千伏开关站双侧电源供电比例", 100.0, "%", None, 2025)
    ]
