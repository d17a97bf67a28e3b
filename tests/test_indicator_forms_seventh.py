"""Target forms of the seventh pass and after, read from real sentences of the development corpus (a national 实施意见
on future industries, a county 批复 of a building project, reports and their news, plans with targets): a hundred
written 百 before what it counts, areas in m2, densities; the year a report's paragraphs work in; a congress's roll
call; rates per 100,000 and money per head, mu or ton; small-form punctuation; names before 分别; deadlines and spans
of effort before a metric; modifiers of a counted noun; gathered companies; counts of names listed; the last target
of a list closed by 等; and the near miss of each.

Sentences are as gongwen.normalize.clean_text leaves them (half-width `,` `:` `(`)."""

from gongwen.indicators.extract import extract_figures
from tests.indicator_helpers import actuals, brief


def test_a_hundred_written_百_before_what_it_counts_is_a_figure():
    # national-future-industries-opinion-2024
    text = "到2025年,建设一批未来产业孵化器,突破百项前沿关键核心技术,打造百家领军企业。"
    assert brief(text, 2024) == [("前沿关键核心技术", 100.0, "项", None, 2025),
                                 ("领军企业", 100.0, "家", None, 2025)]
    # not in a slogan's list, nor in 千家万户
    assert brief("到2025年,打造“百个大空间、千个链接点”,惠及千家万户。", 2024) == []


def test_areas_written_m2_are_square_metres():
    # fengjie-mushroom-project-approval-2021
    assert brief("项目建设内容:平整场地3645m2,硬化场地1460.6m2。", 2021) == [
        ("平整场地", 3645.0, "m2", None, None), ("硬化场地", 1460.6, "m2", None, None)]


def test_a_density_in_kilometres_per_area_is_one_unit():
    # anhui-yangtze-delta-action-plan-summary-undated
    assert brief("到2025年,铁路网密度达到507公里/万平方公里,高速公路密度达到4.85公里/百平方公里。", 2021) == [
        ("铁路网密度", 507.0, "公里/万平方公里", None, 2025), ("高速公路密度", 4.85, "公里/百平方公里", None, 2025)]


def test_the_whole_year_after_a_year_the_paragraph_named_is_that_year():
    # shenzhen-pingshan-gov-report-2022: 全年 after the paragraph named 2021, in news of the 2022 report
    text = "报告指出,坪山区2021年实现了经济发展稳中提质。全年地区生产总值达910.6亿元、增长11.7%。"
    assert brief(text, 2022) == []
    assert actuals(text, 2022) == [("地区生产总值", 910.6, "亿元", None, 2021), ("地区生产总值增长", 11.7, "%", None, 2021)]
    # a plan's name is no year under discussion: 全年 is the document's year
    text = "2023年是实施“十四五”规划承上启下之年。全年地区生产总值增长5%左右。"
    assert brief(text, 2023) == [("地区生产总值增长", 5.0, "%", "左右", 2023)]


def test_a_sentence_after_one_naming_a_past_year_reports_that_year():
    # mianyang-fucheng-gov-report-2019: the results follow the sentence that names 2018
    text = "邓辉在报告中说,2018年涪城全区经济社会发展取得显著成效。区属地区生产总值达到379.95亿元、增长9.3%。"
    assert brief(text, 2019) == []
    assert actuals(text, 2019) == [("区属地区生产总值", 379.95, "亿元", None, 2018),
                                   ("区属地区生产总值增长", 9.3, "%", None, 2018)]
    # not a year ahead (a plan's targets after its 到2025年 stay targets), nor over a time of the sentence's own
    assert [row[:3] for row in brief("到2025年,基本建成现代化体系。全市生产总值达到1000亿元。", 2022)] == [
        ("生产总值", 1000.0, "亿元")]
    text = "二、城市节水情况。2000年召开全国会议以来,各地做了大量工作。近5年来,全国城市重复利用率提高到70.7%。"
    assert actuals(text, 2005) == [("城市重复利用率", 70.7, "%", None, 2005)]


def test_the_roll_call_of_a_congress_is_no_figure():
    # shizuishan-gov-report-2022 (dev-bd), shangluo-gov-report-2018 (dev-cw): the news of the session counts its
    # delegates against the quorum; neither a target nor a result
    text = "会议应到代表267人,实到代表242人,符合法定人数。全年地区生产总值增长6%左右。"
    assert brief(text, 2022) == [("地区生产总值增长", 6.0, "%", "左右", 2022)]
    assert actuals(text, 2022) == []
    # the same counts in a sentence that names no quorum are read, as before
    assert [row[:3] for row in brief("会议应到代表267人,实到代表242人。", 2022)] == [
        ("会议应到代表", 267.0, "人"), ("实到代表", 242.0, "人")]


def test_a_rate_per_hundred_thousand_is_a_unit():
    # yulin-yuyang-healthy-action-opinion-undated (dev-aw), yuanjiang-life-expectancy-plan-2025 (dev-bz): 孕产妇死亡率
    # and 结核病报告发病率 are counted per 100,000 (written /10万, after the value or in a table's unit column)
    text = "到2030年,婴儿死亡率、孕产妇死亡率分别下降到4.0‰、10/10万,人人享有高质量的健康服务。"
    assert brief(text, 2020) == [("婴儿死亡率", 4.0, "‰", None, 2030), ("孕产妇死亡率", 10.0, "/10万", None, 2030)]
    table = ("序号\t指标名称\t单位\t2023年\t2025年\t2027年\n"
             "1\t结核病报告发病率\t/10万\t76.75\t60\t50\n")
    assert brief(table, 2025) == [("结核病报告发病率", 60.0, "/10万", None, 2025),
                                  ("结核病报告发病率", 50.0, "/10万", None, 2027)]


def test_money_per_head_per_mu_or_per_ton_is_a_unit_and_a_subsidy_standard_is_no_target():
    # yiwu-agriculture-plan-2022 (dev-bz), jiangyin-manufacturing-tasks-2023 (dev-az): 万元/人 was read as 万元
    # with the metric "/人以上"
    assert brief("到2025年,农业劳动生产率达到10万元/人以上。", 2022) == [
        ("农业劳动生产率", 10.0, "万元/人", "以上", 2025)]
    # anshun-grain-reserve-2023 (dev-m): a subsidy's standard is a rate granted, like a sum granted
    assert brief("市级储备粮(原粮)轮换价差补贴标准为750元/吨。", 2023) == []


def test_small_form_punctuation_parts_clauses_and_numbers_items_as_its_ordinary_form_does():
    # xining-huangzhong-gov-report-2024 (dev-da): clauses set apart with ﹔ (U+FE54); anhui-key-work-responsibility-2022
    # (dev-an): items numbered 1﹒ (U+FE52)
    from gongwen.normalize import clean_text

    text = clean_text("2024年主要预期目标是:地区生产总值增长6%左右﹔粮食总产量保持在10.42万吨以上﹔主要污染物减排控制在市定目标内。\n"
                      "1﹒全省生产总值增长7%。\n").text
    assert [row[:3] for row in brief(text, 2024)] == [
        ("地区生产总值增长", 6.0, "%"), ("粮食总产量", 10.42, "万吨"), ("生产总值增长", 7.0, "%")]


def test_names_before_分别_with_one_value_each_take_it():
    # shanxi-transport-work-points-2017 (dev-bh)
    text = "2017年,确保交通基础设施建设投资和公路货运量同比分别增长7%。"
    assert brief(text, 2017) == [("交通基础设施建设投资增长", 7.0, "%", None, 2017), ("公路货运量同比增长", 7.0, "%", None, 2017)]
    # with a value for each, each its own, as before; names left over when fewer values follow take none
    assert [row[:2] for row in brief("投资和货运量分别增长7%和5%。", 2017)] == [("投资增长", 7.0), ("货运量增长", 5.0)]
    assert [row[:2] for row in brief("一产、二产、三产增加值分别增长5%、6%。", 2024)] == [
        ("一产增加值增长", 5.0), ("二产增加值增长", 6.0)]


def test_a_month_s_deadline_or_a_span_of_effort_opening_a_metric_phrase_is_no_part_of_the_metric():
    # jinan-civilized-city-2021 (dev-cv): when, not what
    assert [row[:3] for row in brief("继续推进既有住宅增设电梯,12月底前开工建设200部。", 2021)] == [("开工建设", 200.0, "部")]
    assert [row[:3] for row in brief("5月底前开工老旧小区改造项目50个。", 2021)] == [("开工老旧小区改造项目", 50.0, "个")]
    # gaoyang-gov-report-2019 (dev-u): nor is the span of effort (利用三年时间)
    assert [row[:3] for row in brief("以庞口镇为重点,利用三年时间完成植树2.3万亩。", 2019)] == [("植树", 2.3, "万亩")]


def test_short_words_joined_by_顿号_before_的_modify_the_counted_noun():
    # yiwu-agriculture-plan-2022 (dev-bz), yunnan-growth-measures-2017 (dev-aa): the count's noun runs through them
    assert [row[:3] for row in brief("到2025年,打造1个产业突出、特色明显、带动性强的国家级强镇。", 2022)] == [
        ("产业突出、特色明显、带动性强的国家级强镇", 1.0, "个")]
    # a 、 before another count or a longer name still ends the noun
    assert [row[:3] for row in brief("建成35个先导区、1000个和美乡村。", 2022)] == [("先导区", 35.0, "个"), ("和美乡村", 1000.0, "个")]


def test_companies_a_plan_gathers_are_counted():
    # shanghai-low-altitude-plan-2024 (dev-bm): 集聚 is a count verb
    text = "到2028年,培育20家左右运营服务领军企业,集聚100家以上关键配套企业,打造30个以上标志性产品。"
    assert [row[:3] for row in brief(text, 2024)] == [("运营服务领军企业", 20.0, "家"), ("关键配套企业", 100.0, "家"),
                                                      ("标志性产品", 30.0, "个")]


def test_a_count_of_as_many_names_as_listed_before_it_counts_them():
    # shandong-transport-work-plan-2022 (dev-cp): 开工建设A、B、C3个项目, the names without 等
    text = "2022年,开工建设京沪高铁辅助通道天津至潍坊段、雄商高铁、济滨高铁3个项目,建成黄台联络线、济莱高铁2个项目。"
    assert [row[:3] for row in brief(text, 2022)] == [("项目", 3.0, "个"), ("项目", 2.0, "个")]
    # a count that is not the number of the names before it counts what they name, as before
    assert [row[:3] for row in brief("新建城市道路、桥梁5座。", 2022)] == [("新建城市道路、桥梁", 5.0, "座")]


def test_the_last_target_a_sentence_lists_closed_by_etc_is_read():
    # shenzhen-health-plan-2022 (dev-dj): …专科进入全国前十,基本医疗保险参保率保持在98%以上等。
    assert brief("到2025年,基本医疗保险参保率保持在98%以上等。", 2022) == [("基本医疗保险参保率", 98.0, "%", "以上", 2025)]


def test_a_digest_s_results_under_a_marked_heading_are_actuals_and_its_bullets_no_part_of_a_metric():
    # hubei-gov-report-digest-2025 (dev-dn): ■ 2024年成绩单 / ●粮食总产达到557亿斤 was read as a target named ●粮食总产
    text = ("■ 2024年成绩单\n●粮食总产达到557亿斤\n■ 2025年经济社会发展的主要预期目标\n●经济增长6%左右\n"
            "●城镇新增就业70万人以上\n")
    figures = [(f.kind, f.metric, f.value) for f in extract_figures(text, 2025)]
    assert figures == [("actual", "粮食总产", 557.0), ("target", "经济增长", 6.0), ("target", "城镇新增就业", 70.0)]


def test_a_count_of_a_document_s_own_parts_after_a_describing_verb_is_no_target():
    # guangzhou-energy-storage-opinion-2023 (dev-et), hubei-ecology-work-points-2023 (dev-cj), a news page (dev-ew)
    assert brief("具体而言,该《意见》提出了强化关键核心技术攻关、推进强链补链延链、加强标准及检测体系建设等18项措施。",
                 2023) == []
    assert brief("湖北省生态环境厅发布《2023年全省生态环境工作要点》,安排27项重点工作,包括推进生态环境重大工程实施。",
                 2023) == []
    assert brief("文件包括8个部分47条,主要内容可概括为“两个确保、三个提升、两个强化”。", 2024) == []
    # fujian-graduate-employment-notice-2025 (dev-gs): 推出, and a part named with a word of praise
    assert brief("福建省为促进高校毕业生等青年就业创业,推出23条有力举措。", 2025) == []
    # xuchang-xiangcheng-township-duty-list-2021 (dev-bx): a list's items counted by kind, the count its last word
    assert brief("《清单》和《目录》编号一一对应,分为基层党建28项、城乡建设24项、公共服务28项。", 2021) == []
    # doing them is a target (zhanjiang-leizhou-agriculture-plan-2016, dev-bm), and so is a describing verb's other count
    assert [row[:3] for row in brief("全面启动10项重点任务、34项主要工作举措。", 2016)] == [
        ("重点", 10.0, "项"), ("主要工作举措", 34.0, "项")]
    assert [row[:3] for row in brief("安排10个重点项目。", 2025)] == [("重点项目", 10.0, "个")]


def test_a_count_of_items_in_brackets_after_a_heading_or_a_title_is_no_target():
    # erlianhot-gov-report-division-reading-2024 (dev-bp), beijing-daxing-gov-report-division-2023 (dev-ag)
    assert brief("1.在“聚焦深化对外开放,着力打造国家向北开放重要桥头堡”方面(分解任务15项)", 2024) == []
    assert brief("2023年区政府工作报告重点工作分工方案(共计121项)", 2023) == []
    # a count in brackets that is part of a target is one (新建学校5所(其中小学3所))
    assert [row[:2] for row in brief("新建学校5所(其中小学3所)。", 2024)] == [("新建学校", 5.0), ("小学", 3.0)]


def test_figures_under_a_heading_naming_a_period_gone_by_are_actuals():
    # huzhou-gov-report-2017 (dev-cu): a report's digest, its five years under 赶超发展的五年, then its targets
    text = ("赶超发展的五年\n全市城市化率从59.5%提高到62.9%;\n人均期望寿命从78.3岁提高到80.3岁。\n"
            "今后五年的重点目标\n地区生产总值突破3000亿元;\n")
    figures = [(f.kind, f.metric, f.value) for f in extract_figures(text, 2017)]
    assert figures == [("actual", "城市化率", 62.9), ("actual", "人均期望寿命", 80.3), ("target", "地区生产总值", 3000.0)]
    # a numbered heading so named opens a review as well
    numbered = "一、极不平凡的一年\n全市城市化率从59.5%提高到62.9%。\n二、2018年工作安排\n地区生产总值增长7%。\n"
    assert [f.kind for f in extract_figures(numbered, 2018)] == ["actual", "target"]


def test_what_a_project_takes_up_or_a_level_bears_of_a_cost_is_no_target():
    # zhangzi-nanzhang-town-work-plan-2023 (dev-af): a town's projects described, their investment the figure labelled
    text = "(三)高标准大棚园区项目:该项目位于我镇东常村,总投资500万元,占地120亩,预计2023年1月开工建设。"
    assert [row[:3] for row in brief(text, 2023)] == [("总投资", 500.0, "万元")]
    # what a level bears of a cost (shanxi-rural-medical-insurance-2021, dev-fh): a rule's terms
    assert brief("按中央和我省财政补助政策,一般县中央财政负担60%,省级和市县两级财政各负担20%。", 2021) == []


def test_a_term_defined_by_a_rule_or_words_counted_are_no_target():
    # shanghai-qingpu-zhujiajiao-small-works-measures-2025 (dev-ch), wusong-street-small-works-rules-2024 (dev-bu)
    text = "2.本办法所称的小额建设工程是指预算造价在100万元(行业如有新规,按新标准自然调整)以下(不包含100万元)的建设工程。"
    assert brief(text, 2025) == []
    assert brief("本意见所称限额以下建设工程,指投资额在100万元以下的工程。", 2024) == []
    # a sentence counting a report's words (jilin-gov-report-news-2026, dev-ff)
    assert brief("经新华社“采编助手”大数据梳理,2026年吉林省政府工作报告中,“发展”出现67次,“建设”出现57次。", 2026) == []
    # 指 without a term named (所称) defines nothing
    assert [row[:3] for row in brief("2025年,指导各镇完成100个小额建设工程。", 2025)] == [("小额建设工程", 100.0, "个")]


def test_rates_listed_before_one_value_each_reach_it():
    # ankang-hanyin-water-work-2024 (dev-ga): rates add up to no sum, so each is to reach the value
    assert [row[:3] for row in brief("2024年,水土保持方案编制率、费用收缴率、治理率达100%。", 2024)] == [
        ("水土保持方案编制率", 100.0, "%"), ("费用收缴率", 100.0, "%"), ("治理率", 100.0, "%")]
    # a list of other things before one value may be their sum
    assert [row[:3] for row in brief("2024年,新建和改建农村公路达200公里。", 2024)] == [("新建和改建农村公路", 200.0, "公里")]


def test_metrics_joined_by_he_before_a_change_share_its_rate():
    # harbin-new-area-work-report-2023 (dev-eh), hainan-economic-recovery-2022 (dev-cy)
    assert [row[:3] for row in brief("2023年,进出口总额和实际利用外资增长30%以上。", 2023)] == [
        ("进出口总额增长", 30.0, "%"), ("实际利用外资增长", 30.0, "%")]
    assert [row[:3] for row in brief("2022年,服务进出口总额和实际利用外资全年增长15%。", 2022)] == [
        ("服务进出口总额增长", 15.0, "%"), ("实际利用外资全年增长", 15.0, "%")]
    # joined by 及, a length is a sum (gansu-14th-plan-outline-2021, dev-du)
    assert [row[:3] for row in brief("力争“十四五”末,全省高速及一级公路再增加2000公里。", 2021)] == [
        ("高速及一级公路再增加", 2000.0, "公里")]


def test_figures_of_a_sentence_naming_a_rank_held_or_a_task_over_fulfilled_are_achieved():
    # guangdong-gov-report-news-2025 (dev-ff): the news of a report, its year's results with no year before them
    text = "广东经济综合实力稳步提升。进出口总额突破9万亿元、增长9.8%,总量连续39年居全国首位,贡献了全国38.7%的贸易增量。"
    assert [(f.kind, f.value) for f in extract_figures(text, 2025)] == [("actual", 9.0), ("actual", 9.8)]
    # and so do those of one naming a task over-fulfilled (the same page)
    text = "城镇调查失业率平均为5%,城镇新增就业超143万人、超额完成国家下达的110万人年度任务。"
    assert {f.kind for f in extract_figures(text, 2025)} == {"actual"}
    # keeping a rank is a target (jinchang-gov-report-targets-2021, dev-co)
    text = "今后五年主要奋斗目标:主要经济指标增速保持全省前列,地区生产总值年均增长7%以上。"
    assert [f.kind for f in extract_figures(text, 2021)] == ["target"]


def test_the_level_a_change_reaches_in_the_clause_after_it_is_read():
    # shanxi-rural-medical-insurance-2021 (dev-fh), national-miit-machinery-growth-plan-2023 (dev-ej)
    assert [row[:3] for row in brief("2021年,全省城乡居民基本医疗保险人均财政补助标准提高30元,达到580元。", 2021)] == [
        ("城乡居民基本医疗保险人均财政补助标准提高", 30.0, "元"), ("城乡居民基本医疗保险人均财政补助标准", 580.0, "元")]
    # the clause after names its own metric: as before
    assert [row[:3] for row in brief("到2025年,城镇居民人均可支配收入增加1万元,农村居民人均可支配收入达到3万元。", 2021)] == [
        ("城镇居民人均可支配收入增加", 1.0, "万元"), ("农村居民人均可支配收入", 3.0, "万元")]


def test_a_count_verb_before_names_holding_numerals_of_their_own_governs_the_count():
    # yibin-gov-report-news-2026 (dev-fj): 一期二步 is part of a name, and the page left a blank before the comma
    text = "2026年,重点推动向家坝灌区一期二步工程等300个重点项目加快建设 ,高铁南片区城中村改造等50个项目竣工投用。"
    assert [row[:3] for row in brief(text, 2026)] == [("重点项目加快建设", 300.0, "个")]
    # names holding a count of their own are no list of examples: as before
    assert brief("2026年,推动建成3个中心等10个项目加快建设。", 2026) == []


def test_figures_as_they_stood_at_a_year_s_end_are_achieved_though_the_document_s_year_is_unknown():
    # jiangxi-camellia-oil-plan-2023 (dev-de): the news of a plan, undated, its background as of 2022
    text = "截至2022年底,全省累计种植良种油茶680万亩,油茶林总面积达1560万亩。"
    assert [(f.kind, f.value) for f in extract_figures(text, None)] == [("actual", 680.0), ("actual", 1560.0)]
    # by a year's end is a target
    assert [f.kind for f in extract_figures("到2025年底,全省油茶林总面积达到2000万亩。", None)] == ["target"]


def test_a_paragraph_opening_after_its_speaker_with_a_plan_period_gone_by_reviews_it():
    # jilin-gov-report-news-2026: in 2026 the 十四五 is over; the sentences after its opening report its results
    text = ("胡玉亭说,“十四五”期间,吉林省地区生产总值达到1.5万亿元。人均地区生产总值增长25%左右。"
            "财政收入达到1350亿元。")
    assert brief(text, 2026) == []
    assert actuals(text, 2026) == [("地区生产总值", 1.5, "万亿元", None, 2025),
                                   ("人均地区生产总值增长", 25.0, "%", "左右", 2025), ("财政收入", 1350.0, "亿元", None, 2025)]
    # 过去五年 after the speaker as well
    assert brief("报告指出,过去五年,全市新增就业人数达到50万人。", 2026) == []
    # a plan period still running sets targets
    assert brief("他说,“十五五”期间,全省地区生产总值达到2万亿元。", 2026) == [("地区生产总值", 2.0, "万亿元", None, 2030)]


def test_a_magnitude_written_alone_after_a_bounding_word_counts_one_of_it():
    # jiangsu-ai-plus-plan-2025 (dev-fn): 超万亿元 is 1万亿元
    assert brief("到2030年,人工智能产业规模超万亿元,智能经济成为全省经济增长主引擎。", 2025) == [
        ("人工智能产业规模超", 1.0, "万亿元", None, 2030)]
    # not a class of size (万亿级产业集群), nor 万亿 after no bounding word
    assert brief("到2030年,打造万亿级产业集群,形成万亿元产业规模。", 2025) == []


def test_a_headline_naming_the_document_issued_is_no_part_of_the_metric_it_restates():
    # shaanxi-culture-tourism-plan-2021 (dev-fg): the headline restates the body's target; read once
    text = ("《陕西省“十四五”文化和旅游发展规划》印发到2025年全省旅游总收入突破1万亿元\n"
            "到2025年,全省旅游总收入突破1万亿元,旅游总人次达到9亿人次。\n")
    assert brief(text, 2021) == [("旅游总收入", 1.0, "万亿元", None, 2025), ("旅游总人次", 9.0, "亿人次", None, 2025)]


def test_a_share_in_brackets_after_an_achieved_count_and_a_bare_completion_rate_report_progress():
    # suzhou-xiaoxian-livelihood-progress-2025 (dev-fq): 已完成1个(50%); 资助…18710名,完成率115%
    text = "剩余8项中,2个嵌入式养老机构建设已完成1个(50%)。资助家庭经济困难学生18710名,完成率115%。"
    assert brief(text, 2025) == []
    assert [figure[1:3] for figure in actuals(text, 2025)] == [(1.0, "个"), (50.0, "%"), (18710.0, "名")]
    # a completion rate to reach sets a target; a share in brackets after a target stays one
    assert brief("到2025年,项目建设任务完成率达到95%。", 2024) == [("项目建设任务完成率", 95.0, "%", None, 2025)]
    assert [figure[1:3] for figure in brief("到2027年,建成养老机构10个(其中50%为嵌入式)。", 2025)] == [(10.0, "个")]
    # changzhou-wujin-elevator-installation-2025 (dev-gp): the share of its task a year's work completed
    assert brief("武进区完成既有住宅加装电梯10台,完成目标任务的100%。") == []


def test_the_people_a_service_is_provided_for_counted_after_wei_are_a_target():
    # yancheng-jianhu-livelihood-projects-2026 (dev-fq): 为N名…提供…服务, an age range describing them
    text = "4. 为1000名75~79周岁失能社会老年人提供居家上门服务;\n6. 为全县1600名困境、留守、流动儿童提供“爱心守护”服务。\n"
    assert [figure[1:3] for figure in brief(text, 2026)] == [(1000.0, "名"), (1600.0, "名")]
    # 为 before a count with no service provided names no target
    assert brief("为2个区10个街道分别制定方案。", 2026) == []


def test_sessions_and_issues_counted_in_qi_are_a_count_but_a_phase_is_none():
    # xiangyang-baokang-livelihood-projects-2026 (dev-fq): 实施“项目化”培训不少于5期
    assert brief("实施“项目化”培训不少于5期。", 2026) == [("实施“项目化”培训", 5.0, "期", "不少于", None)]
    # a project's phase (一期工程, 2期项目) and the term of a period (5期间) count nothing
    assert brief("推进向家坝灌区一期二步工程建设,启动2期项目前期工作。", 2026) == []


def test_a_metric_that_is_a_length_of_time_is_a_level_in_years_without_a_verb():
    # anhui-plan-report-digest-2026 (dev-fp): a list of the year's targets
    text = "2026年主要预期目标是:居民消费价格指数上涨2%左右;劳动年龄人口平均受教育年限11.3年。"
    assert ("劳动年龄人口平均受教育年限", 11.3, "年", None, 2026) in brief(text, 2026)
    assert brief("项目建设周期3年。", 2026) == []  # a duration of the work is none


def test_a_change_counted_against_the_year_before_is_the_change_of_the_value_before_it():
    # suzhou-anhui-transport-work-plan-2022: 同比 before the change word, a turnover in 亿吨公里
    text = "2022年目标是:综合运输周转量计划完成324亿吨公里,同比增长5%。"
    assert brief(text, 2022) == [("综合运输周转量计划完成", 324.0, "亿吨公里", None, 2022),
                                 ("综合运输周转量计划完成增长", 5.0, "%", None, 2022)]
    assert brief("2025年,地区生产总值达到500亿元,比上年增长6%。", 2025)[1][0] == "地区生产总值增长"
    # a change after a change is no change of it (not 投资增长增长)
    assert brief("2022年,固定资产投资增长9%,同比增长5%。", 2022)[1][0] == "同比增长"


def test_a_range_to_reach_is_its_first_number_bounded_by_the_range_as_written():
    # anhui-plan-report-digest-2026, lianyungang-livelihood-projects-2023, hunan-consumption-boost-plan-2025
    text = "2026年主要预期目标是:地区生产总值增长5%—5.5%,一般公共预算收入增长5—6%,建成6—8个服务主导产业的市级产业学院。"
    figures = extract_figures(text, 2026)
    assert [(f.metric, f.value, f.unit, f.qualifier, f.comparator) for f in figures] == [
        ("地区生产总值增长", 5.0, "%", "5%—5.5%", "≥"), ("一般公共预算收入增长", 5.0, "%", "5—6%", "≥"),
        ("服务主导产业的市级产业学院", 6.0, "个", "6—8", "≥")]
    assert text[figures[2].char_start : figures[2].char_end] == "6—8个"
    assert brief("培育1~2万名技能人才。", 2026) == [("技能人才", 1.0, "万名", "1~2万", None)]
    # a range setting a class apart is none (shijiazhuang-pingshan-air-plan-2020)
    assert brief("PM2.5平均浓度在60至70微克/立方米之间的南甸镇、温塘镇均下降。", 2020) == []


def test_a_time_cut_to_a_number_of_days_within_is_a_target_bounded_above():
    # taizhou-business-environment-2019 (dev-cv): 缩短至100个工作日内, as 以内
    figures = extract_figures("全市工程建设项目审批时间缩短至100个工作日内。", 2019)
    assert [(f.metric, f.value, f.unit, f.qualifier, f.comparator) for f in figures] == [
        ("工程建设项目审批时间", 100.0, "个工作日", "内", "≤")]
    assert brief("项目单位应在5个工作日内完成整改。", 2019) == []  # a limit on the way, no level to reach


def test_a_count_of_artificial_intelligence_things_and_one_built_with_构建():
    # zhengzhou-ai-scene-plan-interpretation-2025, jiangxi-ai-plus-plan-2025 (dev-fx): 个 before 人工智能 counts it
    text = "到2025年底,建成10个人工智能创新平台,引进培育20个人工智能高层次领军人才团队,构建30个以上高质量行业数据集。"
    assert brief(text, 2025) == [("人工智能创新平台", 10.0, "个", None, 2025),
                                 ("人工智能高层次领军人才团队", 20.0, "个", None, 2025),
                                 ("高质量行业数据集", 30.0, "个", "以上", 2025)]
    assert brief("到2025年底,帮扶3个人就业。", 2025) == []  # 个人: a person, no 个 of 人


def test_a_count_inside_a_quoted_name_is_no_count_of_the_thing_counted():
    # xian-administrative-efficiency-plan-2025 (dev-fr): 一件 of “高效办成一件事” names, counts nothing
    assert brief("2026年,推出10个特色“高效办成一件事”主题服务场景。", 2026) == [
        ("特色“高效办成一件事”主题服务场景", 10.0, "个", None, 2026)]


def test_a_standard_listed_for_places_after_a_colon_is_the_standard_of_each_place():
    # datong-subsistence-standards-news-2025 (dev-gb): money per person per month or year, written 元/月/人
    text = "调整后的城市低保标准为:平城区730元/月/人,开发区、云州区630元/月/人,农村低保标准为:云冈区7500元/年/人。"
    assert brief(text, 2025) == [("调整后的城市低保标准(平城区)", 730.0, "元/月/人", None, None),
                                 ("调整后的城市低保标准(开发区、云州区)", 630.0, "元/月/人", None, None),
                                 ("农村低保标准(云冈区)", 7500.0, "元/年/人", None, None)]
    # a value listed for no place keeps its own metric
    assert all(row[0] != "城市低保标准(每人每月)" for row in brief("城市低保标准为:每人每月730元/月。", 2025))


def test_a_count_then_its_length_is_a_count_and_the_things_length():
    # shizuishan-pingluo-chengguan-farmland-water-plan-2025 (dev-ga)
    assert brief("2025年,清淤斗沟12条长13.2公里,农沟176条长89.9公里。", 2025) == [
        ("清淤斗沟", 12.0, "条", None, 2025), ("清淤斗沟长度", 13.2, "公里", None, 2025),
        ("农沟", 176.0, "条", None, 2025), ("农沟长度", 89.9, "公里", None, 2025)]
    assert brief("2025年,建立3个长效机制。", 2025) == [("长效机制", 3.0, "个", None, 2025)]  # 长 opening a word


def test_a_value_closed_by_the_targets_it_lists_and_people_helped_counted():
    # shanghai-hrss-conference-news-2026 (dev-gs): …5%以内等指标任务 closes the list; 帮助 N名 … 实现再就业
    text = "2026年确保完成新增就业60万人以上、城镇调查失业率5%以内等指标任务。"
    assert [row[:3] for row in brief(text, 2026)] == [("新增就业", 60.0, "万人"), ("城镇调查失业率", 5.0, "%")]
    assert [row[:3] for row in brief("2026年,帮助2万名长期失业人员实现再就业。", 2026)] == [
        ("长期失业人员实现再就业", 2.0, "万名")]


def test_a_headline_restating_an_achieved_figure_states_no_target():
    # xianyang-gov-report-2026 (dev-dr): the news's subtitle repeats what the report says the year achieved
    text = ("全市生产总值增长5.5%,一般公共预算收入增长3.1%\n"
            "贾珉亮在报告中说,2025年是咸阳砥砺奋进的一年,全市生产总值增长5.5%,一般公共预算收入增长3.1%。\n")
    assert brief(text, 2026) == []
    assert [row[1] for row in actuals(text, 2026)] == [5.5, 3.1]
    # the headline's metric inside the body's (guangdong-congress-report-news-2026, dev-gn)
    text = "回顾2025:共审议法规、决定24件\n报告指出,过去一年,省人大常委会共审议法规、决定24件。\n"
    assert brief(text, 2026) == []
    # a bounded target beside last year's same figure is a target still (guoluo-gov-report-2023, dev-ar)
    text = "2022年,城镇登记失业率3%。\n城镇登记失业率控制在3%以内。\n"
    assert [row[:3] for row in brief(text, 2023)] == [("城镇登记失业率", 3.0, "%")]


def test_figures_after_a_clause_naming_the_months_or_quarters_reported_are_actuals():
    # hunan-sasac-q3-operations-2025 (dev-gm): the period a progress report covers opens a clause, not the sentence
    text = ("据悉,今年前三季度,20户省属监管企业实现营业收入4917亿元,同比增长11.7%。"
            "在产业转型方面,1至9月,省属监管企业战略性新兴产业营收1657.97亿元。")
    assert brief(text, 2025) == []
    assert [row[1] for row in actuals(text, 2025)] == [4917.0, 11.7, 1657.97]
    # a quarter's work to do is a target
    assert [row[:3] for row in brief("力争前三季度完成投资80亿元。", 2025)] == [("前三季度完成投资", 80.0, "亿元")]


def test_couples_are_counted_in_pairs():
    # shanghai-practical-projects-2014 (dev-hg): 为2万对符合条件的计划怀孕夫妇提供免费孕前优生健康检查服务
    assert brief("为2万对符合条件的计划怀孕夫妇提供免费孕前优生健康检查服务。", 2014) == [
        ("符合条件的计划怀孕夫妇免费孕前优生健康检查服务", 2.0, "万对", None, None)]
    # 对 after a number opening a word (对口, 对接) is no unit
    assert brief("各地要落实100对口帮扶资金,对接企业20家。", 2025) == [("对接企业", 20.0, "家", None, None)]


def test_the_livelihood_projects_a_government_promises_to_carry_out_are_a_target():
    # ganzhou-huichang-livelihood-progress-2023 (dev-hi): 办好65件民生实事项目是县政府对全县人民的庄严承诺
    assert brief("办好65件民生实事项目是县政府对全县人民的庄严承诺。", 2023) == [("民生实事项目", 65.0, "件", None, None)]
    assert brief("今年要办好10件民生实事。", 2023) == [("民生实事", 10.0, "件", None, 2023)]
