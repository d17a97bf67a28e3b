"""Each suite catches what would be wrong with its table (rows built by hand, exact verdicts).

The rows go into a table of an in-memory DuckDB with their check columns (`*_ok`) given by hand, and the
gate validates it as in a run: the table-level invariants counted in DuckDB, the row-level expectations
on the rows of documents not validated before (here: all of them).
"""

import datetime as dt

import duckdb
import pandas as pd

from expectations.gate import evaluate

TASK = {
    "task_id": "0123456789abcdef-1", "doc_id": "0123456789abcdef", "seq": 1, "path": "2.1.1",
    "section_title": "重点任务", "group_title": "实施新一轮农业转移人口市民化行动",
    "heading": "健全常住地提供基本公共服务制度", "text": "健全常住地提供基本公共服务制度。",
    "lead_unit": "市公安局", "first_unit": "市公安局", "units": ["市公安局", "市发改委"],
    "deadline": "2025年底前", "deadline_date": dt.date(2025, 12, 31), "deadline_kind": "date",
    "char_start": 10, "char_end": 200, "strength": "neutral",
    "doc_ok": True, "task_id_ok": True, "seq_ok": True, "first_ok": True, "lead_ok": True, "deadline_ok": True,
    "span_ok": True,
}


def _outcome(table, rows, facts=None):
    """The gate's outcome on a table of these rows, whose check columns are their own `*_ok` values."""
    frame = pd.DataFrame(rows)  # noqa: F841 (read by DuckDB)
    con = duckdb.connect()
    con.execute(f"create table {table} as select * from frame")
    outcome, _ = evaluate(con, table, facts or {}, checks_sql=f"select * from {table}")
    return outcome


def _failed(table, rows, facts=None):
    """The failed expectations, as recorded in dq_results, without their long value lists."""
    return sorted(f.expectation.split(", value")[0] for f in _outcome(table, rows, facts).failures)


def test_a_clean_task_passes():
    assert _failed("core_tasks", [TASK]) == []


def test_duplicate_task_ids_and_a_gap_in_seq_fail():
    second = {**TASK, "seq": 3, "seq_ok": False}
    assert _failed("core_tasks", [TASK, second]) == [
        "expect_column_values_to_be_in_set(column=n_duplicate_task_id",
        "expect_column_values_to_be_in_set(column=n_false_seq_ok",
    ]


def test_a_malformed_path_and_an_empty_heading_fail():
    assert _failed("core_tasks", [{**TASK, "path": "二.1", "heading": ""}]) == [
        "expect_column_value_lengths_to_be_between(column=heading, max_value=300, min_value=2)",
        r"expect_column_values_to_match_regex(column=path, regex=^\d+(\.\d+)*$)",
    ]


INDICATOR = {
    "indicator_id": "0123456789abcdef-i1", "doc_id": "0123456789abcdef", "task_id": None,
    "metric": "常住人口城镇化率", "canonical_metric": "常住人口城镇化率", "scope": "全市", "value": 65.0,
    "unit": "%", "value_base": 65.0, "unit_base": "%", "qualifier": "左右", "comparator": "≈",
    "qualifier_comparator": "左右|≈",
    "target_year": 2030, "sentence": "到2030年,全市常住人口城镇化率提升至65%左右", "char_start": 5,
    "char_end": 9, "kind": "target", "as_of_year": None, "as_of_start_year": None, "strength": "soft",
    "better": "higher", "is_flow": False, "scope_region": "湖南省郴州市",
    "doc_ok": True, "task_ok": True, "value_ok": True, "base_ok": True,
    "percent_ok": True, "year_ok": True, "span_ok": True, "kind_ok": True, "as_of_year_ok": True, "strength_ok": True, "better_ok": True,
}


PAIR = "expect_column_values_to_match_regex(column=qualifier_comparator, regex="


def _failed_pair(qualifier_comparator):
    """The failed expectations of one indicator whose check column qualifier_comparator is this."""
    return [f.split("^")[0] for f in _failed("core_indicators", [{**INDICATOR, "qualifier_comparator": qualifier_comparator}])]


def test_a_qualifier_with_the_wrong_comparator_fails():
    assert _failed("core_indicators", [INDICATOR]) == []
    assert _failed_pair("左右|≥") == [PAIR]


def test_an_unknown_qualifier_fails():
    assert _failed_pair("大概|≈") == [PAIR]


def test_a_range_bounds_at_least_its_first_number():
    assert _failed_pair("5%—5.5%|≥") == []
    assert _failed_pair("6—8|≥") == []
    assert _failed_pair("5%—5.5%|≈") == [PAIR]
    assert _failed_pair("5%—|≥") == [PAIR]


def test_row_count_against_the_stage_before():
    doc = {
        "doc_id": "0123456789abcdef", "source_file": "a.txt", "source_url": None, "title": "t",
        "notice_title": None, "issuer": None, "doc_number": None, "issue_date": None,
        "admin_level": "province", "region": "湖南省", "period_start": None, "period_end": None,
        "script": "simplified", "n_chars": 500, "implicit_units": [], "text": "…", "extraction_key": "0" * 64,
        "published_date": None, "issue_date_ok": True, "period_ok": True,
    }
    assert _failed("raw_documents", [doc], {"expected_rows": 1}) == []
    assert _failed("raw_documents", [doc], {"expected_rows": 2}) == ["expect_column_values_to_be_in_set(column=n_rows"]


def test_a_failure_names_the_rows_by_their_key():
    outcome = _outcome("core_tasks", [TASK, {**TASK, "task_id": "0123456789abcdef-2", "seq": 3, "seq_ok": False}])
    [failure] = outcome.failures
    assert failure.expectation == "expect_column_values_to_be_in_set(column=n_false_seq_ok, value_set=[0])"
    assert failure.observed == '{"unexpected_count": 1, "examples": [{"task_id": "0123456789abcdef-2"}]}'


TRACKING = {
    "indicator_id": "0123456789abcdef-i1", "doc_id": "0123456789abcdef", "canonical_metric": "常住人口城镇化率",
    "scope_region": "湖南省郴州市", "value_base": 65.0, "unit_base": "%", "comparator": "≈", "target_year": 2030,
    "better": "higher", "is_flow": False, "actual_indicator_id": "fedcba9876543210-i3",
    "actual_doc_id": "fedcba9876543210", "actual_value": 61.0, "actual_year": 2024,
    "previous_actual_value": 59.0, "previous_actual_year": 2022, "gap": 4.0, "pace_needed": 4.0 / 6,
    "pace_achieved": 1.0, "status": "on_track", "target_ok": True, "actual_ok": True,
    "actual_fields_ok": True, "previous_ok": True, "pace_ok": True,
}


def test_a_tracking_status_outside_the_rule_and_an_infinite_pace_fail():
    assert _failed("out_target_tracking", [TRACKING]) == []
    assert _failed("out_target_tracking", [{**TRACKING, "status": "ahead", "pace_ok": False}]) == [
        "expect_column_values_to_be_in_set(column=n_false_pace_ok",
        "expect_column_values_to_be_in_set(column=n_not_allowed_status",
    ]


def test_a_missing_column_fails_and_is_named():
    task = {k: v for k, v in TASK.items() if k != "group_title"}
    [failure] = _outcome("core_tasks", [task]).failures
    assert failure.expectation == "expect_column_values_to_be_in_set(column=n_missing_columns, value_set=[0])"
    assert failure.observed == '{"unexpected_count": 1, "examples": ["group_title"]}'


def _units(known: int, unknown: int) -> list[dict]:
    return [{"task_id": f"0123456789abcdef-{n}", "doc_id": "0123456789abcdef", "position": 1,
             "unit": "市公安局" if n <= known else "我委", "role": "responsible", "is_lead": False,
             "department": "公安" if n <= known else None, "level": "prefecture", "is_known_unit": n <= known,
             "task_ok": True, "position_ok": True, "is_lead_ok": True}
            for n in range(1, known + unknown + 1)]


def test_units_the_gazetteer_mostly_misses_fail_once_there_are_enough_to_judge():
    share = ("expect_column_values_to_be_between(column=share_known_units, condition_parser=pandas, min_value=0.6, "
             "row_condition={'pass_through_filter': 'n_units >= 30', 'type': 'pass_through'})")
    assert _failed("core_task_units", _units(known=15, unknown=15)) == [share]
    assert _failed("core_task_units", _units(known=18, unknown=12)) == []
    # one unknown of two units (a ministry's 我委 beside 粮食行政管理部门) says nothing about the splitter
    assert _failed("core_task_units", _units(known=1, unknown=1)) == []
