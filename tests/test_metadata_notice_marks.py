"""Titles and issuers around a notice's marks: the publication mark between a cover notice and its plan, an
office named 督查室, a news lead naming one body of several."""

from __future__ import annotations

from gongwen.metadata import extract_metadata
from gongwen.normalize import clean_text
from gongwen.reading.text_fields import text_field_hints
from gongwen.vocabulary import COUNTY, NATIONAL


def _meta(text: str):
    return extract_metadata(clean_text(text).text, {})


def test_the_publication_mark_above_a_plan_s_heading_is_no_part_of_its_title():
    # national-mot-openness-points-2021: (此件公开发布) on its own line between the cover's date and the plan
    meta = _meta("部属各单位、部内各司局:\n现将《交通运输部2021年政务公开工作要点》及工作台账印发给你们,请认真贯彻落实。\n"
                 "交通运输部办公厅\n2021年4月27日\n(此件公开发布)\n交通运输部2021年政务公开工作要点\n"
                 "2021年是中国共产党成立100周年。\n一、深化政务公开\n")
    assert (meta.title, meta.issuer, meta.admin_level) == ("交通运输部2021年政务公开工作要点", "交通运输部办公厅", NATIONAL)


def test_a_government_s_督查室_issues_the_notice_its_title_names_it_for():
    meta = _meta("扶余市人民政府督查室关于对全市开展农村人居环境综合整治工作专项督查的通知\n市直相关部门、各乡、镇(场)人民政府:\n"
                 "为有效推进市政府重点工作,现将有关事宜通知如下:\n一、重点督办事项\n")
    assert (meta.issuer, meta.region) == ("扶余市人民政府督查室", "吉林省松原市扶余市")


def test_a_news_lead_naming_a_body_and_the_count_of_those_with_it_names_the_body_and_the_document():
    # national-rural-water-supply-news-2021
    meta = _meta("近日,水利部等九部门印发《关于做好农村供水保障工作的指导意见》,要求各地在“十四五”期间稳步推进农村供水保障。"
                 "到2025年,全国农村自来水普及率达到88%。\n【雄安之声】水利部等九部门共同发力农村供水保障\n")
    assert (meta.title, meta.issuer, meta.admin_level) == ("关于做好农村供水保障工作的指导意见", "水利部", NATIONAL)


def test_the_body_a_page_s_breadcrumb_names_publishes_a_page_that_names_no_issuer():
    # lingbi-health-gov-report-tasks-2021
    text = ("您当前的位置:首页 > 信息公开 > 灵璧县卫生健康委员会 > 决策部署落实情况\n县卫健委2021年政府工作报告任务分解\n"
            "1.创建国家卫生县城。\n牵头责任单位:县卫健委\n")
    meta = extract_metadata(clean_text(text).text, text_field_hints(text))
    assert (meta.issuer, meta.admin_level, meta.region) == ("灵璧县卫生健康委员会", COUNTY, "安徽省宿州市灵璧县")
    text = text.replace("灵璧县卫生健康委员会 > ", "")
    meta = extract_metadata(clean_text(text).text, text_field_hints(text))
    assert (meta.issuer, meta.region) == (None, None)
