"""Metadata of national documents and of the forms page captures and exports give them: central issuers and
their offices, joint issuers, 政府工作报告, a plan after its 附件 label, a notice title followed by its 文号."""

from __future__ import annotations

import datetime as dt

from gongwen.documents import parse_record
from gongwen.metadata import extract_metadata
from gongwen.normalize import clean_text
from gongwen.reading import read_bytes
from gongwen.reading.text_fields import text_field_hints

BODY = "一、总体要求\n以习近平新时代中国特色社会主义思想为指导,扎实推进各项工作。\n"


def _meta(text: str):
    meta = extract_metadata(text, {})
    return meta.title, meta.issuer, meta.doc_number, meta.issue_date, meta.admin_level, meta.region


def test_joint_ministry_offices_signing_one_above_the_other_are_national():
    text = ("国家发展改革委办公厅 税务总局办公厅关于\n做好2025年享受税收优惠政策的企业名单报送工作的通知\n"
            "发改办高技〔2025〕301号\n各省、自治区、直辖市发展改革委,国家税务总局各省、自治区、直辖市税务局:\n"
            + BODY + "国家发展改革委办公厅\n税务总局办公厅\n2025年4月3日\n")
    assert _meta(text) == (
        "国家发展改革委办公厅 税务总局办公厅关于做好2025年享受税收优惠政策的企业名单报送工作的通知",
        "国家发展改革委办公厅、税务总局办公厅", "发改办高技〔2025〕301号", dt.date(2025, 4, 3), "national", None,
    )


def test_state_council_office_is_national_with_no_region():
    text = ("国务院办公厅关于进一步优化支付服务提升支付便利性的意见\n国办发〔2024〕10号\n"
            "各省、自治区、直辖市人民政府,国务院各部委、各直属机构:\n" + BODY + "国务院办公厅\n2024年3月1日\n")
    assert _meta(text) == ("国务院办公厅关于进一步优化支付服务提升支付便利性的意见", "国务院办公厅",
                           "国办发〔2024〕10号", dt.date(2024, 3, 1), "national", None)


def test_a_ministry_office_alone_is_national():
    text = "财政部办公厅关于做好2025年政府采购工作的通知\n" + BODY + "财政部办公厅\n2025年1月6日\n"
    assert _meta(text)[1:] == ("财政部办公厅", None, dt.date(2025, 1, 6), "national", None)


def test_joint_issuers_written_side_by_side_before_guanyu_when_unsigned():
    text = "国家发展改革委 国家能源局关于深化提升\n“获得电力”服务水平的意见\n各省、自治区、直辖市发展改革委、能源局:\n" + BODY
    assert _meta(text)[:2] == ("国家发展改革委 国家能源局关于深化提升“获得电力”服务水平的意见",
                               "国家发展改革委、国家能源局")


def test_national_government_work_report_speaks_for_the_state_council():
    text = ("政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n国务院总理 李强\n各位代表:\n"
            "现在,我代表国务院,向大会报告政府工作,请予审议,并请全国政协委员提出意见。\n一、2023年工作回顾\n")
    assert _meta(text) == ("政府工作报告", "国务院", None, dt.date(2024, 3, 5), "national", None)


def test_report_without_its_heading_takes_the_export_title_and_the_speakers_government():
    text = "各位代表:\n现在,我代表国务院,向大会报告政府工作,请予审议。\n一、2024年工作回顾\n去年经济运行总体平稳。\n"
    meta = extract_metadata(text, {"title": "2025年国务院政府工作报告"})
    assert (meta.title, meta.issuer, meta.admin_level, meta.region) == (
        "2025年国务院政府工作报告", "国务院", "national", None)


def test_plan_after_its_annex_label_is_titled_without_the_label():
    text = ("附件1\n上海市推进城市更新行动方案\n为推进城市更新,制定本方案。\n" + BODY)
    assert _meta(text)[0] == "上海市推进城市更新行动方案"


def test_notice_title_followed_by_its_number_names_the_plan_and_the_number():
    text = ("四川省发展和改革委员会\n关于印发《四川省深化新能源上网电价市场化改革实施方案》的通知(川发改价格〔2025〕480号)\n"
            "各市(州)发展改革委:\n现将《四川省深化新能源上网电价市场化改革实施方案》印发给你们,请认真贯彻执行。\n"
            "四川省发展和改革委员会\n四川省能源局\n2025\n年\n9\n月\n29\n日\n"
            "四川省深化新能源上网电价市场化改革\n实施方案\n" + BODY)
    assert _meta(text) == ("四川省深化新能源上网电价市场化改革实施方案", "四川省发展和改革委员会、四川省能源局",
                           "川发改价格〔2025〕480号", dt.date(2025, 9, 29), "province", "四川省")


SHANGHAI_EXPORT = """# 上海市人民政府办公厅关于印发上海市推进城市更新行动方案的通知

**发布日期**: 2025-03-14
**发布机构**: 上海市人民政府办公厅
**原文链接**: https://www.shanghai.gov.cn/nw12344/20250314/0001.html

各区人民政府,市政府各委、办、局:

经市政府同意,现将此方案印发给你们,请认真按照执行。

附件1

上海市推进城市更新行动方案

为推进城市更新,提升城市品质,制定本方案。

一、总体要求

坚持以人民为中心,统筹推进城市更新。
"""

PAGE_CAPTURE = """四川省发展和改革委员会
公文种类：
通知
发布机构：
四川省发展和改革委员会 四川省能源局
成文日期：
2025-09-29
四川省深化新能源上网电价市场化改革实施方案
为全面贯彻落实党的二十届三中全会精神,深化新能源上网电价市场化改革,制定本方案。
一、总体目标
推动新能源上网电量全部进入电力市场。
"""


def test_markdown_export_metadata_block_gives_date_issuer_and_link_the_body_lacks():
    record = read_bytes("shanghai.md", SHANGHAI_EXPORT.encode(), ".md")[0]
    parsed = parse_record(record)
    meta = parsed.meta
    assert (meta.title, meta.issuer, meta.issue_date, meta.admin_level, meta.region) == (
        "上海市推进城市更新行动方案", "上海市人民政府办公厅", dt.date(2025, 3, 14), "province", "上海市")
    assert record.hints["source_url"] == "https://www.shanghai.gov.cn/nw12344/20250314/0001.html"


def test_disclosure_labels_with_their_values_on_the_next_line_give_date_and_joint_publishers():
    record = read_bytes("sichuan.txt", PAGE_CAPTURE.encode(), ".txt")[0]
    assert record.hints == {"publisher": "四川省发展和改革委员会 四川省能源局", "written_date": "2025-09-29"}
    meta = parse_record(record).meta
    assert (meta.title, meta.issuer, meta.issue_date, meta.admin_level) == (
        "四川省深化新能源上网电价市场化改革实施方案", "四川省发展和改革委员会、四川省能源局", dt.date(2025, 9, 29),
        "province")


def test_a_ministry_page_without_its_header_that_speaks_for_the_nation_is_national():
    # dev-n national-grass-livestock-2016: the page keeps the body only; it says 全国/我国 throughout
    said = "我国草牧业发展迅速,全国草原面积大。" * 5
    assert _meta("2015年,中央一号文件提出要加快发展草牧业。" + said + "\n" + BODY)[4:] == ("national", None)
    # …but not a province's text that says 全国 as often and 全省 once: a province's, as the last resort reads it
    assert _meta(said + "全省各地要抓好落实。\n" + BODY)[4] == "province"


def test_a_body_named_by_its_citys_short_name_gives_the_city():
    # dev-o hangzhou-provident-fund-housing-count-2024
    text = ("杭州住房公积金管理委员会关于调整住房公积金贷款家庭住房套数认定标准有关政策的通知\n杭房公委〔2024〕2号\n"
            + BODY + "杭州住房公积金管理委员会\n2024年5月15日\n")
    assert _meta(text)[4:] == ("prefecture", "浙江省杭州市")
    # a body whose name opens with no division's short name gives none; 省直… says its level alone
    assert _meta(text.replace("杭州", "省直"))[4:] == ("province", None)
    assert _meta(text.replace("杭州", "直属"))[4:] == ("unknown", None)


def test_an_addressee_named_by_the_senders_short_name_gives_the_senders_city():
    # dev-n fuzhou-nursing-homes-2021: no issuer, no place in the title; the addressees are the city's
    text = ("印发推动乡镇敬老院高质量发展十条措施的通知\n各县(区)人民政府、抚州高新区管委会、东临新区管委会,市政府各部门:\n"
            + BODY)
    assert _meta(text)[4:] == ("prefecture", "江西省抚州市")


def test_a_notice_line_without_the_book_marks_of_its_plans_heading_finds_the_heading():
    # dev-o anhui-rcep-opening-2022 (北大法宝 export)
    text = ("省开放办关于印发安徽省关于加快对接区域全面经济伙伴关系协定(RCEP)经贸新规则实施意见的通知\n(皖开放办〔2022〕6号)\n"
            "省有关单位:\n现印发给你们,请认真贯彻执行。\n省开放办\n2022年3月23日\n"
            "安徽省关于加快对接《区域全面经济伙伴关系协定》(RCEP)经贸新规则实施意见\n" + BODY)
    assert _meta(text)[0] == "安徽省关于加快对接《区域全面经济伙伴关系协定》(RCEP)经贸新规则实施意见"


def test_ministries_signing_by_department_over_two_cover_lines_and_a_letter_spaced_signature():
    # dev-r national-rational-drug-use-2020 (DOCX): 卫生健康委, 医保局, 药监局 sign without 国家 beside 教育部;
    # the printed heading has 关于 and a slip (促合理用药) the cover's 《》 does not
    text = ("卫生健康委 教育部 财政部 人力资源社会保障部\n医保局 药监局关于印发加强医疗机构药事管理\n"
            "促进合理用药的意见的通知\n（国卫医发〔2020〕2 号）\n各省、自治区、直辖市人民政府，新疆生产建设兵团：\n"
            "经国务院同意，现将《关于加强医疗机构药事管理促进合理用药 的意见》印发给你们，请认真贯彻执行。\n"
            "卫生健康委 教 育 部\n财 政 部 人力资源社会保障部\n医 保 局 药 监 局\n2020年2月21日\n"
            "关于加强医疗机构药事管理促合理用药的意见\n" + BODY)
    meta = extract_metadata(parse_record(read_bytes("x.txt", text.encode(), ".txt")[0]).clean.text, {})
    assert (meta.title, meta.issuer, meta.admin_level, meta.region) == (
        "关于加强医疗机构药事管理促合理用药的意见", "卫生健康委、教育部、财政部、人力资源社会保障部、医保局、药监局",
        "national", None)


def test_a_province_that_calls_itself_so_and_names_only_its_own_cities():
    # dev-q jiangxi-yingtan-port-plan-approval-2020: a 批复 to a city, unsigned in the capture
    text = ("鹰潭市人民政府：\n你市《关于恳请批复鹰潭港总体规划的请示》收悉。现批复如下。\n"
            "一、原则同意《鹰潭港总体规划》。鹰潭港是我省地区性重要港口，是鹰潭市发展临港产业的重要平台。\n")
    assert _meta(text)[4:] == ("province", "江西省")
    # two provinces named (与浙江、福建等周边省份): none is chosen
    assert _meta(text.replace("鹰潭市发展", "浙江、福建发展"))[5] is None


def test_a_plans_heading_whose_second_line_holds_its_period_and_the_rest_of_its_title():
    # national-tcm-strategy-division-plan-2017 (dev-by): 纲要 ends the first line, the second carries on after the period
    meta = extract_metadata("各省、自治区、直辖市人民政府:\n"
                 "为贯彻落实《国务院关于印发中医药发展战略规划纲要(2016—2030年)的通知》(国发〔2016〕15号),现将实施分工方案"
                 "印发给你们,请认真落实。\n附件:中医药发展战略规划纲要(2016—2030年)实施分工方案\n"
                 "国务院中医药工作部际联席会议办公室\n2017年2月10日\n"
                 "中医药发展战略规划纲要\n(2016—2030年)实施分工方案\n一、切实提高中医医疗服务能力\n", {})
    assert meta.title == "中医药发展战略规划纲要(2016—2030年)实施分工方案"


def test_offices_of_ministries_named_after_their_field_sign_as_central_bodies():
    # national-miit-mof-tech-transformation-pilots-2025 (dev-cr): two 司 signing a 公示, run together on one line
    _, issuer, _, _, level, _ = _meta("现将上述结果予以公示,公示期为2025年4月29日—2025年5月8日。\n"
                                      "工业和信息化部规划司财政部经济建设司\n2025年4月29日\n")
    assert (issuer, level) == ("工业和信息化部规划司、财政部经济建设司", "national")
    # national-forestry-disclosure-catalog-2019 (dev-cr): no signature, a title opening with a central body; the page's
    # <title> element is chrome
    text = ("<title>title 国家林业和草原局主动公开基本目录_主动公开目录_某某网\n国家林业和草原局主动公开基本目录\n"
            "类别\t工作事项\t公开内容\n1.政务概况\t主要职责\t国家林业和草原局主要职责\n")
    title, _, _, _, level, region = _meta(clean_text(text).text)
    assert (title, level, region) == ("国家林业和草原局主动公开基本目录", "national", None)


def test_ministries_signing_run_together_over_several_lines_are_read_apart_each_whole():
    # national-antiepidemic-goods-rectification-2020 (dev-cz): seven signing bodies laid out three to a line in a PDF
    _, issuer, _, _, level, _ = _meta("现印发专项整治行动方案,请结合本地区实际情况,认真执行。\n"
                                      "市场监管总局国家发展改革委工业和信息化部\n公安部商务部海关总署\n药监局\n2020年5月11日\n")
    assert (issuer, level) == ("市场监管总局、国家发展改革委、工业和信息化部、公安部、商务部、海关总署、药监局", "national")


def test_a_page_s_field_table_gives_the_文号_as_文件号_and_the_date_as_制发日期():
    # national-sme-relief-2021 (dev-cz): a mirror of gov.cn's field table, saved as a Word table
    text = ("发布机构\t国务院办公厅\n文件号\t国办发〔2021〕45号\t制发日期\t2021-11-10\n"
            "各省、自治区、直辖市人民政府,国务院各部委、各直属机构:\n一、加大纾困资金支持力度。鼓励地方安排中小企业纾困资金。\n")
    meta = extract_metadata(clean_text(text).text, text_field_hints(text))
    assert (meta.doc_number, meta.issue_date) == ("国办发〔2021〕45号", dt.date(2021, 11, 10))


def test_joint_issuers_heading_a_notice_over_several_lines_are_all_its_issuers():
    # seven bodies over two lines above 关于印发…的通知, spaced on one and run together on another; the text is cut
    # before its signature
    text = ("农业农村部 最高人民法院 最高人民检察院\n工业和信息化部 公安部 国家市场监督管理总局 中华全国供销合作总社\n"
            "关于印发《2024年全国农资打假和监管工作要点》的通知\n各省、自治区、直辖市农业农村(农牧)厅(局、委):\n" + BODY)
    assert _meta(text)[1] == ("农业农村部、最高人民法院、最高人民检察院、工业和信息化部、公安部、国家市场监督管理总局、"
                              "中华全国供销合作总社")
    text = "市场监管总局国家发展改革委\n公安部商务部\n关于印发《专项整治行动方案》的通知\n各省、自治区、直辖市市场监管局:\n" + BODY
    assert _meta(text)[1] == "市场监管总局、国家发展改革委、公安部、商务部"


def test_most_joint_issuers_central_make_a_national_document_whatever_the_place_another_names():
    # national-three-offices-winter-sports-carnival-2021 (dev-do): 北京冬奥组委 signs beside two ministries' offices
    text = ("教育部办公厅 国家体育总局办公厅\n北京冬奥组委秘书行政部关于举办全国学校冰雪运动竞赛的通知\n教体艺厅函〔2021〕45号\n"
            "各省、自治区、直辖市教育厅(教委)、体育局:\n" + BODY + "教育部办公厅 国家体育总局办公厅 北京冬奥组委秘书行政部\n2021年10月25日\n")
    assert _meta(text)[1:] == ("教育部办公厅、国家体育总局办公厅、北京冬奥组委秘书行政部", "教体艺厅函〔2021〕45号",
                               dt.date(2021, 10, 25), "national", None)


def test_a_ministrys_year_in_review_without_its_header_is_national():
    # national-mot-rule-of-law-report-2022 (dev-ej), national-mee-rule-of-law-report-2017 (dev-bb): the reports' pages
    # keep their bodies only, whose first sentence has the ministry doing its year's work
    review = ("2022年,在党中央、国务院的领导下,交通运输部以习近平新时代中国特色社会主义思想为指导,深入学习宣传贯彻党的二十大精神。\n"
              "一、深入学习贯彻党的二十大精神\n")
    assert _meta(review)[1:] == (None, None, None, "national", None)
    assert _meta("2017年,原环境保护部深入学习宣传贯彻党的十九大精神。\n一、依法全面履行政府职能\n")[4] == "national"
    # …not one whose subject is a department named by its field (交通运输部门) or a province's
    assert _meta(review.replace("交通运输部", "交通运输部门"))[4] == "unknown"
    assert _meta(review.replace("交通运输部", "省交通运输厅"))[4] != "national"


def test_the_news_of_the_premiers_report_is_national():
    # national-gov-report-targets-news-2025 (dev-eo): a news agency's digest of the report's targets
    news = ("中新社北京3月5日电题:“数”看2025年政府工作报告\n中新社记者 胡默达\n"
            "国内生产总值(GDP)增长5%左右、城镇新增就业1200万人以上……\n"
            "十四届全国人大三次会议5日开幕,中国国务院总理李强作政府工作报告,其中提到的这一组关键数字传递出信心。\n")
    assert _meta(news)[4:] == ("national", None)
    # a province's governor delivering its own is not
    assert _meta(news.replace("中国国务院总理李强", "省长王凯"))[4] != "national"


def test_a_heading_printing_the_title_in_book_marks_after_its_issuers_gives_both():
    # national-private-economy-measures-2023 (dev-ez): 国家发展改革委等部门《关于…的通知》 over its 文号 and addressees
    meta = extract_metadata("国家发展改革委等部门《关于实施促进民营经济发展近期若干举措的通知》\n发改体改〔2023〕1054号\n"
                 "司法部、人力资源社会保障部、自然资源部:\n为深入贯彻党中央、国务院关于促进民营经济发展壮大的决策部署,现提出以下措施。\n"
                 "一、促进公平准入\n", {})
    assert (meta.title, meta.issuer, meta.admin_level) == (
        "关于实施促进民营经济发展近期若干举措的通知", "国家发展改革委等部门", "national")
    # what stands before 《X》 must be issuing bodies: 学习贯彻《X》 is a sentence's verb, not its issuer
    assert _meta("学习贯彻《关于实施促进民营经济发展近期若干举措的通知》\n一、促进公平准入\n")[1] is None


def test_a_cover_notice_naming_its_document_with_an_aside_after_it_names_the_title():
    # national-childcare-center-guide-2021 (dev-cz): 我委组织制定了《X》(可从国家卫生健康委网站下载)。现印发给你们
    meta = extract_metadata("各省、自治区、直辖市卫生健康委:\n为指导地方做好项目申报工作,我委组织制定了《托育综合服务中心建设指南(试行)》"
                            "(可从国家卫生健康委网站下载)。现印发给你们,请遵照执行。\n国家卫生健康委办公厅\n2021年12月30日\n", {})
    assert (meta.title, meta.issuer) == ("托育综合服务中心建设指南(试行)", "国家卫生健康委办公厅")


def test_a_text_placing_nothing_that_cites_the_central_leadership_again_and_again_is_national():
    # national-legislation-plan-2016 (dev-cz), national-port-trade-facilitation-notice-2021 (dev-hd): a page of the
    # body of a national document, without its header
    text = ("为落实党中央、国务院决策部署,深化改革,现提出以下意见。\n一、总体要求\n"
            "坚持以习近平新时代中国特色社会主义思想为指导,认真落实国务院部署。\n")
    assert _meta(text)[4] == "national"
    # cited once or twice, the leadership places a local text nowhere
    assert _meta("为落实党中央、国务院决策部署,现提出以下意见。\n一、总体要求\n")[4] == "unknown"
