"""extract_indicators: quantitative targets read from real sentences of the samples and field reports.

Sentences are as gongwen.normalize.clean_text leaves them (half-width `,` `:` `(`), one paragraph a line.
"""

from gongwen.indicators.extract import extract_indicators
from gongwen.model import Indicator


def brief(text: str, doc_year: int | None) -> list[tuple]:
    """(metric, value, unit, qualifier, comparator, target_year) of each target, in text order."""
    return [
        (i.metric, i.value, i.unit, i.qualifier, i.comparator, i.target_year)
        for i in extract_indicators(text, doc_year)
    ]


# --- one target, every field ------------------------------------------------------------------------


def test_share_with_scope_qualifier_and_governing_year():
    text = "到2030年,全市常住人口城镇化率提升至65%左右,努力缩小户籍人口城镇化率与常住人口城镇化率差距。"
    assert extract_indicators(text, 2025) == [
        Indicator(
            metric="常住人口城镇化率",
            canonical_metric="常住人口城镇化率",
            scope="全市",
            value=65.0,
            unit="%",
            value_base=65.0,
            unit_base="%",
            qualifier="左右",
            comparator="≈",
            target_year=2030,
            sentence="到2030年,全市常住人口城镇化率提升至65%左右,努力缩小户籍人口城镇化率与常住人口城镇化率差距",
            char_start=20,
            char_end=25,
        )
    ]


def test_bare_yi_of_a_metric_that_counts_things_is_no_money():
    # dev-p's 安徽工业互联网 plan; 经济总量 names money and stays 亿元.
    [count] = extract_indicators("到2025年，实现标识注册总量突破5亿。", 2021)
    assert (count.metric, count.value, count.unit, count.value_base, count.unit_base) == (
        "标识注册总量", 5.0, "亿", 5e8, "个")
    [money] = extract_indicators("到2025年，全市经济总量突破5亿。", 2021)
    assert (money.unit, money.unit_base) == ("亿元", "元")


def test_bare_yi_is_money_and_a_level_noun_leaves_the_metric_to_the_subject():
    text = "深耕高端数控机床、工业机器人、智能物流装备等细分领域,加快推动智能装备制造产业迈上五百亿台阶。"
    assert extract_indicators(text, 2025) == [
        Indicator(
            metric="智能装备制造产业",
            canonical_metric=None,
            scope=None,
            value=500.0,
            unit="亿元",
            value_base=5e10,
            unit_base="元",
            qualifier=None,
            comparator="=",
            target_year=None,
            sentence=text.rstrip("。"),
            char_start=41,
            char_end=44,
        )
    ]


def test_the_span_holds_a_bounding_word_written_before_the_number():
    text = "“湘易办”浏阳专区接入不少于7项高频服务,政务大厅增值服务项目创新不少于3项。"
    found = extract_indicators(text, 2025)
    assert [text[i.char_start : i.char_end] for i in found] == ["不少于7项", "不少于3项"]
    assert all(text[i.char_start : i.char_end] in i.sentence for i in found)


# --- values and units ------------------------------------------------------------------------------


def test_ten_thousands_are_scaled_out_into_the_base_unit():
    text = (
        "新增城镇就业6.8万人、农村劳动力转移就业2.5万人,开展职业技能培训9000人次、创业培训8000人次,"
        "建设培育高水平大学生创业孵化基地,新发放创业担保贷款1亿元以上。"
    )
    assert [
        (i.metric, i.value, i.unit, i.value_base, i.unit_base) for i in extract_indicators(text, 2025)
    ] == [
        ("新增城镇就业", 6.8, "万人", 68000.0, "人"),
        ("农村劳动力转移就业", 2.5, "万人", 25000.0, "人"),
        ("职业技能培训", 9000.0, "人次", 9000.0, "人次"),
        ("创业培训", 8000.0, "人次", 8000.0, "人次"),
        ("新发放创业担保贷款", 1.0, "亿元", 1e8, "元"),
    ]


def test_lower_bound_on_money():
    text = "建设培育高水平大学生创业孵化基地,新发放创业担保贷款1亿元以上。"
    assert brief(text, 2025) == [("新发放创业担保贷款", 1.0, "亿元", "以上", "≥", None)]


def test_chinese_numeral_before_the_noun_it_counts():
    text = "壮大家居建材产业带,布局高端定制市场,开发智能家居产品,加快突破两百亿产值。"
    assert [(i.metric, i.value, i.unit, i.value_base) for i in extract_indicators(text, 2025)] == [
        ("产值", 200.0, "亿元", 2e10)
    ]


def test_bare_wan_takes_its_base_unit_from_the_metric():
    text = "到2028年,黔中城市群常住人口达1930万左右、城镇化率达69%左右。"
    assert [
        (i.metric, i.scope, i.value, i.unit, i.value_base, i.unit_base)
        for i in extract_indicators(text, 2024)
    ] == [
        ("常住人口", "黔中城市群", 1930.0, "万", 19300000.0, "人"),
        ("城镇化率", "黔中城市群", 69.0, "%", 69.0, "%"),
    ]


def test_bare_wan_after_a_change_word_takes_its_base_unit_from_the_noun_before_it():
    # A provincial 政府工作报告's 主要预期目标 (dev-y): the 人口 before 减少 implies the 人 of 60万.
    text = "2019年全省经济社会发展的主要预期目标是：农村贫困人口减少60万以上，城镇新增就业70万人以上。"
    assert [(i.metric, i.value, i.unit, i.qualifier, i.value_base, i.unit_base)
            for i in extract_indicators(text, 2019)] == [
        ("农村贫困人口减少", 60.0, "万", "以上", 600000.0, "人"),
        ("城镇新增就业", 70.0, "万人", "以上", 700000.0, "人"),
    ]


def test_percentage_points_stay_distinct_from_percent():
    text = "新设8所本科院校,高等教育毛入学率提高8个百分点。"
    found = extract_indicators(text, 2025)[-1]
    assert (found.metric, found.value, found.unit, found.unit_base) == (
        "高等教育毛入学率提高",
        8.0,
        "个百分点",
        "个百分点",
    )


def test_concentration_unit_with_a_slash():
    text = "加大守护蓝天力度,空气质量优良天数比例超过88%,PM_2.5浓度为25.9微克/立方米、优于全国平均水平。"
    assert [(i.metric, i.canonical_metric, i.value, i.unit) for i in extract_indicators(text, 2025)] == [
        ("空气质量优良天数比例", "空气质量优良天数比率", 88.0, "%"),
        ("PM_2.5浓度", "PM2.5浓度", 25.9, "微克/立方米"),
    ]


def test_a_unit_written_out_or_as_spoken_is_a_unit():
    # chaozhou-blue-sky-plan-2019 (dev-bt): 微克每立方米
    text = "到2020年,细颗粒物(PM2.5)年均浓度控制在29微克每立方米以下。"
    assert [(i.value, i.unit) for i in extract_indicators(text, 2019)] == [(29.0, "微克每立方米")]
    # changji-community-services-plan-2023 (dev-bu): 平米, the 平方米 of speech
    text = "到2025年,社区综合服务设施面积达到每百户30平米以上。"  # counted per hundred households: the metric says so
    assert [(i.metric, i.value, i.unit) for i in extract_indicators(text, 2023)] == [
        ("社区综合服务设施面积(每百户)", 30.0, "平米")]


def test_a_sum_per_person_is_no_part_of_the_metric():
    # yunnan-subsistence-standards-news-2025 (dev-gb): a standard's sum per one person, and per month or year
    text = "到2026年,城乡居民医保个人缴费标准达到每人每年400元,照料护理补贴一档每人每月187元、二档每人每月109元。"
    assert [(i.metric, i.value, i.unit) for i in extract_indicators(text, 2025)] == [
        ("城乡居民医保个人缴费标准", 400.0, "元"), ("照料护理补贴一档", 187.0, "元"), ("二档", 109.0, "元")]


def test_full_width_digits_and_percent_sign_read_as_half_width():
    text = "全省常住人口城镇化率提升至６６％左右，努力缩小户籍人口城镇化率与常住人口城镇化率差距。"
    assert brief(text, 2024) == [("常住人口城镇化率", 66.0, "%", "左右", "≈", None)]


def test_duration_after_a_level_verb_is_a_target():
    text = "力争人均预期寿命接近全国平均水平,人均受教育年限达到11.7年。"
    assert brief(text, 2026) == [("人均受教育年限", 11.7, "年", None, "=", None)]


# --- qualifiers ------------------------------------------------------------------------------------


def test_bounding_words_before_and_after_the_number():
    text = (
        "实施数字惠民工程,力争高效办成一件事重点事项上线应用率100%,“一网通办”率达到90%,"
        "“湘易办”浏阳专区接入不少于7项高频服务,政务大厅增值服务项目创新不少于3项;"
        "推进政务服务中心“一窗受理”政务事项扩面增效,综窗受理事项占入驻事项比例60%以上。"
    )
    assert brief(text, 2025) == [
        ("高效办成一件事重点事项上线应用率", 100.0, "%", None, "=", None),
        ("“一网通办”率", 90.0, "%", None, "=", None),
        ("高频服务", 7.0, "项", "不少于", "≥", None),
        ("政务大厅增值服务项目创新", 3.0, "项", "不少于", "≥", None),
        ("综窗受理事项占入驻事项比例", 60.0, "%", "以上", "≥", None),
    ]


def test_at_least_before_a_share():
    text = "省级每年安排至少5%新增建设用地指标保障乡村公共设施、公益事业、乡村产业等乡村建设用地。"
    assert brief(text, 2021) == [("新增建设用地指标保障乡村公共设施", 5.0, "%", "至少", "≥", None)]


def test_not_lower_than_and_paragraph_opening_year():
    text = "2015年底,保障性住房人均住房基准建筑面积不低于18平方米,使用面积系数不低于70%,100%实现一次性装修。"
    assert brief(text, 2011) == [
        ("保障性住房人均住房基准建筑面积", 18.0, "平方米", "不低于", "≥", 2015),
        ("使用面积系数", 70.0, "%", "不低于", "≥", 2015),
    ]


def test_a_bound_after_the_number_outranks_the_verb_before_it():
    text = "全体居民人均可支配收入增长5%以上,城镇调查失业率控制在5.5%左右,居民消费价格涨幅2%左右。"
    assert brief(text, 2026) == [
        ("全体居民人均可支配收入增长", 5.0, "%", "以上", "≥", None),
        ("城镇调查失业率", 5.5, "%", "左右", "≈", None),
        ("居民消费价格涨幅", 2.0, "%", "左右", "≈", None),
    ]


def test_more_than_written_inside_the_number():
    text = "实施重大项目1900多个,完成投资2500亿元以上。"
    assert brief(text, 2026) == [
        ("实施重大项目", 1900.0, "个", "多", "≥", None),
        ("投资", 2500.0, "亿元", "以上", "≥", None),
    ]


# --- counts ----------------------------------------------------------------------------------------


def test_count_led_by_a_target_verb():
    assert brief("全力推进湘赣合作产业园整合提升,培育4家高标准造纸集团。", 2025) == [
        ("高标准造纸集团", 4.0, "家", None, "=", None)
    ]
    assert brief("完善住房保障体系,指导长沙市完成4.35万套保障性租赁住房开工任务。", 2021) == [
        ("保障性租赁住房开工", 4.35, "万套", None, "=", None)
    ]


def test_a_count_listed_after_another_keeps_its_verb():
    text = "分类有序、片区化推进乡村振兴,建成35个先导区、1000个和美乡村。"
    assert brief(text, 2026) == [
        ("先导区", 35.0, "个", None, "=", None),
        ("和美乡村", 1000.0, "个", None, "=", None),
    ]


def test_counts_that_describe_rather_than_target_are_left_out():
    for text in (
        "围绕构建“1221”现代化产业体系,加快11条重点产业链培育步伐,稳步扩大产业规模。",
        "大力发展清镇、播州、黎平、松桃、兴仁等18个要素条件良好的城镇化潜力地区。",
        "做优做特六盘水、安顺、铜仁、凯里、都匀、兴义6个区域中心城市。",
        "加快建设城东消防救援指挥中心暨消防训练培训基地、中心城区和9个县市应急物资储备基地。",
        "重点推进公共服务设施提标扩面、产业培育设施提质增效四大类17个领域补短板强弱项建设任务。",
    ):
        assert extract_indicators(text, 2025) == [], text


def test_a_measure_naming_a_kind_of_thing_is_not_a_count():
    text = (
        "开工建设南网720兆瓦储能电站等项目。新建750千伏和330千伏电网工程16个,提高电力外送通道利用率和绿电率。"
    )
    assert brief(text, 2026) == [("新建750千伏和330千伏电网工程", 16.0, "个", None, "=", None)]


def test_thresholds_of_a_class_are_not_targets():
    text = "关停淘汰10万千瓦及以下燃煤机组。推动大宗货物年运量150万吨以上的物流园区、工矿企业接入铁路专用线。"
    assert extract_indicators(text, 2026) == []
    assert extract_indicators("加快打造千亿级产业集群;努力建成百亿级园区。", 2025) == []
    assert extract_indicators("免费开展0—6岁儿童孤独症筛查、60岁以上老年人流感疫苗接种。", 2026) == []


def test_a_range_is_left_out():
    assert extract_indicators("支持引导各县域集中资源重点发展1-2个特色主导产业。", 2021) == []


# --- several metrics in one clause -----------------------------------------------------------------


def test_respectively_pairs_metrics_with_values_and_shares_the_head_noun():
    text = "一产、二产、三产增加值分别增长5%左右、5%以上、5%左右。"
    assert brief(text, 2026) == [
        ("一产增加值增长", 5.0, "%", "左右", "≈", None),
        ("二产增加值增长", 5.0, "%", "以上", "≥", None),
        ("三产增加值增长", 5.0, "%", "左右", "≈", None),
    ]


def test_respectively_with_two_named_metrics():
    text = "机构内集中养育和社会散居孤儿津贴标准分别提高510元、440元,扩大失业、工伤保险覆盖面。"
    assert [(i.metric, i.value, i.unit) for i in extract_indicators(text, 2026)] == [
        ("机构内集中养育提高", 510.0, "元"),
        ("社会散居孤儿津贴标准提高", 440.0, "元"),
    ]


def test_respectively_with_a_name_holding_a_he_of_its_own():
    # quanzhou-ipr-demo-city-plan-news-2024 (dev-gt): two names, two values, the first name 国家级和省级…
    text = "到2026年,国家级和省级知识产权优势示范企业、知识产权信息公共服务网点总数分别突破360家、18个。"
    assert [(i.metric, i.value, i.unit) for i in extract_indicators(text, 2025)] == [
        ("国家级和省级知识产权优势示范企业", 360.0, "家"), ("知识产权信息公共服务网点总数", 18.0, "个")]
    # three names, the last value after 和 (anhui-rcep-opening-2022, dev-o)
    text = "到2024年,全省货物贸易、对外投资和实际利用外资分别占比达30%、20%和10%。"
    assert [(i.metric, i.value) for i in extract_indicators(text, 2022)] == [
        ("货物贸易占比", 30.0), ("对外投资占比", 20.0), ("实际利用外资占比", 10.0)]


def test_two_targets_joined_by_a_list_comma():
    text = "改造城中村和城市危旧房6000套、老旧小区1.5万户。"
    assert [
        (i.metric, i.canonical_metric, i.value, i.unit, i.value_base) for i in extract_indicators(text, 2026)
    ] == [
        ("改造城中村和城市危旧房", None, 6000.0, "套", 6000.0),
        ("老旧小区", "老旧小区改造", 1.5, "万户", 15000.0),
    ]


def test_names_joined_by_a_list_comma_make_one_metric():
    text = "推进农村物流节点建设,实现乡镇、村级快递覆盖率、配送率达100%,推动农村物流助力乡村振兴。"
    assert brief(text, 2025) == [("乡镇、村级快递覆盖率、配送率", 100.0, "%", None, "=", None)]


def test_a_bare_change_after_a_value_is_the_change_of_its_metric():
    text = "全年实现地区生产总值5696亿元,增长5.3%,超过全国平均水平。"
    assert [(i.metric, i.canonical_metric, i.target_year) for i in extract_indicators(text, 2025)] == [
        ("地区生产总值", "地区生产总值", 2025),
        ("地区生产总值增长", "地区生产总值增长", 2025),
    ]


def test_a_starting_point_is_not_a_target_but_names_the_metric():
    text = "殡葬基本服务费由平均2900元下降到1000元左右。"
    assert brief(text, 2026) == [("殡葬基本服务费", 1000.0, "元", "左右", "≈", None)]


def test_a_quoted_slogan_with_a_verb_is_a_target_named_by_the_slogan():
    text = "优化产业结构,加快实现“突破两千亿、挺进五十强”目标。"
    assert brief(text, 2025) == [("突破两千亿、挺进五十强", 2000.0, "亿元", None, "=", None)]


# --- years -----------------------------------------------------------------------------------------


def test_a_year_governs_the_clauses_after_it():
    text = "到2028年,各县(市、特区)经济综合实力显著提升,县域经济总量占全省比重稳定在65%以上。"
    assert brief(text, 2024) == [("县域经济总量占全省比重", 65.0, "%", "以上", "≥", 2028)]


def test_a_year_opening_the_clause():
    text = "进一步提高管道燃气普及水平,2028年城镇管道燃气普及率达60%以上,全省88个县级城区实现管道天然气“县县通”。"
    assert brief(text, 2024) == [("城镇管道燃气普及率", 60.0, "%", "以上", "≥", 2028)]


def test_a_yearly_rate_has_no_target_year():
    text = "推动人才、技术、资金等创新要素向企业集聚,每年新培育高新技术企业100户以上。"
    assert brief(text, 2024) == [("每年新培育高新技术企业", 100.0, "户", "以上", "≥", None)]


def test_headings_name_the_year_and_the_review_section_is_skipped():
    text = "\n".join(
        [
            "一、“十四五”时期和2025年工作回顾",
            "民生福祉不断增进。持续推动“高效办成一件事”,城镇新增就业603.7万人,新增农村劳动力转移就业246.2万人。",
            "二、“十五五”时期主要目标任务",
            "加强普惠性基础性兜底性民生建设,推进基本公共服务均等化,城镇新增就业500万人以上,稳步提高居民收入水平。",
            "三、2026年重点工作安排",
            "主要预期目标是:经济增长5%左右、在实际工作中努力争取更好结果,城镇调查失业率5.5%左右,城镇新增就业110万人以上。",
        ]
    )
    assert [
        (i.metric, i.canonical_metric, i.value, i.unit, i.target_year) for i in extract_indicators(text, 2026)
    ] == [
        ("城镇新增就业", "新增城镇就业", 500.0, "万人", 2030),
        ("经济增长", "地区生产总值增长", 5.0, "%", 2026),
        ("城镇调查失业率", "城镇调查失业率", 5.5, "%", 2026),
        ("城镇新增就业", "新增城镇就业", 110.0, "万人", 2026),
    ]


def test_a_digest_s_unnumbered_review_heading_naming_its_year_reports_results_up_to_its_outlook():
    # shangluo-gov-report-2018 (dev-cw): the news of a report, 回顾2017年 / 展望2018年, each on a line of its own
    text = "回顾2017年\n生产总值增长9.5%,规模以上工业增加值增长14.5%\n展望2018年\n生产总值增长9%左右,规模以上工业增加值增长12%左右\n"
    assert [(i.metric, i.value) for i in extract_indicators(text, 2018)] == [("生产总值增长", 9.0), ("规模以上工业增加值增长", 12.0)]
    # a table's header cell alone on its line (目前完成情况) names no year: no review
    text = "目标任务\n目前完成情况\n建成高标准农田8.3万亩\n"
    assert [(i.metric, i.value) for i in extract_indicators(text, 2023)] == [("建成高标准农田", 8.3)]


def test_a_paragraph_opening_with_a_look_back_reports_results():
    text = "一年来,新增城镇就业8.55万人、农村劳动力转移就业86万人。\n城镇新增就业8.2万人以上,农村劳动力转移就业81万人以上。"
    assert [(i.metric, i.value) for i in extract_indicators(text, 2026)] == [
        ("城镇新增就业", 8.2),
        ("农村劳动力转移就业", 81.0),
    ]


def test_a_year_before_the_document_makes_a_baseline():
    text = "2010年末,全市住房总建筑面积4.09亿平方米,约810万套。其中商品住房建筑面积1.02亿平方米,约110万套。"
    assert extract_indicators(text, 2011) == []
    assert extract_indicators("“十一五”期间,全市规划建设保障性住房14万套,建筑面积766.6万平方米。", 2011) == []


def test_what_is_already_done_is_not_a_target():
    assert extract_indicators("全市已建成保障性住房总建筑面积约0.27亿平方米。", None) == []


# --- not targets -----------------------------------------------------------------------------------


def test_digits_inside_names_are_not_targets():
    for text in (
        "全面落实“人才新政52条”,探索建立党政机关、企事业单位、产业园区和社会人才流动机制。",
        "推进京港澳高速公路、G107国道、京广铁路、郴州大道、G357国道沿线城镇轴带建设。",
        "推进IPv6规模部署和应用,开展“万物智联”行动。",
        "实施5G网络加密行动,实现5G网络城区连续覆盖和重点场所深度覆盖。",
        "落实浏阳市人才强市“百千千万”工程“1+1+3+N”政策体系。",
        "严格执行“631”递进式预报预警叫应机制,大力开展防灾减灾救灾能力提升三年行动。",
        "推进“一网协同”,深化“一网通办”。",
        "推进细颗粒物(PM2.5)和臭氧(O3)协同控制。",
        "2021年是实施“十四五”规划、开启全面建设社会主义现代化国家新征程的开局之年。",
        "完善城际快速路网,实现1小时通勤圈全覆盖。",
    ):
        assert extract_indicators(text, 2025) == [], text


def test_dates_document_numbers_phone_numbers_and_durations_are_not_targets():
    for text in (
        "郴州市人民政府\n2025年6月28日",
        "根据《深入实施以人为本的新型城镇化战略五年行动计划》(国发〔2024〕17号)和《湖南省…实施方案》(湘政发〔2024〕15号)精神。",
        "联系人:晁阳 88950076,,88950081(传真)",
        "本方案自公布之日起施行,有效期5年。",
        "本文件自公布之日起施行,有效期至2028年12月31日。",
        "经过5年的努力,进城农民工及其随迁家属更好融入所在城市。",
    ):
        assert extract_indicators(text, 2025) == [], text


# --- forms met in documents of other provinces -------------------------------------------------------


def test_a_share_written_in_words_is_a_percentage():
    text = "到2027年,汽车产量达到三百万辆,其中新能源汽车产量占比超过百分之六十。"
    assert brief(text, 2025) == [
        ("汽车产量", 300.0, "万辆", None, "=", 2027),
        ("新能源汽车产量占比", 60.0, "%", "超过", "≥", 2027),
    ]


def test_a_range_with_units_at_both_ends_is_one_figure_its_first_number():
    assert brief("推动轻合金、纤维及复合材料集群化发展,先进材料产业营收年均增长8%—10%。", 2025) == [
        ("先进材料产业营收年均增长", 8.0, "%", "8%—10%", "≥", None)]


def test_a_past_year_naming_what_is_renewed_is_no_baseline():
    text = "到2027年,基本完成2000年底前建成的城镇老旧小区改造任务,改造老旧小区1200个;更新改造燃气、供水、排水老化管道800公里。"
    assert brief(text, 2025) == [
        ("改造老旧小区", 1200.0, "个", None, "=", 2027),
        ("更新改造燃气、供水、排水老化管道", 800.0, "公里", None, "=", 2027),
    ]


def test_a_bounding_word_after_listed_values_bounds_them_all():
    text = "氮氧化物和挥发性有机物排放总量比2020年分别下降12%、11%以上。"
    assert brief(text, 2024) == [
        ("氮氧化物下降", 12.0, "%", "以上", "≥", None),
        ("挥发性有机物排放总量下降", 11.0, "%", "以上", "≥", None),
    ]


def test_an_amount_for_a_purpose_is_named_by_what_pays_it():
    text = "实施普惠养老专项行动,中央预算内投资每年安排不少于30亿元支持养老服务设施建设。"
    assert brief(text, 2025) == [("中央预算内投资", 30.0, "亿元", "不少于", "≥", None)]


def test_working_days_and_computing_power_are_units():
    text = "到2026年底,企业开办时间压缩至0.5个工作日。到2027年,算力总规模超过40EFLOPS。"
    assert brief(text, 2025) == [
        ("企业开办时间", 0.5, "个工作日", None, "=", 2026),
        ("算力总规模", 40.0, "EFLOPS", "超过", "≥", 2027),
    ]
    # jinhua-wucheng-ai-plan-2025 (dev-et): the unit as a plan writes it, in mixed case
    assert brief("2027年,全区智算规模达到1500PFlops,力争核心产业营收达到30亿元。", 2025)[0][:3] == ("智算规模", 1500.0, "PFlops")
    # national-computing-infrastructure-plan-news-2023 (dev-hd): storage in EB (and PB)
    assert brief("到2025年,存储力方面,存储总量超过1800EB。", 2023)[0][:3] == ("存储总量", 1800.0, "EB")
    assert brief("到2025年,全市存储总量达到500PB。", 2023)[0][:3] == ("存储总量", 500.0, "PB")

    # wenzhou-dongtou-tech-innovation-plan-2023 (dev-ge): research staff counted in person-years
    assert brief("到2027年,每万名就业人员中研发人员达到209人年以上。", 2023)[0][:3] == ("每万名就业人员中研发人员", 209.0, "人年")


def test_installing_a_count_and_counts_of_pitches_and_of_events_are_targets():
    # fuzhou-sports-work-news-2025, jiayuguan-fitness-equipment-news-2024 (dev-gg)
    text = "每万人拥有“三大球”标准场地不低于6块,开展全民健身活动30项次。在润泽园等7处安装8套二代智能健身路径。"
    assert [row[:3] for row in brief(text, 2025)] == [
        ("每万人拥有“三大球”标准场地", 6.0, "块"), ("全民健身活动", 30.0, "项次"), ("二代智能健身路径", 8.0, "套")]


def test_the_count_an_inspection_plan_sets_out_to_inspect_is_a_target():
    # nanyang-fund-cross-inspection-plan-2025 (dev-gi)
    text = "市本级抽查2家三级定点医疗机构;市级交叉检查共检查39家定点医疗机构、78家定点零售药店。"
    assert [row[1:3] for row in brief(text, 2025)] == [(2.0, "家"), (39.0, "家"), (78.0, "家")]


def test_an_index_or_a_coefficient_reaches_a_bare_number_its_unit_none():
    # zhejiang-health-work-points-2023 (dev-aq), shanxi-water-saving-plan-2022 (dev-du), qianjiang (dev-ah)
    assert brief("到2023年,健康浙江发展指数达85,人均预期寿命达82.4岁。", 2023) == [
        ("健康浙江发展指数", 85.0, "", None, "=", 2023), ("人均预期寿命", 82.4, "岁", None, "=", 2023)]
    assert brief("到2025年,农田灌溉水有效利用系数力争达到0.586。", 2022)[0][:3] == ("农田灌溉水有效利用系数", 0.586, "")
    assert brief("居民消费价格指数控制在103.5以内。", 2017)[0][2:5] == ("", "以内", "≤")
    # a bare number after anything else is none (a year, an article, a count without its unit)
    assert brief("到2025年,发展水平达到3,新建项目20。", 2022) == []


def test_a_rate_or_a_share_written_without_its_unit_reaches_a_bare_number():
    # xuancheng-ecology-work-points-2024 (dev-bh), pingluo-industry-upgrade-plan-2022 (dev-bz), lincang-yongde (dev-dc)
    assert brief("到2024年,劣V类比例保持为0。", 2024) == [("劣V类比例", 0.0, "", None, "=", 2024)]
    assert brief("到2025年,工业用水重复利用率保持在95以上。", 2022)[0][:4] == ("工业用水重复利用率", 95.0, "", "以上")
    assert brief("年均10万人口火灾死亡率控制在0.18以下。", 2024)[0][:3] == ("年均10万人口火灾死亡率", 0.18, "")
    # with its unit written it is read as before
    assert brief("到2025年,劣V类比例为0%。", 2024)[0][:3] == ("劣V类比例", 0.0, "%")


def test_a_ratio_to_one_reaches_its_second_term():
    # ordos-medical-service-system-plan-2024 (dev-bg)
    assert brief("到2025年,公立医院床人比不低于1:1.6,医护比不低于1:1.2。", 2024) == [
        ("公立医院床人比", 1.6, "", "不低于", "≥", 2025), ("医护比", 1.2, "", "不低于", "≥", 2025)]
    # a ratio of two other terms, or one no reaching verb sets, is none
    assert brief("到2025年,医护比为2:3,床人比1:1.6。", 2024) == []

# --- 主要指标 tables (one line a row, cells joined by tabs) -----------------------------------------------


def test_a_target_table_gives_a_target_per_target_year_and_none_for_the_base_year():
    text = (
        "序号\t指标\t单位\t2020年\t2025年\t属性\n"
        "1\t常住人口城镇化率\t%\t52.6\t58\t预期性\n"
        "2\t新增城镇就业\t万人\t—\t[30]\t预期性"
    )
    assert extract_indicators(text, 2021) == [
        Indicator(
            metric="常住人口城镇化率",
            canonical_metric="常住人口城镇化率",
            scope=None,
            value=58.0,
            unit="%",
            value_base=58.0,
            unit_base="%",
            qualifier=None,
            comparator="=",
            target_year=2025,
            sentence="1\t常住人口城镇化率\t%\t52.6\t58\t预期性",
            char_start=42,
            char_end=44,
        ),
        Indicator(
            metric="新增城镇就业",
            canonical_metric="新增城镇就业",
            scope=None,
            value=30.0,
            unit="万人",
            value_base=300000.0,
            unit_base="人",
            qualifier=None,
            comparator="=",
            target_year=2025,
            sentence="2\t新增城镇就业\t万人\t—\t[30]\t预期性",
            char_start=63,
            char_end=67,
        ),
    ]


def test_merged_category_cells_unit_suffixes_and_qualifiers_in_cells():
    text = (
        "类别\t指标\t2024年\t2025年\t2027年\n"
        "规模效益\t规模以上工业总产值(亿元)\t8203\t9000\t10000以上\n"
        "高新技术企业数(家)\t2650\t2900\t≥3300"
    )
    assert brief(text, 2025) == [
        ("规模以上工业总产值", 9000.0, "亿元", None, "=", 2025),
        ("规模以上工业总产值", 10000.0, "亿元", "以上", "≥", 2027),
        ("高新技术企业数", 2900.0, "家", None, "=", 2025),
        ("高新技术企业数", 3300.0, "家", "≥", "≥", 2027),
    ]


def test_a_target_value_column_takes_the_captions_plan_period_and_growth_is_a_percentage():
    text = (
        "表1 攸县“十五五”时期经济社会发展主要指标\n"
        "指标名称\t基期值\t目标值\t年均增速\t指标属性\n"
        "一、经济发展\n"
        "地区生产总值(亿元)\t420\t560\t6左右\t预期性\n"
        "城镇调查失业率(%)\t—\t<5.5\t—\t预期性"
    )
    assert brief(text, 2026) == [
        ("地区生产总值", 560.0, "亿元", None, "=", 2030),
        ("地区生产总值年均增速", 6.0, "%", "左右", "≈", 2030),
        ("城镇调查失业率", 5.5, "%", "<", "≤", 2030),
    ]


def test_a_list_of_projects_and_their_investment_gives_no_target():
    text = (
        "序号\t项目名称\t建设内容及规模\t总投资(亿元)\t建设年限\n"
        "1\t县城污水处理厂扩建工程\t新增污水处理能力3万吨/日,新建配套管网25公里\t2.8\t2026—2028年"
    )
    assert extract_indicators(text, 2026) == []


def test_a_list_of_projects_with_a_column_of_the_year_s_work_states_targets():
    # hanzhong-yangxian-livelihood-projects-2024 (dev-cx): a county's 民生实事 list, what each project builds in 2024
    text = (
        "序号\t项目名称\t建设地点\t建设时间\t2024年建设内容\t年度投资金额 (万元)\t责任单位\n"
        "5\t高标准农田建设项目\t谢村镇\t2024\t实施田块整治500亩,修复堰塘1座、建设机电井7座。\t4930\t农业农村局"
    )
    assert [(i.metric, i.value, i.unit) for i in extract_indicators(text, 2024)] == [
        ("实施田块整治", 500.0, "亩"), ("修复堰塘", 1.0, "座"), ("建设机电井", 7.0, "座")]


def test_a_task_division_row_is_read_as_sentences_not_as_a_target_table():
    text = (
        "序号\t重点任务\t牵头单位\t完成时限\n"
        "2\t加快推进农村生活污水治理。新增完成治理行政村60个。\t市生态环境局\t2025年12月"
    )
    assert [(i.metric, i.value, i.unit, i.sentence) for i in extract_indicators(text, 2025)] == [
        ("新增完成治理行政村", 60.0, "个", "新增完成治理行政村60个")
    ]


def test_counts_published_organised_or_connected_are_targets():
    text = ("组织发布不少于100场群众文化艺术辅导培训课程。联通市本级50个部门的政务数据。")
    assert brief(text, 2022) == [
        ("群众文化艺术辅导培训课程", 100.0, "场", "不少于", "≥", None),
        ("市本级部门的政务数据", 50.0, "个", None, "=", None),
    ]


def test_a_parameter_adjusted_from_one_value_to_another_is_named_by_what_is_adjusted():
    text = "住房公积金最高贷款额度由35万元调整为45万元，最长贷款期限由20年调整为30年。"
    assert [(i.metric, i.value, i.unit) for i in extract_indicators(text, 2022)] == [
        ("住房公积金最高贷款额度", 45.0, "万元"), ("最长贷款期限", 30.0, "年")]


def test_a_target_restated_without_its_year_in_the_task_list_is_one_target():
    # dev-t's 静安 action plan: the body dates its targets, the 重点任务清单 restates them without the year
    text = ("到2025年，推进既有多层住宅加装电梯，完成既有多层住宅加装电梯700台。\n"
            "序号\n工作任务\n推进单位\n1\n完成既有多层住宅加装电梯700台\n区房管局\n"
            "2\n改建或新建9座左右口袋公园\n区绿化市容局\n")
    found = [(i.metric, i.value, i.unit, i.target_year) for i in extract_indicators(text, 2023)]
    assert found == [("既有多层住宅加装电梯", 700.0, "台", 2025), ("口袋公园", 9.0, "座", None)]


def test_a_lists_enumerator_is_no_part_of_the_metric():
    [found] = extract_indicators("到2025年，四是完成应急避难场所建设144.45万平方米。", 2023)
    assert (found.metric, found.value, found.unit) == ("应急避难场所建设", 144.45, "万平方米")


def test_a_list_of_sectors_before_a_metric_is_where_it_is_counted_not_what():
    # lvliang-equipment-renewal-tasks-2024, yangling-equipment-renewal-2024 (dev-el): the 设备更新 plans' shared phrase
    text = "到2027年,工业、农业、建筑、交通、教育、文旅、医疗等领域设备投资规模较2023年增长25%以上。"
    assert [(metric, value, unit) for metric, value, unit, *_ in brief(text, 2024)] == [("设备投资规模增长", 25.0, "%")]
