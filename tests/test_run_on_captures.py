"""Documents as scrapers and law databases leave them (gongwen issue 9, dev-ae … dev-ag): a whole notice on one
line, paragraphs joined by spaces, a page's facts in Traditional script or in rows of `label:value` cells, a
report whose heading gives no year, a title citing another's 关于 over two lines."""

from __future__ import annotations

import datetime as dt

from gongwen.metadata import extract_metadata
from gongwen.metadata.doc_numbers import normalize_doc_number
from gongwen.normalize import clean_text
from gongwen.reading.text_fields import text_field_hints
from gongwen.tasks.extract import extract_tasks
from tests.indicator_helpers import actuals, brief

# national-eleventh-plan-division-2006 as a law database stores it: one line, its facts run into the title.
_ONE_LINE_NOTICE = (
    "国务院关于落实《中华人民共和国国民经济和社会发展第十一个五年规划纲要》主要目标和任务工作分工的通知"
    "政策法规司2006-08-24颁布日期:20060824实施日期:20060824颁布单位:国务院国发[2006]29号"
    "各省、自治区、直辖市人民政府,国务院各部委、各直属机构:十届全国人大四次会议批准的《中华人民共和国国民经济和社会发展"
    "第十一个五年规划纲要》(以下简称《纲要》),是“十一五”时期我国经济社会发展的宏伟蓝图。为切实做好《纲要》实施工作,"
    "国务院决定按照职责分工将《纲要》提出的主要目标和任务分解落实到各地区、各部门。现就有关事项通知如下:一、分工原则"
    "实现《纲要》确定的目标和任务,应主要依靠发挥市场配置资源的基础性作用;同时,政府要正确履行职责,调控引导社会资源。"
    "(一)明确政府职责和市场功能。对涉及需要政府履行职责的目标和任务进行分解;对依靠市场主体自主行为实现的目标和任务,不作分解。"
    "(二)落实责任主体。依据各部门的职责分工,将《纲要》主要目标和任务分解落实到相关部门。"
)

# henan-gov-report-tasks-2023: the page's paragraphs joined with a space.
_SPACED_PARAGRAPHS = (
    "河南省人民政府 关于明确政府工作报告提出的2023年 重点工作责任单位的通知 豫政〔2023〕5号 现将《政府工作报告》提出的"
    "2023年重点工作任务予以分解并明确责任单位。各责任单位要尽快制定具体落实方案,明确时间节点、责任领导、主要措施。 "
    "一、加快提振市场信心 (一)全面促进消费增长。 1.把恢复和扩大消费摆在优先位置,调整妨碍消费的限制性措施。"
    "(省商务厅、财政厅、发展改革委等相关部门按职责分工负责) 2.落实好提振市场信心90条措施。(省发展改革委牵头,省商务厅、"
    "财政厅等相关部门按职责分工负责)"
)


def _lines(text: str) -> list[str]:
    return clean_text(text).text.split("\n")


def test_a_notice_on_one_line_is_broken_into_its_title_number_addressees_and_items():
    lines = _lines(_ONE_LINE_NOTICE)
    assert lines[0] == "国务院关于落实《中华人民共和国国民经济和社会发展第十一个五年规划纲要》主要目标和任务工作分工的通知"
    assert lines[2:4] == ["国发[2006]29号", "各省、自治区、直辖市人民政府,国务院各部委、各直属机构:"]
    assert [line[:4] for line in lines[5:]] == ["一、分工", "(一)明", "(二)落"]
    meta = extract_metadata("\n".join(lines), {})
    assert (meta.issuer, meta.doc_number, meta.admin_level) == ("国务院", "国发〔2006〕29号", "national")
    assert [task.heading for task in extract_tasks("\n".join(lines))] == ["明确政府职责和市场功能", "落实责任主体"]


def test_paragraphs_joined_by_spaces_are_lines_again_and_their_items_tasks():
    text = clean_text(_SPACED_PARAGRAPHS).text
    meta = extract_metadata(text, {})
    assert (meta.title, meta.doc_number) == ("河南省人民政府关于明确政府工作报告提出的2023年重点工作责任单位的通知", "豫政〔2023〕5号")
    tasks = extract_tasks(text)
    assert [task.heading for task in tasks] == ["把恢复和扩大消费摆在优先位置,调整妨碍消费的限制性措施", "落实好提振市场信心90条措施"]
    assert tasks[1].units[0].unit == "省发展改革委" and tasks[1].units[0].role == "lead"


def test_a_document_of_many_lines_keeps_a_paragraph_that_lists_items_inline():
    # near miss: one long paragraph among others is no document written on one line
    paragraph = ("申请人应当具备下列条件:(一)具有独立法人资格;(二)近三年无重大违法记录;(三)具备相应的专业技术人员。" * 6)
    text = "关于开展试点工作的通知\n各区县人民政府:\n" + paragraph + "\n" + "特此通知。\n" * 2 + "市人民政府办公室\n" * 40
    assert paragraph.replace(":", ":") in clean_text(text).text.split("\n")


def test_a_capture_whose_title_line_keeps_a_table_border_and_a_summary_label():
    # national-saic-holiday-market-2005: a CNKI record
    text = ("国家工商行政管理总局 关于加强元旦、春节市场监管确保消费安全的紧急通知 |\n| |\n摘 要: | 工商明电[2005]37号"
            "各省、自治区、直辖市及计划单列市工商行政管理局:2006年元旦、春节即将来临。为了切实维护节日市场秩序和消费者的合法权益,"
            "保障节日市场繁荣稳定,现就加强元旦、春节市场监管工作紧急通知如下:一、加强以食品为重点的商品市场监管,加大打假工作力度,"
            "确保节日消费安全。一是认真抓好以食品为重点的节日商品市场专项执法检查。检查的重点是食品、保健品、取暖器具、防寒用品和"
            "烟花爆竹等与人民群众节日消费密切相关的商品。")
    meta = extract_metadata(clean_text(text).text, {})
    assert meta.title == "国家工商行政管理总局关于加强元旦、春节市场监管确保消费安全的紧急通知"
    assert (meta.issuer, meta.doc_number, meta.admin_level) == ("国家工商行政管理总局", "工商明电〔2005〕37号", "national")


def test_a_page_of_facts_in_traditional_script_gives_its_hints():
    # national-rural-reform-division-2014 as a Traditional mirror of gov.cn keeps it
    text = ("EN\n2014-03-10 08:00:00\n發文機關: 國務院辦公廳 成文日期: 2014年02月23日\n"
            "發文字號: 國辦函〔2014〕31號 發佈日期: 2014年03月10日\n")
    hints = text_field_hints(text)
    assert (hints["issuer"], hints["written_date"], hints["doc_number"]) == ("国务院办公厅", "2014年02月23日", "国办函〔2014〕31号")


def test_rows_of_label_value_cells_give_each_label_its_own_value():
    # zhangzi-nanzhang-town-work-plan-2023: an empty 发文字号 cell beside 发文时间's
    text = ("| 发文字号: | 发文时间:2023-01-05 |\n| 发文机关:南漳镇人民政府 | 主题词:工作计划 |\n"
            "| 标题:南漳镇人民政府2023年工作计划 | |\n")
    hints = text_field_hints(text)
    assert "doc_number" not in hints
    assert (hints["issuer"], hints["title"], hints["written_date"]) == ("南漳镇人民政府", "南漳镇人民政府2023年工作计划", "2023-01-05")


def test_a_title_citing_another_document_s_guanyu_keeps_its_issuer_line():
    text = ("国务院办公厅关于落实中共中央国务院\n关于全面深化农村改革加快推进农业现代化\n若干意见有关政策措施分工的通知\n"
            "国办函〔2014〕31号\n国务院各部委、各直属机构:\n为贯彻落实有关意见,现就有关政策措施分工通知如下:\n一、工作分工\n")
    meta = extract_metadata(clean_text(text).text, {})
    assert meta.title == "国务院办公厅关于落实中共中央国务院关于全面深化农村改革加快推进农业现代化若干意见有关政策措施分工的通知"


def test_a_number_line_dated_in_words_gives_the_number_and_the_date():
    text = ("四川省人民政府\n关于落实《政府工作报告》重点工作\n部门分工的意见\n川府发〔2011〕8号二○一一年三月十七日\n"
            "省政府各部门、各直属机构:\n一、努力扩大内需,促进经济平稳较快发展\n")
    meta = extract_metadata(clean_text(text).text, {})
    assert (meta.doc_number, meta.issue_date) == ("川府发〔2011〕8号", dt.date(2011, 3, 17))


def test_a_report_is_titled_by_its_heading_over_the_day_it_was_delivered_not_a_site_s_headline():
    # national-gov-report-2020 as a news site keeps it, under its own headline
    text = ("中华网\n军事APP\n(现场实录)政府工作报告\n政府工作报告\n——2020年5月22日在第十三届全国人民代表大会第三次会议上\n"
            "国务院总理 李克强\n各位代表:\n现在,我代表国务院,向大会报告政府工作,请予审议。\n")
    meta = extract_metadata(clean_text(text).text, {})
    assert (meta.title, meta.issuer, meta.issue_date) == ("政府工作报告", "国务院", dt.date(2020, 5, 22))


def test_a_report_names_its_government_by_the_congress_or_as_the_speaker_does():
    county = ("政府工作报告\n——在尉犁县第十八届人民代表大会第五次会议上\n县委副书记、县长 木合塔尔\n(2025年1月6日)\n各位代表:\n"
              "现在,我代表县人民政府向大会报告政府工作,请予审议。\n")
    town = "2024年湖镇镇政府工作报告\n2025年1月17日\n各位代表:\n现在,我代表镇人民政府向大会作报告,请予审议。\n"
    county_meta, town_meta = (extract_metadata(clean_text(text).text, {}) for text in (county, town))
    assert (county_meta.issuer, county_meta.region) == ("尉犁县人民政府", "新疆维吾尔自治区巴音郭楞蒙古自治州尉犁县")
    assert town_meta.issuer == "镇人民政府"


def test_a_plan_title_under_its_notice_drops_the_count_its_heading_adds():
    # beijing-daxing-gov-report-division-2023: under the page's facts and the notice
    text = ("• 信息名称:关于印发《2023年区政府工作报告重点工作分工方案》的通知\n• 发文序号:京兴政办发〔2023〕1号\n"
            "关于印发《2023年区政府工作报告重点工作分工方案》的通知\n各镇人民政府,区政府各委、办、局:\n"
            "《2023年区政府工作报告重点工作分工方案》已经区政府常务会审议通过,现印发给你们。\n北京市大兴区人民政府办公室\n"
            "2023年3月3日\n2023年区政府工作报告重点工作分工方案(共计121项)\n一、全区经济社会发展主要预期目标\n")
    meta = extract_metadata(clean_text(text).text, text_field_hints(text))
    assert (meta.title, meta.doc_number) == ("2023年区政府工作报告重点工作分工方案", "京兴政办发〔2023〕1号")


def test_a_breadcrumb_continued_on_its_own_line_and_a_progress_table_title():
    text = ("当前位置:首页\n> 政务公开 > 工作报告\n市政府2020年重点工作(预下达)一季度进展情况表\n序号\n内容与要求\n进展情况\n"
            "责任单位\n1\n坚持“稳开稳走,提质提效”的总体态势,确保地区生产总值增长7%左右。\n从1-2月主要经济指标完成情况看,指标实现正增长。\n"
            "市发改委\n2\n持续推进重大项目攻坚,市县长项目落地率50%以上。\n1-2月,全市固定资产投资同比下降12.7%。\n市发改委\n")
    text = clean_text(text).text
    assert extract_metadata(text, {}).title == "市政府2020年重点工作(预下达)一季度进展情况表"
    tasks = extract_tasks(text)
    assert [(task.seq, [unit.unit for unit in task.units]) for task in tasks] == [(1, ["市发改委"]), (2, ["市发改委"])]


def test_the_first_of_the_units_in_charge_leads_where_the_plan_says_so():
    # jiangxi-binhu-four-counties-tasks-2017
    text = ("一、加快基础设施建设\n(一)完善公路交通网络。\n1、加快构建环湖旅游快速通道,纳入全省收费公路体系管理。"
            "(省发改委、省交通运输厅、省财政厅负责。列第一位的为牵头部门,下同)\n2、加快国省道升级改造,提升区域内公路等级。"
            "(省交通运输厅、省发改委负责)\n")
    tasks = extract_tasks(clean_text(text).text)
    assert [[(unit.unit, unit.role) for unit in task.units] for task in tasks] == [
        [("省发改委", "lead"), ("省交通运输厅", "responsible"), ("省财政厅", "responsible")],
        [("省交通运输厅", "lead"), ("省发改委", "responsible")],
    ]


def test_a_number_written_right_after_its_label_loses_the_label():
    # anhui-transport-rule-of-law-2021: a law site's block `发文字号皖交发〔2021〕63号`
    assert normalize_doc_number("发文字号皖交发〔2021〕63号") == "皖交发〔2021〕63号"
    assert normalize_doc_number("湘政发[2024]15号") == "湘政发〔2024〕15号"


def test_a_plan_titled_by_its_body_and_year_is_issued_by_that_body_where_it_names_its_place():
    # wuhu-education-work-points-2024: the notice's 落款 gives only the date; near miss: shaoxing's 市政府2020年…
    wuhu = ("关于印发《芜湖市教育局2024年工作要点》的通知\n各县市区教育局,各直属学校:\n"
            "现将《芜湖市教育局2024年工作要点》印发给你们,请结合实际认真贯彻落实。\n芜湖市教育局2024年工作要点\n"
            "一、加强党对教育工作的全面领导\n")
    shaoxing = "市政府2020年重点工作(预下达)一季度进展情况表\n序号\n内容与要求\n进展情况\n责任单位\n"
    wuhu_meta, shaoxing_meta = (extract_metadata(clean_text(text).text, {}) for text in (wuhu, shaoxing))
    assert (wuhu_meta.issuer, wuhu_meta.region) == ("芜湖市教育局", "安徽省芜湖市")
    assert shaoxing_meta.issuer is None


def test_a_notice_on_one_line_after_its_number_keeps_its_headline_and_its_joint_signature_apart():
    # ximeng-ethnic-unity-plan-2023 (dev-bu): a PDF's text, its 文号 first, then the headline, addressees, one
    # paragraph, two bodies signing apart by a space and their date, all on one line with the plan after them
    text = ("西发〔2023〕18号 中共西盟佤族自治县委员会 西盟佤族自治县人民政府 关于印发《西盟县“十四五”民族团结进步示范区"
            "建设规划》的通知 各乡(镇)党委、政府,县属各部委办局,各人民团体: 现将《西盟县“十四五”民族团结进步示范区建设规划》"
            "印发给你们,请结合实际认真贯彻落实。 中共西盟佤族自治县委员会 西盟佤族自治县人民政府 2023年1月4日 (此件公开发布) "
            "西盟县“十四五”民族团结进步示范区 建设规划 2023年1月 前言 铸牢中华民族共同体意识是新时代党的民族工作的主线。")
    meta = extract_metadata(clean_text(text).text, {})
    assert (meta.issuer, meta.issue_date, meta.region) == (
        "中共西盟佤族自治县委员会、西盟佤族自治县人民政府", dt.date(2023, 1, 4), "云南省普洱市西盟佤族自治县")


def test_a_parts_heading_run_on_into_its_first_item_is_set_apart():
    # jiaxing-private-economy-plan-2023 (dev-bj): a page's text lost the break after 一、…支持
    text = ("嘉兴市贯彻落实若干措施实施方案\n一、加强民营经济资源要素支持(一)强化财税政策保障。依规加大减税降费力度。\n"
            "(二)加强产业基金支持。发挥政府产业基金作用。\n")
    assert [(task.path, task.heading) for task in extract_tasks(clean_text(text).text)] == [
        ("1.1", "强化财税政策保障"), ("1.2", "加强产业基金支持")]


def test_a_plan_on_one_line_with_a_decimal_outline_gets_its_items_back():
    # shenyang-education-flood-plan-2023 (dev-ey), wenzhou-shanfu-town-emergency-plan-2020 (dev-z): 1.1编制目的 … 1.2指导思想
    text = ("1 总则 1.1编制目的 为有效防范化解重大水灾风险,提高应急处置能力,结合教育系统实际,制定本预案。 "
            "1.2指导思想 以习近平新时代中国特色社会主义思想为指导,完善市教育局防汛工作领导小组牵头抓总的工作机制,"
            "全面提高防汛应急能力,保障师生生命安全和学校财产安全。 1.3编制依据 根据《中华人民共和国防洪法》"
            "《中华人民共和国突发事件应对法》《国家防汛抗旱应急预案》等,制定本预案。 1.4适用范围 本预案适用于全市教育系统"
            "暴雨洪水等自然灾害的预防和应急处置工作,各区县(市)教育局、各学校参照执行。")
    tasks = extract_tasks(clean_text(text).text)
    assert [(task.path, task.heading[:4]) for task in tasks] == [
        ("1.1", "编制目的"), ("1.2", "指导思想"), ("1.3", "编制依据"), ("1.4", "适用范围")]


def test_a_signature_run_on_after_a_paragraphs_last_sentence_and_closing_it_is_set_apart():
    # dalian-pulandian-silver-industry-plan-2024 (dev-fb): the cover notice's paragraphs joined by a capture
    text = ("各街道办事处、园区管委会,区政府各相关部门: 《大连市普兰店区银发产业发展规划》已经区政府常务会议审议通过,现印发给你们,"
            "请结合实际,认真贯彻执行。 大连市普兰店区人民政府办公室 2024年7月30日 (此件公开发布)\n"
            "大连市普兰店区银发产业发展规划\n一、指导思想\n以习近平新时代中国特色社会主义思想为指导。\n")
    meta = extract_metadata(clean_text(text).text, {})
    assert (meta.issuer, meta.issue_date) == ("大连市普兰店区人民政府办公室", dt.date(2024, 7, 30))
    # a body and a date inside a paragraph that goes on are no signature
    text = "会议强调,要认真贯彻执行。 市人民政府2024年7月30日召开常务会议,研究部署相关工作。\n"
    assert "\n" not in clean_text(text).text.strip()


# kashi-shufu-gov-report-2023 (dev-da) as a page saved it: one line, its paragraphs set apart by spaces.
_SPACED_REPORT = (
    "2024年疏附县政府工作报告 2023年1月5日在疏附县第十七届人民代表大会第三次会议上 疏附县人民政府县长 阿卜拉江·萨迪克 "
    "各位代表: 现在,我代表疏附县第十七届人民政府向大会作工作报告,请各位人大代表审议,并请政协委员和其他列席人员提出意见。 "
    "2022年工作回顾 刚刚过去的2022年,是极不平凡的一年。一年来,在自治区党委、地委和县委的坚强领导下,全县经济社会保持平稳。 "
    "——经济发展稳中有进。预计完成地区生产总值60亿元、增长5.5%;一般公共预算收入2.85亿元、增长15%;"
    "完成固定资产投资34.7亿元、同比增长47%;完成规上工业增加值1.15亿元。"
)


def test_a_report_on_one_line_comes_apart_at_the_spaces_between_its_paragraphs_and_reviews_its_year():
    lines = _lines(_SPACED_REPORT)
    assert lines[:6] == ["2024年疏附县政府工作报告", "2023年1月5日在疏附县第十七届人民代表大会第三次会议上",
                         "疏附县人民政府县长", "阿卜拉江·萨迪克 各位代表:",
                         "现在,我代表疏附县第十七届人民政府向大会作工作报告,请各位人大代表审议,并请政协委员和其他列席人员提出意见。",
                         "2022年工作回顾"]
    assert brief("\n".join(lines), 2023) == []  # under 2022年工作回顾 the figures are the year's results
    assert ("一般公共预算收入", 2.85, "亿元", None, 2022) in actuals("\n".join(lines), 2023)


def test_spaces_inside_a_one_line_document_s_rows_and_figures_are_not_paragraph_breaks():
    # ningbo-livelihood-projects-progress-2014 (dev-bx): an item's fields after its sentence, set apart by spaces
    fields = ("2014年市政府民生实事项目共有42项任务,各责任单位高度重视,实事项目总体进展情况良好。现将进展情况通报如下: "
              "1.轨道交通1号线一期工程投入试运营。 牵头领导:林静国 责任单位:市轨道交通工程建设指挥部 "
              "2.新增安装300套路口交通信息视频采集设备。 牵头领导:王仁洲 责任单位:市公安局 " * 3)
    assert "1.轨道交通1号线一期工程投入试运营。 牵头领导:林静国 责任单位:市轨道交通工程建设指挥部" in _lines(fields)
    # ningbo-ninghai-sports-work-summary-2024 (dev-gg): a page that sets figures apart from their words
    spaced = ("县体育发展中心 2024 年工作总结和 2025 年工作思路 2024 年,县体育部门紧紧围绕县委、县政府中心工作,"
              "依法履行体育监督职责。 一、2024 年工作总结 (一)多层推进群众体育工作。有序高效推动项目实施。" * 2)
    assert _lines(spaced)[0].startswith("县体育发展中心2024年工作总结和2025年工作思路")



def test_a_part_s_heading_comes_apart_from_its_first_paragraph_on_a_one_line_document():
    # shaoyang-chengbu-employment-workshop-plan-2021 (dev-bw): 一、总体要求 按照…
    text = ("城步苗族自治县巩固提升就业帮扶车间专项行动实施方案 一、总体要求 按照“总量不减”“标准不降”“量质双升”的原则,"
            "抓牢抓实就业帮扶车间巩固提升,帮助人民群众实现“岗位送到家门口”。 二、工作措施 (一)摸清底数。全面排查就业帮扶车间"
            "运行情况,建立工作台账。(县人力资源和社会保障局牵头) (二)强化服务。落实就业帮扶车间各项扶持政策,"
            "帮助车间解决用工、用地、融资等方面的困难和问题。(县乡村振兴局牵头,县财政局配合) (三)加强监管。定期开展督导检查。")
    lines = _lines(text)
    assert lines[:3] == ["城步苗族自治县巩固提升就业帮扶车间专项行动实施方案", "一、总体要求",
                         "按照“总量不减”“标准不降”“量质双升”的原则,抓牢抓实就业帮扶车间巩固提升,帮助人民群众实现“岗位送到家门口”。"]


def test_a_page_s_headline_naming_the_report_titles_it_over_a_heading_that_names_no_year():
    # shanghai-gov-report-2026 (dev-ar): the newspaper's headline, then the report's heading over the day it was delivered
    text = ("龚正市长在上海市第十六届人民代表大会第四次会议的政府工作报告\nJie Fang Ri Bao·2026-02-09 01:28\n政府工作报告\n"
            "——2026年2月3日在上海市第十六届人民代表大会第四次会议上\n上海市市长\n龚正\n各位代表:\n"
            "现在,我代表上海市人民政府,向大会报告工作,请予审议。\n")
    meta = extract_metadata(clean_text(text).text, {})
    assert meta.title == "龚正市长在上海市第十六届人民代表大会第四次会议的政府工作报告"
