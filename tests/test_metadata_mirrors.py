"""Metadata of documents as policy mirror sites and government portals head them (gongwen issue 9, dev-w …
dev-ad): a headline that puts the 文号 before the title in 《》, a site's 【tag】 before the title, a 文号 in a line
of the page's facts or in brackets after its headline, a notice page that holds the notice alone, a page's
facts as rows of cells or letter-spaced labels, a site's counter above the title, central bodies written
together, a title that implements another body's decision, a news lead naming the issuers, a publisher or a
notice naming the place of an issuer a field or title names by its level alone."""

from __future__ import annotations

import datetime as dt

from gongwen.metadata import extract_metadata
from gongwen.normalize import clean_text
from gongwen.reading.text_fields import text_field_hints


def _meta(text: str):
    return extract_metadata(clean_text(text).text, {})


# A notice page as a mirror heads it: 文号《title》(全文), the site's view count, then the notice, which issues a
# plan that is not on the page and says matters of its own (并就有关事项通知如下).
_NOTICE_ALONE = """发改地区〔2019〕88号《国家发展改革委关于印发某某新区总体方案的通知》(全文)
浏览量: 时间:2019-03-16 03:45:48
某某省人民政府，国务院有关部门、直属机构：
《某某新区总体方案》已经国务院同意，现印发你们，并就有关事项通知如下：
一、请某某省人民政府切实加强组织领导，明确工作分工，完善工作机制。
二、国务院有关部门要按照职责分工，积极支持新区建设发展。
"""


def test_a_headline_with_the_doc_number_before_the_title_gives_both():
    meta = _meta(_NOTICE_ALONE)
    assert (meta.doc_number, meta.issuer, meta.admin_level) == ("发改地区〔2019〕88号", "国家发展改革委", "national")


def test_a_notice_page_without_the_plan_it_issues_is_titled_by_the_notice():
    assert _meta(_NOTICE_ALONE).title == "国家发展改革委关于印发某某新区总体方案的通知"


def test_a_notice_whose_plan_follows_is_still_titled_by_the_plan():
    text = _NOTICE_ALONE + "某某新区总体方案\n一、总体要求\n（一）指导思想。坚持新发展理念。\n"
    assert _meta(text).title == "某某新区总体方案"


def test_a_headline_of_number_and_title_above_the_title_itself_is_no_part_of_it():
    text = """鲁政发〔2014〕20号《山东省人民政府关于深化预算管理制度改革的实施意见》
浏览量:          时间:2016-01-17 23:45:19
山东省人民政府关于深化预算管理制度改革的实施意见
鲁政发〔2014〕20号
各市人民政府，各县（市、区）人民政府，省政府各部门：
为建立全面规范、公开透明的现代预算制度，提出以下实施意见。
一、完善政府预算体系
"""
    meta = _meta(text)
    assert (meta.title, meta.issuer, meta.region) == (
        "山东省人民政府关于深化预算管理制度改革的实施意见", "山东省人民政府", "山东省")


def test_a_sites_tag_before_the_headline_is_no_part_of_title_or_issuer():
    text = """【工信部政策】工业和信息化部办公厅关于公布第三批某某城市名单的通知
各省、自治区、直辖市工业和信息化主管部门：
现将有关事项通知如下：
一、各地要加强监测分析。
工业和信息化部办公厅
2018年5月16日
"""
    meta = _meta(text)
    assert (meta.title, meta.issuer) == ("工业和信息化部办公厅关于公布第三批某某城市名单的通知", "工业和信息化部办公厅")


def test_a_doc_number_in_a_line_of_the_pages_facts_after_its_label():
    text = """区人民政府办公室关于印发2023年重点工作的通知
索 引 号 MB1534522/2023-05475 发文日期 2023-01-03
发布机构 区人民政府办公室 文    号 蔡政办〔2023〕1号
各街道办事处，区人民政府各部门：
现将有关事项通知如下：
一、各责任单位要高度重视。
"""
    assert _meta(text).doc_number == "蔡政办〔2023〕1号"


def test_a_doc_number_in_brackets_after_a_pages_headline():
    text = """2021年县政府重点工作任务(华政发〔2021〕2号)
来源:某某县政府   2021-03-23 10:56
各乡镇人民政府、县直各单位：
一、强化责任落实。县政府重点工作任务实行部门单位具体负责制。
"""
    assert _meta(text).doc_number == "华政发〔2021〕2号"


def test_a_notice_that_issues_a_plan_down_is_titled_by_the_plan():
    text = """某某县人民政府关于下达某某县2023年国民经济和社会发展计划的通知
某政发〔2023〕3号
各乡镇人民政府，县政府各部门：
《某某县2023年国民经济和社会发展计划》已经县人民代表大会审议批准，现下达给你们，请认真组织实施。
"""
    meta = _meta(text)
    assert (meta.title, meta.issuer) == ("某某县2023年国民经济和社会发展计划", "某某县人民政府")


def test_a_forwarding_notice_page_is_the_forwarding_bodys_and_titled_by_itself():
    # It forwards a ministry's notice (which issues a plan) and says matters of its own: the page is that notice.
    text = """安徽省农业农村厅转发农业农村部办公厅关于印发某某示范县创建活动工作方案的通知
各市、县(市、区)农业农村局：
现将《农业农村部办公厅关于印发〈某某示范县创建活动工作方案〉的通知》转发给你们，并提出以下意见，请结合实际抓好落实。
一、提高思想认识。各地要把创建活动作为重要抓手。
"""
    meta = _meta(text)
    assert (meta.title, meta.issuer) == (
        "安徽省农业农村厅转发农业农村部办公厅关于印发某某示范县创建活动工作方案的通知", "安徽省农业农村厅")


def test_a_sites_name_on_the_line_above_a_title_that_opens_with_its_issuer_is_no_part_of_it():
    text = """返回首页
国务院关于落实《政府工作报告》重点工作部门分工的意见
中国政府网
国务院关于落实《政府工作报告》重点工作部门分工的意见
国发〔2020〕6号
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
一、围绕做好“六稳”工作
"""
    meta = _meta(text)
    assert (meta.title, meta.issuer) == ("国务院关于落实《政府工作报告》重点工作部门分工的意见", "国务院")


def test_a_page_holding_one_of_the_two_documents_its_notice_issues_is_titled_by_that_one():
    notice = """浙江省人民政府办公厅关于印发2019年政府工作报告重点工作责任分解的通知
浙政办发〔2019〕7号
各市、县(市、区)人民政府，省政府直属各单位：
《政府工作报告重点工作责任分解》《十方面民生实事责任分解》已经省政府同意，现印发给你们，请认真贯彻执行。
浙江省人民政府办公厅
2019年2月19日
政府工作报告重点工作责任分解
一、稳企业、防风险。扎实做好稳企业各项工作。
"""
    assert _meta(notice).title == "政府工作报告重点工作责任分解"
    both = notice + "十方面民生实事责任分解\n一、推进教育公平。\n"
    assert _meta(both).title == "浙江省人民政府办公厅关于印发2019年政府工作报告重点工作责任分解的通知"


def test_a_line_of_a_pages_facts_holding_several_fields_gives_each():
    text = """县人民政府关于分解落实2022年县政府重点工作任务的通知
索引号 : K26422872/2023-08370
主题分类: 政务公开 发文单位: 通山县人民政府
各乡镇人民政府，县政府各部门：
现将重点任务分解落实有关事项通知如下：
一、提高政治站位，加强组织领导。
"""
    hints = text_field_hints(text)
    assert (hints["topic"], hints["issuer"]) == ("政务公开", "通山县人民政府")
    meta = extract_metadata(clean_text(text).text, hints)
    assert (meta.issuer, meta.region) == ("通山县人民政府", "湖北省咸宁市通山县")


def test_a_province_named_by_its_level_alone_is_the_one_its_doc_number_abbreviates():
    text = """省人民政府关于
进一步优化营商环境的若干意见
鄂政发〔2018〕26号
各市、州、县人民政府，省政府各部门：
为加快打造一流营商环境，结合我省实际，提出如下意见。
一、提高市场开放程度。全面开放市场。
"""
    meta = _meta(text)
    assert (meta.issuer, meta.doc_number, meta.admin_level, meta.region) == (
        "省人民政府", "鄂政发〔2018〕26号", "province", "湖北省")


def test_a_pages_table_of_facts_flattened_to_rows_of_cells_gives_its_fields():
    # A 信息公开 table as a capture flattens it: `label | value |` cells, labels letter-spaced, with or without
    # their colon, a label whose cell is empty followed by the next label.
    text = """索 引 号: | 000014349/2023-91150 | 信息分类: | |
发布机构: | 生成日期: | 2022-12-02 08:54:33 | |
文号 | 某府办发〔2022〕10 号 | 成文日期: | 2022年11月28日 |
名 称: | 市人民政府办公室关于印发某某行动方案的通知 |
成文日期: | |||
序号 | 名称 | 牵头单位 |
各区县人民政府："""
    hints = text_field_hints(text)
    assert hints == {"index_number": "000014349/2023-91150", "page_generated_date": "2022-12-02 08:54:33",
                     "doc_number": "某府办发〔2022〕10 号", "written_date": "2022年11月28日",
                     "title": "市人民政府办公室关于印发某某行动方案的通知"}


def test_a_fields_line_with_letter_spaced_labels_or_written_as_a_list_gives_its_fields():
    text = """名 称: 区人民政府办公室 关于印发2020年区政府重点工作责任分解的通知
索 引 号: 000014349/2020-105482 发布日期: 2020-06-28 发布机构: 某某区政府办公室
• 生成日期:2021-03-23
  • 公开日期:2021-03-24
区人民政府办公室"""
    hints = text_field_hints(text)
    assert (hints["index_number"], hints["page_publish_date"], hints["publisher"], hints["page_generated_date"]) == (
        "000014349/2020-105482", "2020-06-28", "某某区政府办公室", "2021-03-23")


def test_a_doc_number_line_that_also_gives_the_date_gives_both():
    meta = _meta("""四川省人民政府办公厅
关于印发某某责任分工方案的通知
川办函〔2017〕113号 2017年6月2日
各市(州)人民政府，省政府各部门：
现将《某某责任分工方案》印发你们，请认真贯彻执行。""")
    assert (meta.doc_number, meta.issue_date) == ("川办函〔2017〕113号", dt.date(2017, 6, 2))


def test_a_sites_counter_above_a_title_that_opens_with_its_named_issuer_is_no_part_of_it():
    meta = _meta("""法规库
共收录 303235 条法规今日更新 50 条法规
吉林省长春市人民政府关于落实某某规划纲要主要目标和任务工作分工的通知
发布部门:
效力级别:地方规范性文件
时效性:已失效
各县(市)、区人民政府，市政府各委办局：
为落实规划纲要，现将有关事项通知如下：""")
    assert meta.title == "吉林省长春市人民政府关于落实某某规划纲要主要目标和任务工作分工的通知"
    assert (meta.issuer, meta.region) == ("吉林省长春市人民政府", "吉林省长春市")


def test_central_bodies_written_together_before_guanyu_are_joint_issuers():
    meta = _meta("""中共中央 国务院关于深入打好污染防治攻坚战的意见
（2021年11月2日）
良好生态环境是实现中华民族伟大复兴中国梦的重要内容。现提出如下意见。""")
    assert (meta.issuer, meta.admin_level, meta.region) == ("中共中央、国务院", "national", None)


def test_the_issuer_of_a_title_that_implements_anothers_decision_is_the_body_implementing_it():
    meta = _meta("""农业农村部落实中共中央国务院关于进一步深化农村改革扎实推进乡村全面振兴工作部署的实施意见
各省、自治区、直辖市农业农村厅（局、委）：
为深入贯彻落实中央部署，提出如下实施意见。""")
    assert (meta.issuer, meta.admin_level) == ("农业农村部", "national")


def test_a_field_naming_the_issuer_by_its_level_alone_gives_way_to_the_notice_naming_its_place():
    text = """发文机关:州政府办公室
标  题:凉山州人民政府办公室关于印发2020年州政府工作报告重点工作任务分工方案的通知
凉山州人民政府办公室
关于印发2020年州政府工作报告重点工作任务分工方案的通知
各县市人民政府，州级各部门：
现将《2020年州政府工作报告重点工作任务分工方案》印发给你们，请认真贯彻执行。"""
    meta = extract_metadata(clean_text(text).text, text_field_hints(text))
    assert (meta.issuer, meta.region) == ("凉山州人民政府办公室", "四川省凉山彝族自治州")
    # eerduosi-dalate-safety-work-points-2024 (dev-dp): the field names the publishing bureau, by no place
    text = text.replace("发文机关:州政府办公室", "发文机关: 应急管理局")
    meta = extract_metadata(clean_text(text).text, text_field_hints(text))
    assert meta.issuer == "凉山州人民政府办公室"


def test_a_news_pages_lead_naming_who_issued_the_document_it_carries_gives_its_issuer():
    text = """发布时间:2025-09-04 19:11:40 来源: 极目新闻
中新网9月4日电 据工信部网站消息,工业和信息化部、市场监督管理总局近日印发《电子信息制造业2025-2026年稳增长行动方案》。内容如下:
电子信息制造业2025-2026年稳增长行动方案
电子信息制造业是国民经济的战略性、基础性、先导性产业。为努力实现工业经济发展主要预期目标,制定本方案。
一、总体要求"""
    meta = extract_metadata(clean_text(text).text, text_field_hints(text))
    assert (meta.title, meta.issuer, meta.admin_level) == (
        "电子信息制造业2025-2026年稳增长行动方案", "工业和信息化部、市场监督管理总局", "national")


def test_a_body_and_a_date_right_below_a_doc_number_are_a_pages_facts_not_a_signature():
    text = """政府信息公开
济南市长清区人民政府办公室关于印发《政府工作报告》重点工作任务分工的通知
113701130042070099-A/2021-4059841
综合政务
济长政办字〔2021〕3号
长清区政府
2021-04-01
有效
济南市长清区人民政府办公室关于印发《政府工作报告》重点工作任务分工的通知
各街道办事处、镇人民政府，区政府各部门：
2021年《政府工作报告》重点工作责任分工已经区政府同意，现印发给你们，并提出以下意见。"""
    meta = _meta(text)
    assert (meta.issuer, meta.doc_number) == ("济南市长清区人民政府办公室", "济长政办字〔2021〕3号")


def test_an_issuer_named_by_its_level_alone_is_the_publisher_that_names_its_place():
    text = """名 称: 区人民政府办公室 关于印发2020年区政府重点工作责任分解的通知
索 引 号: 000014349/2020-105482 发布日期: 2020-06-28 发布机构: 下陆区政府办公室
区人民政府办公室
关于印发2020年区政府重点工作责任分解的通知
各新区、区政府各部门：
《2020年区政府重点工作责任分解》已经区政府研究同意，现印发给你们，请认真抓好落实。"""
    meta = extract_metadata(clean_text(text).text, text_field_hints(text))
    assert (meta.issuer, meta.region) == ("下陆区政府办公室", "湖北省黄石市下陆区")
