"""Metadata read from news leads, bodies named by their level and central enterprises (gongwen issue 9,
dev-x … dev-al): who issued what a news page carries, the level of a 县 or 镇 body that names no place, the
township a town's document opens with, a party group's signature, a title's trailing 文号, a cover sentence
with a short name, documents issued together, a page's run-on fields, a report's delivery line."""

from __future__ import annotations

import datetime as dt

from gongwen.metadata import extract_metadata
from gongwen.metadata.issuers import is_national
from gongwen.metadata.jurisdiction import find_region
from gongwen.metadata.levels import level_its_title_names, level_of_bodies
from gongwen.normalize import clean_text
from gongwen.reading.text_fields import text_field_hints
from gongwen.vocabulary import COUNTY, NATIONAL, PREFECTURE, PROVINCE


def _meta(text: str):
    return extract_metadata(clean_text(text).text, {})


def test_a_news_lead_after_its_headline_and_a_date_names_the_document_of_a_division():
    # guangzhou-14th-fyp-summary-2021: the headline, then "5月19日,广州市发布《…》"
    meta = _meta("广州市发布该市“十四五”规划纲要 2025年地区生产总值将达到3.5万亿元\n"
                 "5月19日，广州市发布《广州市国民经济和社会发展第十四个五年规划和2035年远景目标纲要》（下列简称"
                 "《纲要》），提出到2025年地区生产总值将达到3.5万亿元。\n"
                 "《纲要》提出“十四五”时期的目标：\n经济发展进入全新阶段，年均增长6%左右。\n")
    assert meta.title == "广州市国民经济和社会发展第十四个五年规划和2035年远景目标纲要"
    assert (meta.admin_level, meta.region) == (PREFECTURE, "广东省广州市")
    assert meta.issuer is None  # a city is no issuing body
    # jiangxi-beautiful-jiangxi-opinions-2024 (dev-du): the lead after where the reporter learned it (获悉:)
    meta = _meta("美丽江西建设明确时间表路线图 分五条路径推进总计60项重点任务\n2024-06-26 10:25:52来源:江西日报\n"
                 "美丽江西建设如何推进?6月21日,记者从江西省政府办公厅获悉:江西省近日印发《关于全面推进美丽江西建设的实施意见》"
                 "(以下简称《实施意见》),明确了美丽江西建设分五条路径推进、总计60项重点任务。\n")
    assert meta.title == "关于全面推进美丽江西建设的实施意见"


def test_a_news_lead_naming_a_county_level_city_by_its_short_name_places_the_document():
    # yiwu-agriculture-plan-2022 (dev-bz): 义乌发布《…》, 义乌 the short name of one division only
    meta = _meta("义乌农业将有大动作\n2022-05-13澎湃新闻\n核心提示:日前,义乌发布《深化农业“标准地”改革 大力推进农业"
                 "高质量发展行动计划(2022—2025年)》。\n农业劳动生产率达到10万元/人以上。\n")
    assert (meta.admin_level, meta.region, meta.issuer) == (COUNTY, "浙江省金华市义乌市", None)
    # a short name many divisions share (鼓楼: four districts) places nothing
    assert _meta("核心提示:日前,鼓楼发布《深化农业改革行动计划》。\n农业劳动生产率达到10万元/人以上。\n").region is None


def test_a_news_lead_naming_a_body_after_its_province_s_short_name_and_its_prefecture_names_the_document():
    # tacheng-new-energy-vehicles-plan-2022 (dev-dj): 新疆塔城地区行署办公室印发《…》, the prefecture after 新疆
    meta = _meta("新疆塔城:到2025年 汽车新车销售总量的20%应为新能源汽车\n"
                 "5月9日,新疆塔城地区行署办公室印发《关于进一步加快新能源汽车推广应用和充电基础设施建设实施方案》。"
                 "其中提到其未来的三个发展目标。\n到2025年,全区新能源汽车新车销售量达到汽车新车销售总量的20%左右。\n")
    assert meta.title == "关于进一步加快新能源汽车推广应用和充电基础设施建设实施方案"
    assert (meta.admin_level, meta.region) == (PREFECTURE, "新疆维吾尔自治区塔城地区")


def test_bodies_a_news_lead_joins_with_and_are_joint_issuers():
    # qinghai-clean-energy-plan-undated (dev-dj): 青海省人民政府和国家能源局近日联合印发《…》
    meta = _meta("青海省人民政府和国家能源局近日联合印发《青海打造国家清洁能源产业高地行动方案》(以下简称《行动方案》)。"
                 "《行动方案》锚定2030年全省风电、光伏装机1亿千瓦以上的目标。\n")
    assert (meta.title, meta.issuer) == ("青海打造国家清洁能源产业高地行动方案", "青海省人民政府、国家能源局")
    # 和 inside a body's name parts nothing
    assert _meta("工业和信息化部近日印发《电子信息制造业数字化转型实施方案》。到2027年,培育一批标杆企业。\n"
                 ).issuer == "工业和信息化部"


def test_a_news_lead_saying_what_bodies_had_issued_names_the_document():
    # national-housekeeping-community-2022 (dev-dh): 国家发展改革委等11部门印发的《X》19日对外公布
    meta = _meta("11部门印发意见 多措并举推动家政进社区\n国家发展改革委等11部门印发的《关于推动家政进社区的指导意见》19日对外公布。"
                 "意见提出到2025年,全国基本实现社区家政服务能力全覆盖。\n")
    assert (meta.title, meta.issuer, meta.admin_level) == ("关于推动家政进社区的指导意见", "国家发展改革委等11部门", NATIONAL)
    # hebei-tcm-plan-2016 (dev-de): the document a plan carries out is cited, not announced
    meta = _meta("河北建设100个中医药强县\n记者获悉,为贯彻落实国务院出台的《中医药发展战略规划纲要(2016-2030年)》,实现由中医药"
                 "大省向中医药强省跨越,省政府日前制定实施方案。\n")
    assert meta.title is None and meta.admin_level != NATIONAL


def test_a_document_a_news_page_names_with_a_short_name_and_then_says_was_issued_is_its_subject():
    # shanxi-transport-power-plan-2021 (dev-dj): ……《X》(简称《行动计划》)于日前发布, late in the lead's first sentence
    meta = _meta("发布时间:2021-01-29 09:26:36 中国交通新闻网\n到2022年,高速铁路里程达1100公里,高速公路突破6000公里,"
                 "旅游公路主体区规划项目全面建成……《山西省推进交通强国建设行动计划(2021—2022年)》(简称《行动计划》)于日前"
                 "发布,明确通过2年时间,基本实现全省市市通高速铁路。\n")
    assert (meta.title, meta.admin_level, meta.region) == (
        "山西省推进交通强国建设行动计划(2021—2022年)", PROVINCE, "山西省")


def test_a_news_lead_naming_the_document_issued_without_book_marks_or_issuer_names_it():
    # hubei-digital-economy-plan-2022 (dev-dj): the newspaper's dateline, then 9月13日,X正式印发,…
    meta = _meta("湖北实施六大行动 “数字湖北”核心产业增加值3年翻番\n湖北日报讯 (记者肖丽琼、实习生洪了然)9月13日,"
                 "湖北数字经济强省三年行动计划正式印发,擘画“数字湖北”的3年目标。到2024年底,实现数字经济核心产业增加值翻番。\n")
    assert (meta.title, meta.admin_level, meta.region) == ("湖北数字经济强省三年行动计划", PROVINCE, "湖北省")
    # a document type alone names no document
    assert _meta("9月13日,实施方案正式印发,明确了目标。\n到2024年底,实现数字经济核心产业增加值翻番。\n").title is None
    # shiyan-soil-pollution-plan-2021 (dev-ct): nor one the page names by its own place (我市…)
    assert _meta("日前,我市2021年土壤污染防治工作方案出炉,以此促进土壤资源可持续利用。\n").title is None


def test_a_news_lead_naming_who_issued_a_notice_it_does_not_name_names_the_issuer():
    # xuchang-gov-report-tasks-news-2026 (dev-di): 【大河财立方消息】2月14日,许昌市政府印发通知,对…予以分解
    meta = _meta("【大河财立方消息】2月14日,许昌市政府印发通知,对《政府工作报告》提出的2026年重点工作任务予以分解并明确责任"
                 "单位。\n一、主要预期目标\n1.经济增长5.5%左右。(市发展和改革委员会)\n")
    assert (meta.issuer, meta.admin_level, meta.region) == ("许昌市政府", PREFECTURE, "河南省许昌市")


def test_a_news_lead_saying_a_body_issued_a_notice_names_the_issuer_of_the_plan_it_carries():
    # tianjin-gov-report-tasks-2020 (dev-df): the page carries the plan the notice issued (…的任务分工), not the notice
    meta = _meta("刚刚,天津市人民政府印发通知,落实国务院《政府工作报告》。\n关于落实国务院《政府工作报告》\n重点工作的任务分工\n"
                 "一、总体要求和主要预期目标\n1.完成年度城镇新增就业人数目标任务。(市人社局牵头)\n")
    assert (meta.issuer, meta.admin_level, meta.region) == ("天津市人民政府", PROVINCE, "天津市")
    # a notice that is published (发布通知) issues nothing: the page's plan is not its own
    assert _meta("刚刚,天津市人民政府发布通知,落实国务院《政府工作报告》。\n关于落实国务院《政府工作报告》\n"
                 "重点工作的任务分工\n一、总体要求\n1.完成年度城镇新增就业人数目标任务。\n").issuer is None


def test_the_news_of_a_districts_congress_from_a_newspapers_wire_places_the_report():
    # mianyang-fucheng-gov-report-2019 (dev-ca): 【香港商报网讯】, the district named after its city
    meta = _meta("大会现场 张宝杉摄\n【香港商报网讯】2月19日,绵阳市涪城区第六届人民代表大会第四次会议在绵阳市委党校隆重开幕。"
                 "代区长邓辉作政府工作报告。\n邓辉在报告中说,2018年涪城全区经济社会发展取得显著成效。"
                 "转辖区经济进入全省“十强县”前三甲,获评全省县域经济发展先进县。\n"
                 "邓辉在报告中提出了2019年经济社会发展主要预期目标:区属地区生产总值增长9%。\n")
    assert (meta.admin_level, meta.region, meta.issue_date) == (COUNTY, "四川省绵阳市涪城区", dt.date(2019, 2, 19))


def test_a_news_lead_naming_no_issuer_names_the_document_it_announces():
    meta = _meta("近日，《安徽省实施长三角一体化发展规划“十四五”行动方案》已正式公布。安徽省计划用五年时间，"
                 "让中心区城市人均GDP基本达到长三角平均水平。\n下载附件\n中心区城市人均GDP达长三角平均水平\n")
    assert meta.title == "安徽省实施长三角一体化发展规划“十四五”行动方案"


def test_a_sentence_that_cites_what_a_body_issued_is_no_news_lead():
    meta = _meta("关于加快推进县域商业体系建设的实施意见\n各市人民政府：\n"
                 "为贯彻落实国务院印发《“十四五”现代流通体系建设规划》，结合我省实际，提出如下意见。\n"
                 "一、完善县域商业网络。\n")
    assert meta.title == "关于加快推进县域商业体系建设的实施意见"


def test_ministries_signing_with_a_central_enterprise_issue_a_national_document():
    bodies = "交通运输部、国家铁路局、中国民用航空局、国家邮政局、中国国家铁路集团有限公司"
    assert is_national(bodies)
    assert not is_national("中国国家铁路集团有限公司")  # alone, an enterprise says no level
    assert not is_national("湖南省交通运输厅、中国国家铁路集团有限公司")
    meta = _meta(f"日前，{bodies}联合印发《加快建设交通强国五年行动计划（2023—2027年）》。\n"
                 "《行动计划》在交通科技方面的表述如下：\n建成国家综合交通运输信息平台。\n")
    assert (meta.title, meta.issuer) == ("加快建设交通强国五年行动计划(2023—2027年)", bodies)
    assert meta.admin_level == NATIONAL and meta.region is None


def test_bodies_named_by_a_kind_of_one_level_say_the_level():
    assert level_of_bodies(["县人民政府办公室"]) == COUNTY
    assert level_of_bodies(["县委办公室", "县人民政府办公室"]) == COUNTY
    assert level_of_bodies(["镇人民政府"]) == COUNTY
    assert level_of_bodies(["街道办事处"]) == COUNTY
    assert level_of_bodies(["省政府办公厅"]) == PROVINCE
    assert level_of_bodies(["州人民政府"]) == PREFECTURE
    # a 市 named by its kind alone is read as a prefecture, a 区 as a district (nantong-chongchuan, planting-work-points)
    assert level_of_bodies(["市政府办公厅"]) == PREFECTURE
    assert level_of_bodies(["区农业农村局"]) == COUNTY
    assert level_of_bodies(["乡村振兴局"]) is None  # 乡 opens a word, not a township's body
    assert level_of_bodies(["县人民政府", "省政府办公厅"]) is None
    assert level_of_bodies([]) is None


def test_a_title_naming_its_division_by_its_kind_alone_says_the_level():
    # sichuan-transport-tasks-2017, county-rural-living-environment-plan-2022, xianning-xianan-gov-report-tasks-2023,
    # liaoning-gov-report-division-2025: nothing else in their text names the place
    assert level_its_title_names("2017年全省交通运输工作主要任务") == PROVINCE
    assert level_its_title_names("县2022年农村人居环境整治工作方案") == COUNTY
    assert level_its_title_names("2023年区《政府工作报告》确定的重点工作任务责任分解方案") == COUNTY
    assert level_its_title_names("2025年省《政府工作报告》重点工作分工方案(一)") == PROVINCE
    assert level_its_title_names("2023年区政府重点民生实事项目推进情况") == COUNTY
    # a word that opens with a kind's character names no division (市场, 区域), nor does a kind the title only holds
    assert level_its_title_names("2024年市场监管工作要点") is None
    assert level_its_title_names("区域协调发展实施方案") is None
    assert level_its_title_names("关于加快县域经济发展的意见") is None


def test_a_town_report_delivered_for_the_town_government_is_at_county_level():
    # longyou-huzhen-town-gov-report-2025: 我代表镇人民政府, the town named only as 湖镇镇
    meta = _meta("2024年湖镇镇政府工作报告\n2025年1月17日\n——在湖镇镇第十五届人民代表大会第七次会议上\n"
                 "湖镇镇镇长 钟罗谊\n各位代表：\n现在，我代表镇人民政府向大会作报告，请予审议。\n"
                 "一、2024年工作回顾\n全年43个行政村村集体经济总收入达7526万元。\n")
    assert (meta.issuer, meta.admin_level, meta.region) == ("镇人民政府", COUNTY, None)


def test_a_party_group_signs_as_a_body():
    # anhui-transport-rule-of-law-2021: the signature of a department's 党组
    meta = _meta("厅直各单位，厅机关各处室：\n经厅党组会议审议同意，现将《关于进一步深化交通运输法治政府部门建设的"
                 "实施意见》印发给你们，请认真贯彻落实。\n中共安徽省交通运输厅党组\n2021年12月21日\n"
                 "关于进一步深化交通运输法治政府部门建设的实施意见\n一、总体要求\n")
    assert meta.issuer == "中共安徽省交通运输厅党组"
    assert (meta.admin_level, meta.region) == (PROVINCE, "安徽省")


def test_a_title_loses_the_doc_number_a_page_put_after_it():
    # huarong-key-tasks-2021
    meta = _meta("公开日期:2021-03-23\n2021年县政府重点工作任务(华政发〔2021〕2号)\n各乡镇人民政府、县直各单位:\n"
                 "《2021年县政府重点工作任务分解》已经县人民政府同意，现印发给你们，请认真抓好贯彻落实。\n"
                 "一、稳增长\n")
    assert meta.title == "2021年县政府重点工作任务"
    assert meta.doc_number == "华政发〔2021〕2号"


def test_a_cover_sentence_giving_the_document_a_short_name_still_names_it():
    # heze-kinetic-energy-division-2023: 现将 《X》(以下简称 《方案》)印发给你们
    meta = _meta("菏政办字 〔2023〕1号\n各县区人民政府,市政府各部门:\n为巩固深化新旧动能转换成果，经市政府同意，现将 "
                 "《菏泽市深化新旧动能转换推动绿色低碳高质量发展分工落实方案》(以下简称 《方案》)印发给你们，"
                 "请认真贯彻实施。\n一、高度重视，认真研究政策。\n")
    assert meta.title == "菏泽市深化新旧动能转换推动绿色低碳高质量发展分工落实方案"
    assert (meta.admin_level, meta.region) == (PREFECTURE, "山东省菏泽市")
    # guangzhou-agriculture-open-government-division-2021 (dev-ec): 制定了《X》, its approval, then 现印发给你们
    meta = _meta("机关各处室、局属各单位:\n为贯彻落实市政府办公厅工作部署,局办公室研究制定了《广州市农业农村局2021年政务公开"
                 "工作要点分工方案》,经局领导同意,现印发给你们,请认真执行。\n广州市农业农村局办公室\n2021年7月16日\n")
    assert meta.title == "广州市农业农村局2021年政务公开工作要点分工方案"


def test_a_township_named_by_its_body_or_its_title_is_placed_under_its_county():
    # zhangzi-nanzhang-town-work-plan-2023: one county has a 南漳镇
    assert find_region("南漳镇人民政府").path == "山西省长治市长子县南漳镇"
    # longyou-huzhen-town-gov-report-2025: two counties have a 湖镇镇; the text names 浙江, not 广东
    assert find_region("湖镇镇政府工作报告", "习近平总书记考察浙江重要讲话精神").path == "浙江省衢州市龙游县湖镇镇"
    assert find_region("湖镇镇政府工作报告", "全年实现规上工业产值70亿元") is None
    assert find_region("城关镇人民政府", "") is None  # 95 counties have one
    assert find_region("城镇燃气安全专项整治工作方案") is None  # 城镇 is no township's name
    region = find_region("山福镇")  # a page's publisher
    assert (region.path, region.level) == ("浙江省温州市鹿城区山福镇", COUNTY)


def test_a_town_work_plan_s_page_facts_place_it():
    text = ("发文字号: | 发文时间:2023-01-05\n发文机关:南漳镇人民政府 | 主题词:工作计划\n"
            "标题:南漳镇人民政府2023年工作计划 |\n一是扎实推进产业强镇。2023年，我镇将坚持把产业振兴作为"
            "乡村振兴的重中之重。\n")
    meta = extract_metadata(clean_text(text).text, text_field_hints(text))
    assert (meta.issuer, meta.admin_level, meta.region) == ("南漳镇人民政府", COUNTY, "山西省长治市长子县南漳镇")


def test_a_headline_naming_its_issuer_by_a_place_gives_way_to_the_notice_naming_it_in_full():
    # guangxi-county-economy-2021: the page's headline, then the notice's own title
    meta = _meta("广西关于印发广西加快县域经济高质量发展三年攻坚行动方案(2021—2023年)的通知\n"
                 "广西壮族自治区人民政府办公厅关于印发广西加快县域经济高质量发展三年攻坚行动方案(2021—2023年)的通知\n"
                 "桂政办发〔2021〕64号\n各市、县人民政府，自治区人民政府各组成部门、各直属机构：\n"
                 "《广西加快县域经济高质量发展三年攻坚行动方案(2021—2023年)》已经自治区人民政府同意，现印发给你们，"
                 "请认真贯彻执行。\n广西加快县域经济高质量发展三年攻坚行动方案(2021—2023年)\n一、总体要求\n")
    assert meta.issuer == "广西壮族自治区人民政府办公厅"
    assert meta.title == "广西加快县域经济高质量发展三年攻坚行动方案(2021—2023年)"
    assert (meta.admin_level, meta.region) == (PROVINCE, "广西壮族自治区")


def test_what_a_notice_title_held_in_book_marks_issues_is_marked_with_angle_brackets():
    # beijing-open-government-key-points-2016 (DOCX)
    meta = _meta("京政办发〔2016〕26号《北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知》\n"
                 "各区人民政府，市政府各委、办、局，各市属机构：\n"
                 "《北京市2016年政务公开工作要点》已经市政府同意，现印发给你们，请结合实际认真贯彻落实。\n"
                 "北京市人民政府办公厅\n2016年5月28日\n一、围绕深化改革推进公开\n")
    assert meta.title == "北京市2016年政务公开工作要点"
    assert (meta.issuer, meta.doc_number) == ("北京市人民政府办公厅", "京政办发〔2016〕26号")


def test_a_page_s_file_number_field_run_on_with_the_next_label_is_the_doc_number():
    # changxing-gov-report-responsibility-2023
    text = ("公开方式: 主动公开 公开时限: 长期公开\n文件编号: 长政办发〔2023〕7号发布机构: 长兴县政府办公室\n"
            "长兴县人民政府办公室关于印发2023年政府工作报告重点工作责任分解的通知\n各乡镇人民政府,县政府直属各单位:\n"
            "一、朱伟县长牵头重点工作\n")
    assert extract_metadata(clean_text(text).text, text_field_hints(text)).doc_number == "长政办发〔2023〕7号"


def test_of_three_documents_issued_together_the_one_the_text_heads_is_the_title():
    # kaifeng-manufacturing-plan-2020 (DOCX): no notice title, three documents named, the first printed
    meta = _meta("各县、区人民政府，市人民政府有关部门：\n《开封市推动制造业高质量发展实施方案》《开封市制造业高质量发展若干"
                 "财政支持措施》《开封市培育壮大主导产业若干财政支持措施》已经市政府第48次常务会议研究通过，现印发给你们。\n"
                 "2020年11月17日\n开封市推动制造业高质量发展实施方案\n一、总体要求\n")
    assert meta.title == "开封市推动制造业高质量发展实施方案"


def test_an_annex_list_s_second_entry_is_no_title():
    # guannan-duigougang-town-notice-2019: the notice prints no title of its own
    meta = _meta("各村(社区)党支(总)部、村(社区)委会，镇直各部门：\n为贯彻落实县委县政府部署，现将有关事项通知如下。\n"
                 "附件：1.2019年全镇农村人居环境整治成效评价标准\n2.2019年农村人居环境整治庭院美化示范户标准\n"
                 "堆沟港镇人民政府\n2019年3月29日\n")
    assert meta.title is None
    assert (meta.issuer, meta.region) == ("堆沟港镇人民政府", "江苏省连云港市灌南县堆沟港镇")


def test_a_report_s_delivery_line_may_open_with_its_date():
    # jiaxing-gov-report-2025: no dash before the date
    meta = _meta("2025年嘉兴市人民政府政府工作报告\n2025年2月11日在嘉兴市第九届人民代表大会第五次会议上\n市长李军\n"
                 "各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n一、2024年工作回顾\n")
    assert meta.issue_date.isoformat() == "2025-02-11"
    assert (meta.issuer, meta.admin_level, meta.region) == ("嘉兴市人民政府", PREFECTURE, "浙江省嘉兴市")


def test_a_report_title_naming_its_place_and_year_stays_over_the_bare_heading():
    # gaoyang-gov-report-2019: an export's title field, the heading 政府工作报告 over the delivery line
    text = ("标题:高阳县2019年政府工作报告\n发文单位:高阳县人民政府\n正文:\n政府工作报告\n"
            "2019年1月17日在高阳县第十七届人民代表大会第三次会议上\n高阳县人民政府县长 闫向阳\n各位代表:\n"
            "现在,我代表高阳县人民政府,向大会作工作报告,请予审议。\n一、2018年工作回顾\n")
    assert extract_metadata(clean_text(text).text, text_field_hints(text)).title == "高阳县2019年政府工作报告"


def test_a_notice_issued_by_a_body_and_the_count_of_those_with_it_issues_its_plan():
    # national-five-depts-ideology-teachers-2019: 教育部等五部门印发《X》的通知, the five signing below
    meta = _meta("教育部等五部门印发《关于加强新时代中小学\n思想政治理论课教师队伍建设的意见》的通知\n教师函〔2019〕8号\n"
                 "各省、自治区、直辖市教育厅(教委)、党委组织部：\n现将《关于加强新时代中小学思想政治理论课教师队伍建设的意见》"
                 "印发给你们，请结合实际认真贯彻落实。\n教育部 中央组织部 中央宣传部\n财政部 人力资源社会保障部\n"
                 "2019年9月18日\n关于加强新时代中小学思想政治理论课教师队伍建设的意见\n一、总体要求\n")
    assert meta.title == "关于加强新时代中小学思想政治理论课教师队伍建设的意见"
    assert meta.notice_title == "教育部等五部门印发《关于加强新时代中小学思想政治理论课教师队伍建设的意见》的通知"
    assert meta.issuer == "教育部、中央组织部、中央宣传部、财政部、人力资源社会保障部"
    assert meta.admin_level == NATIONAL


def test_a_news_lead_naming_the_notice_without_book_marks_names_what_it_issues():
    # hangzhou-healthy-city-action-plan-2023: a wire's attribution, then the body, 印发, the plan, 的通知
    meta = _meta("杭州:到2025年基本建成具有杭州特色的健康治理体系\n最新信息\n2023-10-30 14:57:00\n"
                 "南方财经10月30日电,据杭州市人民政府网站消息,杭州市人民政府办公厅印发健康杭州三年行动计划(2023—2025年)"
                 "的通知,通知指出,到2025年,基本建成具有杭州特色的健康治理体系。\n(文章来源:南方财经网)\n")
    assert (meta.title, meta.issuer) == ("健康杭州三年行动计划(2023—2025年)", "杭州市人民政府办公厅")
    assert (meta.admin_level, meta.region) == (PREFECTURE, "浙江省杭州市")


def test_a_portal_s_label_before_its_headline_is_no_part_of_the_title():
    # hangzhou-xiaoshan-innovation-policy-undated
    meta = _meta("潮盛高企网\n杭州市萧山区高新技术企业奖励政策:关于深入实施创新强区战略加快萧山经济高质量发展的若干政策意见\n"
                 "为认真贯彻中央和省委经济工作会议精神,特制定如下政策实施细则。\n一、实施新制造业强振兴计划。\n")
    assert meta.title == "关于深入实施创新强区战略加快萧山经济高质量发展的若干政策意见"


def test_the_title_under_an_annex_label_is_the_annex_s_without_its_count():
    # karamay-major-decisions-2021: the notice names no title; the annex's, under 附件:, over two lines
    meta = _meta("克政办发〔2021〕22号\n各区人民政府,市政府各委、办、局:\n为规范市政府重大行政决策行为,现就有关事项通知如下。\n"
                 "一、各区人民政府要按照《规定》要求,认真抓好重大行政决策事项工作。\n"
                 "附件:《2021年度克拉玛依市政府重大行政决策事项目录》(共5项)\n市人民政府办公室\n2021年4月26日\n附件:\n"
                 "2021年度克拉玛依市政府重大行政决策\n事项目录(共5项)\n序号 | 重大行政决策事项名称 | 决策承办单位\n")
    assert meta.title == "2021年度克拉玛依市政府重大行政决策事项目录"
    assert (meta.admin_level, meta.region) == (PREFECTURE, "新疆维吾尔自治区克拉玛依市")


def test_the_year_a_page_adds_after_a_notice_s_title_is_no_part_of_it():
    # national-business-environment-concerns-2018; a plan's period stays
    meta = _meta("国务院办公厅关于聚焦企业关切进一步推动优化营商环境政策落实的通知(2018年)\n"
                 "各省、自治区、直辖市人民政府,国务院各部委、各直属机构:\n一、坚决破除各种不合理门槛和限制。\n")
    assert meta.title == "国务院办公厅关于聚焦企业关切进一步推动优化营商环境政策落实的通知"
    assert _meta("新乡市建设制造强市三年行动计划(2023—2025年)\n一、总体要求\n").title == "新乡市建设制造强市三年行动计划(2023—2025年)"


def test_a_division_of_work_names_itself_a_task_or_responsibility_breakdown():
    # 任务分解 / 责任分解: what a county bureau's page and a province's news page call the plan they carry
    text = ("您当前的位置:首页 > 信息公开 > 决策部署落实情况\n县卫健委2021年政府工作报告任务分解\n"
            "1.创建国家卫生县城。\n牵头责任单位:县卫健委\n")
    assert _meta(text).title == "县卫健委2021年政府工作报告任务分解"


def test_a_province_body_named_by_its_level_alone_takes_the_province_the_text_calls_itself():
    # A news page: the 省政府办公厅 issued it; the text names 浙江 as its province throughout.
    text = ("省政府印发2020年政府工作报告重点工作责任分解通知\n"
            "近日,省政府办公厅印发2020年政府工作报告重点工作责任分解的通知,公布省长牵头的重点工作。\n"
            "政府工作报告重点工作责任分解\n一、省长主抓重点工作\n"
            "1.稳企业、防风险。扎实做好稳企业各项工作,全省上下推动浙江高质量发展。\n牵头单位:省发展改革委、省经信厅\n"
            "2.全面构建国土空间规划体系,提升浙江省域治理能力,全省推进。\n牵头单位:省自然资源厅\n"
            "3.加快推进杭州城西科创大走廊建设,打造浙江创新高地,全省联动。\n牵头单位:省科技厅\n")
    meta = extract_metadata(clean_text(text).text, {})
    assert (meta.issuer, meta.admin_level, meta.region) == ("省政府办公厅", PROVINCE, "浙江省")
    # The lead puts the year before the name the plan's heading prints without it: the heading is the title.
    assert meta.title == "政府工作报告重点工作责任分解"


def test_a_notice_title_over_four_lines_names_its_issuer():
    text = ("嘉政办发〔2021〕5号\n县人民政府办公室关于\n对县《政府工作报告》确定的2021年\n"
            "重点工作及市《政府工作报告》涉及嘉鱼的\n重点事项进行责任分解的通知\n"
            "各镇人民政府,县政府各部门:\n经县人民政府同意,现将责任分解如下。\n2021年5月12日\n")
    meta = extract_metadata(clean_text(text).text, {})
    assert meta.issuer == "县人民政府办公室"
    assert meta.title.startswith("县人民政府办公室关于对县《政府工作报告》")


def test_a_number_heading_a_notice_title_on_its_line_is_the_number_not_the_issuer():
    text = ("金政发〔2021〕1号关于印发2021年金乡县政府重要工作事项责任分工的通知\n"
            "各镇政府,各街道办事处,县政府各部门:\n现将《2021年金乡县政府重要工作事项责任分工》印发给你们,请认真贯彻执行。\n"
            "金乡县人民政府\n2021年2月10日\n2021年金乡县政府重要工作事项责任分工\n一、主要任务\n")
    meta = extract_metadata(clean_text(text).text, {})
    assert (meta.doc_number, meta.issuer, meta.notice_title) == (
        "金政发〔2021〕1号", "金乡县人民政府", "关于印发2021年金乡县政府重要工作事项责任分工的通知")


def test_a_news_lead_announcing_a_notice_titles_the_page_by_what_the_notice_issues():
    # A provincial news account's page: the lead names the notice that 下达s the year's plan, whose targets follow
    text = ("浙江省政府下达2025年国民经济和社会发展计划\n浙江发布\n"
            "近日,浙江省人民政府印发《关于下达2025年浙江省国民经济和社会发展计划的通知》。\n"
            "《通知》明确经济发展、科技创新等8个方面的主要目标:\n地区生产总值增长5.5%左右。\n")
    meta = _meta(text)
    assert (meta.title, meta.issuer, meta.region) == ("2025年浙江省国民经济和社会发展计划", "浙江省人民政府", "浙江省")


def test_bodies_signing_together_two_a_line_are_the_issuers():
    # A county's joint 通告 (Guangdong, 2018), its six bodies signing two a line above the date
    text = ("关于严禁在县城区种植农作物的通告\n为创建卫生、清洁、有序、优美的城市环境,现就有关事项通告如下。\n特此通告,望知照执行。\n"
            "封开县“双创”办、封开县城市管理局\n封开县水务局、封开县林业局\n封开县国土局、江口镇人民政府\n2018年10月23日\n")
    meta = _meta(text)
    assert (meta.issuer, meta.issue_date, meta.admin_level, meta.region) == (
        "封开县“双创”办、封开县城市管理局、封开县水务局、封开县林业局、封开县国土局、江口镇人民政府", dt.date(2018, 10, 23),
        COUNTY, "广东省肇庆市封开县")


def test_a_notice_that_divides_work_by_another_verb_is_the_cover_of_the_document_below_its_date():
    # 分解落实 issues the plan below the notice's date as 印发 would (a county-level city's 2017 责任分解)
    text = ("市人民政府办公室关于分解落实《政府工作报告》的通知\n各区、镇、办事处,市政府各部门:\n"
            "为确保完成各项目标任务,现将重点工作责任分解如下,请认真抓好落实。\n2017年1月13日\n"
            "《政府工作报告》重点工作责任分解\n一、加快转型升级,提升产业竞争力\n1.突出工业主体地位。(牵头单位:市经信委)\n")
    meta = _meta(text)
    assert (meta.title, meta.notice_title, meta.issuer) == (
        "《政府工作报告》重点工作责任分解", "市人民政府办公室关于分解落实《政府工作报告》的通知", "市人民政府办公室")


def test_a_headline_without_its_issuer_gives_way_to_the_notice_title_that_names_it():
    # A news site's repost (Sanya, 2023): the headline drops the issuer the notice's own title gives on the next line
    text = ("关于印发《三亚市市容市貌整治专项行动方案》的通知\n"
            "三亚市城乡环境综合整治领导小组办公室关于印发《三亚市市容市貌整治专项行动方案》的通知\n"
            "《三亚市市容市貌整治专项行动方案》已经市政府同意,现印发给你们,请认真贯彻执行。\n"
            "三亚市市容市貌整治专项行动方案\n一、工作目标\n")
    meta = _meta(text)
    assert (meta.issuer, meta.title) == ("三亚市城乡环境综合整治领导小组办公室", "三亚市市容市貌整治专项行动方案")


def test_an_autonomous_region_report_names_its_government_by_level_and_its_place_by_its_congress():
    # inner-mongolia-gov-report-2025: 自治区人民政府主席 speaks; the congress line names 内蒙古自治区
    meta = _meta("政府工作报告\n——2025年1月14日在内蒙古自治区第十四届人民代表大会第三次会议上\n自治区人民政府主席王莉霞\n"
                 "各位代表:\n现在,我代表自治区人民政府,向大会报告工作,请予审议。\n一、2024年工作回顾\n过去一年,全区经济稳中向好。\n")
    assert (meta.issuer, meta.admin_level, meta.region) == ("自治区人民政府", PROVINCE, "内蒙古自治区")
    assert meta.issue_date == dt.date(2025, 1, 14)
    assert level_of_bodies(["自治州人民政府"]) == PREFECTURE
    assert level_of_bodies(["旗人民政府办公室"]) == COUNTY


def test_a_news_lead_names_the_government_a_report_was_delivered_for():
    meta = _meta("1月23日上午,江苏省第十四届人民代表大会第二次会议开幕,省长许昆林代表江苏省人民政府向大会报告工作。"
                 "报告回顾了2023年工作。\n许昆林指出,今年要稳中求进。\n")
    assert (meta.issuer, meta.admin_level, meta.region) == ("江苏省人民政府", PROVINCE, "江苏省")
    meta = _meta("新华社受权于14日全文播发李克强总理代表国务院在十四届全国人大一次会议上所作的《政府工作报告》。\n"
                 "报告指出,今年发展主要预期目标是:国内生产总值增长5%左右。\n")
    assert (meta.issuer, meta.admin_level, meta.region) == ("国务院", NATIONAL, None)


def test_a_township_named_right_after_its_county_or_opening_a_title_whose_text_names_its_county():
    assert find_region("重庆市万州区龙驹镇2023年突发事件总体应急预案(暂行)").path == "重庆市万州区龙驹镇"
    meta = _meta("重庆市万州区龙驹镇2023年突发事件总体应急预案(暂行)\n1总则\n1.1制定目的\n规范应对突发事件行为。\n")
    assert (meta.title, meta.admin_level) == ("重庆市万州区龙驹镇2023年突发事件总体应急预案(暂行)", COUNTY)
    text = ("东山街道乡村治理体系建设试点示范工作实施方案\n为深入贯彻…,根据《江宁区乡村治理体系建设试点示范实施方案》的要求,"
            "制定本方案。\n一、指导思想\n坚持以乡村治理体系和治理能力现代化建设为主攻方向。\n")
    meta = _meta(text)
    assert (meta.title, meta.admin_level, meta.region) == (
        "东山街道乡村治理体系建设试点示范工作实施方案", COUNTY, "江苏省南京市江宁区东山街道")
    # without its county in the text, a township of that name (there are several) names no place
    assert _meta(text.replace("江宁区", "本区")).region is None


def test_a_progress_report_is_titled_by_its_heading():
    meta = _meta("相山区城管局2024年第四季度重点工作任务完成情况\n任务项\t重点工作内容\t牵头责任单位\n"
                 "1\t深入推进生活垃圾分类工作。\t区环卫所\n")
    assert (meta.title, meta.admin_level, meta.region) == (
        "相山区城管局2024年第四季度重点工作任务完成情况", COUNTY, "安徽省淮北市相山区")


def test_a_news_lead_naming_the_notice_a_body_issued_titles_the_page_by_it():
    # anhui-key-work-responsibility-2022: a newspaper's lead, then the notice's items
    meta = _meta("新安晚报安徽网大皖新闻讯据安徽省人民政府网消息,近日,安徽省人民政府发布关于年重点工作及责任分解的通知。\n"
                 "一、确保完成全年主要预期目标\n1﹒全省生产总值增长7%以上。\n牵头责任单位:省发展改革委。\n")
    assert (meta.title, meta.issuer, meta.admin_level, meta.region) == (
        "关于年重点工作及责任分解的通知", "安徽省人民政府", PROVINCE, "安徽省")


def test_a_document_adopted_by_a_congress_dates_from_its_adoption_and_is_issued_by_its_cover_s_body_or_the_session():
    # kizilsu-14th-five-year-outline-2021: the note of adoption under the title, the cover's body over its month
    meta = _meta("克孜勒苏柯尔克孜自治州\n国民经济和社会发展第十四个五年规划和\n2035年远景目标纲要\n"
                 "(2021年1月3日在克州第十四届人民代表大会第五次会议通过)\n克孜勒苏柯尔克孜自治州人民政府\n二○二一年九月\n目录\n"
                 "“十四五”时期,是我国开启全面建设社会主义现代化国家新征程的第一个五年。\n")
    assert (meta.issuer, meta.issue_date) == ("克孜勒苏柯尔克孜自治州人民政府", dt.date(2021, 1, 3))
    assert meta.admin_level == PREFECTURE
    # zhaotong-congress-resolution-2026 (dev-fj): a resolution's note of adoption a page set over two lines
    meta = _meta("(2026年1月23日昭通市第五届人民代表大会\n第八次会议第四次全体会议通过)\n"
                 "昭通市第五届人民代表大会第八次会议听取和审议了冯皓市长代表市人民政府所作的政府工作报告。\n")
    assert (meta.issuer, meta.issue_date) == ("昭通市第五届人民代表大会第八次会议", dt.date(2026, 1, 23))
    # baicheng-congress-resolution-2026 (dev-fe): the session that adopts a 决议 issues it
    meta = _meta("白城市第七届人民代表大会第七次会议关于白城市人民政府工作报告的决议\n"
                 "(2026年1月12日白城市第七届人民代表大会第七次会议第三次全体会议通过)\n"
                 "白城市第七届人民代表大会第七次会议听取和审议了市长崔景英所作的《政府工作报告》。\n")
    assert (meta.issuer, meta.admin_level, meta.region) == ("白城市第七届人民代表大会第七次会议", PREFECTURE, "吉林省白城市")


def test_a_named_townships_body_is_at_county_level_where_no_place_list_holds_the_township():
    # qingxi-town-mass-prevention-2020: 东莞's towns have no county and are in no township list
    meta = _meta("各单位、办公室,各村(居)委会:\n《清溪镇深入推进新形势下群防群治工作的实施方案》业经镇人民政府同意,现印发给你们,"
                 "请认真贯彻执行。\n清溪镇人民政府办公室\n2020年4月1日\n清溪镇深入推进新形势下群防群治工作的实施方案\n")
    assert (meta.issuer, meta.admin_level) == ("清溪镇人民政府办公室", COUNTY)


def test_a_document_that_words_its_heading_otherwise_than_its_notice_is_titled_by_its_heading():
    # zhejiang-health-work-points-2023: the notice names 浙江省, the heading below its date 全省
    meta = _meta("浙江省卫生健康委关于印发2023年浙江省卫生健康工作要点的通知\n各市、县(市、区)卫生健康委(局):\n"
                 "现将2023年浙江省卫生健康工作要点印发给你们,请认真组织实施。\n浙江省卫生健康委\n2023年4月22日\n"
                 "2023年全省卫生健康工作要点\n一、总体要求\n坚持以人民健康为中心。\n")
    assert (meta.title, meta.issuer) == ("2023年全省卫生健康工作要点", "浙江省卫生健康委")


def test_a_sender_writing_to_every_province_is_national():
    # national-time-honored-brands-notice-2024: a ministry's notice whose page names no sender
    meta = _meta("各省、自治区、直辖市及计划单列市、新疆生产建设兵团商务主管部门,各有关部门:\n"
                 "为贯彻落实《关于促进老字号创新发展的意见》,现就有关事项通知如下。\n一、总体安排\n全面贯彻党的二十大精神。\n")
    assert (meta.admin_level, meta.region) == (NATIONAL, None)


def test_a_title_printed_in_book_marks_on_its_own_line():
    # huaian-growth-rules-2022 (DOCX)
    meta = _meta("《关于进一步帮助市场主体纾困解难着力稳定经济增长的具体实施细则》\n为深入贯彻落实省政府《关于…的若干政策措施》"
                 "精神,制定本实施细则。\n一、落实财税支持政策\n1.积极争取省级专项资金。\n")
    assert meta.title == "关于进一步帮助市场主体纾困解难着力稳定经济增长的具体实施细则"


def test_a_reports_delivery_line_with_its_speaker_run_on_or_broken_or_dated_in_words():
    # chongqing-gov-report-2026: the speaker after the delivery line on its line
    meta = _meta("重庆市人民政府工作报告\n——2026年1月28日在重庆市第六届人民代表大会第四次会议上重庆市人民政府市长 胡衡华\n"
                 "现在,我代表市人民政府向大会报告工作。\n")
    assert meta.issue_date == dt.date(2026, 1, 28)
    # shanghai-gov-report-2026: heading, delivery line and speaker run together
    meta = _meta("政府工作报告 ——2026年2月3日在上海市第十六届人民代表大会第四次会议上 上海市市长 龚正 各位代表: 现在,我代表上海市"
                 "人民政府向大会报告工作。\n")
    assert meta.issue_date == dt.date(2026, 2, 3)
    # jinhua-gov-report-2025: a newspaper's date above, the delivery day in words
    meta = _meta("2025年01月27日\n浙江日报 数字报纸\n政府工作报告\n二○二五年一月二十日在金华市第八届人民代表大会第五次会议上\n"
                 "金华市市长 张健\n各位代表:\n")
    assert meta.issue_date == dt.date(2025, 1, 20)
    # hanbin-gov-report-2025: the delivery line broken over two lines names the district
    meta = _meta("2025年3月21日在汉滨区第十九届\n人民代表大会第四次会议上\n汉滨区人民政府区长 张三\n各位代表:\n"
                 "现在,我代表区人民政府,向大会报告工作。\n")
    assert (meta.issue_date, meta.admin_level, meta.region) == (dt.date(2025, 3, 21), COUNTY, "陕西省安康市汉滨区")
    # its page's facts name the file (文件名称)
    text = ("文件名称 | 汉滨区2025年政府工作报告 | |\n索引号 | /2025-0000 | 公开目录: | 工作报告\n"
            "2025年3月21日在汉滨区第十九届\n人民代表大会第四次会议上\n各位代表:\n")
    assert extract_metadata(clean_text(text).text, text_field_hints(text)).title == "汉滨区2025年政府工作报告"


def test_a_digest_names_the_government_its_speaker_delivered_the_work_report_for():
    # guoluo-gov-report-2023: a radio site's digest (代表X作工作报告)
    meta = _meta("央广网果洛2月26日消息(记者汪晓青)2月26日,果洛藏族自治州第十五届人民代表大会第四次会议开幕。"
                 "果洛州人民政府州长叶万彬代表果洛州人民政府作工作报告。\n报告指出,2022年是极不平凡的一年。\n")
    assert (meta.issuer, meta.admin_level, meta.region) == ("果洛州人民政府", PREFECTURE, "青海省果洛藏族自治州")


def test_the_news_of_a_congress_dates_the_report_by_the_year_its_targets_are_for_after_a_comma():
    # zhongshan-gov-report-targets-2025 (dev-ca): 报告指出,2025年,中山全市经济社会发展主要预期目标是
    meta = _meta("3月27日上午,中山市第十六届人民代表大会第五次会议在中山市文化艺术中心开幕,会议听取和审议了中山市人民政府工作报告。\n"
                 "报告指出,2025年,中山全市经济社会发展主要预期目标是:地区生产总值增长5.5%。\n")
    assert (meta.issue_date, meta.region) == (dt.date(2025, 3, 27), "广东省中山市")


def test_a_reading_page_that_names_the_plan_it_explains_is_titled_and_placed_by_it():
    # jiajiang-air-quality-plan-2023 (dev-bz): a 解读 page, no heading of its own
    meta = _meta("为深入打好大气污染防治攻坚战,持续改善我县空气质量,印发实施《夹江县空气质量达标三年攻坚行动方案(2023-2025年)》,"
                 "现就有关事项解读如下。\n一、制定依据\n我县为全省空气质量不达标县。\n")
    assert (meta.title, meta.admin_level, meta.region) == (
        "夹江县空气质量达标三年攻坚行动方案(2023-2025年)", COUNTY, "四川省乐山市夹江县")


def test_a_dated_lead_naming_a_notice_in_quotes_and_its_number_gives_title_number_and_day():
    # national-equipment-renewal-news-2025: the lead's date, the bodies, 下发, the notice's title in quotes, its 文号
    meta = _meta("2025年1月8日,国家发展改革委、财政部下发“关于2025年加力扩围实施大规模设备更新和消费品以旧换新政策的通知”"
                 "(发改环资〔2025〕13号),采取多项措施加力扩围实施“两新”政策。\n")
    assert (meta.title, meta.issuer, meta.doc_number, meta.issue_date, meta.admin_level) == (
        "关于2025年加力扩围实施大规模设备更新和消费品以旧换新政策的通知", "国家发展改革委、财政部", "发改环资〔2025〕13号",
        dt.date(2025, 1, 8), NATIONAL)
    # a lead's date names the day only where the lead opens with it: a date later in the sentence is no issue date
    meta = _meta("国家发展改革委、财政部下发“关于2025年加力扩围实施大规模设备更新和消费品以旧换新政策的通知”,"
                 "2025年1月8日起施行。\n")
    assert meta.issue_date is None


def test_a_lead_s_day_without_its_year_is_dated_by_the_day_the_page_was_published():
    # hubei-ecology-work-points-2023 (dev-cj): 2月7日,…发布《X》 on a page published 2023-02-17
    text = "2月7日,湖北省生态环境厅发布《2023年全省生态环境工作要点》,安排27项重点工作。\n推进生态环境重大工程实施。\n"
    published = {"page_publish_date": "2023-02-17"}
    meta = extract_metadata(clean_text(text).text, published)
    assert (meta.title, meta.issue_date) == ("2023年全省生态环境工作要点", dt.date(2023, 2, 7))
    # published early in January: the day is the year before's; long before the page: no date; no page date: none
    assert extract_metadata(clean_text(text.replace("2月7日", "12月28日")).text,
                            {"page_publish_date": "2023-01-05"}).issue_date == dt.date(2022, 12, 28)
    assert extract_metadata(clean_text(text.replace("2月7日", "8月7日")).text, published).issue_date is None
    assert _meta(text).issue_date is None


def test_a_number_after_a_forwarded_notice_s_title_is_not_the_forwarding_notice_s():
    from gongwen.metadata.doc_numbers import find_doc_number
    lines = ["关于转发《国务院关于加快发展的通知》(国发〔2020〕1号)的通知", "各县人民政府:"]
    assert find_doc_number(lines, None, None, "关于转发《国务院关于加快发展的通知》的通知") is None


def test_a_press_conference_introducing_a_plan_by_a_short_name_titles_the_page_by_it():
    # shanghai-15th-plan-outline-news-2026 (dev-fl): 举行新闻发布会,介绍《X》(以下简称《纲要》)有关情况
    meta = _meta("上海:到2035年基本建成具有世界影响力的社会主义现代化国际大都市\n"
                 "上证报中国证券网讯2月11日,上海市政府新闻办举行新闻发布会,介绍《上海市国民经济和社会发展第十五个五年规划纲要》"
                 "(以下简称《纲要》)有关情况。\n《纲要》指出,“十五五”时期是上海乘势而上的全面发力期。\n")
    assert meta.title == "上海市国民经济和社会发展第十五个五年规划纲要"
    # a document a page mentions introducing something else, without a short name, titles nothing
    assert _meta("上海:新闻发布会举行\n市政府新闻办举行新闻发布会,介绍《上海市志》编纂的做法和成效。\n").title != "上海市志"


def test_a_yearly_report_saying_it_is_published_names_itself():
    # tianshui-zhangjiachuan-lianwu-opengov-report-2025, hegang-suibin-liansheng-opengov-report-2025 (dev-hc)
    meta = _meta("根据《中华人民共和国政府信息公开条例》相关规定,现向社会公开发布《张家川县连五乡人民政府2025年度政府信息公开"
                 "工作报告》。本报告由总体情况等部分组成。\n一、总体情况\n")
    assert (meta.title, meta.issuer) == ("张家川县连五乡人民政府2025年度政府信息公开工作报告", "张家川县连五乡人民政府")
    meta = _meta("依据《中华人民共和国政府信息公开条例》第五十条规定,特向社会公布2025年连生乡人民政府政府信息公开工作情况"
                 "报告。本报告中所列数据的统计期限自2025年1月1日起。\n一、总体情况\n")
    assert meta.title == "2025年连生乡人民政府政府信息公开工作情况报告"


def test_a_lead_saying_a_body_publicly_released_a_document_names_its_issuer():
    # national-ice-snow-economy-opinion-news-2024 (dev-hd): 国务院办公厅向社会公开发布了《X》
    meta = _meta("2027年我国冰雪经济总规模拟达1.2万亿元\n李静介绍,今日,国务院办公厅向社会公开发布了《关于以冰雪运动高质量"
                 "发展激发冰雪经济活力的若干意见》,非常及时。\n")
    assert (meta.title, meta.issuer, meta.admin_level) == (
        "关于以冰雪运动高质量发展激发冰雪经济活力的若干意见", "国务院办公厅", NATIONAL)


def test_a_page_on_a_press_conference_about_a_document_is_about_that_document():
    # national-housekeeping-consumption-measures-news-2025 (dev-hd): 商务部近日就《X》召开专题新闻发布会
    meta = _meta("加快推进家政服务消费提质升级\n经济日报北京4月20日讯(记者冯其予)商务部近日就《关于促进家政服务消费扩容升级"
                 "若干措施》召开专题新闻发布会,商务部服贸司司长在会上介绍。\n")
    assert meta.title == "关于促进家政服务消费扩容升级若干措施"


def test_a_news_lead_after_a_sentence_of_its_own_names_the_document():
    # national-housekeeping-rural-plan-news-2025 (dev-hd): a spokesperson's sentence, then 近日,商务部会同…印发《X》
    meta = _meta("商务部新闻发言人表示,家政服务业与百姓日常生活密切相关,在促进乡村振兴中发挥着重要作用。近日,商务部会同国家"
                 "发展改革委、农业农村部等9部门印发《2025年家政兴农行动工作方案》,提出重点任务。\n")
    assert (meta.title, meta.admin_level) == ("2025年家政兴农行动工作方案", NATIONAL)
    # a summary's point reporting what a body issued is no lead (city-food-safety-work-summary-2025, dev-fz)
    meta = _meta("一是加强组织领导,压实各方责任。市食药安委印发了《2025年全市食品安全重点工作安排》,明确责任分工。\n"
                 "二是加强统筹协调,细化工作措施。\n")
    assert meta.title is None


def test_a_news_lead_after_a_long_outlets_dateline_names_the_document_and_its_issuers():
    # jiangxi-camellia-oil-plan-2023 (dev-de): 大江网/大江新闻客户端讯 (记者…) 7月28日,记者从省林业局获悉:…联合印发的《X》提出
    meta = _meta("(资料图片)\n大江网/大江新闻客户端讯 (江西日报全媒体记者杨碧玉 实习生曹奇玉)7月28日,记者从省林业局获悉:"
                 "省委办公厅、省政府办公厅7月27日联合印发的《江西省推动油茶产业高质量发展三年行动计划(2023-2025年)》提出,"
                 "到2025年,全省油茶林总面积力争达1988.6万亩。\n")
    assert (meta.title, meta.issuer) == ("江西省推动油茶产业高质量发展三年行动计划(2023-2025年)", "省委办公厅、省政府办公厅")


def test_a_forum_headline_saying_a_body_issued_an_announcement_places_the_page_that_carries_it():
    # gushi-anshan-park-gathering-notice-2021 (dev-aj): 固始县疫情防控指挥部发布通告!… over the 通告 itself
    meta = _meta("信阳网\n查看: 15662|回复: 0\n固始县疫情防控指挥部发布通告!禁止在安山森林公园进行聚集性活动\n"
                 "关于禁止在安山森林公园进行聚集性活动的通告\n为做好疫情防控工作,现就有关事项通告如下:\n一、禁止聚集。\n")
    assert (meta.title, meta.issuer, meta.region) == (
        "关于禁止在安山森林公园进行聚集性活动的通告", "固始县疫情防控指挥部", "河南省信阳市固始县")
    # …not a page whose own document is of another kind than the lead names
    meta = _meta("固始县疫情防控指挥部发布通告!禁止聚集\n关于做好春节期间疫情防控工作的通知\n一、禁止聚集。\n")
    assert meta.issuer is None
