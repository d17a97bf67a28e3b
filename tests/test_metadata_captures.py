"""Metadata of national and provincial documents as page captures leave them (gongwen issue 9, dev-j): a
joint title and signature broken over lines, a 文号 broken at its numbers, a body named by its level."""

from __future__ import annotations

import datetime as dt

from gongwen.metadata import extract_metadata
from gongwen.metadata.doc_numbers import find_doc_number, normalize_doc_number
from gongwen.metadata.jurisdiction import find_region
from gongwen.metadata.signatures import find_signature
from gongwen.normalize import clean_text
from gongwen.reading.text_fields import text_field_hints
from gongwen.vocabulary import NATIONAL

# 国家发展改革委办公厅 国家能源局综合司关于做好电力现货市场试点连续试结算相关工作的通知, as the ndrc.gov.cn
# capture lays it out: the joint title over four lines, the 落款 with one body's name broken in two.
_SPOT_SETTLEMENT = """国家发展改革委办公厅
国家能源局综合司关于
做好电力现货市场试点连续试结算
相关工作的通知
发改办能源规〔2020〕245号
山西省、浙江省、山东省、广东省能源局，国家电网有限公司、中国南方电网有限责任公司，各电力交易中心，各相关市场主体：
为落实《中共中央
国务院关于进一步深化电力体制改革的若干意见》（中发〔2015〕9号）及其配套文件精神，现就做好相关工作通知如下。
一、高度重视电力现货市场试点连续试结算相关工作
（一）电力现货市场试点是电力市场化的关键改革。
四、附则
（十五）本通知自发布之日起施行，有效期2年。
国家发展
改革委办公厅
国家能源局综合司
2020年3月26日
"""


def _meta(text: str):
    return extract_metadata(clean_text(text).text, {})


def test_a_joint_title_whose_first_body_stands_on_a_line_of_its_own_keeps_it():
    meta = _meta(_SPOT_SETTLEMENT)
    assert meta.title == "国家发展改革委办公厅国家能源局综合司关于做好电力现货市场试点连续试结算相关工作的通知"


def test_a_signing_body_whose_name_a_page_broke_over_two_lines_is_read_whole():
    meta = _meta(_SPOT_SETTLEMENT)
    assert (meta.issuer, meta.issue_date, meta.admin_level) == (
        "国家发展改革委办公厅、国家能源局综合司", dt.date(2020, 3, 26), "national")


def test_a_closing_phrase_above_a_signature_is_no_part_of_a_name():
    lines = ["（十五）本通知自发布之日起施行。", "特此通知", "国家能源局", "2020年3月26日"]
    assert find_signature(lines)[0] == "国家能源局"


# 内蒙古自治区发展改革委 能源局关于印发《深化蒙东电网新能源上网电价市场化改革实施方案》的通知, nyj.nmg.gov.cn
# capture: each inline span on a line of its own.
_MENGDONG_HEAD = ["内蒙古自治区发展改革委 能源局关于印发《深化蒙东电网新能源上网电价市场化改革实施方案》的通知",
                  "内发改价费字〔", "2025", "〕", "661", "号",
                  "赤峰市、通辽市、呼伦贝尔市、兴安盟、满洲里市发展改革委、能源局，"]


def test_a_doc_number_a_capture_broke_at_its_brackets_and_numbers_is_read_whole():
    assert find_doc_number(_MENGDONG_HEAD, None) == "内发改价费字〔2025〕661号"


def test_a_doc_number_line_printed_without_its_hao_is_the_number_as_printed_and_no_title_part():
    # 西丰县发展和改革局's 批复 as its page prints it: the page's heading, the number without 号, the title in two lines.
    lines = ["西丰县发改局-批准结果信息-政府投资项目可行性研究报告审批-《关于西丰县天然林围栏封育项目 可行性研究报告的批复》",
             "西发改审[2023]71", "关于西丰县天然林围栏封育项目", "可行性研究报告的批复", "西丰县林业局",
             "你单位《关于西丰县天然林围栏封育项目可行性研究报告的请示》已收悉，批复如下："]
    assert find_doc_number(lines, None) == "西发改审〔2023〕71"
    assert extract_metadata("\n".join(lines), {}).title == "关于西丰县天然林围栏封育项目可行性研究报告的批复"
    # a number a capture broke into pieces is still read up to its 号
    assert find_doc_number(["内发改价费字〔", "2025", "〕", "661", "号"], None) == "内发改价费字〔2025〕661号"


def test_a_cited_doc_number_broken_the_same_way_is_not_the_documents_own():
    lines = ["为贯彻落实国家发展改革委、国家能源局《关于深化新能源上网电价市场化改革",
             "促进新能源高质量发展的通知》（发改价格〔", "2025", "〕", "136", "号）文件精神，我们组织制定了实施方案。"]
    assert find_doc_number(lines, None) is None


# 市工业和信息化局关于做好天津市2025年电力市场化交易工作的通知 (津工信电力〔2024〕21号): the body names itself
# by its level alone, the title names its city.
_TIANJIN = """市工业和信息化局关于做好天津市2025年电力市场化交易工作的通知
北京电力交易中心有限公司、国家电网华北分部、国网天津市电力公司、天津电力交易中心有限公司，各有关市场主体：
为深入推进电力市场建设，稳妥开展天津市2025年电力市场化交易工作，现将有关事项通知如下：
一、天津地区2025年电力市场化直接交易电量总规模暂定为345亿千瓦时（含绿电交易）。
二、任何单位或个人不得非法干预市场。
2024年11月11日
"""


def test_a_body_named_by_its_level_alone_is_the_one_of_the_division_its_title_names():
    meta = _meta(_TIANJIN)
    assert (meta.issuer, meta.region, meta.admin_level) == ("天津市工业和信息化局", "天津市", "province")


def test_a_body_named_by_its_level_alone_stays_so_when_the_title_names_no_division():
    # the issuer stays as printed; the 市 the text names throughout (天津 four times) is its place
    meta = _meta(_TIANJIN.replace("做好天津市2025年", "做好2025年"))
    assert (meta.issuer, meta.region) == ("市工业和信息化局", "天津市")
    meta = _meta(_TIANJIN.replace("做好天津市2025年", "做好2025年").replace("天津", "本"))
    assert (meta.issuer, meta.region) == ("市工业和信息化局", None)


def test_a_body_above_a_title_that_does_not_open_with_another_body_heads_no_title():
    from gongwen.metadata.titles import title_above_addressees
    lines = ["国家能源局", "电力现货市场建设工作方案", "国能发〔2025〕1号", "各省、自治区、直辖市发展改革委、能源局："]
    assert title_above_addressees(lines) == "电力现货市场建设工作方案"


def test_a_pages_own_heading_above_the_title_is_not_part_of_it():
    # sichuan-policy-inspection-2014 (dev-k): the page's section heading, then the notice's title
    text = ("接访信息详情\n关于立即开展落实民生19项核查点情况意见通知\n"
            "各市(州)、县(市、区)人民政府,省政府各部门、各直属机构:\n现就有关工作通知如下。\n")
    assert extract_metadata(text, {}).title == "关于立即开展落实民生19项核查点情况意见通知"
    joint = "国家发展改革委 国家能源局\n关于做好电力现货市场工作的通知\n各省、自治区、直辖市发展改革委:\n"
    assert extract_metadata(joint, {}).title == "国家发展改革委 国家能源局关于做好电力现货市场工作的通知"


# A provincial party committee's and government's joint opinion as a Markdown capture gives it (dev-l): the
# two bodies written together before 关于, the date in brackets closing the title line.
_JOINT_OPINION = """标题:中共广东省委广东省人民政府关于支持中山加快高质量发展的意见 (2025年9月11日)
发布日期:2026-04-17
为深入实施《粤港澳大湾区发展规划纲要》，现提出如下意见。
一、总体要求
坚持以习近平新时代中国特色社会主义思想为指导。
"""


def _with_field_hints(text: str):
    return extract_metadata(clean_text(text).text, text_field_hints(text))


def test_two_bodies_of_one_jurisdiction_written_together_before_a_title_are_joint_issuers():
    meta = _with_field_hints(_JOINT_OPINION)
    assert meta.issuer == "中共广东省委、广东省人民政府"
    assert (meta.admin_level, meta.region) == ("province", "广东省")


def test_a_bracketed_date_closing_the_title_line_is_the_documents_date_not_the_pages():
    meta = _with_field_hints(_JOINT_OPINION)
    assert meta.title == "中共广东省委广东省人民政府关于支持中山加快高质量发展的意见"
    assert meta.issue_date == dt.date(2025, 9, 11)


def test_an_export_block_dated_by_adoption_gives_the_documents_date():
    text = "标题：中共广东省委关于深入推进绿美广东生态建设的决定\n通过或发布日期：2022年12月8日通过\n\n为深入贯彻习近平生态文明思想，现作出如下决定。\n"
    assert _with_field_hints(text).issue_date == dt.date(2022, 12, 8)


# dev-s: a housing-fund committee's page whose 文号 is only in the link to its PDF, a 公告 asking for comments
# on a draft attached below it, a county-level city's notice that names its place only where it applies.
DONGGUAN_PAGE = (
    "关于调整部分住房公积金贷款和提取规定的通知\n各住房公积金缴存职工：\n"
    "经市住房公积金管理委员会四届五次会议审议通过，我市住房公积金贷款和提取规定作出以下调整：\n"
    "一、调整最高贷款额度。首套房最高贷款额度由120万元调整为90万元。\n二、停止受理物业管理费提取。\n"
    "特此通知\n东莞市住房公积金管理委员会\n2020年9月22日\n"
    "PDF文件查看：东公积金委〔2020〕2号关于调整部分住房公积金贷款和提取规定的通知\n"
)


def test_a_doc_number_written_right_before_the_documents_own_title_is_its_number():
    meta = extract_metadata(clean_text(DONGGUAN_PAGE).text, {})
    assert (meta.title, meta.doc_number) == ("关于调整部分住房公积金贷款和提取规定的通知", "东公积金委〔2020〕2号")
    # a number before another document's title, or before the title in 《》, is a citation
    cited = DONGGUAN_PAGE.replace("PDF文件查看：东公积金委〔2020〕2号关于调整部分", "依据东公积金委〔2019〕5号《关于调整部分")
    assert extract_metadata(clean_text(cited).text, {}).doc_number is None


def test_a_notice_asking_for_comments_on_a_draft_is_titled_by_the_draft_attached_below_it():
    text = ("贵阳市住房公积金管理中心关于《住房公积金服务贵安新区高质量发展的十条措施（征求意见稿）》公开征求意见的公告\n"
            "为更好服务贵安新区高质量发展，我中心起草了《住房公积金服务贵安新区高质量发展的十条措施（征求意见稿）》，"
            "现向社会公开征求意见。\n附件：住房公积金服务贵安新区高质量发展的十条措施（征求意见稿）\n"
            "贵阳市住房公积金管理中心\n2023年6月25日\n附件\n住房公积金服务贵安新区高质量\n发展的十条措施\n"
            "（征求意见稿）\n一、实行公积金贷款专项发放。对在贵安新区购买商品住房申请公积金贷款的，实行专项资金发放。\n")
    meta = extract_metadata(clean_text(text).text, {})
    assert (meta.title, meta.issuer, meta.region) == (
        "住房公积金服务贵安新区高质量发展的十条措施", "贵阳市住房公积金管理中心", "贵州省贵阳市")
    assert meta.notice_title.startswith("贵阳市住房公积金管理中心关于《住房公积金服务")


def test_the_one_division_a_document_applies_within_is_its_jurisdiction():
    text = ("关于调整住房公积金贷款首付比例的通知\n为满足缴存职工购房贷款合理需求，结合我市实际，现作如下调整:\n"
            "一、在定州市行政区域内，购买首套住房的，首付款比例不低于20%。\n二、本政策自发布之日起施行。\n")
    meta = extract_metadata(clean_text(text).text, {})
    assert (meta.admin_level, meta.region) == ("county", "河北省定州市")
    two = text.replace("一、在定州", "一、在保定市辖区内和定州")
    assert extract_metadata(clean_text(two).text, {}).region is None


def test_the_county_level_cities_hebei_administers_itself_stand_under_the_province():
    # dingzhou-housing-fund-downpayment-2024, dingzhou-city-quality-plan-2021: both labelled 河北省定州市
    assert find_region("定州市人民政府").path == "河北省定州市"
    assert find_region("辛集市住房和城乡建设局").path == "河北省辛集市"
    assert find_region("涿州市人民政府").path == "河北省保定市涿州市"


def test_a_body_named_by_its_level_takes_the_place_its_title_names_also_where_a_publisher_field_names_it():
    # dev-j's 天津 PDF: its 信息公开 block (发布机构：天津市工业和信息化局) now gives hints, as a TXT's does
    text = ("市工业和信息化局关于做好天津市2025年电力市场化交易工作的通知\n各有关单位：\n"
            "为做好我市2025年电力市场化交易工作，现将有关事项通知如下。\n一、交易安排\n（一）年度交易。\n"
            "市工业和信息化局\n2024年12月20日\n")
    for hints in ({}, {"publisher": "天津市工业和信息化局"}):
        meta = extract_metadata(clean_text(text).text, hints)
        assert (meta.issuer, meta.region) == ("天津市工业和信息化局", "天津市")


def test_a_newspapers_digest_of_a_report_is_dated_by_its_day_in_the_year_its_title_names():
    # dev-u's 保定 2026 report as a municipal bureau's site carried the newspaper's digest: the day without its year
    text = ("标题：2026年保定市政府工作报告\n发文单位：保定市人民政府\n发文时间：未知\n正文：\n"
            "闫继红在保定市十六届人大七次会议上的政府工作报告（摘登）\n"
            "本报讯 2月4日，市长闫继红在市十六届人大七次会议上作政府工作报告时指出，过去五年，是保定发展史上极不寻常的五年。\n"
            "一、2026年工作安排\n（一）加快建设现代化产业体系。\n")
    meta = _with_field_hints(text)
    assert (meta.title, meta.issue_date) == ("2026年保定市政府工作报告", dt.date(2026, 2, 4))


# 太平镇全面推行河长制实施方案 as a county's 信息公开 page copies its block of facts, label and value cell by cell
# without colons, the page's editor and reviewer among them.
_BARE_LABELS = """索引号
011314160/2025-24496
主题分类
水利
发布机构
广水市太平镇
发文字号
效力状态
有效
发布日期
2025-05-20
编辑
审核
广水毛小波
太平镇全面推行河长制实施方案
为贯彻落实中央和上级政府关于全面推行河湖长制的决策部署，结合太平镇实际制定本方案。
一、实施内容
（一）健全责任体系。建立镇村两级河湖长工作架构。
"""


def test_a_block_of_facts_without_colons_gives_its_hints_and_is_no_part_of_the_title():
    hints = text_field_hints(_BARE_LABELS)
    assert hints["publisher"] == "广水市太平镇" and "doc_number" not in hints
    meta = extract_metadata(clean_text(_BARE_LABELS).text, hints)
    assert meta.title == "太平镇全面推行河长制实施方案"
    assert meta.region == "湖北省随州市广水市太平镇" and meta.admin_level == "county"


def test_a_headline_naming_what_a_body_issued_without_book_marks_gives_title_and_issuer_under_site_chrome():
    # a province's news page: the site's share bar and search box, then the headline, no 《》
    text = ("社交媒体分享\n搜索\n江苏省人民政府办公厅发布进一步加大基础设施领域补短板力度的实施意见\n2019-03-25\n"
            "为认真贯彻党中央、国务院部署要求,经省政府同意,现就进一步加大我省基础设施领域补短板力度提出如下实施意见。\n"
            "一、总体要求\n")
    meta = _meta(text)
    assert (meta.title, meta.issuer) == ("进一步加大基础设施领域补短板力度的实施意见", "江苏省人民政府办公厅")


def test_a_headline_naming_the_cover_notice_loosely_gives_way_to_the_lead_naming_it_as_printed():
    text = ("省政府印发2020年政府工作报告重点工作责任分解通知\n"
            "近日,省政府办公厅印发2020年政府工作报告重点工作责任分解的通知,公布重点工作的责任单位。\n"
            "政府工作报告重点工作责任分解\n一、省长主抓重点工作\n1.稳企业、防风险。\n牵头单位:省发展改革委\n")
    meta = _meta(text)
    assert (meta.title, meta.issuer) == ("政府工作报告重点工作责任分解", "省政府办公厅")


def test_a_site_s_greeting_and_a_trail_of_crumbs_ending_with_the_title_are_chrome():
    text = ("欢迎来到乡村研究数据库\n乡村研究数据库 > 地方政策 > 西藏自治区人民政府关于统筹推进县域内城乡义务教育一体化改革发展的实施意见\n"
            "地方政策\n西藏自治区人民政府关于统筹推进县域内城乡义务教育一体化改革发展的实施意见\n"
            "为深入推进我区县域内城乡义务教育一体化改革发展,制定如下实施意见。\n")
    meta = _meta(text)
    assert meta.title == "西藏自治区人民政府关于统筹推进县域内城乡义务教育一体化改革发展的实施意见"
    assert (meta.issuer, meta.region) == ("西藏自治区人民政府", "西藏自治区")


def test_a_lead_naming_what_a_ministry_issued_without_book_marks_gives_title_issuer_and_level():
    text = ("本报讯 7月11日,工业和信息化部发布信息化和工业化融合2025年工作要点(以下简称“工作要点”),含五方面17项内容。\n"
            "在健全两化融合发展制度方面,工作要点提出,将两化融合的思维贯穿工业和信息化工作各方面。\n")
    meta = _meta(text)
    assert (meta.title, meta.issuer, meta.admin_level) == ("信息化和工业化融合2025年工作要点", "工业和信息化部", "national")
    # a lead naming the document in 《》 comes first, wherever it stands
    text = ("广州市发布该市“十四五”规划纲要 2025年地区生产总值将达到3.5万亿元\n"
            "广州市发布该市“十四五”规划纲要。5月19日,广州市发布《广州市国民经济和社会发展第十四个五年规划和2035年远景目标纲要》,"
            "提出到2025年地区生产总值将达到3.5万亿元。\n")
    assert _meta(text).title == "广州市国民经济和社会发展第十四个五年规划和2035年远景目标纲要"


def test_rows_of_a_page_s_fields_are_no_title_and_a_number_after_a_cited_document_is_not_its_own():
    # a town's 应急预案 under its 信息公开 table of facts, the laws it rests on listed with their numbers
    text = ("[ 索引号 ] | 11500231008679505Q/2024-00117 | [ 发文字号 ] | |\n[ 主题分类 ] | 应急管理 | [ 体裁分类 ] | 预案 |\n"
            "垫江县坪山镇突发事件综合应急预案\n依据安全生产、自然灾害等突发事件有关法律法规及规范性文件,编制本预案:\n"
            "(1)《中华人民共和国突发事件应对法》\n(2)《国务院办公厅关于印发突发事件应急预案管理办法的通知》(国办发〔2024〕5号)\n")
    meta = _meta(text)
    assert (meta.title, meta.doc_number) == ("垫江县坪山镇突发事件综合应急预案", None)


def test_a_lead_after_a_wire_s_dateline_names_the_document_and_its_issuer():
    text = ("农业农村部启动2022年农垦带头扩种大豆行动\n2022-04-08 10:18:15\n"
            "新华社北京4月7日电(记者 于文静)农业农村部近日印发《2022年农垦带头扩种大豆油料行动方案》,要求落实扩种任务。\n")
    meta = _meta(text)
    assert (meta.title, meta.issuer, meta.admin_level) == ("2022年农垦带头扩种大豆油料行动方案", "农业农村部", "national")


def test_a_notice_saying_its_body_made_a_plan_and_now_issues_it_is_titled_by_the_plan():
    text = ("各省、自治区、直辖市生态环境厅(局),各直属单位:\n为贯彻落实有关要求,保障公众健康,我部制定了《“十四五”环境健康工作规划》。"
            "现印发给你们,请结合实际贯彻落实。\n生态环境部办公厅\n2022年7月27日\n")
    assert _meta(text).title == "“十四五”环境健康工作规划"


def test_a_notice_alone_is_titled_by_the_one_document_it_annexes():
    text = ("各镇政府(街道办事处)、迳口华侨经济区管委会,区政府直属局以上单位:\n"
            "区第十四届人大第二次会议审议通过的《政府工作报告》,确定了我区2007年经济社会发展的各项重要工作目标和任务。\n"
            "一、各牵头单位要按照《2007年三水区政府工作主要任务分解表》(详见附件)的要求,做好细化实施方案。\n"
            "附件:2007年三水区政府工作主要任务分解表\n二○○七年四月十三日\n")
    meta = _meta(text)
    assert (meta.title, meta.region) == ("2007年三水区政府工作主要任务分解表", "广东省佛山市三水区")
    assert _meta(text.replace("附件:", "附件:1.实施方案\n附件:2.")).title is None  # two annexes: neither is the title


def test_news_leads_naming_a_plan_that_came_out_or_its_province_s_department_and_others():
    text = ("从省发改委季度通气会上获悉,预计2021年全省数字经济增加值超2.3万亿元。\n"
            "据介绍,为贯彻落实国家“十四五”数字经济发展规划,近日,《福建省做大做强做优数字经济行动计划(2022—2025年)》"
            "(以下简称《行动计划》)出炉,积极推进数字产业化。\n")
    assert _meta(text).title == "福建省做大做强做优数字经济行动计划(2022—2025年)"
    text = ("能源界网讯:1月17日,广东工信厅等印发《广东省发展汽车战略性支柱产业集群行动计划(2023—2025年)》,明确:到2025年,"
            "世界级汽车产业集群培育取得明显进展。\n")
    meta = _meta(text)
    assert (meta.title, meta.issuer) == ("广东省发展汽车战略性支柱产业集群行动计划(2023—2025年)", "广东工信厅")


def test_titles_a_shared_file_names_a_page_split_in_pages_and_a_place_on_the_line_above():
    text = ("《贯彻落实生活垃圾分类制度重点任务责任分工表.docx》由会员分享,可在线阅读,更多相关《贯彻落实生活垃圾分类制度重点任务"
            "责任分工表.docx(7页珍藏版)》请在第壹文秘上搜索。\n1、贯彻落实生活垃圾分类制度重点任务责任分工表序号工作内容目标任务责任单位备注"
            "1将生活垃圾分类投放作为精神文明建设的重要内容。\n")
    assert _with_field_hints(text).title == "贯彻落实生活垃圾分类制度重点任务责任分工表"
    # xinmin-gov-report-2022 (dev-bu): the site adds its category and a serial to the file's name after underscores
    text = ("《2022政府工作报告_市政府工作报告_22.docx》由会员分享,可在线阅读,更多相关《2022政府工作报告_市政府工作报告_22.docx"
            "(21页珍藏版)》请在淘文阁上搜索。\n一、2022年工作回顾\n2022年,是我市经济社会接着高速发展的一年。\n")
    assert text_field_hints(text)["title"] == "2022政府工作报告"
    text = "省教育厅2023年工作要点(第2/4页)\n一、全面加强党的建设\n1.深入学习宣传贯彻党的二十大精神。\n"
    assert _meta(text).title == "省教育厅2023年工作要点"
    text = ("马鞍山市\n关于进一步激发民营企业创业热情推进民营经济高质量发展的实施细则\n"
            "为深入贯彻落实习近平总书记在民营企业座谈会上的重要讲话精神,制定本实施细则。\n一、总体目标\n")
    assert _meta(text).title == "马鞍山市关于进一步激发民营企业创业热情推进民营经济高质量发展的实施细则"
    text = "2017年全省交通运输工作主要任务\n2017年,要扎实推动八个方面重点工作。\n(一)扎实推动重大部署落地落实。\n"
    assert _meta(text).title == "2017年全省交通运输工作主要任务"


def test_a_page_s_fields_labelled_fawen_jigou_and_a_generated_or_valid_date_name_the_issuer():
    text = ("切换到繁体 无障碍浏览\n索 引 号: 000014349/2021-298510 信息分类: 计划及总结\n"
            "发文机构: 山西省交通运输厅 生成日期/有效期: 2017-02-27 10:43:35\n发文字号: 关键词:\n"
            "2017年全省交通运输工作要点\n一、完善规划,强化管理,加快推进基础设施网络化布局。\n")
    hints = text_field_hints(text)
    assert (hints["issuer"], hints.get("doc_number")) == ("山西省交通运输厅", None)
    assert extract_metadata(clean_text(text).text, hints).issuer == "山西省交通运输厅"


def test_a_label_padded_with_blanks_a_page_lost_is_read_and_so_are_the_fields_run_on_after_it():
    # national-special-regions-plan-reply-2021 (dev-cm): the padding's full-width blanks came through as ?
    line = ("索 ?引 ?号:000014349/2021-00087主题分类:国民经济管理、国有资产监管\\宏观经济发文机关:国务院"
            "成文日期:2021年09月23日标题:国务院关于“十四五”特殊类型地区振兴发展规划的批复发文字号:国函〔2021〕98号")
    text = line + "\n国务院关于“十四五”特殊类型地区振兴发展规划的批复\n一、原则同意《规划》,请认真组织实施。\n"
    meta = extract_metadata(clean_text(text).text, text_field_hints(text))
    assert (meta.issuer, meta.issue_date) == ("国务院", dt.date(2021, 9, 23))


def test_a_number_run_into_the_notice_s_heading_is_its_number_not_part_of_its_issuer():
    text = ("阳政办〔2019〕1号—区人民政府办公室关于印发2019年区《政府工作报告》确定的主要目标任务责任分解方案的通知\n"
            "各街办事处,区人民政府各部门,各有关单位:\n经区政府同意,现将《2019年区<政府工作报告>确定的主要目标任务责任分解方案》"
            "印发给你们,请认真研究部署。\n")
    meta = _meta(text)
    assert (meta.doc_number, meta.notice_title) == (
        "阳政办〔2019〕1号", "区人民政府办公室关于印发2019年区《政府工作报告》确定的主要目标任务责任分解方案的通知")


def test_bodies_written_together_or_joined_by_lianhe_are_joint_issuers():
    text = ("中共石嘴山市委员会石嘴山市人民政府关于印发《石嘴山市关于抓好“三农”领域重点工作的实施方案》的通知\n石党发〔2020〕1号\n"
            "各县区党委、人民政府:\n现将《石嘴山市关于抓好“三农”领域重点工作的实施方案》印发给你们,请认真贯彻落实。\n")
    assert _meta(text).issuer == "中共石嘴山市委员会、石嘴山市人民政府"
    text = "近日,河南省工信厅联合省发展改革委、省财政厅等八部门印发《河南省氢燃料电池汽车产业发展行动方案》,提出以客车为牵引。\n"
    assert _meta(text).issuer == "河南省工信厅、省发展改革委、省财政厅等八部门"  # the count kept, as the text names them
    # heilongjiang-skilled-talent-plan-news-2024, tianshui-wage-arrears-plan-news-2025 (dev-gs): 会同, and run together
    text = "近日,黑龙江省人社厅会同省发改委、省教育厅等七部门联合印发《黑龙江省高技能领军人才三年倍增计划》,聚焦重点产业。\n"
    assert _meta(text).issuer == "黑龙江省人社厅、省发改委、省教育厅等七部门"
    text = "近日,天水市人社局市住房和城乡建设局联合印发《天水市开展欠薪整治百日攻坚行动方案》,部署专项行动。\n"
    assert _meta(text).issuer == "天水市人社局、市住房和城乡建设局"


def test_leads_naming_a_body_by_its_whole_path_or_a_government_s_portal_publishing_for_it():
    text = "辽宁省朝阳市政府办公室近日印发《朝阳市低空经济高质量发展行动方案(2025-2027年)》,旨在培育低空新质生产力。\n"
    meta = _meta(text)
    assert (meta.title, meta.region) == ("朝阳市低空经济高质量发展行动方案(2025-2027年)", "辽宁省朝阳市")
    text = ("你达标了吗?国务院“喊话”体育锻炼常客未来占40%\n"
            "7月15日,中国政府网发布《国务院关于实施健康中国行动的意见》。文章称,人民健康是民族昌盛和国家富强的重要标志。\n")
    meta = _meta(text)
    assert (meta.title, meta.issuer, meta.admin_level) == ("国务院关于实施健康中国行动的意见", "国务院", "national")


def test_a_headline_shortening_the_lead_s_title_and_a_page_title_above_the_heading_and_its_period():
    text = ("政策\n国务院印发《全民健身计划》\n国务院日前印发《全民健身计划(2021-2025年)》,提出加大全民健身场地设施供给等8个方面"
            "主要任务。\n")
    assert _meta(text).title == "全民健身计划(2021-2025年)"
    text = ("雷州半岛现代农业发展规划实施方案\n雷州半岛现代农业发展规划实施方案\n(2016-2020年)\n湛江市农业局\n"
            "按照省委省政府的要求,特制定本方案,确保规划目标有序实现。\n一、总体思路\n")
    assert _meta(text).title == "雷州半岛现代农业发展规划实施方案(2016-2020年)"


def test_a_red_header_names_the_place_of_an_issuer_named_by_its_level_alone():
    # wuhan-jiangan-gov-report-tasks-2019 (dev-bk): the headline opens with its 文号 in brackets, the page's
    # field and the notice name 区人民政府办公室, the red header 武汉市江岸区人民政府办公室文件
    text = ("(岸政办〔2019〕1号)区人民政府办公室关于印发区政府工作报告确定的2019年主要目标任务责任\n"
            "发文日期:2019-01-14 16:12 发布机构:区人民政府办公室\n武汉市江岸区人民政府办公室文件\n岸政办20191\n"
            "区人民政府办公室关于印发区政府工作报告\n确定的2019年主要目标任务责任\n分解方案的通知\n"
            "各街道办事处,区人民政府各部门:\n现将《2019年区〈政府工作报告〉确定的主要目标任务责任分解方案》印发给你们。\n")
    meta = _with_field_hints(text)
    assert (meta.issuer, meta.region) == ("武汉市江岸区人民政府办公室", "湖北省武汉市江岸区")
    assert meta.doc_number == "岸政办〔2019〕1号"
    assert find_doc_number(["(国办发〔2023〕17号)等文件要求"], None) is None  # a cited number opens no headline


def test_a_site_s_name_over_its_own_office_s_notice_is_no_joint_issuer():
    # mouding-environment-emergency-plan-2017 (dev-bl): the county government's site, its office's notice
    meta = extract_metadata("牟定县人民政府\n牟定县人民政府办公室关于印发牟定县突发环境事件应急预案(试行)的通知\n"
                            "各乡镇人民政府,县级有关部门:\n现将《牟定县突发环境事件应急预案(试行)》印发给你们。\n", {})
    assert meta.issuer == "牟定县人民政府办公室"
    assert meta.notice_title == "牟定县人民政府办公室关于印发牟定县突发环境事件应急预案(试行)的通知"
    # joint issuers over two lines stay joint
    meta = extract_metadata("卫生健康委 教育部\n财政部关于印发健康行动方案的通知\n各省、自治区、直辖市卫生健康委:\n", {})
    assert meta.issuer == "卫生健康委、教育部、财政部"


def test_a_ministry_pages_classification_fields_written_a_cell_a_line_and_a_heading_marker_are_no_title():
    # national-mot-pilot-commendation-2025 (dev-bs): 机构分类 / 行业分类 / 公文类型 each over its value, the last a
    # document type (部办公厅函) that made the run of cells read as a title broken over lines; the `# ` of a
    # Markdown heading in text read as no Markdown (jinze-town-small-works-plans-notice-2025, dev-bu: a Word file)
    text = ("# 交通运输部办公厅关于表扬交通强国建设试点单位和试点任务的通报\n\n文号\n\n交办规划函〔2025〕1920号\n\n"
            "机构分类\n\n综合规划司\n\n行业分类\n\n其他\n\n公文类型\n\n部办公厅函\n\n"
            "各省、自治区、直辖市交通运输厅(局、委):\n\n为进一步做好试点工作,决定进行通报表扬。\n\n"
            "交通运输部办公厅\n\n2025年10月14日\n")
    assert _meta(text).title == "交通运输部办公厅关于表扬交通强国建设试点单位和试点任务的通报"


def test_a_sites_menu_named_above_a_title_is_no_part_of_it():
    # xianning-gov-report-responsibility-2023 (dev-bt): 导航菜单 on a line of its own over the page's heading
    meta = _meta("导航菜单\n\n(湖北省)2023年咸宁市《政府工作报告》确定的主要目标任务责任分解方案\n\n"
                 "123.完善一刻钟公共文体服务圈。(牵头单位:市文旅局;责任单位:各县市区人民政府)\n")
    assert (meta.title, meta.region) == ("2023年咸宁市《政府工作报告》确定的主要目标任务责任分解方案", "湖北省咸宁市")


def test_a_title_run_on_before_its_number_is_no_part_of_the_prefix():
    # baoji-linyou-agriculture-key-tasks-2016 (dev-bw): a page's lead ran the title into the 文号
    assert normalize_doc_number("麟游县人民政府办公室关于下达2016年农业重点工作任务的通知麟政办发〔2016〕21号各镇人民政府") == (
        "麟政办发〔2016〕21号")


def test_an_export_s_title_run_into_the_first_sentence_of_its_text_is_the_title():
    # suihua-suileng-open-government-plan-2018 (dev-cs): a CSV export, the text opening with its title and no break
    text = ("绥棱县2018年政务公开工作要点实施方案为深入贯彻落实黑龙江省人民政府办公厅关于印发2018年全省政务公开工作要点的通知"
            "(黑政办发201835号),结合本县实际,制定本方案。\n一、工作目标\n进一步加大全县政务公开力度。\n")
    meta = extract_metadata(clean_text(text).text, {"title": "绥棱县2018年政务公开工作要点实施方案"})
    assert meta.title == "绥棱县2018年政务公开工作要点实施方案"


def test_a_site_s_column_tag_before_the_title_is_no_part_of_it():
    # chizhou-dongzhi-gegong-flood-plan-2024 (dev-dc): 【应急预案】 names the site's column
    meta = extract_metadata(clean_text("一、总则\n为做好防汛抗旱工作,制定本预案。\n").text, {"title": "【应急预案】葛公镇防汛抗旱应急预案"})
    assert meta.title == "葛公镇防汛抗旱应急预案"


def test_a_title_repeated_with_its_contents_label_is_the_title_above_it():
    # zhangjiakou-zhuolu-coal-mine-emergency-plan-undated (dev-eb): a document site's copy, its table of contents dropped
    meta = _meta("涿鹿县煤矿事故灾难应急预案\n来源:百度文库 编辑:神马文学网 时间:2024/04/24 12:48:56\n涿鹿县煤矿事故灾难应急预案目录\n"
                 "1 总则\n1.1 编制目的\n1.2 编制依据\n1.3 概念与分级\n1.4 适用范围\n1 总则\n1.1编制目的\n"
                 "建立健全全县煤矿安全生产事故灾难救援体系。\n")
    assert meta.title == "涿鹿县煤矿事故灾难应急预案"


def test_a_government_gazette_s_issue_line_is_no_part_of_the_title_below_it():
    # nantong-haimen-shantytown-notice-2018, nantong-haimen-employment-opinions-2019 (dev-ee)
    meta = _meta("政府公报2018年第5期总第120期\n市政府关于明确棚户区改造范围和界定标准的通知\n海政发〔2018〕26号\n"
                 "各区、镇人民政府(管委会),市各委办局:\n为进一步规范我市棚户区改造工作,现就有关事项通知如下:\n一、棚户区改造范围\n")
    assert (meta.title, meta.issuer, meta.doc_number) == ("市政府关于明确棚户区改造范围和界定标准的通知", "市政府", "海政发〔2018〕26号")
    meta = _meta("国务院公报2023年第5号\n国务院关于印发《空气质量持续改善行动计划》的通知\n国发〔2023〕24号\n")
    assert meta.title == "空气质量持续改善行动计划"


def test_a_site_s_section_line_and_its_bracketed_tag_before_a_lead_leave_the_document_the_lead_names():
    # national-nhc-cardiovascular-plan-2023 (dev-ej): 资讯中心 / a headline / 【制药网 政策法规】为…,X等14部门联合发布了《Y》
    meta = _meta("资讯中心\n14部门联合发布健康中国行动—心脑血管疾病防治行动实施方案(2023—2030年)\n"
                 "【制药网 政策法规】为深入开展心脑血管疾病防治专项行动,切实维护广大人民群众健康,国家卫生健康委等14部门联合发布了"
                 "《健康中国行动—心脑血管疾病防治行动实施方案(2023—2030年)》。\n方案明确,到2030年,30岁及以上居民高血压知晓率达到65%。\n")
    assert (meta.title, meta.admin_level) == ("健康中国行动—心脑血管疾病防治行动实施方案(2023—2030年)", NATIONAL)


def test_a_portal_s_info_block_written_label_blank_value_gives_fields_and_no_title_part():
    # wuxi-silver-economy-opinion-2025 (dev-el): the site's toolbars, then 文件编号 …发布机构 … / 效力状况 有效 附件下载 下载 /
    # 内容概述 <the title>, labels set apart from values by blanks
    text = ("繁体版 English EN\n手机客户端 无障碍浏览 老年服务 长者版\n提示\n市政府办公室关于推进银发经济高质量发展的实施意见\n"
            "文字大小: [ ] 浏览次数:\n信息索引号 014006438/2025-01138 生成日期 2025-02-27 公开日期 2025-03-07\n"
            "文件编号 锡政办规〔2025〕2号 发布机构 无锡市人民政府办公室\n效力状况 有效 附件下载 下载\n"
            "内容概述 市政府办公室关于推进银发经济高质量发展的实施意见\n各市(县)、区人民政府,市各委办局:\n"
            "为贯彻落实国家和省有关促进银发经济高质量发展的部署要求,经市政府同意,提出如下意见。\n一、总体要求\n")
    hints = text_field_hints(text)
    assert (hints["doc_number"], hints["publisher"], hints["title"]) == (
        "锡政办规〔2025〕2号", "无锡市人民政府办公室", "市政府办公室关于推进银发经济高质量发展的实施意见")
    meta = extract_metadata(clean_text(text).text, hints)
    assert (meta.title, meta.doc_number) == ("市政府办公室关于推进银发经济高质量发展的实施意见", "锡政办规〔2025〕2号")


def test_a_pages_posting_time_opening_its_line_of_fields_leaves_the_publisher_read():
    # bazhong-tongjiang-nuoshuihe-flood-plan-2025 (dev-er): the town government is the page's 来源 and the plan's issuer
    text = ("通江县诺水河镇2025年防汛抗旱应急预案\n\n2025-04-10 16:41 来源: 诺水河镇人民政府\n\n一、总则\n(一)指导思想\n"
            "以习近平新时代中国特色社会主义思想为指导,坚持人民至上、生命至上。\n")
    assert text_field_hints(text)["publisher"] == "诺水河镇人民政府"
    meta = _with_field_hints(text)
    assert (meta.issuer, meta.region) == ("诺水河镇人民政府", "四川省巴中市通江县诺水河镇")


def test_a_pages_posting_time_opening_its_line_of_fields_dates_the_page():
    # jinchang-gov-report-targets-2021 (dev-co): the time run into its 来源 field, the day closed with a slash
    text = ("【聚焦金昌市两会】金昌市第九届人民代表大会第一次会议开幕\n 2021/12/06/ 21:48来源:新甘肃 记者 谢晓玲\n"
            "今天上午,金昌市第九届人民代表大会第一次会议在金昌市行政中心开幕。\n")
    hints = text_field_hints(text)
    assert (hints["page_publish_date"], hints["publisher"]) == ("2021/12/06", "新甘肃 记者 谢晓玲")
    assert _with_field_hints(text).published_date == dt.date(2021, 12, 6)
    # a day opening a line with no time and no field after it dates nothing (2021-12-06 全市召开…)
    assert "page_publish_date" not in text_field_hints("2021-12-06 全市召开安全生产工作会议\n")


def test_an_empty_field_does_not_take_a_line_of_fields_as_its_value_and_that_line_s_fields_are_read():
    # jieyang-puning-air-quality-report-2025 (dev-gd): 文号 left empty at its line's end; the next line opens with a
    # label gongwen does not read (目录组配分类) before the page's posting time
    text = ("索引号: 文号:\n目录组配分类: 空气环境信息 发布时间: 2026-02-02 14\n2025年空气环境信息\n"
            "2025年度我市市区六项空气质量指标全面符合二级标准,有效监测天数为365天。\n")
    hints = text_field_hints(text)
    assert "doc_number" not in hints and hints["page_publish_date"].startswith("2026-02-02")
    assert _with_field_hints(text).published_date == dt.date(2026, 2, 2)


def test_a_field_block_s_number_in_small_brackets_and_its_成文时间_are_read():
    # alashan-business-environment-plan-2024 (dev-gc): 阿署发﹝2024﹞20号 (U+FE5D/FE5E) and 成文时间 in a page's table of facts
    text = ("索引号 | 152900000000000/2024-02903 | 发布机构: | 阿拉善盟行政公署\n发文字号: | 阿署发﹝2024﹞20号 | 成文时间: | 2024-06-25\n"
            "阿拉善盟行政公署关于印发《阿拉善盟全面优化营商环境实施方案》的通知\n为持续优化营商环境,制定本方案。\n")
    meta = _with_field_hints(text)
    assert (meta.doc_number, meta.issue_date) == ("阿署发〔2024〕20号", dt.date(2024, 6, 25))


def test_a_plans_heading_wrapped_after_a_comma_of_its_list_is_read_whole():
    # haidong-huzhu-air-pollution-plan-2023 (dev-es), shanxi-health-action-plan-2017 (dev-bh): …治理、 / 臭氧…实施方案
    text = ("互助土族自治县人民政府办公室\n关于转发互助县深入打好柴油货车污染治理、臭氧污染防治和重污染天气消除攻坚战行动实施方案的通知\n"
            "各乡镇人民政府、县政府有关部门:\n县生态环境局拟定的《互助县深入打好柴油货车污染治理、臭氧污染防治和重污染天气消除攻坚战行动实施方案》"
            "已经县政府同意,现转发给你们,请认真贯彻落实。\n互助土族自治县人民政府办公室\n2023年11月16日\n"
            "互助县深入打好柴油货车污染治理、\n臭氧污染防治和重污染天气消除攻坚战行动实施方案\n为全面贯彻落实决策部署,制定本方案。\n")
    assert _meta(text).title == "互助县深入打好柴油货车污染治理、臭氧污染防治和重污染天气消除攻坚战行动实施方案"


def test_a_portal_s_elder_and_collection_buttons_and_its_sections_are_no_part_of_the_title():
    # guangzhou-huangpu-business-environment-plan-2022 (dev-he): 无障碍 长者助手 我的收藏 收藏 / 政府信息公开 规章库
    text = ("无障碍 长者助手 我的收藏 收藏\n政府信息公开 规章库\n"
            "广州市黄埔区 广州开发区服务市场主体进一步打造国际一流营商环境行动方案\n"
            "为贯彻落实《优化营商环境条例》等文件精神,制定本行动方案。\n一、进一步推进营商环境评价指标系统化提升\n")
    meta = extract_metadata(clean_text(text).text, {})
    assert meta.title == "广州市黄埔区广州开发区服务市场主体进一步打造国际一流营商环境行动方案"


def test_a_field_block_written_as_a_numbered_list_of_bracketed_labels_gives_fields():
    # beijing-budget-report-2026 (dev-ha): 1. [主题分类] … 2. [发文机构] 北京市财政局 … 5. [成文日期] 2026-01-25
    text = ("政务公开 > 政策服务 > 政策文件\n  1. [主题分类] 财政、金融、审计/财政\n  2. [发文机构] 北京市财政局\n"
            "  3. [联合发文单位]\n  5. [成文日期] 2026-01-25\n  8. [发布日期] 2026-02-06\n"
            "关于北京市2025年预算执行情况和2026年预算的报告\n各位代表:\n受市人民政府委托,现将报告提请审议。\n")
    hints = text_field_hints(text)
    assert (hints["issuer"], hints["written_date"]) == ("北京市财政局", "2026-01-25")


def test_a_statistical_bulletin_is_a_document_type():
    # bengbu-statistics-bulletin-2024, wenzhou-pingyang-statistics-bulletin-2024 (dev-hb)
    text = "2024年平阳县国民经济和社会发展统计公报\n2024年,全县上下坚持稳中求进工作总基调。\n一、综合\n全县生产总值为777.46亿元。\n"
    assert extract_metadata(clean_text(text).text, {}).title == "2024年平阳县国民经济和社会发展统计公报"


def test_a_line_above_a_whole_title_opening_with_its_year_is_no_part_of_it():
    # wuhan-transport-work-points-2025 (dev-ga): a site's brand above 2025年全市交通运输工作要点
    meta = _meta("伟德体育bevictor\n2025年全市交通运输工作要点\n2025-03-03 11:10市交通运输局\n一、全力推动交通经济增长\n")
    assert meta.title == "2025年全市交通运输工作要点"
    # a year and a document type alone are no whole title: the line above heads it (区农业农村工作 / 2022年工作要点)
    meta = _meta("区农业农村工作\n2022年工作要点\n一、稳定粮食生产\n")
    assert meta.title == "区农业农村工作2022年工作要点"


def test_a_line_above_a_whole_title_opening_with_a_township_is_no_part_of_it():
    # jiangmen-taishan-duhu-forest-fire-plan-2025 (dev-fm): a browser's warning (继续访问 / 放弃) above the title
    meta = _meta("继续访问放弃\n都斛镇2025年清明、“五一”期间森林防灭火工作方案\n我镇群众素有扫墓祭祖的习俗。\n一、指导思想\n")
    assert meta.title == "都斛镇2025年清明、“五一”期间森林防灭火工作方案"
    # 街道 alone, which the gazetteer also holds as a name, opens no title (a title broken after 新时代)
    meta = _meta("石景山区贯彻落实《关于加强新时代\n街道工作的意见》的任务分解方案\n一、总体要求\n")
    assert meta.title == "石景山区贯彻落实《关于加强新时代街道工作的意见》的任务分解方案"


def test_a_site_s_tabs_stacked_above_a_whole_title_are_no_part_of_it():
    # hefei-lujiang-culture-tourism-plan-undated (dev-hh): three tabs, then the title opening with its county
    meta = _meta("文旅规划更新\n文旅规划推荐\n文旅规划热门\n庐江县“十四五”文化和旅游发展规划(2021-2025)\n前言\n"
                 "“十三五”以来,庐江县大力实施“文化强县”发展战略。\n")
    assert meta.title == "庐江县“十四五”文化和旅游发展规划(2021-2025)"
    # street-work-plan-2026 (dev-gk): a sharing site's lines (约 9页 / 2026-02-27发布于四川 / 举报) above it
    meta = _meta("- 约 9页\n- 2026-02-27发布于四川\n- 举报\n2026年街道办事处工作计划\n一、深化理论武装\n")
    assert meta.title == "2026年街道办事处工作计划"


def test_a_title_set_apart_from_the_body_by_a_blank_on_a_flattened_line():
    # unnamed-township-work-points-2023 (dev-hp): a 范文 page flattened to one line; a headline's two parts are not so
    meta = extract_metadata(clean_text("乡镇2023年工作要点 2023年是“十三五规划开局之年。乡党委政府将在县委、县政府的领导下,"
                                       "深入落实科学发展观。全年经济社会发展预期目标:全乡GDP达2.92亿元。\n").text, {})
    assert (meta.title, meta.period_start) == ("乡镇2023年工作要点", 2023)
    headline = "工信部一天连发三份重磅规划 绘就信息产业五年发展“路线图”\n新华社上海12月1日电 《上海证券报》1日刊发文章。\n"
    assert extract_metadata(clean_text(headline).text, {}).title != "工信部一天连发三份重磅规划"
