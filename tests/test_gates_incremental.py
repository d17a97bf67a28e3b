"""Gates that scale: the table-level invariants run on every gate over the whole table (in DuckDB), the
row-level expectations only on the rows of documents that changed since they last passed; a failed gate
is checked again by the next run."""

import json
import shutil

import duckdb
import pytest

import expectations.gate as gate
import expectations.suites as suites
from expectations.gate import run_gate
from expectations.suites import GATED_TABLES
from tests.conftest import materialize_all, warehouse_rows
from warehouse.store import Warehouse


@pytest.fixture
def copied(samples_run, tmp_path):
    """The inbox of the samples run and a copy of its home, to change without touching the shared run."""
    inbox, home, _ = samples_run
    shutil.copytree(home, tmp_path / "home")
    return inbox, tmp_path / "home"


def _sql(home, sql, params=()):
    """Run a statement on the home's warehouse (as an operator or a bug would) and return its rows."""
    with duckdb.connect(str(home / "warehouse.duckdb")) as con:
        return con.execute(sql, list(params)).fetchall()


def _validated(result):
    return {c.asset_key.path[-1]: c.metadata["rows_validated"].value for c in result.get_asset_check_evaluations()}


def test_a_first_run_validates_every_row_and_remembers_every_document(samples_run):
    _, home, result = samples_run
    validated = _validated(result)
    assert set(validated) == set(GATED_TABLES)
    assert validated["core_tasks"] == warehouse_rows(home, "select count(*) from core_tasks")[0][0] > 0
    documents = warehouse_rows(home, "select count(*) from dq_validated where stage = 'core_documents'")[0][0]
    assert documents == warehouse_rows(home, "select count(*) from core_documents")[0][0]


def test_a_rerun_with_nothing_changed_validates_no_row_and_still_runs_the_invariants(copied):
    inbox, home = copied
    result = materialize_all(inbox, home)
    assert all(c.passed for c in result.get_asset_check_evaluations())
    assert _validated(result) == dict.fromkeys(GATED_TABLES, 0)
    query = "select stage, expectation, observed_value from dq_results where run_id = ? and success"
    rows = {(stage, expectation): observed for stage, expectation, observed in _sql(home, query, [result.run_id])}
    assert rows[("core_tasks", "expect_column_values_to_be_in_set(column=n_duplicate_task_id, value_set=[0])")] == (
        '{"unexpected_count": 0, "examples": []}'
    )
    assert ("core_tasks", "expect_column_values_to_be_in_set(column=n_false_lead_ok, value_set=[0])") in rows
    n_docs = warehouse_rows(home, "select count(*) from core_documents")[0][0]
    assert rows[("core_documents", f"expect_column_values_to_be_in_set(column=n_rows, value_set=[{n_docs}])")] == (
        str(n_docs)
    )
    # every table's suite in full, though no row was looked at row by row
    assert {stage for stage, _ in rows} == set(GATED_TABLES)


def test_a_duplicate_key_put_into_the_warehouse_is_caught_though_no_document_changed(copied):
    _, home = copied
    [(task_id,)] = warehouse_rows(home, "select task_id from core_tasks order by task_id limit 1")
    _sql(home, "insert into core_tasks select * from core_tasks where task_id = ?", [task_id])
    outcome = run_gate(Warehouse(home / "warehouse.duckdb"), "core_tasks", "injected")
    assert not outcome.success
    failures = {f.expectation: f.observed for f in outcome.failures}
    assert failures["expect_column_values_to_be_in_set(column=n_duplicate_task_id, value_set=[0])"] == (
        f'{{"unexpected_count": 1, "examples": [{{"task_id": "{task_id}"}}]}}'
    )
    recorded = warehouse_rows(home, "select count(*) from dq_results where run_id = 'injected' and not success")
    assert recorded[0][0] == len(outcome.failures)


def test_a_failed_gate_is_checked_again_by_the_next_run(copied):
    _, home = copied
    warehouse = Warehouse(home / "warehouse.duckdb")
    [(task_id, doc_id, path)] = warehouse_rows(home, "select task_id, doc_id, path from core_tasks order by task_id limit 1")
    [(n_rows_of_doc,)] = _sql(home, "select count(*) from core_tasks where doc_id = ?", [doc_id])
    assert run_gate(warehouse, "core_tasks", "unchanged").rows_checked == 0

    _sql(home, "update core_tasks set path = '二.1' where task_id = ?", [task_id])
    for run_id in ("broken-1", "broken-2"):  # the second run has not forgotten the first one's failure
        outcome = run_gate(warehouse, "core_tasks", run_id)
        assert [f.expectation for f in outcome.failures] == [
            r"expect_column_values_to_match_regex(column=path, regex=^\d+(\.\d+)*$)"
        ]
        assert f'"task_id": "{task_id}"' in outcome.failures[0].observed
        assert outcome.rows_checked == n_rows_of_doc  # only the changed document's rows
    assert warehouse_rows(home, "select count(*) from dq_validated where run_id like 'broken-%'")[0][0] == 0

    _sql(home, "update core_tasks set path = ? where task_id = ?", [path, task_id])
    outcome = run_gate(warehouse, "core_tasks", "repaired")
    assert outcome.success and outcome.rows_checked == 0  # the rows are again those that passed


def test_a_changed_row_level_suite_validates_every_document_again(copied, monkeypatch):
    _, home = copied
    warehouse = Warehouse(home / "warehouse.duckdb")
    monkeypatch.setattr(suites, "MAX_HEADING_CHARS", suites.MAX_HEADING_CHARS + 1)
    outcome = run_gate(warehouse, "core_tasks", "new-suite")
    assert outcome.success
    assert outcome.rows_checked == warehouse_rows(home, "select count(*) from core_tasks")[0][0]
    assert run_gate(warehouse, "core_tasks", "new-suite-again").rows_checked == 0


def test_rows_are_validated_a_bounded_frame_at_a_time_and_their_failures_counted_over_all(copied, monkeypatch):
    _, home = copied
    monkeypatch.setattr(gate, "VECTORS_PER_FRAME", 1)  # frames of 2,048 rows
    _sql(home, "insert into core_tasks by name select * exclude (n) replace (task_id || '-copy' || n as task_id) "
               "from core_tasks cross join (select range as n from range(40)) as copies")
    [(n_rows,)] = _sql(home, "select count(*) from core_tasks")
    first, last = _sql(home, "(select task_id from core_tasks order by task_id limit 1) union all "
                             "(select task_id from core_tasks order by task_id desc limit 1)")
    _sql(home, "update core_tasks set path = '二.1' where task_id in (?, ?)", [first[0], last[0]])
    outcome = run_gate(Warehouse(home / "warehouse.duckdb"), "core_tasks", "large")
    assert n_rows > 2 * 2048 and outcome.rows_checked == n_rows
    [failure] = [f for f in outcome.failures if "column=path" in f.expectation]
    observed = json.loads(failure.observed)
    assert observed["unexpected_count"] == 2
    assert sorted(example["task_id"] for example in observed["examples"]) == sorted([first[0], last[0]])


def test_a_change_in_a_column_no_row_level_expectation_reads_validates_no_row_again(copied):
    _, home = copied
    warehouse = Warehouse(home / "warehouse.duckdb")
    [(doc_id,)] = warehouse_rows(home, "select doc_id from raw_documents order by doc_id limit 1")
    _sql(home, "update raw_documents set text = text || '。' where doc_id = ?", [doc_id])  # read by none
    assert run_gate(warehouse, "raw_documents", "text-changed").rows_checked == 0
    _sql(home, "update raw_documents set n_chars = n_chars + 1 where doc_id = ?", [doc_id])  # read by one
    assert run_gate(warehouse, "raw_documents", "n-chars-changed").rows_checked == 1


def test_a_passing_gate_records_each_documents_scope_and_keeps_the_entries_still_current(copied):
    inbox, home = copied
    first = warehouse_rows(home, "select stage, doc_key, rows_fingerprint, run_id from dq_validated order by all")
    scopes = [row for row in first if row[0] == "core_indicators:scoped_checks"]
    [(n_docs,)] = warehouse_rows(home, "select count(distinct doc_id) from core_indicators")
    assert len(scopes) == n_docs > 0  # the scoped checks' scope of every document with an indicator
    result = materialize_all(inbox, home)
    assert all(c.passed for c in result.get_asset_check_evaluations())
    # Nothing changed: every entry stays as the first run wrote it, none is written again.
    assert warehouse_rows(home, "select stage, doc_key, rows_fingerprint, run_id from dq_validated order by all") == first


def test_a_span_no_longer_in_its_documents_text_is_caught_though_no_indicator_changed(copied):
    _, home = copied
    warehouse = Warehouse(home / "warehouse.duckdb")
    [(doc_id, n_indicators)] = _sql(home, "select doc_id, count(*) from core_indicators group by doc_id "
                                          "order by count(*) desc, doc_id limit 1")
    [(text,)] = _sql(home, "select text from raw_documents where doc_id = ?", [doc_id])
    _sql(home, "update raw_documents set text = ? where doc_id = ?", ["〇" * len(text), doc_id])
    span = "expect_column_values_to_be_in_set(column=n_false_span_ok, value_set=[0])"
    for run_id in ("text-changed-1", "text-changed-2"):  # a failed gate records no scope: counted again
        outcome = run_gate(warehouse, "core_indicators", run_id)
        assert [f.expectation for f in outcome.failures] == [span]
        assert json.loads(outcome.failures[0].observed)["unexpected_count"] == n_indicators
        assert outcome.rows_checked == 0  # no indicator row changed: the scope holds the text
    _sql(home, "update raw_documents set text = ? where doc_id = ?", [text, doc_id])
    assert run_gate(warehouse, "core_indicators", "text-restored").success
