"""What national and provincial pages of dev-hj and dev-hk showed (labelled before the code ran on them): an issuers'
mark over a joint title, 等 closing a list before the next body, a mirror's pinyin for each reading of a character,
a number broken inside its decimals, a one-line document's 成文日期 after its 文号, the year of a National People's
Congress session, and a text turning to its own year after naming the one it reviews."""

from __future__ import annotations

import datetime as dt

from gongwen.indicators.extract import extract_figures
from gongwen.metadata import extract_metadata
from gongwen.metadata.periods import year_of_targets
from gongwen.normalize import clean_text
from gongwen.normalize.lines import join_spaced_numbers
from gongwen.normalize.pinyin import remove_pinyin_annotations
from gongwen.tasks.unit_lists import split_unit_list


def test_the_issuers_mark_above_a_joint_title_that_names_them_is_no_part_of_it():
    # national-mohrss-mof-pension-adjustment-2024 (dev-hj): 发文机关标志, then the title naming both bodies
    text = ("人力资源和社会保障部 财政部\n人力资源社会保障部、财政部关于2024年调整退休人员基本养老金的通知\n人社部发〔2024〕48号\n"
            "各省、自治区、直辖市人民政府,国务院各部委、各直属机构,新疆生产建设兵团:\n"
            "经党中央、国务院批准,从2024年1月1日起调整退休人员基本养老金水平。现就有关事项通知如下:\n"
            "一、调整范围。2023年12月31日前已按规定办理退休手续的退休人员。\n")
    meta = extract_metadata(clean_text(text).text, {})
    assert (meta.title, meta.issuer) == (
        "人力资源社会保障部、财政部关于2024年调整退休人员基本养老金的通知", "人力资源社会保障部、财政部")


def test_etc_closing_a_list_before_the_next_body_is_no_part_of_a_name():
    # national-health-reform-tasks-2022 (dev-hj): (…国家疾控局等和地方人民政府按职责分工负责)
    assert split_unit_list("教育部、国家中医药局、国家疾控局等和地方人民政府") == [
        "教育部", "国家中医药局", "国家疾控局", "地方人民政府"]


def test_a_mirror_s_pinyin_for_each_reading_of_a_character_is_removed():
    # national-moe-curriculum-reform-action-2023 (dev-hj): every reading, the neutral tone's without a mark
    assert remove_pinyin_annotations("(一(yī / yì /yí))课程方案转化落地(dì / de)规划行动,为(wéi / wèi)党育人") == (
        "(一)课程方案转化落地规划行动,为党育人", 3)
    assert remove_pinyin_annotations("清单(a)项") == ("清单(a)项", 0)


def test_a_number_broken_inside_its_decimals_is_joined():
    # national-ndrc-env-infrastructure-action-2023 (dev-hj): the page's markup left a blank inside 4.52
    assert join_spaced_numbers(["新增和改造污水收集管网4.5 2万公里,新建"]) == ["新增和改造污水收集管网4.52万公里,新建"]


def test_a_one_line_document_s_date_after_its_number_is_its_date():
    # ningxia-new-industrialization-opinion-2023 (dev-hk): title, 文号, date, addressees and body on one line
    text = ("宁夏回族自治区人民政府办公厅关于深入推进新型工业强区五年计划的实施意见 宁政办发〔2023〕13号 2023-03-24 "
            "各市、县(区)人民政府,自治区政府各部门、各直属机构,各大型国有企业: 为深入学习贯彻党的二十大精神,全面落实"
            "习近平总书记视察宁夏重要讲话指示批示精神,完整、准确、全面贯彻新发展理念,着力推进产业振兴战略,实施产业体系"
            "提质升级行动,大力发展战略性新兴产业,结合我区实际,提出如下实施意见。 一、主要目标 到2027年,规模以上工业"
            "增加值达到2800亿元以上。 二、重点任务 (一)实施制造业强链补链行动。")
    lines = clean_text(text).text.split("\n")
    assert lines[:3] == ["宁夏回族自治区人民政府办公厅关于深入推进新型工业强区五年计划的实施意见", "宁政办发〔2023〕13号", "2023-03-24"]
    assert extract_metadata("\n".join(lines), {}).issue_date == dt.date(2023, 3, 24)


_NPC_NEWS = ("3月5日,第十三届全国人民代表大会第五次会议在北京人民大会堂开幕。国务院总理李克强在政府工作报告中表示,2021年,"
             "我国国内生产总值达到114万亿元,增长8.1%。粮食产量1.37万亿斤,创历史新高。李克强总理在政府工作报告中提出,今年发展"
             "主要预期目标是:国内生产总值增长5.5%左右;城镇新增就业1100万人以上,城镇调查失业率全年控制在5.5%以内;"
             "粮食产量保持在1.3万亿斤以上。")


def test_a_national_congress_session_gives_the_year_of_the_report_it_hears():
    # national-gov-report-news-2022 (dev-hj): no date, the session named; every congress since 1978 sits five years
    assert year_of_targets(_NPC_NEWS) == 2022
    assert year_of_targets("在十四届全国人大二次会议上作政府工作报告") == 2024
    assert year_of_targets("第十三届全国人民代表大会常务委员会第五次会议在北京举行") is None  # its standing committee
    assert year_of_targets("深入学习贯彻十四届全国人大二次会议精神") is None  # a session cited, not one heard
    # …and its lead gives the day the report was delivered, the session's opening
    assert extract_metadata(_NPC_NEWS, {}).issue_date == dt.date(2022, 3, 5)


def test_the_whole_year_after_the_text_turns_to_its_own_year_is_its_own():
    # national-gov-report-news-2022 (dev-hj): 2021年 … 今年…目标是: … 城镇调查失业率全年控制在5.5%以内
    figures = {(figure.metric, figure.value): (figure.kind, figure.target_year) for figure in extract_figures(_NPC_NEWS, 2022)}
    assert figures[("我国国内生产总值", 114.0)] == ("actual", None)
    assert figures[("城镇调查失业率全年", 5.5)] == ("target", 2022)
    assert figures[("粮食产量", 1.3)] == ("target", 2022)


def test_a_rate_per_day_is_a_unit_of_its_own():
    # national-ndrc-env-infrastructure-action-2023 (dev-hj): 新增污水处理能力1200万立方米/日
    figures = extract_figures("到2025年,新增污水处理能力1200万立方米/日,新建再生水生产能力不少于1000万吨/天。", 2023)
    assert [(figure.metric, figure.value, figure.unit, figure.target_year) for figure in figures] == [
        ("新增污水处理能力", 1200.0, "万立方米/日", 2025), ("新建再生水生产能力", 1000.0, "万吨/天", 2025)]


def test_a_share_of_things_named_by_one_character_after_de_is_read():
    # national-mofcom-county-commerce-plan-news-2023 (dev-hj): 90%的县达到…; a share of nothing named is still no target
    figures = extract_figures("到2025年,在全国打造一批县域商业“领跑县”,90%的县达到“基本型”及以上商业功能。", 2023)
    assert [(figure.metric, figure.value, figure.unit) for figure in figures] == [("县达到“基本型”及以上商业功能", 90.0, "%")]
    assert extract_figures("到2025年,100%实现一次性装修。", 2023) == []


def test_a_body_s_site_publishing_a_document_is_the_body_issuing_it():
    # national-miit-standards-work-points-news-2021 (dev-hj): 工信部网站发布2021年工业和信息化标准工作要点
    text = "本报讯3月17日,工信部网站发布2021年工业和信息化标准工作要点。要点共6方面20项内容。\n一、加强标准工作的统筹推进。\n"
    meta = extract_metadata(clean_text(text).text, {})
    assert (meta.title, meta.issuer, meta.admin_level) == ("2021年工业和信息化标准工作要点", "工信部", "national")
