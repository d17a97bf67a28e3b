"""Metadata and citations read from cleaned text: each sample, field pages, and the forms they come in."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from gongwen.metadata import (
    cited_document_name,
    extract_citations,
    extract_metadata,
    extract_period,
    find_region,
    normalize_doc_number,
    parse_date,
)
from gongwen.model import Citation, DocumentMeta
from gongwen.normalize import clean_text
from gongwen.reading import read_file
from gongwen.reading.text_fields import text_field_hints

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"
FIELD = Path(__file__).resolve().parents[1] / "data" / "field"


def meta_of(root: Path, name: str) -> DocumentMeta:
    record = read_file(root, root / name)[0]
    return extract_metadata(clean_text(record.text).text, record.hints)


# ---------------------------------------------------------------------------------------- samples


def test_chenzhou_plan_without_a_notice_title():
    assert meta_of(SAMPLES, "chenzhou-2025.txt") == DocumentMeta(
        title="郴州市深入推进以人为本的新型城镇化战略五年行动计划实施方案",
        notice_title=None,
        issuer="郴州市人民政府",
        doc_number=None,
        issue_date=dt.date(2025, 6, 28),
        admin_level="prefecture",
        region="湖南省郴州市",
        period_start=2025,
        period_end=2030,  # 有效期5年
    )


def test_hunan_notice_title_split_over_three_lines_is_joined():
    assert meta_of(SAMPLES, "hunan-2024.txt") == DocumentMeta(
        title="湖南省深入推进以人为本的新型城镇化战略五年行动计划实施方案",
        notice_title="湖南省人民政府关于印发《湖南省深入推进以人为本的新型城镇化战略五年行动计划实施方案》的通知",
        issuer="湖南省人民政府",
        doc_number="湘政发〔2024〕15号",
        issue_date=dt.date(2024, 11, 30),
        admin_level="province",
        region="湖南省",
        period_start=2024,
        period_end=2028,  # 五年行动
    )


def test_liuyang_county_level_city_under_changsha():
    assert meta_of(SAMPLES, "liuyang-2025.txt") == DocumentMeta(
        title="浏阳市深入实施以人为本的新型城镇化战略五年行动计划试点工作方案",
        notice_title="浏阳市人民政府办公室关于印发《浏阳市深入实施以人为本的新型城镇化战略五年行动计划试点工作方案》的通知",
        issuer="浏阳市人民政府办公室",
        doc_number=None,
        issue_date=dt.date(2025, 6, 18),
        admin_level="county",
        region="湖南省长沙市浏阳市",
        period_start=2025,
        period_end=2028,  # 有效期至2028年12月31日
    )


def test_hunan_workpoints_traditional_letter_for_comments():
    assert meta_of(SAMPLES, "hunan-2021-workpoints.txt") == DocumentMeta(
        title="2021年湖南省新型城镇化工作要点",
        notice_title="湖南省推进新型城镇化工作领导小组办公室关于征求《2021年湖南省新型城镇化工作要点(征求意见稿)》意见的函",
        issuer="湖南省推进新型城镇化工作领导小组办公室",
        doc_number=None,
        issue_date=dt.date(2021, 7, 15),  # not the 请于2021年7月21日前 deadline
        admin_level="province",
        region="湖南省",
        period_start=2021,
        period_end=2021,
    )


def test_guizhou_news_wrapped_plan():
    assert meta_of(SAMPLES, "guizhou-2024.txt") == DocumentMeta(
        title="贵州省落实以人为本的新型城镇化战略五年行动计划实施方案(2024—2028年)",
        notice_title="贵州省人民政府关于印发《贵州省落实以人为本的新型城镇化战略五年行动计划实施方案(2024—2028年)》的通知",
        issuer="贵州省人民政府",
        doc_number=None,
        issue_date=None,
        admin_level="province",
        region="贵州省",
        period_start=2024,
        period_end=2028,
    )


# ------------------------------------------------------------------------------------------ field


def test_chongqing_opinion_title_broken_after_guanyu():
    assert meta_of(FIELD, "chongqing-hukou-2015.html") == DocumentMeta(
        title="重庆市人民政府关于进一步推进户籍制度改革的实施意见",
        notice_title=None,
        issuer="重庆市人民政府",
        doc_number="渝府发〔2015〕54号",
        issue_date=dt.date(2015, 8, 25),
        admin_level="province",
        region="重庆市",
        period_start=2015,
        period_end=2020,
        published_date=dt.date(2015, 9, 1),
    )


def test_shenzhen_plan_with_bracketed_number_and_chinese_numeral_date():
    meta = meta_of(FIELD, "shenzhen-housing-2011.html")
    assert (meta.title, meta.issuer, meta.doc_number, meta.issue_date) == (
        "深圳市住房保障发展规划(2011—2015)", "深圳市人民政府办公厅", "深府办〔2011〕46号", dt.date(2011, 5, 12)
    )
    assert (meta.admin_level, meta.region, meta.period_start, meta.period_end) == (
        "prefecture", "广东省深圳市", 2011, 2015
    )


def test_fujian_opinion_signed_at_the_end():
    meta = meta_of(FIELD, "fujian-hukou-2015.html")
    assert (meta.title, meta.issuer, meta.issue_date, meta.region) == (
        "福建省人民政府关于进一步推进户籍制度改革的意见", "福建省人民政府", dt.date(2015, 2, 11), "福建省"
    )


def test_government_work_reports_from_csv_exports():
    henan = meta_of(FIELD, "henan-gov-report-2026.csv")
    assert (henan.title, henan.issuer, henan.issue_date, henan.admin_level, henan.region) == (
        "2026年河南省政府工作报告", "河南省人民政府", dt.date(2026, 1, 26), "province", "河南省"
    )
    ningxia = meta_of(FIELD, "ningxia-gov-report-2026.csv")
    assert (ningxia.title, ningxia.issuer, ningxia.issue_date, ningxia.admin_level, ningxia.region) == (
        "2026年宁夏回族自治区政府工作报告", "宁夏回族自治区人民政府", dt.date(2026, 2, 3), "province", "宁夏回族自治区"
    )


def test_report_with_its_date_in_brackets_and_a_governor_named_by_place():
    text = ("政府工作报告\n(2026年1月27日在四川省第十四届人民代表大会第五次会议上)\n四川省省长 施小琳\n"
            "各位代表:\n现在,我代表省人民政府,向大会报告工作,请予审议。")
    meta = extract_metadata(text, {})
    assert (meta.title, meta.issuer, meta.issue_date, meta.admin_level, meta.region) == (
        "政府工作报告", "四川省人民政府", dt.date(2026, 1, 27), "province", "四川省"
    )


def test_report_government_from_the_congress_it_is_delivered_to():
    text = ("政府工作报告\n——2025年1月20日在浏阳市第十八届人民代表大会第五次会议上\n常务副市长 李明\n"
            "各位代表:\n现在,我代表市人民政府,向大会报告工作,请予审议。")
    meta = extract_metadata(text, {})
    assert (meta.issuer, meta.issue_date, meta.admin_level, meta.region) == (
        "浏阳市人民政府", dt.date(2025, 1, 20), "county", "湖南省长沙市浏阳市"
    )
    # huaihua-chenxi-gov-report-2026 (dev-dr): the line printed after one dash
    meta = extract_metadata(text.replace("——", "—"), {})
    assert (meta.issue_date, meta.region) == (dt.date(2025, 1, 20), "湖南省长沙市浏阳市")


# ------------------------------------------------------------------------------------------ forms


@pytest.mark.parametrize(
    "text",
    ["2025年6月28日", "二〇二五年六月二十八日", "二○二五年六月二十八日", "2025-06-28", "2025.6.28", "2025/6/28"],
)
def test_date_forms(text):
    assert parse_date(text) == dt.date(2025, 6, 28)


def test_issuer_on_the_line_above_a_notice_title():
    text = "宁乡市人民政府办公室\n关于印发《宁乡市2024年新型城镇化工作要点》的通知\n宁政办发〔2024〕8号"
    meta = extract_metadata(text, {})
    assert meta.notice_title == "宁乡市人民政府办公室关于印发《宁乡市2024年新型城镇化工作要点》的通知"
    assert (meta.issuer, meta.admin_level, meta.region) == ("宁乡市人民政府办公室", "county", "湖南省长沙市宁乡市")


def test_date_falls_back_to_the_export_hint():
    meta = extract_metadata("关于推进新型城镇化的实施意见\n推进农业转移人口市民化。", {"publish_date": "2026-02-03"})
    assert (meta.issue_date, meta.published_date) == (dt.date(2026, 2, 3), dt.date(2026, 2, 3))


def test_the_day_a_captured_page_was_posted_is_no_date_of_issue():
    # A news site reposted a 2023 plan in 2024: the capture's 发布日期 line dates the page (published_date), not
    # the plan (issue_date, the 成文日期, NULL where the text gives none); it still dates the plan's years.
    text = ("发布时间:2024-08-09 00:18:23 来源:小9直播平台\n关于印发市容市貌整治专项行动方案的通知\n"
            "到2026年，推进农业转移人口市民化。\n")
    meta = extract_metadata(clean_text(text).text, text_field_hints(text))
    assert (meta.issue_date, meta.published_date) == (None, dt.date(2024, 8, 9))
    assert (meta.period_start, meta.period_end) == (2024, 2026)


@pytest.mark.parametrize(
    "written", ["湘政发〔2024〕15号", "湘政发[2024]15号", "湘政发【2024】15号", "湘政发(2024)15号", "湘政发（2024）15号",
                "湘政发〔2024〕第15号"]
)
def test_doc_number_brackets_are_normalized(written):
    assert normalize_doc_number(written) == "湘政发〔2024〕15号"


def test_doc_number_line_with_the_signer():
    meta = extract_metadata("湖南省人民政府办公厅关于印发《湖南省工作要点》的通知\n湘政办发〔2024〕3号 签发人:张三", {})
    assert meta.doc_number == "湘政办发〔2024〕3号"


def test_a_cited_parents_number_is_not_the_documents_own():
    text = ("郴州市实施方案\n为深入实施新型城镇化战略,根据《深入实施以人为本的新型城镇化战略五年行动计划》"
            "(国发〔2024〕17号)精神,制定本实施方案。")
    assert extract_metadata(text, {}).doc_number is None


@pytest.mark.parametrize(
    ("issuer", "level", "path"),
    [
        ("湖南省人民政府", "province", "湖南省"),
        ("郴州市人民政府", "prefecture", "湖南省郴州市"),
        ("浏阳市人民政府办公室", "county", "湖南省长沙市浏阳市"),
        ("重庆市人民政府", "province", "重庆市"),
        ("重庆市北碚区人民政府办公室", "county", "重庆市北碚区"),
        ("宁夏回族自治区人民政府", "province", "宁夏回族自治区"),
        ("湘西州人民政府", "prefecture", "湖南省湘西土家族苗族自治州"),
        ("中共湖南省委办公厅", "province", "湖南省"),
    ],
)
def test_region_and_level_of_an_issuer(issuer, level, path):
    region = find_region(issuer)
    assert (region.level, region.path) == (level, path)


def test_same_named_district_is_chosen_by_the_province_the_text_names():
    assert find_region("朝阳区人民政府", "吉林省长春市朝阳区人民政府关于印发…").path == "吉林省长春市朝阳区"
    assert find_region("朝阳区人民政府", "北京市朝阳区人民政府关于印发…").path == "北京市朝阳区"


def test_same_named_district_is_chosen_by_the_township_the_text_names_where_no_parent_is_named():
    # xining-chengzhong-renminjie-street-rule-of-law-report-2025 (dev-gf): 人民街街道 lies in 西宁's 城中区, not 柳州's
    context = "城中区委全面依法治区委员会:\n人民街街道办事处坚持以习近平法治思想为根本遵循,认真贯彻落实《城中区2025年法治政府建设工作要点》。"
    assert find_region("城中区委", context).path == "青海省西宁市城中区"
    assert find_region("城中区委", "城中区委全面依法治区委员会:").path == "广西壮族自治区柳州市城中区"  # none named: the first


def test_national_document_has_no_region():
    text = "\n".join([
        "国务院关于印发《深入实施以人为本的新型城镇化战略五年行动计划》的通知",
        "国发〔2024〕17号",
        "各省、自治区、直辖市人民政府:",
        "现将《深入实施以人为本的新型城镇化战略五年行动计划》印发给你们,请认真贯彻执行。",
        "国务院",
        "2024年7月28日",
    ])
    meta = extract_metadata(text, {})
    assert (meta.issuer, meta.admin_level, meta.region, meta.doc_number, meta.issue_date) == (
        "国务院", "national", None, "国发〔2024〕17号", dt.date(2024, 7, 28)
    )
    assert meta.title == "深入实施以人为本的新型城镇化战略五年行动计划"


@pytest.mark.parametrize(
    ("title", "text", "issue_year", "period"),
    [
        ("贵州省实施方案(2024—2028年)", "到2030年,常住人口城镇化率达到65%。", 2024, (2024, 2028)),
        ("深圳市住房保障发展规划(2011-2015)", "", 2011, (2011, 2015)),
        ("湖南省“十四五”新型城镇化规划", "", 2021, (2021, 2025)),
        ("2021年湖南省新型城镇化工作要点", "", 2021, (2021, 2021)),
        # the year after the place (dev-hp, dev-hg): the annual document's, not the one before the title's
        ("乡镇2023年工作要点", "2023年是“十三五规划开局之年。乡党委政府将在县委领导下工作。", None, (2023, 2023)),
        ("西区2016年工作计划", "2016年是“十三五”开局之年。", 2017, (2016, 2016)),
        ("浏阳市试点工作方案", "本文件自公布之日起施行,有效期至2028年12月31日。", 2025, (2025, 2028)),
        ("郴州市实施方案", "本方案自公布之日起施行,有效期5年。", 2025, (2025, 2030)),
        ("重庆市实施意见", "到2020年,全市常住人口城镇化率达到65%以上。", 2015, (2015, 2020)),
        ("某市实施意见", "加快推进户籍制度改革。", 2015, (None, None)),
        ("湖南省深入推进新型城镇化战略五年行动计划实施方案", "", 2024, (2024, 2028)),
        ("2024年行动计划实施方案", "用3年时间基本完成改造。", None, (2024, 2024)),
        ("城中村改造实施方案", "用3年左右时间基本完成改造。", 2024, (2024, 2026)),
        ("黑龙江省实施方案", "根据《深入实施以人为本的新型城镇化战略五年行动计划》,到2025年达到68%。", 2023,
         (2023, 2025)),
    ],
)
def test_period_precedence(title, text, issue_year, period):
    assert extract_period(title, text, issue_year) == period


# -------------------------------------------------------------------------------------- citations


def test_citations_with_numbers_and_relation():
    text = (
        "郴州市深入推进以人为本的新型城镇化战略五年行动计划实施方案\n"
        "为深入实施以人为本的新型城镇化战略,根据《深入实施以人为本的新型城镇化战略五年行动计划》(国发〔2024〕17号)"
        "和《湖南省深入推进以人为本的新型城镇化战略五年行动计划实施方案》(湘政发〔2024〕15号)精神,"
        "结合郴州实际,制定本实施方案。\n"
        "一、行动目标\n"
        "1.修订《湖南省户口登记管理办法》。据《人民日报》报道,各地加快推进。\n"
    )
    assert extract_citations(text) == [
        Citation("《深入实施以人为本的新型城镇化战略五年行动计划》", "国发〔2024〕17号", "implements", 50),
        Citation("《湖南省深入推进以人为本的新型城镇化战略五年行动计划实施方案》", "湘政发〔2024〕15号", "implements", 88),
        Citation("《湖南省户口登记管理办法》", None, "cites", 163),
    ]


def test_nested_notice_title_is_one_citation():
    text = ("为贯彻落实《国务院关于印发〈深入实施以人为本的新型城镇化战略五年行动计划〉的通知》(国发〔2024〕17号),"
            "结合我省实际,制定本实施方案。")
    assert extract_citations(text) == [
        Citation("《国务院关于印发〈深入实施以人为本的新型城镇化战略五年行动计划〉的通知》", "国发〔2024〕17号",
                 "implements", 5)
    ]


def test_a_title_naming_a_list_after_its_year_or_its_place_is_read_over_its_lines():
    # chongqing-dazu-work-safety-points-2025 (dev-gr): the plan's heading below its notice, broken after its list
    text = ("重庆市大足区人民政府\n关于印发2025年全区安全生产、防灾减灾救灾\n和消防工作要点的通知\n各镇街人民政府:\n"
            "现将《2025年全区安全生产、防灾减灾救灾和消防工作要点》印发给你们,请认真贯彻执行。\n重庆市大足区人民政府\n"
            "2025年3月24日\n2025年全区安全生产、防灾减灾救灾\n和消防工作要点\n一、深化安全责任体系\n")
    assert extract_metadata(text, {}).title == "2025年全区安全生产、防灾减灾救灾和消防工作要点"
    # a news line whose 、 joins a person's posts is no part of a title
    text = "县人大会议开幕\n县委副书记、县长胡宏林代表县人民政府作工作报告\n凝心聚力,共谋发展。12月18日上午,会议开幕。\n"
    assert extract_metadata(text, {}).title is None


def test_a_cited_title_broken_over_lines_by_a_page_capture_is_one_line():
    text = "依据《\n2025\n年全省电力电量供需平衡方案》确定。"
    assert extract_citations(text) == [Citation("《2025年全省电力电量供需平衡方案》", None, "implements", 2)]


def test_cited_document_name_unwraps_a_notice_that_forwards_it():
    wrapped = "《国务院关于印发〈深入实施以人为本的新型城镇化战略五年行动计划〉的通知》"
    assert cited_document_name(wrapped) == "深入实施以人为本的新型城镇化战略五年行动计划"
    assert cited_document_name("《湖南省户口登记管理办法》") == "湖南省户口登记管理办法"


def test_implementing_a_document_inside_a_task_only_cites_it():
    text = ("一、总体要求\n推进新型城镇化。\n二、重点任务\n"
            "(十)全面贯彻落实《国务院办公厅转发国家发展改革委关于促进特色小镇规范健康发展意见的通知》。")
    assert [c.relation for c in extract_citations(text)] == ["cites"]


def test_anzhao_needs_spirit_or_requirements_to_implement():
    base = "按照《湖南省新型城镇化规划》{}，结合实际，制定本方案。"
    assert extract_citations(base.format("要求"))[0].relation == "implements"
    assert extract_citations("按照《湖南省新型城镇化规划》确定的布局,建设城镇。")[0].relation == "cites"


def test_the_document_citing_its_own_title_is_skipped():
    text = ("各县市区人民政府:\n现将《郴州市实施方案》印发给你们,请认真贯彻落实。\n郴州市人民政府\n2025年6月28日\n"
            "郴州市实施方案\n根据《湖南省实施方案》(湘政发〔2024〕15号)精神,制定本实施方案。")
    assert [c.cited_title for c in extract_citations(text)] == ["《湖南省实施方案》"]


def test_work_points_preamble_implements_its_parent():
    record = read_file(SAMPLES, SAMPLES / "hunan-2021-workpoints.txt")[0]
    citations = extract_citations(clean_text(record.text).text)
    assert [(c.cited_title, c.cited_number, c.relation) for c in citations] == [
        ("《2021年新型城镇化和城乡融合发展重点任务》", "发改规划〔2021〕493号", "implements"),
        ("《国务院办公厅转发国家发展改革委关于促进特色小镇规范健康发展意见的通知》", None, "cites"),
    ]


# ------------------------------------------------------------------------------------ page hints

PAGE_BODY = """潍坊市人民政府办公室关于印发潍坊市加快推进预制菜产业高质量发展实施方案的通知
各县市区人民政府,市政府各部门:
《潍坊市加快推进预制菜产业高质量发展实施方案》已经市政府同意,现印发给你们,请认真抓好贯彻落实。
潍坊市人民政府办公室
2025年2月26日
潍坊市加快推进预制菜产业高质量发展实施方案"""


def test_field_table_number_is_taken_and_its_date_where_the_text_is_not_signed():
    hints = {"doc_number": "潍政办字〔2025〕9号", "written_date": "2025-02-25"}
    meta = extract_metadata(PAGE_BODY, hints)
    # the 落款 is the document's own 成文日期; a site's field may record another day (a repost, a later copy)
    assert (meta.doc_number, meta.issue_date) == ("潍政办字〔2025〕9号", dt.date(2025, 2, 26))
    unsigned = PAGE_BODY.replace("2025年2月26日\n", "")
    assert extract_metadata(unsigned, hints).issue_date == dt.date(2025, 2, 25)


def test_record_generation_date_is_no_issue_date_when_the_text_is_signed():
    meta = extract_metadata(PAGE_BODY, {"generated_date": "2025-03-01"})
    assert meta.issue_date == dt.date(2025, 2, 26)


def test_notice_title_kept_out_of_an_export_text_comes_from_the_title_column():
    text = "\n".join(PAGE_BODY.split("\n")[1:])
    hints = {"title": "潍坊市人民政府办公室关于印发潍坊市加快推进预制菜产业高质量发展实施方案的通知"}
    meta = extract_metadata(text, hints)
    assert (meta.title, meta.notice_title) == (
        "潍坊市加快推进预制菜产业高质量发展实施方案",
        "潍坊市人民政府办公室关于印发潍坊市加快推进预制菜产业高质量发展实施方案的通知",
    )


def test_interpretation_page_takes_title_publisher_and_date_from_its_fields():
    text = "《苏州市推进数字经济和数字化发展三年行动计划》政策解读\n一、出台背景\n市政府研究制定了《行动计划》。"
    hints = {"title": "《苏州市推进数字经济和数字化发展三年行动计划（2025—2027年）》政策解读",
             "publisher": "苏州市工业和信息化局", "written_date": "2025-03-12"}
    meta = extract_metadata(text, hints)
    assert (meta.title, meta.issuer, meta.issue_date, meta.region) == (
        "《苏州市推进数字经济和数字化发展三年行动计划(2025—2027年)》政策解读",
        "苏州市工业和信息化局", dt.date(2025, 3, 12), "江苏省苏州市",
    )


def test_a_short_name_given_to_a_cited_document_cites_nothing_more():
    # dev-q jiangxi-yingtan-port-plan-approval-2020: 《规划》 stands for 《鹰潭港总体规划》 a dozen times
    text = "一、原则同意《鹰潭港总体规划》(以下简称《规划》)。\n二、原则同意《规划》提出的港口岸线利用规划方案。\n"
    assert [c.cited_title for c in extract_citations(text)] == ["《鹰潭港总体规划》"]


def test_a_plan_heading_quoting_a_slogan_with_a_comma_is_its_title():
    # The notice names the plan without its 关于; the plan's own heading, broken over two lines, keeps it and
    # quotes a slogan holding a comma (a Qinghai prefecture's 2020 campaign plan).
    text = ("海西州人民政府办公室关于印发在全州开展“收好官,开好局”专项行动实施方案的通知\n"
            "各市、县人民政府,州政府各部门:\n"
            "《关于在全州开展“收好官,开好局”专项行动实施方案》已经州政府研究同意,现印发给你们,请认真贯彻落实。\n"
            "海西州人民政府办公室\n2020年10月30日\n"
            "关于在全州开展“收好官,开好局”\n专项行动实施方案\n"
            "第四季度是全年工作的收官阶段。\n一、目标和要求\n")
    assert extract_metadata(text, {}).title == "关于在全州开展“收好官,开好局”专项行动实施方案"


def test_a_report_without_a_date_covers_the_year_it_sets_its_main_targets_for():
    text = ("人民网文昌2月9日电 2月8日上午，文昌市第十六届人民代表大会第三次会议开幕。2022年完成地区生产总值343.99亿元。"
            "报告明确，2023年文昌市经济社会发展主要预期目标是：地区生产总值增长10%左右。")
    assert extract_period(None, text, None) == (2023, 2023)  # the year its figures are read against (doc_year)


def test_a_report_excerpt_headed_by_the_year_s_work_plan_covers_that_year_not_the_next():
    # shanxi-gov-report-2017 (dev-cw): the excerpt opens with the plan's section; "2017年是…起步之年" there speaks
    # of the year ahead, and its 主要预期指标 are that year's targets
    text = ("二、2017年工作安排\n"
            "2017年是全面贯彻省第十一次党代会精神的起步之年,是供给侧结构性改革和转型综改的深化之年。\n"
            "主要预期指标是:地区生产总值增长5.5%左右,城镇新增就业45万人。\n")
    assert extract_period(None, text, None) == (2017, 2017)


def test_a_plan_headed_by_the_year_s_main_targets_covers_that_year_not_the_next():
    # changzhi-economic-plan-2023 (dev-dq): "2023年是…开局之年" does not make 2023 a year looked back on
    text = ("一、2023年经济社会发展主要目标\n2023年是全面贯彻落实党的二十大精神的开局之年。\n"
            "预期性指标:地区生产总值增长7%以上,城镇新增就业4.3万人。\n")
    assert extract_period(None, text, None) == (2023, 2023)
    # a list of a report's parts naming a year's review beside the targets of a period names no year of targets
    text = "报告分三个部分,2020年和十三五时期工作回顾、“十四五”时期总体把握和主要目标及2021年主要工作。\n"
    assert extract_period(None, text, None) == (None, None)
