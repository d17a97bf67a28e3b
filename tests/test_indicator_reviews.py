"""Documents and parts that report what was done: their figures are actuals (kind `actual`), not targets."""

from gongwen.indicators import extract_figures
from gongwen.vocabulary import ACTUAL, TARGET


def _kinds(text: str, doc_year: int | None) -> list[tuple[str, float, str]]:
    return [(figure.metric, figure.value, figure.kind) for figure in extract_figures(text, doc_year)]


def test_a_work_summary_reports_results_up_to_the_heading_of_its_plans():
    # bozhou-lixin-zhongtuan-town-summary-2024, songyang-zhaitan-work-summary-plan-2023: a summary's headings name
    # what was done without a review word; its plan part is headed so (二、2025年工作计划, 下一步工作打算)
    text = ("镇人民政府2024年工作总结和2025年工作计划\n一、经济发展稳中有进\n"
            "全镇新增规上工业企业5家，完成固定资产投资12亿元。\n二、2025年工作计划\n新增规上工业企业6家以上。\n")
    assert [kind for _, _, kind in _kinds(text, 2025)] == [ACTUAL, ACTUAL, TARGET]
    report = "龙溪镇2024年法治政府建设年度报告\n一、主要工作及成效\n开展法治宣传活动36场。\n三、下一步工作打算\n全年开展法治宣传活动40场以上。\n"
    assert [kind for _, _, kind in _kinds(report, 2025)] == [ACTUAL, TARGET]
    # the same lines under a plan's title are targets
    plan = "镇人民政府2025年工作方案\n一、经济发展稳中有进\n全镇新增规上工业企业5家，完成固定资产投资12亿元。\n"
    assert [kind for _, _, kind in _kinds(plan, 2025)] == [TARGET, TARGET]


def test_a_statistical_bulletin_reports_results():
    # wenzhou-pingyang-statistics-bulletin-2024: the page repeats the year after the title
    text = "2024年平阳县国民经济和社会发展统计公报2024\n油菜籽2.38万亩，粮食总产量11.2万吨。\n"
    assert [kind for _, _, kind in _kinds(text, None)] == [ACTUAL, ACTUAL]


def test_an_unnumbered_review_heading_holds_the_numbered_results_under_it():
    # fuzhou-changle-gov-report-2016: 2015年工作暨“十二五”发展回顾, then 一、… sections of results, then the year's work
    text = ("2015年工作暨“十二五”发展回顾\n刚刚过去的2015年，我们攻坚克难。\n"
            "一、攻坚克难谋发展，经济增长保持平稳。落实各项惠企政策资金4.7亿元，长乐周转贷放贷7.8亿元。\n"
            "2016年工作安排\n一、稳增长。全年地区生产总值增长8.5%左右。\n")
    assert _kinds(text, 2016) == [("落实各项惠企政策资金", 4.7, ACTUAL), ("长乐周转贷放贷", 7.8, ACTUAL),
                                  ("地区生产总值增长", 8.5, TARGET)]


def test_a_heading_ending_in_a_review_word_reviews_though_it_names_targets():
    # xining-chengzhong-street-work-review-2025: 一、2025年度目标任务完成情况
    text = "一、2025年度目标任务完成情况\n（一）固本培元强根基。开展集体廉政谈话6次。\n二、2026年工作目标\n开展集体廉政谈话8次。\n"
    assert [kind for _, _, kind in _kinds(text, 2025)] == [ACTUAL, TARGET]


def test_a_paragraph_opening_with_this_year_so_far_or_recent_years_reports_results():
    # laibin-xingbin-liangjiang-livelihood-projects-2024, suizhou-suixian-public-culture-proposal-2024: the opening
    # governs the paragraph's later sentences
    text = ("今年以来，良江镇加快推进农村基础工程建设。在年初召开的镇人民代表大会上，确定重点民生实事项目4个。"
            "其中，完成良江街主干道排水系统建设1229米，路面升级改造600米。\n"
            "近年来，我局高度重视公共文化服务体系建设工作。一是积极推进总分馆制建设；建设各级基层阅读服务点36处。\n"
            "到2027年，新增基层阅读服务点20处。\n")
    assert [kind for _, _, kind in _kinds(text, 2024)] == [ACTUAL] * 4 + [TARGET]


def test_a_section_giving_an_overview_states_how_things_stand():
    # sanming-yongan-hongtian-geohazard-plan-2023 (dev-dt): the hazard points counted under …概况, not targets
    text = ("一、地质灾害点分布概况\n经确认，全镇较大级的地质灾害点4处，其中滑坡11处。\n"
            "二、防治目标\n年内完成地质灾害隐患点搬迁避让30户。\n")
    assert [kind for _, _, kind in _kinds(text, 2023)] == [ACTUAL, ACTUAL, TARGET]


def test_an_unnumbered_heading_ending_in_a_review_opens_one_though_its_year_is_masked():
    # longyan-shanghang-gov-report-undated (dev-ca): 20XX年工作回顾, a page that masks its years
    text = ("20XX年工作回顾\n预计实现地区生产总值391亿元，财政收入38.74亿元。\n"
            "20XX年主要目标任务\n地区生产总值增长6.5%左右。\n")
    assert [kind for _, _, kind in _kinds(text, None)] == [ACTUAL, ACTUAL, TARGET]


def test_a_table_row_opening_with_an_ordinal_heads_no_part():
    # chongqing-pengshui-budget-report-2025 (dev-ha): a budget's execution, its table's rows 一、本级收入 …, then the text
    text = ("一、2024年预算执行情况\n收入\t执行数\t支出\t执行数\n一、本级收入\t260586\t一、本级支出\t763133\n"
            "二、转移性收入\t605349\t二、转移性支出\t146914\n——全县一般公共预算收入完成26.06亿元，增长17.6%。\n")
    assert [kind for _, _, kind in _kinds(text, 2025)] == [ACTUAL, ACTUAL]


def test_a_report_of_work_done_and_its_results():
    # county-town-mass-prevention-report-2025 (dev-gk): a speech reporting at a meeting
    speech = "2025年全县社会治理群防群治工作推进会汇报发言\n（一）完善组织架构。组建巡防队伍12支。\n"
    assert [kind for _, _, kind in _kinds(speech, 2025)] == [ACTUAL]
    # chongqing-fuling-longtan-rule-of-law-report-2025 (dev-gk): 一、2025年主要工作及成效
    text = "一、2025年主要工作及成效\n（一）扎实开展专项行动。我镇配备执法人员4名。\n二、2026年工作计划\n培训执法人员10名。\n"
    assert [kind for _, _, kind in _kinds(text, 2025)] == [ACTUAL, TARGET]


def test_a_sentence_opening_as_of_a_day_or_of_last_year_reports_results():
    # yuncheng-retail-sales-news-2025 (dev-gh), zhejiang-digital-economy-plan-2021 (dev-fg)
    text = ("截至11月4日，全市消费品以旧换新兑付资金8.7亿元，兑付比例81.25%。\n"
            "截至去年，浙江省数字经济增加值达30218亿元。到2025年，数字经济增加值达到4万亿元。\n")
    assert [kind for _, _, kind in _kinds(text, 2025)] == [ACTUAL, ACTUAL, ACTUAL, TARGET]


def test_a_document_opening_as_a_summary_reports_results_up_to_the_heading_of_its_plans():
    # huaihua-xupu-finance-work-summary-2025, weihai-huancui-business-environment-news-2025: no title says so, the first
    # paragraph opens with the year reviewed in a summary's words, or with 近年来
    summary = ("2025年，县财政局在县委、县政府的坚强领导下，以习近平新时代中国特色社会主义思想为指导，坚持稳中求进工作总基调。\n"
               "一是财政收入稳步增长。地方一般公共预算收入完成11.88亿元，增长4.29%。\n"
               "二、2026年工作计划\n地方一般公共预算收入增长5%。\n")
    assert [kind for _, _, kind in _kinds(summary, 2025)] == [ACTUAL, ACTUAL, TARGET]
    news = "近年来，环翠区树牢“营商环境就是生产力”的理念，深入推进重点领域和关键环节改革，有效激发市场主体的内生动力和创新活力。\n下沉执法权限97项，执法人员96名。\n"
    assert [kind for _, _, kind in _kinds(news, None)] == [ACTUAL, ACTUAL]
    # heilongjiang-steady-growth-measures-undated: the same opening as a plan's background, its purpose after it
    plan = ("今年以来，我省经济增速回落，下行压力加大。为贯彻落实党中央、国务院决策部署，省政府决定采取以下措施。\n"
            "一、推进重大基础设施建设\n1.今明两年投资530亿元。\n")
    assert [kind for _, _, kind in _kinds(plan, None)] == [TARGET]


def test_the_years_plan_a_review_gives_beside_what_was_done_is_a_target():
    # ningxia-drc-key-projects-progress-2024 (dev-ho), zhoukou-key-work-notice-2013 (dev-az): 年度计划投资 beside the
    # investment done; a share of the year's plan done is achieved
    text = ("今年以来，自治区发展改革委深入贯彻落实全区经济形势分析会精神，全力以赴推进重点项目建设，取得积极成效。\n"
            "64个产业项目，年度计划投资437亿元，完成投资454.9亿元。实际利用外资完成316万美元，完成年计划的63%。\n")
    assert [(metric, kind) for metric, _, kind in _kinds(text, None) if "计划" in metric] == [
        ("年度计划投资", TARGET), ("年计划", ACTUAL)]


def test_a_notice_reporting_how_things_went_reports_results():
    # bozhou-hazard-report-notice-2024 (dev-ex): the page lost its title; after the addressees, 现将…情况通报如下
    text = ("各县、区安委会，亳州高新区、亳芜现代园区安委会，市安委会有关成员单位，中央、省驻亳及市属企业：\n"
            "现将2023年第四季度全市安全生产隐患（以下简称“隐患”）报送有关情况通报如下：\n一、报送情况\n"
            "涡阳县：报送整改一般隐患32069条，整改率100%。\n")
    assert [kind for _, _, kind in _kinds(text, 2024)] == [ACTUAL, ACTUAL]
    notice = text.replace("报送有关情况通报如下", "隐患排查有关事项通知如下")  # a notice of what is to be done
    assert [kind for _, _, kind in _kinds(notice, 2024)] == [TARGET, TARGET]


def test_a_heading_looking_back_with_a_year_opens_a_review():
    # yidu-gov-report-2025 (dev-ar): a news page's digest of a report, one phrase a line
    text = "时光流转 镌刻不凡\n回首2024年\n综合实力再攀新高\n地区生产总值增长7.7%\n固定资产投资增长10.5%\n"
    assert [kind for _, _, kind in _kinds(text, 2025)] == [ACTUAL, ACTUAL]


def test_an_unnumbered_review_heading_written_with_blanks_between_its_phrases():
    # handan-gov-report-2025 (dev-bp): a headline-style heading, then the numbered results
    text = ("各位代表:\n2024年全市上下解放思想 奋发进取 交出了一份经济社会高质量发展的优异成绩单\n"
            "过去的一年,奋斗充满艰辛,成绩殊为不易。\n(一)经济实力实现新跃升。签约亿元以上项目507个。\n")
    assert [kind for _, _, kind in _kinds(text, None)] == [ACTUAL]


def test_an_unnumbered_heading_naming_a_year_gone_by_opens_a_review_and_the_documents_own_year_ends_it():
    # xinxiang-gov-report-digest-2024 (dev-dn): 2023年全市重点工作 in a 2024 report; xianyang-gov-report-2026 (dev-dr)
    text = "2024年政府工作报告(摘要)\n2023年全市重点工作\n●一般公共预算收入241.5亿元,增长6.4%\n"
    assert [kind for _, _, kind in _kinds(text, 2024)] == [ACTUAL, ACTUAL]
    years = "2025年——\n地区生产总值增长5.8%\n2026年——\n地区生产总值增长5.5%左右\n"
    assert [kind for _, _, kind in _kinds(years, 2026)] == [ACTUAL, TARGET]


def test_an_account_of_a_year_gone_by_runs_on_over_the_paragraphs_after_it_up_to_the_documents_year():
    # qinghai-gov-report-2026 (dev-ed), yunnan-transport-conference-2025 (dev-ga): the news of a report or a work
    # conference gives the year gone by paragraph after paragraph, naming it once
    text = ("中新网记者从报告中获悉,2025年青海省地区生产总值增长4.1%。\n去年,青海省一般公共预算支出2164.2亿元。\n"
            "从三大产业看,农牧业增加值增长5.5%;粮食总产量119.3万吨。\n"
            "今年,青海省地区生产总值预期增长5%左右。\n规上工业增加值增长6%。\n")
    assert [kind for _, _, kind in _kinds(text, 2026)] == [ACTUAL, ACTUAL, ACTUAL, ACTUAL, TARGET, TARGET]
    conference = ("会议指出,2024年,全省交通运输行业各项工作取得积极成效。\n全省新(改)建农村公路1.2万公里。\n"
                  "一、2025年重点任务\n新(改)建农村公路1万公里。\n")
    assert [kind for _, _, kind in _kinds(conference, 2025)] == [ACTUAL, TARGET]
    # the year a report works in (2018年是…之年) or a plan's base year (在2024年基础上) gives no account of a year gone by,
    # nor does a text of no year
    assert [kind for _, _, kind in _kinds("政府工作报告指出,2018年是开局之年。\n新建农村公路300公里。\n", 2019)] == [TARGET]
    assert _kinds("在2024年基础上,全市地区生产总值增长6%。\n新建农村公路300公里。\n", 2025)[-1][2] == TARGET
    assert _kinds("去年,全市地区生产总值增长5%。\n新建农村公路300公里。\n", None)[-1][2] == TARGET


def test_a_summary_s_opening_after_a_news_headline_run_into_it_reports_results():
    # yuncheng-retail-sales-news-2025 (dev-gh): the headline and the lead on one line, set apart by ——
    text = ("一季度同比增长6.8%,上半年同比增长7.8%,三季度同比增长8.8%——今年以来,全市社会消费品零售总额同比增速实现“三连涨”。\n"
            "从经营所在地看\n城镇消费485.2亿元,增长9.2%\n")
    assert {kind for _, _, kind in _kinds(text, None)} == {ACTUAL}


def test_a_summary_s_opening_after_a_news_lead_s_dateline_and_what_the_reporter_learned_reports_results():
    # baoji-fufeng-public-culture-news-2025 (dev-gg)
    text = ("扶风县 提升城乡公共文化服务水平\n本报讯(通讯员 辛航 记者 韩小珍)7月11日,记者了解到,今年以来,扶风县按照清单建立"
            "公共文化服务体系,不断提升城乡公共文化服务水平。\n开展“戏曲进景区”惠民演出32场,组织文明实践活动200余场次。\n")
    assert {kind for _, _, kind in _kinds(text, None)} == {ACTUAL}


def test_a_statistical_bulletin_opening_with_its_year_s_place_and_the_leadership_it_had_reports_results():
    # bazhong-pingchang-statistics-bulletin-2024 (dev-hb): no title; its year reviewed in a summary's words
    text = ("2024年是全面贯彻落实党的二十大精神的关键之年,也是深入实施“十四五”规划承上启下的重要一年。全县上下在县委、县政府的"
            "坚强领导下,经济运行稳中有进。\n一、综合\n全年居民消费价格(CPI)比上年上涨0.1%。其中,医疗保健类上涨0.3%。\n")
    assert {kind for _, _, kind in _kinds(text, 2025)} == {ACTUAL}
    # a plan opening with its year's place goes on to what is to be done: its figures are targets
    plan = text.replace("全县上下在县委、县政府的坚强领导下,经济运行稳中有进", "做好全年工作意义重大").replace("上涨0.1%", "涨幅控制在3%左右")
    assert TARGET in {kind for _, _, kind in _kinds(plan, 2024)}


def test_a_numbered_item_s_review_heading_on_a_line_of_its_own_holds_the_paragraphs_up_to_the_next_item():
    # chizhou-dongzhi-gegong-flood-plan-2024 (dev-dc): an emergency plan's account of its town
    text = ("(1)自然地理\n葛公镇位于东至县东、南面,总面积251.48平方公里,辖170组,16个村。\n耕地16844.63亩,其中水田12000亩。\n"
            "(2)工作目标\n到2025年,新建防洪堤坝5公里。\n")
    assert [kind for _, _, kind in _kinds(text, 2024)] == [ACTUAL] * 3 + [TARGET]
    # a heading run into its item's sentence opens nothing
    assert [kind for _, _, kind in _kinds("(1)基本情况。新建防洪堤坝5公里。\n", 2024)] == [TARGET]


def test_a_summary_opening_with_its_year_s_progress_after_an_editor_s_note_reports_results():
    # qingdao-statistics-bureau-work-2025 (dev-hb): a paper's report of a bureau's year, under its editor's note
    text = ("齐鲁晚报·齐鲁壹点记者 尚青龙\n编者按:2025年青岛市政府部门“三民”活动已经启动。为更好地倾听民声,本报推出系列报道。\n"
            "2025年,青岛市统计局有效发挥统计信息、咨询、监督职能,服务经济社会发展各项工作取得积极进展。\n"
            "从预警监测入手,助力经济稳运行。动态监测企业、项目2.3万家,测算基础数据近30万笔。\n")
    assert {kind for _, _, kind in _kinds(text, None)} == {ACTUAL}
    # a plan's year to make progress in sets targets (力争取得明显成效)
    plan = text.replace("各项工作取得积极进展", "各项工作力争取得明显成效")
    assert TARGET in {kind for _, _, kind in _kinds(plan, None)}


def test_a_document_opening_with_the_part_of_the_year_reported_so_far_reports_results():
    # chaoyang-housing-construction-progress-2024 (dev-ft)
    text = ("“前三季度,市住房城乡建设局围绕经济发展、城乡建设、民生保障等工作综合施策,积极推进各项工作任务落实落细。\n"
            "我市首次组织网络购房节,累计成交房屋1366套、成交额10.6亿元。\n")
    assert {kind for _, _, kind in _kinds(text, None)} == {ACTUAL}


def test_an_audit_work_report_and_a_report_made_as_entrusted_report_results():
    # fuzhou-audit-work-report-2025, masked-county-audit-report-2025 (dev-hb)
    text = "福州市人民政府关于2024年度市本级预算执行和其他财政收支的审计工作报告\n一般公共预算安排与民生相关支出204.49亿元。\n"
    assert {kind for _, _, kind in _kinds(text, 2025)} == {ACTUAL}
    text = ("县人大常委会:\n按照县人大常委会安排,受县政府委托,现就我县2024年度县级预算执行和其他财政支出的审计情况报告如下,请审议。\n"
            "全县民生支出426008万元,同比增长6.4%。\n")
    assert {kind for _, _, kind in _kinds(text, 2025)} == {ACTUAL}
