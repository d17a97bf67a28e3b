"""Metadata of news pages, 解读 pages and page fields (gongwen issue 9, dev-bd, dev-bo … dev-br): a lead naming a
party body's office, the news of a report delivered at a congress's opening, a 政策解读's headline, a `来源` field
naming the publisher, a PDF's page marker run into a title, a title whose first line a capture repeated."""

from __future__ import annotations

import datetime as dt

from gongwen.metadata import extract_metadata
from gongwen.normalize import clean_text
from gongwen.reading.text_fields import text_field_hints
from gongwen.vocabulary import COUNTY, NATIONAL, PREFECTURE, PROVINCE
from tests.indicator_helpers import brief


def _meta(text: str):
    return extract_metadata(clean_text(text).text, text_field_hints(text))


def test_a_lead_naming_a_party_body_s_office_first_names_the_document_and_its_issuers():
    # chongqing-county-town-urbanization-2023 (dev-bo)
    meta = _meta("近日,中共重庆市委办公厅、重庆市人民政府办公厅印发了《重庆市推进以区县城为重要载体的城镇化建设实施方案》,"
                 "并发出通知,要求各区县各部门结合实际认真抓好贯彻落实。\n"
                 "《重庆市推进以区县城为重要载体的城镇化建设实施方案》全文如下。\n一、总体要求\n")
    assert meta.title == "重庆市推进以区县城为重要载体的城镇化建设实施方案"
    assert meta.issuer == "中共重庆市委办公厅、重庆市人民政府办公厅"
    assert (meta.admin_level, meta.region) == (PROVINCE, "重庆市")


def test_the_news_of_a_report_is_placed_and_dated_by_the_congress_session_it_was_delivered_at():
    # jinan-gov-report-2025 (dev-bp), harbin-gov-report-2021 (dev-bd): no issuer, the session's place and day
    meta = _meta("1月13日,济南市第十八届人民代表大会第四次会议开幕,会上作政府工作报告。\n"
                 "2025年济南市经济社会发展主要预期目标是:地区生产总值增长5.5%左右。\n")
    assert (meta.issuer, meta.admin_level, meta.region) == (None, PREFECTURE, "山东省济南市")
    assert meta.issue_date == dt.date(2025, 1, 13)
    # changfeng-gov-report-2025 (dev-bp): 十二届人大四次会议, and 全省 said of its province; no year of its own
    meta = _meta("1月4日,长丰县十二届人大四次会议开幕,县委副书记、代理县长李卫作政府工作报告。\n"
                 "这一年长丰县成功晋级全省第2个千亿县,连续六年获评全省民营经济发展先进县。\n")
    assert (meta.admin_level, meta.region, meta.issue_date) == (COUNTY, "安徽省合肥市长丰县", None)
    # jiangsu-gov-report-2024 (dev-an): 向大会报告工作, the year of the work and targets it sets
    meta = _meta("1月23日上午,江苏省第十四届人民代表大会第二次会议开幕,省长许昆林代表江苏省人民政府向大会报告工作。"
                 "报告回顾了2023年工作,同时提出了2024年工作总体要求和目标任务。\n")
    assert (meta.region, meta.issue_date, meta.period_start) == ("江苏省", dt.date(2024, 1, 23), 2024)
    # guoluo-gov-report-2023 (dev-ar): after a wire's dateline
    meta = _meta("央广网果洛2月26日消息(记者汪晓青)2月26日,果洛藏族自治州第十五届人民代表大会第四次会议开幕。"
                 "果洛州人民政府州长叶万彬代表果洛州人民政府作工作报告。\n2023年果洛州经济社会发展主要预期目标是:地区生产总值增长3%。\n")
    assert (meta.region, meta.issue_date) == ("青海省果洛藏族自治州", dt.date(2023, 2, 26))
    # hubei-gov-report-digest-2026 (dev-ff): the speaker delivers it to the session named short (省十四届人大四次会议)
    meta = _meta("1月27日,湖北省省长李殿勋向省十四届人大四次会议作政府工作报告,要点如下:\n一、“十四五”时期和2025年工作回顾\n"
                 "地区生产总值迈上6万亿元台阶\n")
    assert (meta.admin_level, meta.region) == (PROVINCE, "湖北省")
    # sanming-gov-report-digest-2026 (dev-fj): the session's day on the line before the speaker's, over two lines
    meta = _meta("2026年三明市政府工作报告出炉,一文速览\n1月14日上午,三明市第十四届人民代表大会第五次会议\n"
                 "开幕,三明市市长陈岳峰向大会作政府工作报告。\n2025年工作回顾\n")
    assert (meta.region, meta.issue_date) == ("福建省三明市", dt.date(2026, 1, 14))
    # yibin-gov-report-news-2026 (dev-fj): the year is the one whose focus the news asks about
    meta = _meta("1月20日上午,宜宾市第六届人民代表大会第七次会议召开,宜宾市长杜海洋向大会作政府工作报告。\n"
                 "2026年宜宾经济社会发展的重点是什么?又有哪些发展目标?\n")
    assert (meta.region, meta.issue_date) == ("四川省宜宾市", dt.date(2026, 1, 20))


def test_a_policy_reading_page_is_titled_by_its_headline_without_the_site_s_accessibility_menu():
    # erlianhot-gov-report-division-reading-2024 (dev-bp)
    meta = _meta("无障碍浏览 长者模式\n《〈政府工作报告〉2024年重点工作任务分工方案》政策解读\n一、起草背景\n"
                 "2024年1月17日至19日,二连浩特市第十六届人民代表大会第三次在二连浩特市召开。\n")
    assert meta.title == "《〈政府工作报告〉2024年重点工作任务分工方案》政策解读"


def test_a_source_field_names_the_publisher_that_places_an_issuer_named_by_its_level_alone():
    # wuhan-hongshan-task-division-2025 (dev-bo): 发布机构 run into 有效性 without colons, then 来源:
    meta = _meta("发布机构 洪山区人民政府办公室 有 效 性 有效\n"
                 "区人民政府办公室关于印发2025年区《政府工作报告》确定的主要目标任务责任分解方案的通知\n"
                 "发布时间:2025-01-06 10:00 | 来源:洪山区人民政府办公室\n"
                 "各街道办事处、乡人民政府,区人民政府各部门:\n"
                 "《2025年区〈政府工作报告〉确定的主要目标任务责任分解方案》已经区人民政府同意,现印发给你们。\n")
    assert (meta.issuer, meta.admin_level, meta.region) == ("洪山区人民政府办公室", COUNTY, "湖北省武汉市洪山区")
    # a page's short name for its unit is no issuer (urad-middle, dev-bn: 发布机构 | 扶贫办)
    meta = _meta("发布机构 | 扶贫办 | 文 号 | |\n为全面做好巩固拓展脱贫攻坚成果工作,特制定本行动方案。\n一、总体目标\n")
    assert meta.issuer is None
    # wuhan-transport-work-points-2025 (dev-ga): 发布机构 run into 公开范围 without colons
    assert text_field_hints("索引号 01089065X/2025-15834发布日期 2025-03-03\n发布机构 市交通运输局 公开范围 面向社会\n"
                            )["publisher"] == "市交通运输局"


def test_a_page_marker_run_into_the_line_after_it_and_a_repeated_first_line_are_no_part_of_a_title():
    # national-air-quality-plan-2023 (dev-bo), national-silver-economy-opinion-2024 (dev-br)
    meta = _meta("第1页共14页国务院 关于印发《空气质量持续改善行动计划》的通知\n国发〔2023〕24号\n"
                 "各省、自治区、直辖市人民政府,国务院各部委、各直属机构:\n现将《空气质量持续改善行动计划》印发给你们。\n")
    assert (meta.issuer, meta.admin_level) == ("国务院", NATIONAL)
    # neimenggu-disability-plan-2021 (dev-du): a viewer's page label before a DOCX's first line
    meta = _meta("Page 6 - 内蒙古自治区人民政府关于印发自治区“十四五”残疾人事业发展规划的通知\n"
                 "各盟行政公署、市人民政府,自治区各委、办、厅、局:\n现将《规划》印发给你们,请认真贯彻落实。\n")
    assert (meta.issuer, meta.admin_level, meta.region) == ("内蒙古自治区人民政府", PROVINCE, "内蒙古自治区")
    meta = _meta("国务院办公厅关于发展银发经济 国务院办公厅关于发展银发经济 增进老年人福祉的意见\n"
                 "各省、自治区、直辖市人民政府,国务院各部委、各直属机构:\n现就发展银发经济提出如下意见。\n")
    assert meta.title == "国务院办公厅关于发展银发经济增进老年人福祉的意见"


def test_a_town_s_report_on_how_its_plan_was_carried_out_is_titled_and_placed_by_its_heading():
    # xiangshan-sizhoutou-town-key-work-2024 (dev-bq): …执行情况 over a table written one cell a line
    meta = _meta("泗洲头镇2024年度重点工作计划二季度执行情况\n序号\n重点工作\n责任\n领导\n1\n现代化美丽城镇\n"
                 "成功创建首批浙江省美丽城镇。\n")
    assert meta.title == "泗洲头镇2024年度重点工作计划二季度执行情况"
    assert (meta.admin_level, meta.region) == (COUNTY, "浙江省宁波市象山县泗洲头镇")


def test_a_lead_whose_subject_is_a_division_places_the_document_it_announces():
    # shandong-rural-revitalization-demo-notice-2019 (dev-aw): 山东 by its short name issues, no body named
    meta = _meta("山东“六项重点”推进振兴样板示范区建设\n日前,山东发出了《关于深入推进涉农资金统筹整合扎实开展乡村振兴齐鲁样板"
                 "示范区创建工作的通知》,要求每个县每年集中连片选择20个左右行政村。\n")
    assert (meta.issuer, meta.admin_level, meta.region) == (None, PROVINCE, "山东省")


def test_a_source_field_ends_where_the_page_s_toolbar_begins():
    # hebei-zhaoxian-livelihood-projects-2022 (dev-bo): no headline, no 落款; the page's 来源 names the county government
    text = ("发布时间:2022-11-04 10:57 来源:赵县人民政府 【字体: 打印\n各乡(镇)政府,县直各单位:\n"
            "县政府决定继续实施为民办实事活动,现将有关事项通知如下:\n一、征集日期\n")
    assert text_field_hints(text)["publisher"] == "赵县人民政府"
    assert (_meta(text).issuer, _meta(text).region) == ("赵县人民政府", "河北省石家庄市赵县")


def test_a_heading_in_a_table_row_with_empty_cells_after_it_is_the_title():
    # shangyu-zhangzhen-town-work-tasks-2023 (dev-bq): a 信息公开 table, its heading in a row of its own
    text = ("公开日期: | 2023-06-16 11:08 | ||\n发布单位: | 章镇镇 |\n2023年章镇镇政府主要工作安排和任务分解 | ||\n"
            "2023年是章镇镇省级小城市建设的关键一年。\n(一)聚力提质增效,加快多链融合。\n")
    meta = _meta(text)
    assert meta.title == "2023年章镇镇政府主要工作安排和任务分解"
    assert (meta.admin_level, meta.region) == (COUNTY, "浙江省绍兴市上虞区章镇镇")


def test_a_news_page_is_about_the_document_its_lead_issues_and_then_calls_by_a_short_name():
    # shanxi-forest-chief-opinion-2020 (dev-aw), yunnan-14th-plan-outline-2021 (dev-bi): no headline naming it
    meta = _meta("山西到2025年全省森林覆盖率达到百分之26以上记者15日从山西省林业和草原局获悉,该省出台《关于全面推行林长制的意见》"
                 "(下称《意见》),到2020年年底,全面建立林长制。\n《意见》明确,省、市、县、乡、村均设林长。\n")
    assert meta.title == "关于全面推行林长制的意见"
    meta = _meta("云南力争2025年GDP达3.5万亿元\n杨洪波介绍,1月29日,省十三届人大四次会议审查通过了《云南省国民经济和社会发展第十四个"
                 "五年规划和二○三五年远景目标纲要》(以下简称《纲要》)。\n")
    assert meta.title == "云南省国民经济和社会发展第十四个五年规划和二○三五年远景目标纲要"
    # a 批复 agreeing to a plan it names so is no news of it (jiangxi-yingtan-port-plan-approval-2020, dev-q)
    assert _meta("一、原则同意《鹰潭港总体规划》(以下简称《规划》)。\n二、原则同意《规划》提出的方案。\n").title is None


def test_a_news_page_is_about_the_document_read_out_or_issued_and_then_called_by_its_type():
    # national-nhc-poverty-health-promotion-plan-2018 (dev-bb), liuzhou-manufacturing-plan-2018 (dev-bi)
    meta = _meta("国家卫计委:我国2020年实现贫困地区居民健康教育全覆盖\n国家卫生健康委员会新闻发言人宋树立,在解读《贫困地区健康促进"
                 "三年攻坚行动方案》(以下简称《方案》)时指出,到2020年我国将实现贫困地区居民健康教育全覆盖。\n")
    assert meta.title == "贫困地区健康促进三年攻坚行动方案"
    meta = _meta("柳州工业总产值2025年力争达10000亿元\n柳州市委、市政府日前出台了《柳州市打造万亿工业强市行动计划》。"
                 "《行动计划》制定了主要目标。\n")
    assert meta.title == "柳州市打造万亿工业强市行动计划"
    # named once, deep in a sentence, and not again: a page about something else that mentions it
    assert _meta("柳州工业总产值2025年力争达10000亿元\n据了解,为实现上述目标,柳州市提出要全面加快产业转型升级,并出台了"
                 "《柳州市打造万亿工业强市行动计划》。\n").title is None


def test_a_notice_without_a_heading_is_titled_by_the_list_it_annexes():
    # national-miit-service-manufacturing-list-2022 (dev-bo): the page starts at its 文号; its one annex a 名单
    meta = _meta("工信厅政法函〔2022〕338号\n各省、自治区、直辖市工业和信息化主管部门:\n请各地结合实际,做好经验总结和示范推广工作。\n"
                 "附件:第四批服务型制造示范名单\n工业和信息化部办公厅\n2022年12月28日\n")
    assert (meta.title, meta.issuer, meta.admin_level) == ("第四批服务型制造示范名单", "工业和信息化部办公厅", NATIONAL)


def test_a_lead_giving_the_day_between_the_issuers_and_the_verb_names_them():
    # national-industrial-economy-notice-news-2022 (dev-bs): 工业和信息化部、…、国务院国资委21日联合印发《X》(以下简称《通知》)
    meta = _meta("工业和信息化部、国家发展改革委、国务院国资委21日联合印发《关于巩固回升向好趋势加力振作工业经济的通知》"
                 "(以下简称《通知》),从五方面提出了17项具体举措。\n一是加快推动重大项目建设形成实物工作量。\n")
    assert (meta.title, meta.issuer, meta.admin_level) == (
        "关于巩固回升向好趋势加力振作工业经济的通知", "工业和信息化部、国家发展改革委、国务院国资委", NATIONAL)


def test_words_a_page_ran_into_a_wire_dateline_are_no_issuer():
    # chengdu-fitness-plan-undated (dev-bv): a copy site's junk words before 新华社成都3月23日电 on the joined lead
    meta = _meta("计划到2025年,成都人均体育场地面积达到2.6平方米,基本建成方便快捷新华社成都3月23日电(记者陈地)成都市体育局23日"
                 "公布了《成都市全民健身实施计划(2021-2025年)》(以下简称《实施计划》),计划到2025年,全民健身圈基本建成。\n")
    assert meta.issuer == "成都市体育局"


def test_the_news_of_a_report_delivered_at_a_congress_places_and_dates_it_where_its_lead_gives_the_year():
    # dev-ce: a prefecture's report news opening with the full date; a county's saying only where it was delivered
    meta = _meta("2013年2月27日上午,海口市十五届人大三次会议在海南国际会展中心开幕,市长代表市人民政府向大会做工作报告。\n"
                 "2013年海口经济社会发展的主要预期目标为:地区生产总值增长10%左右。\n")
    assert (meta.issue_date, meta.admin_level, meta.region) == (dt.date(2013, 2, 27), PREFECTURE, "海南省海口市")
    meta = _meta("近日,在日照市五莲县第十七届人民代表大会第二次会议上,五莲县县长作政府工作报告,回顾了2012年的政府工作。\n"
                 "2013年的主要预期目标是:生产总值增长13%。\n")
    assert (meta.issuer, meta.admin_level, meta.region) == (None, COUNTY, "山东省日照市五莲县")
    # huhehaote-tumotezuoqi-gov-report-2024 (dev-dy): the session's opening, the report named lines below
    meta = _meta("1月5日上午9时,土默特左旗第十八届人民代表大会第三次会议在雄壮的国歌声中隆重开幕。本次大会应到代表215名。\n"
                 "大会主席团常务主席在主席台前排就坐。\n会议由执行主席主持。\n大会首先听取了旗长代表旗人民政府所作的工作报告。\n2024年经济社会发展的主要预期目标:地区生产总值增长8%左右。\n")
    assert (meta.issue_date, meta.admin_level, meta.region) == (
        dt.date(2024, 1, 5), COUNTY, "内蒙古自治区呼和浩特市土默特左旗")
    # shannan-gov-report-targets-2023 (dev-da): what a reporter learned at the session, no report named
    meta = _meta("本报泽当1月 10日电(记者 段敏)日前,记者从山南市二届人大四次会议上了解到,该市力争2023年地区生产总值增长8%左右。\n"
                 "一、主要目标\n城乡居民人均可支配收入分别增长10%和12%左右。\n")
    assert (meta.issuer, meta.admin_level, meta.region) == (None, PREFECTURE, "西藏自治区山南市")


def test_a_report_heading_a_page_ran_into_its_delivery_line_is_its_title():
    meta = _meta("政府工作报告 ——2012年3月5日在第十一届全国人民代表大会第五次会议上 国务院总理 温家宝\n各位代表:\n"
                 "现在,我代表国务院,向大会报告政府工作,请各位代表审议。\n一、2011年工作回顾\n")
    assert (meta.title, meta.issuer, meta.issue_date, meta.admin_level) == (
        "政府工作报告", "国务院", dt.date(2012, 3, 5), NATIONAL)
    # kashi-shufu-gov-report-2023 (dev-da): the whole page one line
    meta = _meta("2024年疏附县政府工作报告 2023年1月5日在疏附县第十七届人民代表大会第三次会议上 疏附县人民政府县长 阿卜拉江 "
                 "各位代表: 现在,我代表疏附县第十七届人民政府向大会作工作报告,请各位人大代表审议。")
    assert meta.title == "2024年疏附县政府工作报告"


def test_a_signature_date_after_a_distribution_note_or_before_characters_a_page_lost_is_read():
    body = "各乡(镇)人民政府:\n《实施方案》已经市委、市政府同意,现印发给你们,请认真贯彻执行。\n"
    meta = _meta("关于印发《珲春市河长制工作实施方案》的通知\n" + body + "珲春市人民政府办公室\n(此件发至乡) 2017年6月13日\n")
    assert meta.issue_date == dt.date(2017, 6, 13)
    meta = _meta("关于印发《自治区2024年政策清单》的通知\n" + body + "内蒙古自治区人民政府\n2024年1月21日??\n")
    assert meta.issue_date == dt.date(2024, 1, 21)


def test_a_page_s_column_set_before_its_headline_with_a_bar_is_no_part_of_the_title():
    meta = _meta("政策解读 | 福建省全民健身实施计划(2021-2025年)\n一、《实施计划》目标任务\n"
                 "到2025年,全省经常参加体育锻炼人数比例达到40%。\n二、《实施计划》八大任务\n1、完善场地设施。\n")
    assert (meta.title, meta.admin_level, meta.region) == ("福建省全民健身实施计划(2021-2025年)", PROVINCE, "福建省")


def test_the_news_of_a_report_is_dated_in_the_year_it_sets_a_growth_target_for():
    meta = _meta("1月21日,广西壮族自治区第十三届人民代表大会第四次会议在南宁开幕,自治区人民政府代主席向大会作政府工作报告。"
                 "政府工作报告提出,2020年全区地区生产总值增长3.7%,2021年全区生产总值增长目标为7.5%以上。\n")
    assert (meta.issue_date, meta.region) == (dt.date(2021, 1, 21), "广西壮族自治区")


def test_the_news_of_a_report_dated_by_month_and_day_is_dated_in_the_year_it_plans_or_after_the_year_it_reviews():
    # yueyang-gov-report-2017 (dev-ck): a dateline's 今天 is its day; 2017年将全面做好… is the year it works in
    meta = _meta("湖南日报1月6日讯(记者 徐亚平)今天上午,岳阳市第八届人民代表大会第一次会议开幕。岳阳市市长刘和生在作《政府工作报告》时称,"
                 "2017年将全面做好稳增长、促改革等工作。主要预期目标是:GDP增长9%左右。\n")
    assert meta.issue_date == dt.date(2017, 1, 6)
    # guoluo-gov-report-2023 (dev-ar): the report looks back on 2022 as the year just ended
    meta = _meta("央广网果洛2月26日消息(记者汪晓青)2月26日,果洛藏族自治州第十五届人民代表大会第四次会议开幕。果洛州人民政府州长代表果洛州"
                 "人民政府作工作报告。\n报告指出,2022年,是全党全国各族人民迈上新征程的重要一年,也是极不平凡的一年。\n"
                 "果洛州划定发展预期目标,地区生产总值增长3%。\n")
    assert meta.issue_date == dt.date(2023, 2, 26)
    # qinghai-gov-report-2026 (dev-ed): a day alone after the dateline is in the dateline's month
    meta = _meta("中新网西宁1月27日电 (潘雨洁)27日,青海省第十四届人民代表大会第四次会议在青海会议中心开幕。青海省省长罗东川作政府工作报告。\n"
                 "2026年主要预期目标是:地区生产总值增长5%左右。\n")
    assert (meta.issue_date, meta.admin_level, meta.region) == (dt.date(2026, 1, 27), PROVINCE, "青海省")
    # qinghai-gov-report-2026 (dev-ed): no target year; what the reporter learned from the report is the year gone by
    meta = _meta("中新网西宁1月27日电 (潘雨洁)27日,青海省第十四届人民代表大会第四次会议在青海会议中心开幕。青海省省长罗东川作政府工作报告。\n"
                 "图为会议现场。中新网记者从报告中获悉,2025年青海省地区生产总值增长4.1%,全体居民人均可支配收入增长5.1%。\n")
    assert meta.issue_date == dt.date(2026, 1, 27)
    # jinchang-gov-report-targets-2021 (dev-co): 今天 after a sentence of the reporter's own, in the year the page was posted
    meta = _meta("【聚焦金昌市两会】金昌市第九届人民代表大会第一次会议开幕\n2021/12/06/ 21:48来源:新甘肃 记者 谢晓玲\n"
                 "新甘肃客户端金昌12月6日讯(新甘肃·甘肃日报记者 谢晓玲 )凝心聚力谋发展,砥砺奋进谱新篇。今天上午,金昌市第九届人民代表大会"
                 "第一次会议在金昌市行政中心开幕。\n金昌市委副书记、代市长王方太代表金昌市人民政府向大会作《政府工作报告》。\n")
    assert meta.issue_date == dt.date(2021, 12, 6)
    # jinan-licheng-gov-report-2025 (dev-dr): the year named before the work to be done in it is the year it works in,
    # not one looked back on (2023年是…开局之年, followed by its review, is)
    lead = ("1月9日,济南市历城区第十九届人民代表大会第四次会议召开。会上,区长续明代表历城区人民政府向大会报告工作。\n"
            "2025年是实施“十四五”规划的收官之年,做好各项工作责任重大。\n")
    assert _meta(lead).issue_date == dt.date(2025, 1, 9)
    assert _meta(lead.replace("做好各项工作责任重大", "全市经济运行稳中向好")).issue_date == dt.date(2026, 1, 9)


def test_a_report_headed_over_its_speaker_is_titled_by_the_headline_naming_its_year():
    # danzhou-mutang-town-gov-report-2024 (dev-eh) and -2025 (dev-er): the speaker and the congress under the heading
    # are no title (木棠镇人民政府镇长羊金万在…会议上的报告)
    meta = _meta("2025年木棠镇人民政府工作报告\n政府工作报告\n木棠镇人民政府镇长羊金万\n在木棠镇第十七届人民代表大会第六次会议上的报告\n"
                 "各位代表:\n现在,我代表木棠镇人民政府,向大会报告政府工作,请予审议。\n一、2024年工作回顾\n")
    assert (meta.title, meta.issuer) == ("2025年木棠镇人民政府工作报告", "木棠镇人民政府")


def test_a_report_dated_by_a_line_naming_its_congress_between_the_day_and_the_speaker():
    # jinzhong-gov-report-2025 (dev-eq): the year is the one after the year the report looks back on
    meta = _meta("2月26日,在晋中市第五届人民代表大会第五次会议上, 刘星作政府工作报告。\n晋中市人民政府市长 刘星\n各位代表:\n"
                 "现在,我代表市人民政府,向大会报告工作,请予审议。\n一、2024年工作回顾\n2024年是攻坚克难、砥砺奋进的一年。\n")
    assert (meta.issue_date, meta.issuer, meta.region) == (dt.date(2025, 2, 26), "晋中市人民政府", "山西省晋中市")


def test_a_news_lead_over_two_lines_dates_and_places_the_report():
    # qingdao-gov-report-2014 (dev-cu): the dateline on a line of its own
    meta = _meta("大众网青岛2月19日讯\n(记者 安玉生)今天上午,青岛市第十五届人民代表大会第三次会议在青岛人民会堂开幕。市长张新起作政府工作报告。\n"
                 "张新起还提出了2014年青岛市经济社会发展主要预期目标是:全市生产总值增长9%左右。\n")
    assert (meta.issue_date, meta.region) == (dt.date(2014, 2, 19), "山东省青岛市")
    # huzhou-gov-report-2017 (dev-cu): the opening on one line, the report on the next
    meta = _meta("2017年4月22日,湖州市第八届人民代表大会第一次会议开幕。\n代市长钱三雄作政府工作报告,极简版。\n赶超发展的五年\n")
    assert (meta.issue_date, meta.region) == (dt.date(2017, 4, 22), "浙江省湖州市")


def test_a_digest_of_a_report_is_dated_in_the_year_after_the_one_its_achievements_heading_names():
    # shaanxi-gov-report-2021 (dev-cw): 1月26日上午,…会议…开幕 / 2020年成就:
    meta = _meta("1月26日上午,陕西省第十三届人民代表大会第五次会议在西安开幕,省长赵一德作政府工作报告。\n2020年成就:\n"
                 "实现生产总值2.62万亿元,增长2.2%\n")
    assert meta.issue_date == dt.date(2021, 1, 26)


def test_a_news_lead_below_a_headline_and_photo_captions_dates_the_report():
    # xining-huangzhong-gov-report-2024 (dev-da): the page's crumbs, headline and posting time come first
    meta = _meta("人民网\n人民网>>青海频道>>本网专稿\n西宁市湟中区第二届人民代表大会第四次会议开幕\n"
                 "2024年02月28日14:58 | 来源:人民网-青海频道\n"
                 "人民网西宁2月28日电 (记者甘海琼)2月28日,西宁市湟中区第二届人民代表大会第四次会议开幕。"
                 "西宁市湟中区委副书记、区长郭健代表湟中区人民政府向大会作政府工作报告。\n"
                 "2024年湟中区经济发展的主要预期目标是:地区生产总值增长6%左右。\n")
    assert (meta.issue_date, meta.region) == (dt.date(2024, 2, 28), "青海省西宁市湟中区")
    # xining-gov-report-2020 (dev-da): the year is the one it expects growth for (2020年全市预期…增长)
    meta = _meta("西宁:2019真幸福 2020更精彩\n西宁:2019真幸福 2020更精彩\n西宁市十六届人大七次会议开幕现场 杨玥摄\n"
                 "人民网西宁3月29日电(蒋莹 杨霆 杨玥)3月29日上午,西宁市第十六届人民代表大会第七次会议开幕。"
                 "西宁市市长张晓容在政府工作报告中指出,2019年幸福西宁城市品质大幅提升,80%以上财政支出用于民生建设;"
                 "2020年全市预期地区生产总值增长6.5%以上。\n")
    assert (meta.issue_date, meta.region) == (dt.date(2020, 3, 29), "青海省西宁市")


def test_a_street_office_s_work_summary_and_plan_is_titled_by_its_heading_and_placed_at_its_street():
    # shanghai-yangpu-wujiaochang-street-work-2017 (dev-dd): 工作总结 and 工作安排 are what a document calls itself
    meta = _meta("五角场街道办事处2016年工作总结和2017年工作安排\n一、2016年主要工作回顾\n"
                 "2016年,街道办事处在区委、区政府和街道党工委的坚强领导下,全面完成10类42项社区实事项目。\n")
    assert (meta.title, meta.issuer) == ("五角场街道办事处2016年工作总结和2017年工作安排", "五角场街道办事处")
    assert (meta.admin_level, meta.region) == (COUNTY, "上海市杨浦区五角场街道")


def test_a_summary_and_next_year_s_thinking_is_titled_by_its_heading_not_the_row_of_cells_above_it():
    # ningbo-dongliu-street-work-summary-2024 (dev-cq): 工作思路 is what the document calls itself; the page's facts
    # end with a row of cells that is no part of the title
    meta = _meta("索引号 | K16059504/2024-117342\n生成日期\t2024-03-21\t公开方式\t主动公开\n公开范围 | 面向全社会\n"
                 "东柳街道2023年工作总结和2024年工作思路\n一、2023年工作回顾\n2023年是全面贯彻党的二十大精神开局之年。\n")
    assert meta.title == "东柳街道2023年工作总结和2024年工作思路"
    # city-ecology-bureau-work-summary-2024 (dev-gd)
    meta = _meta("市生态环境局2024年工作总结和2025年工作思路\n一、2024年工作总结\n2024年以来,全市生态环境质量持续改善。\n")
    assert meta.title == "市生态环境局2024年工作总结和2025年工作思路"
    # shaoxing-sports-monthly-work-2024 (dev-gg): a bureau's month of 重点工作, its issuer and place in its title
    meta = _meta("绍兴市体育局2024年4月份重点工作\n工作安排\t工作完成情况\t牵头单位\n1.持续推进民生实事项目。\t已推进。\t市体育局\n")
    assert (meta.title, meta.issuer, meta.region) == ("绍兴市体育局2024年4月份重点工作", "绍兴市体育局", "浙江省绍兴市")


def test_a_field_in_brackets_whose_value_is_a_kind_of_document_is_no_title():
    # chongqing-fengdu-lizi-township-rule-of-law-report-2025 (dev-gf): [ 体裁分类 ] 工作报告 over the report's heading
    meta = _meta("[ 索引号 ] 11500230008689762A/2026-00004\n[ 体裁分类 ] 工作报告\n[ 发布机构 ] 丰都县栗子乡人民政府\n"
                 "丰都县栗子乡人民政府2025年法治政府建设情况报告\n2025年,乡党委、政府深入推进法治政府建设。\n")
    assert meta.title == "丰都县栗子乡人民政府2025年法治政府建设情况报告"


def test_a_headline_set_on_lines_of_its_own_is_titled_by_what_was_issued():
    # xianning-consumption-measures-2025 (dev-db): the day, the issuer, 发布 and the document, a line each
    meta = _meta("6月24日\n咸宁市人民政府办公室\n发布\n咸宁市提振消费专项行动若干措施\n全文内容如下\n"
                 "为贯彻落实党中央、国务院关于提振消费专项行动的决策部署,结合我市实际,制定如下措施。\n")
    assert (meta.title, meta.issuer) == ("咸宁市提振消费专项行动若干措施", "咸宁市人民政府办公室")


def test_a_title_repeated_alone_below_crumbs_run_into_it_is_that_line():
    # hainan-rural-revitalization-2024 (dev-df): a page printed to PDF, its crumbs running into the title's first
    # characters, the title whole on the line below
    meta = _meta("工作动态\n网站首页>>工作动态>>规划信息>>各地信息>>海南\n"
                 "省人民政府关于学习运用“千村示范、万村整治”工程经验有力有效推进乡村全面振兴的实施意见\n"
                 "海南省人民政府关于学习运用“千村示范、万村整治”工程经验有力有效推进乡村全面振兴的实施意见\n"
                 "上传时间:2024-04-30来源:市编研中心\n建设具有世界影响力的中国特色自由贸易港,必须坚持不懈夯实农业基础。\n")
    assert meta.title == "海南省人民政府关于学习运用“千村示范、万村整治”工程经验有力有效推进乡村全面振兴的实施意见"
    assert (meta.issuer, meta.admin_level, meta.region) == ("海南省人民政府", PROVINCE, "海南省")


def test_a_title_a_page_set_its_number_after_with_a_blank_gives_both():
    # yangjiang-yangxi-funeral-joint-meeting-2021 (dev-dm): title, issuer and 文号 were all lost
    text = ("阳西县人民政府办公室关于建立阳西县殡葬管理工作联席会议制度的通知 西府办函〔2021〕146号\n各镇人民政府,县府直属有关单位:\n"
            "为加强殡葬管理工作,县人民政府决定建立联席会议制度。现就有关事项通知如下:\n一、主要职责\n统筹协调全县殡葬管理工作。\n")
    meta = extract_metadata(clean_text(text).text, {})
    assert (meta.title, meta.issuer, meta.doc_number) == (
        "阳西县人民政府办公室关于建立阳西县殡葬管理工作联席会议制度的通知", "阳西县人民政府办公室", "西府办函〔2021〕146号")


def test_a_count_of_visits_left_empty_above_the_title_is_no_label_of_it():
    # shaoxing-keqiao-livelihood-progress-2023 (dev-dm): 访问次数: / the title
    text = "访问次数:\n2023年度省政府民生实事涉我区工作任务一季度进展情况\n序号\t工作任务\t责任单位\n1\t新改扩建公办中小学校1所\t教体局\n"
    assert extract_metadata(text, {}).title == "2023年度省政府民生实事涉我区工作任务一季度进展情况"


def test_field_labels_in_square_brackets_with_blanks_inside_are_read():
    # chongqing-infant-care-division-2021 (dev-dl): its 文号 and 成文日期 stand only in the page's fields
    hints = text_field_hints("[ 索引号 ] 11500000MB1670604W/2021-00828 [ 发文字号 ] 渝卫发〔2021〕14号\n"
                             "[ 发布机构 ] 市卫生健康委\n[ 成文日期 ] 2021-04-12 [ 发布日期 ] 2021-08-12\n")
    assert (hints["doc_number"], hints["publisher"], hints["written_date"]) == ("渝卫发〔2021〕14号", "市卫生健康委",
                                                                               "2021-04-12")
    # qiandongnan-jianhe-nanjia-geohazard-plan-2025 and eerduosi-dongsheng-gongyuan-census-plan-2020 (dev-dt): a table of
    # facts whose cells ran together without colons; a title's field runs to its line's end (文件名称…发布时间… is the
    # title's), a letter-spaced label ends a value
    hints = text_field_hints("索引号000014349/2025-687634成文日期2025-05-14\n文号发布时间2025-05-14\n"
                             "发布机构 鄂尔多斯市东胜区公园街道办事处文号 东公政发〔2020〕18号\n成文日期 2020-07-23公文时效 正常\n"
                             "文件名称 南加镇2025年度地质灾害防治方案发布时间\n")
    assert (hints["index_number"], hints["title"], hints["doc_number"], hints["publisher"]) == (
        "000014349/2025-687634", "南加镇2025年度地质灾害防治方案发布时间", "东公政发〔2020〕18号",
        "鄂尔多斯市东胜区公园街道办事处")
    assert hints["written_date"].startswith("2025-05-14")
    assert text_field_hints("发布机构 洪山区人民政府办公室 有 效 性 有效\n")["publisher"] == "洪山区人民政府办公室"
    # a body line that opens with a short label's word and a blank is no field
    assert text_field_hints("来源 于实践的经验要总结推广。\n") == {}
    # xuancheng-suwan-cooperation-action-plan-2021 (dev-dq): 发布文号 in a page's info table
    assert text_field_hints("发布文号:宣政〔2021〕29号 关键词:规范性文件发布\n")["doc_number"] == "宣政〔2021〕29号"


def test_a_source_field_of_another_province_than_the_lead_names_is_a_repost_not_the_issuer():
    # jiujiang-forestry-plan-2022 (dev-du): a forestry site's repost of 九江's news, its 来源 field after the text
    text = ("江西九江:出台“十四五”规划推进林业产业发展\n江西省九江市近日出台林业发展“十四五”规划。“十四五”期间,九江将全面落实林长制。\n"
            "到2025年,全市森林覆盖率超过57%。\n**来源**: 广西壮族自治区林业局\n")
    meta = extract_metadata(clean_text(text).text, text_field_hints(text))
    assert (meta.issuer, meta.admin_level, meta.region) == (None, "prefecture", "江西省九江市")


def test_a_city_bureau_whose_page_carries_a_provinces_work_points_is_not_their_issuer():
    # jiangxi-culture-tourism-work-points-2022 (dev-dz): the crumbs name the city bureau whose site reposted the plan
    text = ("您当前所在位置: 首页>部门信息公开目录>市文化广电旅游局>发展规划>发展规划\n2022年全省文化和旅游工作要点\n"
            "2022年是全面落实省第十五次党代会决策部署的第一年。全省文化和旅游工作的总体要求是:坚持稳中求进。全省各地要抓好落实,"
            "推动江西文化和旅游高质量发展。\n一、持续深入学习贯彻习近平新时代中国特色社会主义思想\n")
    meta = extract_metadata(clean_text(text).text, text_field_hints(text))
    assert (meta.issuer, meta.admin_level) == (None, "province")


def test_a_congress_lead_after_its_province_s_short_name_or_a_slogan_places_and_dates_the_report_s_news():
    # xianyang-gov-report-2026 (dev-dr): 陕西咸阳市 names the city after its province's short name
    meta = _meta("文 | 华商报大风新闻 董晓明\n2月4日上午,陕西咸阳市第九届人民代表大会第六次会议在咸阳大剧院隆重开幕。代市长作政府工作报告。\n"
                 "2025年是咸阳发展乘势而上的一年,全市生产总值增长5.5%。\n")
    assert (meta.issue_date, meta.region) == (dt.date(2026, 2, 4), "陕西省咸阳市")
    # yanbian-longjing-gov-report-2026 (dev-dy): a slogan sentence before the dateline
    meta = _meta("实干兴市启新程,聚力发展谋良策。1月16日,龙井市第十九届人民代表大会第五次会议开幕。\n"
                 "市长作政府工作报告。\n")
    assert meta.region == "吉林省延边朝鲜族自治州龙井市"
    # shizuishan-gov-report-2022 (dev-bd): a session held on 28 December hears the next year's report
    meta = _meta("12月28日,石嘴山市第十一届人民代表大会第一次会议召开。市长作政府工作报告。\n"
                 "2022年全市经济社会发展的主要预期目标是:地区生产总值增长7%左右。\n")
    assert (meta.issue_date, meta.region) == (dt.date(2021, 12, 28), "宁夏回族自治区石嘴山市")


def test_a_news_headline_naming_who_delivered_a_report_and_a_link_to_more_reports_are_no_title():
    # sichuan-gov-report-2013 (dev-ck), xishuangbanna-gov-report-2023 (dev-co): a collection's Traditional mirror
    meta = _meta("(點擊查閱更多2013年地方政府工作報告)\n魏宏作政府工作報告\n2013年1月25日在四川省第十二屆人民代表大會第一次會議上\n"
                 "四川省人民政府代省長魏宏\n各位代表:\n我代表省人民政府,向大會作政府工作報告,請各位代表審查。\n")
    assert (meta.title, meta.issue_date) == ("政府工作报告", dt.date(2013, 1, 25))
    meta = _meta("點擊查閱更多2023年地方政府工作報告\n——2023年2月11日在西雙版納傣族自治州第十四屆人民代表大會第三次會議上\n"
                 "州長 刀文\n各位代表:\n現在,我代表州人民政府向大會報告政府工作,請予審議。\n")
    assert meta.title is None


def test_the_news_of_a_report_reviewing_a_year_and_a_five_year_term_is_dated_the_year_after():
    # yanbian-longjing-gov-report-2026 (dev-dy): the session after a slogan, the review heading names the term too
    meta = _meta("实干兴市启新程,聚力发展谋良策。1月16日,龙井市第十九届人民代表大会第五次会议开幕。\n"
                 "一、2025年及“十四五”工作回顾;\n二、“十五五”时期任务及目标;\n")
    assert (meta.issue_date, meta.region) == (dt.date(2026, 1, 16), "吉林省延边朝鲜族自治州龙井市")


def test_the_news_of_a_report_calling_its_year_the_first_of_a_plan_is_dated_in_that_year():
    # quanzhou-gov-report-news-2026 (dev-fl): a photo's caption gives the session's day; the year is named 开局之年 before
    # its targets (a line break inside 主要预期目标, as the page leaves it), no year gone by
    caption = "1月14日,福建省泉州市第十七届人民代表大会第五次会\n议在泉州人民会堂开幕。\n"
    meta = _meta(caption + "2026年是“十五五”开局之年,泉州经济社会发展主要\n预期目标为:地区生产总值增长5%左右。\n")
    assert meta.issue_date == dt.date(2026, 1, 14)
    # a year called 开局之年 where the news looks back on it is the year gone by (2022年的报告: 2021年是“十四五”开局之年,面对…)
    meta = _meta(caption + "2021年是“十四五”开局之年,面对复杂严峻的形势,全市上下团结一心。\n")
    assert meta.issue_date == dt.date(2022, 1, 14)


def test_a_lead_giving_its_day_in_brackets_after_today_over_three_lines_dates_and_places_the_session():
    # yidu-gov-report-2025 (dev-ar): 今天(2月10日)上午 / the session / 在…开幕, the year from the headline's question
    meta = _meta("今天(2月10日)上午\n宜都市第九届人民代表大会第五次会议\n在宜都大剧院开幕\n市委副书记、市长夏明海\n代表市人民政府\n"
                 "向大会作政府工作报告\n2025年宜都怎么干?\n")
    assert (meta.issue_date, meta.region) == (dt.date(2025, 2, 10), "湖北省宜昌市宜都市")


def test_a_fujian_portal_s_document_generation_date_is_the_written_date_a_signature_still_comes_first():
    # fujian-shishi-gov-report-tasks-2025 (dev-av): 公文生成日期 is how Fujian's portals label 成文日期
    text = ("- 发布机构:石狮市人民政府办公室\n- 公文生成日期:2025-01-24\n- 发布日期:2025-01-26\n"
            "石狮市人民政府办公室关于2025年市《政府工作报告》目标任务责任分解的通知\n各镇人民政府、街道办事处:\n"
            "现将目标任务责任分解印发给你们,请认真贯彻落实。\n")
    assert text_field_hints(text)["written_date"] == "2025-01-24"
    assert _meta(text).issue_date == dt.date(2025, 1, 24)
    assert _meta(text + "石狮市人民政府办公室\n2025年1月22日\n").issue_date == dt.date(2025, 1, 22)
    # national-consumption-recovery-opinion-2022 (dev-cm): a law database's 颁发时间
    assert text_field_hints("  • 城市:全国\n  • 颁发时间:2022年04月25日\n")["written_date"] == "2022年04月25日"


def test_a_plan_s_preamble_saying_it_was_drawn_up_titles_a_page_without_its_heading():
    # lasa-five-year-plan-2021 (dev-ek): the page opens with the 纲要's preamble, its heading not on it
    meta = _meta("根据《中共拉萨市委员会关于制定拉萨市国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》,编制《拉萨市国民经济"
                 "和社会发展“十四五”规划和二〇三五年远景目标纲要》,主要阐明“十四五”时期经济社会发展的指导思想、目标任务和重大举措。\n"
                 "第一章 扬帆新时代 开启社会主义现代化新征程\n")
    assert meta.title == "拉萨市国民经济和社会发展“十四五”规划和二〇三五年远景目标纲要"


def test_a_lead_saying_what_kind_of_document_was_issued_before_a_dash_and_its_name_titles_the_page():
    # zhenjiang-new-productive-forces-2024 (dev-el)
    meta = _meta("首页\n踏上新征程,新质生产力成为新的奋进方向。镇江市近日出台了培育发展新质生产力的指导性文件——《镇江市因地制宜发展新质"
                 "生产力实施意见》(以下简称《实施意见》)。\n以问题为导向,《实施意见》坚持先立后破、因地制宜。\n")
    assert (meta.title, meta.admin_level, meta.region) == ("镇江市因地制宜发展新质生产力实施意见", PREFECTURE, "江苏省镇江市")


def test_a_leads_name_for_a_document_before_its_title_and_its_publishing_to_the_public_leave_it_announced():
    # jiangxi-rural-revitalization-opinion-news-2025 (dev-ew): 2025年江西省委一号文件《中共江西省委 江西省人民政府关于…》正式发布
    meta = _meta("近日,2025年江西省委一号文件《中共江西省委 江西省人民政府关于进一步深化农村改革 扎实推进乡村全面振兴的实施意见》"
                 "正式发布,其中提到要“加强乡村生态环境治理”。\n进一步改善农村基础设施。\n")
    assert (meta.title, meta.issuer, meta.admin_level, meta.region) == (
        "中共江西省委江西省人民政府关于进一步深化农村改革扎实推进乡村全面振兴的实施意见", "中共江西省委、江西省人民政府",
        PROVINCE, "江西省")
    # zibo-rural-revitalization-opinion-news-2025 (dev-ew): …》正式向社会公布
    meta = _meta("4月15日,《中共淄博市委、淄博市人民政府关于进一步深化农村改革在全面推进乡村振兴上再加力的实施意见》正式向社会公布。"
                 "2025年市委一号文件聚焦进一步深化农村改革。\n")
    assert (meta.issuer, meta.region) == ("中共淄博市委、淄博市人民政府", "山东省淄博市")


def test_a_party_committee_and_government_run_together_in_a_lead_and_a_titles_aside_after_it():
    # shanxi-beautiful-shanxi-opinion-news-2024 (dev-ew), shijiazhuang-capital-development-plan-2021 (dev-bn)
    meta = _meta("本报太原6月3日电 (记者付明丽)山西省委省政府近日印发《关于全面推进美丽山西建设的实施意见》(以下简称《实施意见》),"
                 "分3个阶段提出美丽山西建设目标。\n")
    assert meta.issuer == "山西省委、省政府"
    # suizhou-rural-revitalization-opinion-news-2024 (dev-ew): 《…》(即市委一号文件)出台
    meta = _meta("我市举行新闻发布会解读市委一号文件\n近期,《中共随州市委随州市人民政府关于学习运用“千万工程”经验认真做好2024年推进"
                 "乡村全面振兴重点工作的实施意见》(即市委一号文件)出台。4月10日,市政府新闻办举行新闻发布会。\n")
    assert meta.issuer == "中共随州市委、随州市人民政府"


def test_the_news_of_a_congress_naming_no_year_is_dated_by_the_day_its_page_was_posted():
    # yaan-lushan-gov-report-news-2026 (dev-ev): 1月27日上午,…会议开幕, on a page posted 2026-01-27
    text = ("芦山县第十八届人民代表大会第六次会议开幕\n1月27日上午,芦山县第十八届人民代表大会第六次会议开幕。"
            "县长代表县人民政府向大会作政府工作报告。\n")
    hints = {"page_publish_date": "2026-01-27 17:58:00"}
    assert extract_metadata(clean_text(text).text, hints).issue_date == dt.date(2026, 1, 27)
    # a December session on a page posted in January met the year before
    text = text.replace("1月27日上午", "12月28日上午")
    assert extract_metadata(clean_text(text).text, hints).issue_date == dt.date(2025, 12, 28)


def test_a_lead_naming_every_issuing_body_outranks_a_headline_naming_the_first_and_a_count():
    # national-digital-village-points-2024 (dev-fb)
    meta = _meta("中央网信办等四部门印发《2024年数字乡村发展工作要点》\n人气: 47\n近日,中央网信办、农业农村部、国家发展改革委、"
                 "工业和信息化部联合印发《2024年数字乡村发展工作要点》。通知要求,深入贯彻落实乡村振兴的重要论述。\n")
    assert meta.issuer == "中央网信办、农业农村部、国家发展改革委、工业和信息化部"
    # the headline alone names the first body and the count of those with it, the issuer as the text names it
    assert _meta("中央网信办等四部门印发《2024年数字乡村发展工作要点》\n通知要求,深入贯彻落实乡村振兴的重要论述。\n"
                 ).issuer == "中央网信办等四部门"


def test_a_lead_opening_with_an_adverb_before_the_document_it_says_came_out_names_it():
    # jinan-digitalization-plan-2022 (dev-fg): a news site's lead, no headline kept
    text = ("(网经社讯)1月30日消息,日前《济南市“十四五”加快数字化高质量发展规划》出台,提出2025年济南市数字经济规模占GDP比重"
            "超过52%。\n到2025年,建成国内数字产业化发展核心区。\n")
    meta = extract_metadata(clean_text(text).text, {})
    assert (meta.title, meta.admin_level, meta.region) == ("济南市“十四五”加快数字化高质量发展规划", PREFECTURE, "山东省济南市")


def test_a_page_reporting_a_press_conference_that_explains_a_plan_is_about_the_plan():
    # yantai-health-service-plan-2022 (dev-fg)
    text = ("大小新闻客户端9月7日讯 今天上午,市政府新闻办召开《烟台市“十四五”医疗卫生服务体系规划》政策解读新闻发布会。"
            "记者从新闻发布会上获悉,到“十四五”末,基本建成优质高效整合型医疗卫生服务体系。\n")
    assert extract_metadata(clean_text(text).text, {}).title == "烟台市“十四五”医疗卫生服务体系规划"


def test_a_county_named_after_its_city_is_the_place_of_the_congress_its_report_was_delivered_at():
    # changsha-county-congress-news-2026 (dev-fi): 长沙县 opens with the short name of 长沙市 above it
    meta = _meta("县十八届人大六次会议开幕\n陈永高作政府工作报告 周虔主持会议\n"
                 "湖南日报·新湖南客户端2月27日讯(记者 王茜)2月27日上午,长沙县第十八届人民代表大会第六次会议隆重开幕。\n"
                 "现在,我代表县人民政府向大会报告工作。\n")
    assert (meta.admin_level, meta.region) == (COUNTY, "湖南省长沙市长沙县")


def test_a_paper_s_dateline_with_its_reporter_opens_the_lead_it_precedes():
    # national-consumption-assistance-news-2025 (dev-fk): 本报讯 记者…报道, then the body that issued the notice
    meta = _meta("本报讯 记者张海莺报道 国家发展改革委近日印发通知,组织各地区、各部门开展2025年消费帮扶新春行动。\n"
                 "通知明确,要加大脱贫地区特色农产品消费采购力度。\n")
    assert (meta.issuer, meta.admin_level) == ("国家发展改革委", NATIONAL)


def test_a_report_titled_with_the_day_it_was_delivered_and_its_speaker_dates_from_that_day():
    # hunan-gov-report-2025 (dev-ff): a collection site's title, the page posted days later
    meta = _meta("湖南省政府工作报告(2025年1月14日毛伟明)\n二、关于2025年工作\n2025年是“十四五”规划收官之年。\n")
    assert (meta.title, meta.issue_date) == ("湖南省政府工作报告(2025年1月14日毛伟明)", dt.date(2025, 1, 14))


def test_a_report_s_delivery_line_dates_it_over_a_site_s_field_of_written_date():
    # hanbin-gov-report-2025 (dev-ar): the site's 成文日期 is the day it posted the report
    text = ("文件名称 | 汉滨区2025年政府工作报告\n文号\t成文日期:\t2025年04月15日\n汉滨区2025年政府工作报告\n"
            "——2025年3月21日在汉滨区第十九届人民代表大会第五次会议上\n各位代表:\n")
    assert extract_metadata(clean_text(text).text, text_field_hints(text)).issue_date == dt.date(2025, 3, 21)


def test_a_delivery_line_may_say_its_zai_before_the_day():
    # shanghai-xuhui-state-assets-report-2024 (dev-gm): ——在2024年9月11日…会议上, the line broken after 大会
    text = ("关于本区2023年度国有资产管理情况的综合报告\n——在2024年9月11日上海市徐汇区第十七届人民代表大会\n"
            "常务委员会第二十一次会议上\n徐汇区财政局\n主任、各位副主任、各位委员:\n现将本区国有资产管理情况报告如下。\n")
    assert _meta(text).issue_date == dt.date(2024, 9, 11)


def test_a_digest_giving_the_day_the_report_was_delivered_is_dated_by_it_in_the_year_it_was_posted():
    # chuxiong-mouding-gov-report-digest-2022 (dev-dy): 《》 round the report; the targets it says 2021 completed
    text = ("牟定县人民政府\n《政府工作报告》摘要(一):2021年全县经济社会发展各项目标任务高质量全面完成\n"
            "1月20日,牟定县人民政府县长李永军在作《政府工作报告》时,对2021年及十七届县人民政府工作作了全面回顾。\n")
    assert extract_metadata(clean_text(text).text, {"publish_date": "2022-01-24"}).issue_date == dt.date(2022, 1, 20)


def test_a_plan_report_is_issued_by_the_body_named_under_its_delivery_line():
    # sichuan-plan-report-2026, fuzhou-dongxiang-plan-report-2025 (dev-fp): the 发改委 drew it up and delivers it
    heading = "关于四川省2025年国民经济和社会发展计划执行情况及2026年计划草案的报告\n"
    meta = _meta(heading + "2026年2月3日在四川省第十四届人民代表大会第五次会议上\n四川省发展和改革委员会\n各位代表:\n"
                 "受省人民政府委托,现将计划执行情况报告如下,请予审议。\n")
    assert (meta.issuer, meta.region, meta.issue_date) == ("四川省发展和改革委员会", "四川省", dt.date(2026, 2, 3))
    meta = _meta(heading + "——2025年4月9日在抚州市东乡区第二届人民代表大会第五次会议上\n抚州市东乡区发展和改革委员会主任张剑\n"
                 "各位代表:\n受区人民政府委托,我向大会报告。\n")
    assert meta.issuer == "抚州市东乡区发展和改革委员会"
    # zhangye-budget-report-2026 (dev-ha): a PDF broke the delivery line in two
    meta = _meta("市级财政预决算\n——2026年2月8日在张掖市第五届\n人民代表大会第五次会议上\n张掖市财政局\n各位代表:\n"
                 "受市人民政府委托,现将2025年预算执行情况报告如下。\n")
    assert meta.issuer == "张掖市财政局"
    # wenzhou-department-budget-report-2025 (dev-ha): a report to a standing committee, its speaker over its day
    meta = _meta("温州市财政局局长 贾黎春\n(2024年12月25日)\n主任、副主任、秘书长、各位委员:\n"
                 "受市人民政府委托,现将2025年温州市本级部门预算草案编制情况汇报如下:\n")
    assert (meta.issuer, meta.issue_date) == ("温州市财政局", dt.date(2024, 12, 25))
    # a 政府工作报告's speaker speaks for the government
    meta = _meta("政府工作报告\n——2026年1月26日在河南省第十四届人民代表大会第四次会议上\n河南省人民政府省长 王凯\n各位代表:\n")
    assert meta.issuer == "河南省人民政府"


def test_a_news_lead_of_a_body_delivering_a_report_for_a_government_gives_its_title_issuer_and_day():
    # anhui-plan-report-digest-2026 (dev-fp)
    meta = _meta("安徽青年报官方网站\n2月5日,省发展和改革委员会受省政府委托,以书面形式向省第十四届人民代表大会第四次会议作"
                 "《关于安徽省2025年国民经济和社会发展计划执行情况与2026年计划草案的报告》。\n"
                 "报告提出,2026年全省经济社会发展的主要预期目标是:地区生产总值增长5%—5.5%。\n")
    assert (meta.title, meta.issuer, meta.issue_date) == (
        "关于安徽省2025年国民经济和社会发展计划执行情况与2026年计划草案的报告", "安徽省发展和改革委员会", dt.date(2026, 2, 5))


def test_a_heading_with_its_issuer_before_the_title_a_lead_names_is_the_title():
    # nanning-air-pollution-audit-rectification-2022 (dev-fu): a mirror's lead names the 函 without its issuer
    head = "南宁市人民政府关于2022年大气污染防治专项审计调查发现问题整改情况的函"
    text = (f"{head}\n,日前,南宁市人民政府发布关于2022年大气污染防治专项审计调查发现问题整改情况的函,详情如下:\n{head}\n"
            "自治区审计厅:\n《广西壮族自治区审计厅专项审计调查报告》通报了2022年全区大气污染防治专项审计调查情况。\n")
    meta = _meta(text)
    assert (meta.title, meta.issuer) == (head, "南宁市人民政府")


def test_a_title_run_into_the_body_s_first_sentence_ends_at_its_document_type():
    # jiangsu-rural-revitalization-opinion-2023 (dev-fs): a copy lost the line break after the title
    text = ("关于做好二〇二三年全面推进乡村振兴重点工作的实施意见江苏是鱼米之乡、农业大省,在新征程上全面推进中国式现代化江苏"
            "新实践,必须坚持不懈把解决好“三农”问题作为全党工作重中之重。\n(一)压紧压实粮食安全政治责任。全面落实粮食安全党政同责。\n")
    assert _meta(text).title == "关于做好二〇二三年全面推进乡村振兴重点工作的实施意见"
    # a sentence opening with 关于 is no title (a stop before any document type)
    assert _meta("关于做好工作,现通知如下各地要认真落实的意见。\n(一)压紧压实责任。\n").title is None


def test_a_draft_s_title_keeps_its_mark_printed_on_the_line_below():
    # yingkou-bayuquan-healthy-action-plan-draft-2023 (dev-fw)
    text = "健康鲅鱼圈行动实施方案\n(征求意见稿)\n为贯彻落实健康中国战略,制定本方案。\n一、总体要求\n以习近平新时代中国特色社会主义思想为指导。\n"
    assert _meta(text).title == "健康鲅鱼圈行动实施方案(征求意见稿)"


def test_a_timestamp_alone_on_a_page_s_line_is_when_the_page_was_posted():
    # anqing-yuexi-livelihood-progress-2025 (dev-fq): 2025-12-25 16:31:31 alone under the headline; a news page
    assert text_field_hints("2026-01-28 22:06\n1月28日,云南省第十四届人民代表大会第四次会议在昆明开幕\n") == {
        "page_publish_date": "2026-01-28"}
    # a date without its time is a signature's or a heading's, not a posting time
    assert text_field_hints("关于做好春耕生产的通知\n2026-01-28\n") == {}


def test_a_paper_s_or_site_s_byline_under_a_headline_dates_the_page_and_so_its_account_of_the_year_before():
    # jiangxi-business-environment-news-2026 (dev-gc): 新浪财经·2026-01-18 07:54; shanghai-gov-report-2026 (dev-ar)
    assert text_field_hints("龚正市长在上海市第十六届人民代表大会第四次会议的政府工作报告\nJie Fang Ri Bao·2026-02-09 01:28\n") == {
        "page_publish_date": "2026-02-09"}
    text = ("江西打造一流营商环境\n新浪财经·2026-01-18 07:54\n营商环境优化成效\n截至2025年底,全省实有各类经营主体达474万户,"
            "较“十三五”末增长48.58%,其中净增企业59.71万户。\n")
    meta = _meta(text)
    assert meta.published_date == dt.date(2026, 1, 18)
    assert brief(clean_text(text).text, meta.published_date.year) == []


def test_a_date_under_a_page_s_field_label_dates_the_page_not_the_document():
    # national-mot-pilot-guidance-2025 (dev-bb): 公开日期 / 2025年09月12日, the day the site made the notice public
    text = ("交通运输部办公厅关于印发《交通强国建设试点申报方向指引(2025年)》的通知\n文号\n交办规划函〔2025〕1627号\n"
            "公开日期\n2025年09月12日\n各省、自治区、直辖市交通运输厅(局、委):\n现将《指引》印发给你们。\n")
    meta = _meta(text)
    assert (meta.issue_date, meta.published_date) == (None, dt.date(2025, 9, 12))
    # a date alone on its line under the title, with no label above it, still dates the document
    assert _meta(text.replace("公开日期\n", "")).issue_date == dt.date(2025, 9, 12)
