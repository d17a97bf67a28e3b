"""Promises kept: actuals told from targets in real reports and plans, targets tracked against the latest
actual, targets down the levels, and the strength of each form of commitment.

The expected rows of the Ningxia and Henan 2026 government work reports (data/field/) were written from
reading their text: each reviews 2025 (and the 十四五 years) and sets targets for 2026 and 2030.
"""

from __future__ import annotations

from functools import cache

import pytest

from gongwen.documents import parse_record
from gongwen.indicators import extract_figures
from gongwen.indicators.grammar import grammar
from gongwen.indicators.paragraphs import read_paragraph
from gongwen.indicators.sections import Review
from gongwen.model import ParsedDocument
from gongwen.reading.inbox import read_file
from gongwen.rows import indicator_rows
from gongwen.strength import strongest_strength
from tests.conftest import REPO
from warehouse.store import Warehouse

FIELD = REPO / "data" / "field"
FIELDS = ("kind", "metric", "canonical_metric", "value", "unit", "qualifier", "target_year", "as_of_year",
          "as_of_start_year", "scope_region")


@cache
def _document(name: str) -> ParsedDocument:
    [record] = read_file(FIELD, FIELD / name)
    parsed = parse_record(record)
    assert isinstance(parsed, ParsedDocument)
    return parsed


@cache
def _rows(name: str) -> tuple[dict, ...]:
    doc = _document(name)
    figures = extract_figures(doc.clean.text, doc.meta.issue_date.year)
    return tuple(indicator_rows(doc.doc_id, figures, doc.meta.admin_level, doc.meta.region))


def _figures_of(name: str, canonical: str) -> list[tuple]:
    return [tuple(row[f] for f in FIELDS) for row in _rows(name) if row["canonical_metric"] == canonical]


NX, HN = "ningxia-gov-report-2026.csv", "henan-gov-report-2026.csv"


def test_ningxia_urbanization_2025_is_an_actual_and_2026_2030_are_targets():
    assert _figures_of(NX, "常住人口城镇化率") == [
        # 常住人口由上年729万人增加到732万人，城镇化率达69.1%、超过全国平均水平 (review of 2025)
        ("actual", "城镇化率", "常住人口城镇化率", 69.1, "%", None, None, 2025, 2025, "宁夏回族自治区"),
        # 二、“十五五”时期主要任务: 城镇化率达到71%以上
        ("target", "城镇化率", "常住人口城镇化率", 71.0, "%", "以上", 2030, None, None, "宁夏回族自治区"),
        # 三、2026年重点工作: 城镇化率提升至69.5%以上
        ("target", "城镇化率", "常住人口城镇化率", 69.5, "%", "以上", 2026, None, None, "宁夏回族自治区"),
    ]


def test_ningxia_new_urban_jobs_of_2025_are_an_actual_and_2026s_a_target():
    assert _figures_of(NX, "新增城镇就业") == [
        ("actual", "新增城镇就业", "新增城镇就业", 8.55, "万人", None, None, 2025, 2025, "宁夏回族自治区"),
        ("target", "城镇新增就业", "新增城镇就业", 8.2, "万人", "以上", 2026, None, None, "宁夏回族自治区"),
    ]


def test_a_cumulative_total_of_the_five_years_is_an_actual_over_years_not_said():
    [row] = [row for row in _rows(NX) if row["metric"] == "城镇新增就业累计"]
    assert (row["kind"], row["value"], row["qualifier"], row["as_of_year"], row["as_of_start_year"]) == (
        "actual", 41.0, "超过", 2025, None
    )


def test_henan_urbanization_of_the_fourteenth_plan_is_an_actual_and_2030s_a_target():
    assert _figures_of(HN, "常住人口城镇化率") == [
        # 一、“十四五”时期和2025年工作回顾 / 过去的五年…: 常住人口城镇化率60%
        ("actual", "常住人口城镇化率", "常住人口城镇化率", 60.0, "%", None, None, 2025, 2021, "河南省"),
        ("target", "常住人口城镇化率", "常住人口城镇化率", 65.0, "%", "左右", 2030, None, None, "河南省"),
    ]


def test_henan_new_urban_jobs_five_years_and_one_year_apart_from_the_targets():
    assert _figures_of(HN, "新增城镇就业") == [
        # 民生福祉不断增进 (the five years): 城镇新增就业603.7万人
        ("actual", "城镇新增就业", "新增城镇就业", 603.7, "万人", None, None, 2025, 2021, "河南省"),
        # 刚刚过去的2025年…: 城镇新增就业121.7万人
        ("actual", "城镇新增就业", "新增城镇就业", 121.7, "万人", None, None, 2025, 2025, "河南省"),
        ("target", "城镇新增就业", "新增城镇就业", 500.0, "万人", "以上", 2030, None, None, "河南省"),
        ("target", "城镇新增就业", "新增城镇就业", 110.0, "万人", "以上", 2026, None, None, "河南省"),
    ]


def test_a_plans_figure_of_a_past_year_is_an_actual_of_that_year():
    [figure] = read_paragraph("2023年末全省常住人口城镇化率为61.2%。", 0, grammar(), 2024, None)
    assert (figure.kind, figure.scope, figure.value, figure.as_of_year, figure.target_year) == (
        "actual", "全省", 61.2, 2023, None
    )


def test_a_figure_after_yi_is_an_actual_and_its_metric_drops_the_marker():
    [figure] = read_paragraph("全市常住人口城镇化率已达到58.5%。", 0, grammar(), 2025, None)
    assert (figure.kind, figure.metric, figure.as_of_year) == ("actual", "常住人口城镇化率", 2025)


def test_a_review_year_written_relative_is_the_reviewed_year():
    """全年 in a 2026 report's review of 2025 is 2025, not the report's year."""
    [figure] = read_paragraph("全年实现地区生产总值5696亿元。", 0, grammar(), 2026, 2025, Review(1))
    assert (figure.kind, figure.as_of_year, figure.as_of_start_year) == ("actual", 2025, 2025)


@pytest.fixture(scope="module")
def field_warehouse(tmp_path_factory) -> Warehouse:
    """core_documents and core_indicators of the two reports, as the pipeline writes them."""
    wh = Warehouse(tmp_path_factory.mktemp("promises") / "warehouse.duckdb")
    with wh.rebuild() as rb:
        documents, indicators = rb.writer("core_documents"), rb.writer("core_indicators")
        for name in (NX, HN):
            doc, rows = _document(name), _rows(name)
            meta = doc.meta
            documents.add({
                "doc_id": doc.doc_id, "source_file": name, "title": meta.title, "notice_title": None,
                "issuer": meta.issuer, "doc_number": None, "issue_date": meta.issue_date,
                "admin_level": meta.admin_level, "region": meta.region, "period_start": meta.period_start,
                "period_end": meta.period_end, "script": "simplified", "n_chars": len(doc.clean.text),
                "implicit_units": [], "n_tasks": 0, "n_indicators": 0, "source_url": None, "n_actuals": 0,
                "n_hard_tasks": 0, "n_soft_tasks": 0, "published_date": meta.published_date,
            })
            indicators.extend(rows)
    with wh.rebuild() as rb:
        rb.from_sql("out_target_tracking")
    return wh


def _tracking(wh: Warehouse, canonical: str, region: str) -> list[tuple]:
    with wh.connect() as con:
        return con.execute(
            "select t.value_base, t.target_year, t.actual_value, t.actual_year, t.previous_actual_value, "
            "round(t.gap, 6), round(t.pace_needed, 6), round(t.pace_achieved, 6), t.status "
            "from out_target_tracking as t inner join core_indicators as i using (indicator_id) "
            "where t.canonical_metric = ? and t.scope_region = ? order by i.char_start",
            [canonical, region],
        ).fetchall()


def test_ningxia_urbanization_tracking(field_warehouse):
    assert _tracking(field_warehouse, "常住人口城镇化率", "宁夏回族自治区") == [
        # 71% by 2030 from 69.1% in 2025: 0.38 a year needed, one actual shows no pace
        (71.0, 2030, 69.1, 2025, None, 1.9, 0.38, None, "behind"),
        (69.5, 2026, 69.1, 2025, None, 0.4, 0.4, None, "behind"),
    ]


def test_ningxia_new_urban_jobs_tracking(field_warehouse):
    # 8.2万 in 2026 against 8.55万 in 2025: last year's pace would do
    assert _tracking(field_warehouse, "新增城镇就业", "宁夏回族自治区") == [
        (82000.0, 2026, 85500.0, 2025, None, -3500.0, 82000.0, 85500.0, "on_track"),
    ]


def test_henan_tracking_uses_one_years_jobs_not_the_five_year_total(field_warehouse):
    assert _tracking(field_warehouse, "新增城镇就业", "河南省") == [
        # 500万 over 2026–2030 is 100万 a year; 2025 gave 121.7万
        (5000000.0, 2030, 1217000.0, 2025, None, 3783000.0, 1000000.0, 1217000.0, "on_track"),
        (1100000.0, 2026, 1217000.0, 2025, None, -117000.0, 1100000.0, 1217000.0, "on_track"),
    ]
    assert _tracking(field_warehouse, "常住人口城镇化率", "河南省") == [
        (65.0, 2030, 60.0, 2025, None, 5.0, 1.0, None, "behind"),
    ]


def test_a_target_already_reached_is_met(field_warehouse):
    """Ningxia's 2026 unemployment target (5.5%左右, less is better) against 2025's 5.2%."""
    with field_warehouse.connect() as con:
        rows = con.execute(
            "select value_base, actual_value, better, status from out_target_tracking "
            "where canonical_metric = '城镇调查失业率' and scope_region = '宁夏回族自治区'"
        ).fetchall()
    assert rows == [(5.5, 5.2, "lower", "met")]


def test_hunan_to_chenzhou_urbanization_cascade(samples_run):
    _, home, _ = samples_run
    import duckdb

    with duckdb.connect(str(home / "warehouse.duckdb"), read_only=True) as con:
        rows = con.execute("""
            select d.source_file, p.source_file, c.canonical_metric, c.value_base, c.parent_value_base,
                   c.qualifier, c.parent_qualifier, c.target_year, c.parent_target_year, c.direction,
                   c.share_stricter, c.share_looser
            from out_target_cascade as c
            join core_documents as d using (doc_id)
            join core_documents as p on p.doc_id = c.parent_doc_id
            where c.canonical_metric = '常住人口城镇化率'
            order by all""").fetchall()
    # 郴州 65%左右 by 2030 under 湖南's 66%左右: looser. 浏阳 sets no urbanization target of its own.
    assert rows == [
        ("chenzhou-2025.txt", "hunan-2024.txt", "常住人口城镇化率", 65.0, 66.0, "左右", "左右", 2030, None,
         "looser", 0.0, 1.0),
    ]


@pytest.mark.parametrize(
    ("sentence", "strength"),
    [
        ("到2030年，确保全市常住人口城镇化率提升至65%左右。", "hard"),
        ("力争到2028年全省常住人口城镇化率达到61%左右。", "soft"),
        ("到2028年，遵义市常住人口城镇化率提高到64%左右。", "neutral"),
    ],
)
def test_strength_of_a_target(sentence, strength):
    [figure] = read_paragraph(sentence, 0, grammar(), 2024, None)
    assert (figure.kind, figure.strength) == ("target", strength)


def test_a_hedge_of_another_value_in_a_list_does_not_reach_the_next():
    line = "主要预期目标是：经济增长5%左右、在实际工作中努力争取更好结果，城镇新增就业110万人以上。"
    figures = read_paragraph(line, 0, grammar(), 2026, None)
    assert [(f.metric, f.strength) for f in figures] == [("经济增长", "neutral"), ("城镇新增就业", "neutral")]


@pytest.mark.parametrize(
    ("text", "strength"),
    [
        ("严禁违规举债搞城市建设，不得新增地方政府隐性债务。", "hard"),
        ("全面完成城镇老旧小区改造任务。", "hard"),
        ("鼓励有条件的县城探索建设公共租赁住房。", "soft"),
        ("原则上不再新建超高层建筑。", "soft"),
        ("健全常住地提供基本公共服务制度。", "neutral"),
        ("充分调动各方积极性，推进城市更新。", "neutral"),
    ],
)
def test_strength_of_a_task(text, strength):
    assert strongest_strength(text) == strength

