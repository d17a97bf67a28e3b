"""The SQL marts on a three-level fixture (国务院 → 湖南省 → 郴州市), with exact expected rows."""

import datetime as dt

import pytest

from warehouse.store import Warehouse

NATION, PROVINCE, CITY = "a" * 16, "b" * 16, "c" * 16
PLAN = "深入实施以人为本的新型城镇化战略五年行动计划"
HUNAN_PLAN = "湖南省深入推进以人为本的新型城镇化战略五年行动计划实施方案"


def _document(doc_id, title, number, level, region, year):
    return {
        "doc_id": doc_id, "source_file": f"{doc_id[0]}.txt", "source_url": None, "title": title,
        "notice_title": None, "issuer": None, "doc_number": number, "issue_date": dt.date(year, 7, 1),
        "admin_level": level, "region": region, "period_start": None, "period_end": None,
        "script": "simplified", "n_chars": 1000, "implicit_units": [], "text": "正文" * 500, "extraction_key": "0" * 64,
        "published_date": None,
    }


def _citation(doc_id, position, title, name, number):
    return {
        "doc_id": doc_id, "position": position, "cited_title": title, "cited_name": name,
        "cited_number": number, "relation": "implements", "char_start": 10 * position,
    }


def _task(doc_id, seq, units, heading):
    return {
        "task_id": f"{doc_id}-{seq}", "doc_id": doc_id, "seq": seq, "path": f"2.{seq}",
        "section_title": "重点任务", "group_title": None, "heading": heading,
        "text": f"{heading}。", "lead_unit": next((u for u, role, _ in units if role == "lead"), None),
        "first_unit": units[0][0] if units else None, "units": [u for u, _, _ in units],
        "deadline": None, "deadline_date": None, "deadline_kind": "none", "char_start": 100 * seq,
        "char_end": 100 * seq + 90, "strength": "hard" if seq == 1 else "neutral",
    }


def _indicator(doc_id, n, scope, value, year, start, region, as_of=None):
    """A 常住人口城镇化率 figure: a target for `year`, or an actual of `as_of` when given."""
    return {
        "indicator_id": f"{doc_id}-i{n}", "doc_id": doc_id, "task_id": None, "metric": "常住人口城镇化率",
        "canonical_metric": "常住人口城镇化率", "scope": scope, "value": value, "unit": "%",
        "value_base": value, "unit_base": "%", "qualifier": None if as_of else "左右",
        "comparator": "=" if as_of else "≈", "target_year": year, "sentence": "…", "char_start": start,
        "char_end": start + 5, "kind": "actual" if as_of else "target", "as_of_year": as_of,
        "as_of_start_year": as_of, "strength": "neutral", "better": "higher", "is_flow": False,
        "scope_region": region,
    }


@pytest.fixture
def warehouse(tmp_path):
    wh = Warehouse(tmp_path / "warehouse.duckdb")
    city_tasks = [
        ("扩大农业转移人口社会保障覆盖面", [("市发改委", "lead", "发展改革"), ("市财政局", "co", "财政")]),
        ("加强城市洪涝治理", [("市发改委", "responsible", "发展改革")]),
    ]
    with wh.rebuild() as rb:
        rb.writer("raw_files")
        docs = rb.writer("raw_documents")
        docs.add(_document(NATION, PLAN, "国发〔2024〕17号", "national", None, 2024))
        docs.add(_document(PROVINCE, HUNAN_PLAN, "湘政发〔2024〕15号", "province", "湖南省", 2024))
        docs.add(_document(CITY, "郴州市实施方案", None, "prefecture", "湖南省郴州市", 2025))
        cites = rb.writer("raw_citations")
        cites.add(_citation(PROVINCE, 1, f"《{PLAN}》", PLAN, None))
        cites.add(_citation(CITY, 1, f"《国务院关于印发〈{PLAN}〉的通知》", PLAN, "国发〔2024〕17号"))
        cites.add(_citation(CITY, 2, f"《{HUNAN_PLAN}》", HUNAN_PLAN, None))
        cites.add(_citation(CITY, 3, "《中华人民共和国城乡规划法》", "中华人民共和国城乡规划法", None))
        tasks, units = rb.writer("core_tasks"), rb.writer("core_task_units")
        for seq, (heading, named) in enumerate(city_tasks, start=1):
            tasks.add(_task(CITY, seq, named, heading))
            for position, (unit, role, department) in enumerate(named, start=1):
                units.add({
                    "task_id": f"{CITY}-{seq}", "doc_id": CITY, "position": position, "unit": unit,
                    "role": role, "is_lead": role == "lead", "department": department, "level": "prefecture", "is_known_unit": True,
                })
        indicators = rb.writer("core_indicators")
        indicators.add(_indicator(CITY, 1, "中心城区", 80.0, 2030, 50, "中心城区"))
        indicators.add(_indicator(CITY, 2, "全市", 65.0, 2030, 60, "湖南省郴州市"))
        indicators.add(_indicator(PROVINCE, 1, None, 66.0, None, 70, "湖南省"))
        # what the documents state as achieved: 郴州 in 2022 and 2024, 湖南 in 2023
        indicators.add(_indicator(CITY, 3, "全市", 59.0, None, 10, "湖南省郴州市", as_of=2022))
        indicators.add(_indicator(CITY, 4, "全市", 61.0, None, 20, "湖南省郴州市", as_of=2024))
        indicators.add(_indicator(PROVINCE, 2, "全省", 61.2, None, 30, "湖南省", as_of=2023))
    with wh.rebuild() as rb:
        rb.from_sql("core_documents")
    with wh.rebuild() as rb:
        rb.from_sql("core_citations")
    return wh


def _rows(wh, sql):
    with wh.connect() as con:
        return con.execute(sql).fetchall()


def test_core_documents_counts_tasks_and_targets(warehouse):
    assert _rows(warehouse, "select doc_id, n_tasks, n_indicators from core_documents order by doc_id") == [
        (NATION, 0, 0), (PROVINCE, 0, 1), (CITY, 2, 2),
    ]


def test_core_documents_counts_actuals_and_strengths_apart(warehouse):
    rows = _rows(
        warehouse, "select doc_id, n_actuals, n_hard_tasks, n_soft_tasks from core_documents order by doc_id"
    )
    assert rows == [(NATION, 0, 0, 0), (PROVINCE, 1, 0, 0), (CITY, 2, 1, 0)]


def test_citations_resolve_numbers_and_documents_across_the_corpus(warehouse):
    rows = _rows(warehouse, "select doc_id, position, cited_number, cited_doc_id from core_citations order by all")
    assert rows == [
        # the province cites the national plan by title only: its number comes from the city's citation
        (PROVINCE, 1, "国发〔2024〕17号", NATION),
        (CITY, 1, "国发〔2024〕17号", NATION),
        # the city cites the province's plan by title only: number and document from the corpus
        (CITY, 2, "湘政发〔2024〕15号", PROVINCE),
        (CITY, 3, None, None),
    ]


def test_lineage(warehouse):
    with warehouse.rebuild() as rb:
        rb.from_sql("out_doc_lineage")
    rows = _rows(warehouse, "select doc_id, parent_doc_id, parent_number, relation from out_doc_lineage order by all")
    assert rows == [
        (PROVINCE, NATION, "国发〔2024〕17号", "implements"),
        (CITY, NATION, "国发〔2024〕17号", "implements"),
        (CITY, PROVINCE, "湘政发〔2024〕15号", "implements"),
        (CITY, None, None, "implements"),
    ]


def test_department_load_counts_tasks_per_role(warehouse):
    with warehouse.rebuild() as rb:
        rb.from_sql("out_department_load")
    assert _rows(warehouse, "select * from out_department_load order by department") == [
        ("发展改革", CITY, "prefecture", 1, 0, 1, 2),
        ("财政", CITY, "prefecture", 0, 1, 0, 1),
    ]


def test_department_load_keeps_the_rows_of_documents_whose_units_did_not_change(warehouse):
    """Rebuilt by document (warehouse/sql/keys/out_department_load.sql): a document whose task units and
    level are those its rows were built from keeps them, a changed one gets new rows, a gone one none."""
    load = "select department, n_lead, n_co, n_tasks from out_department_load order by department"
    with warehouse.rebuild() as rb:
        rb.from_sql("out_department_load")
    with warehouse.connect() as con:  # marks the kept rows: a rebuild from scratch would count 1 again
        con.execute("update out_department_load set n_co = 7 where department = '财政'")
    with warehouse.rebuild() as rb:
        rb.from_sql("out_department_load")
    assert _rows(warehouse, load) == [("发展改革", 1, 0, 2), ("财政", 0, 7, 1)]
    with warehouse.connect() as con:  # the city's 市财政局 leads instead: its document is built again
        con.execute("update core_task_units set role = 'lead', is_lead = true where unit = '市财政局'")
    with warehouse.rebuild() as rb:
        rb.from_sql("out_department_load")
    assert _rows(warehouse, load) == [("发展改革", 1, 0, 2), ("财政", 1, 0, 1)]
    with warehouse.connect() as con:
        con.execute("delete from core_task_units")
    with warehouse.rebuild() as rb:
        assert rb.from_sql("out_department_load") == 0


def test_indicator_comparison_prefers_the_documents_own_jurisdiction(warehouse):
    with warehouse.rebuild() as rb:
        rb.from_sql("out_indicator_comparison")
    rows = _rows(
        warehouse,
        "select doc_id, indicator_id, scope, admin_level, value_base, target_year "
        "from out_indicator_comparison order by doc_id",
    )
    assert rows == [
        (PROVINCE, f"{PROVINCE}-i1", None, "province", 66.0, None),
        (CITY, f"{CITY}-i2", "全市", "prefecture", 65.0, 2030),
    ]


def test_tracking_pairs_each_target_with_the_latest_actual_of_its_region(warehouse):
    with warehouse.rebuild() as rb:
        rb.from_sql("out_target_tracking")
    rows = _rows(
        warehouse,
        "select indicator_id, actual_indicator_id, actual_value, actual_year, previous_actual_value, "
        "round(gap, 6), round(pace_needed, 6), round(pace_achieved, 6), status "
        "from out_target_tracking order by indicator_id",
    )
    assert rows == [
        # 湖南 66% with no year: not reached, no year to pace against
        (f"{PROVINCE}-i1", f"{PROVINCE}-i2", 61.2, 2023, None, 4.8, None, None, "behind"),
        # 中心城区 80%: no actual of that area anywhere
        (f"{CITY}-i1", None, None, None, None, None, None, None, "no_actual"),
        # 郴州 65% by 2030 from 61% in 2024: 4 points in 6 years (0.667 a year); 59 → 61 in two years is 1
        (f"{CITY}-i2", f"{CITY}-i4", 61.0, 2024, 59.0, 4.0, 0.666667, 1.0, "on_track"),
    ]


def test_cascade_compares_the_child_with_the_parent_it_implements(warehouse):
    with warehouse.rebuild() as rb:
        rb.from_sql("out_doc_lineage")
        rb.from_sql("out_indicator_comparison")
        rb.from_sql("out_target_cascade")
    rows = _rows(warehouse, "select * from out_target_cascade")
    assert rows == [
        # 郴州 65% by 2030 under 湖南's 66%: looser, the city's only shared target
        (CITY, PROVINCE, "常住人口城镇化率", f"{CITY}-i2", f"{PROVINCE}-i1", 65.0, 66.0, "%", "左右", "左右",
         2030, None, "higher", "looser", 0.0, 1.0),
    ]


def test_theme_coverage_asset_on_a_tmp_warehouse(warehouse, tmp_path):
    import dagster as dg

    from assets.out import out_theme_coverage
    from assets.resources import Gongwen

    out_theme_coverage(dg.build_asset_context(),
                       gongwen=Gongwen(inbox=str(tmp_path), home=str(warehouse.path.parent), workers=1))
    assert _rows(warehouse, "select theme, doc_id, n_tasks, share from out_theme_coverage order by theme") == [
        ("安全韧性", CITY, 1, 0.5),
        ("市民化与户籍", CITY, 1, 0.5),
    ]
