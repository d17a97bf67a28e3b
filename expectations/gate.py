"""Run a table's suite with Great Expectations 1.x and keep every result in dq_results.

A gate has two parts (expectations/suites.py). The table-level invariants are counted over the whole
table in DuckDB into one row, which the suite validates; a count that is not 0 names a few of the rows
by their key; a table's scoped checks (expectations/suites.py SCOPED_CHECKS) are counted over the
documents whose scope (what those checks read of a document, fingerprinted by expectations/sql/scopes/) is
not as it was when the table's gate last passed. The row-level expectations run on the rows of the
documents whose rows changed since they last passed this table's gate: when a gate passes, each
document's rows fingerprint (row count and hash of the columns those expectations read, computed in
DuckDB) goes to dq_validated; the next gate validates only documents whose fingerprint differs or is new,
or every document after the row-level suite changed. A failed gate writes nothing there, so the next run
checks those documents again. No gate loads a whole table into pandas.

GX validates through the pandas datasource of one ephemeral context per process: its SQL datasource
cannot validate DuckDB in 1.24 (duckdb-engine returns no rows once GX has closed its connection,
great_expectations issues #10738, #11579) and it takes no polars frames. `import great_expectations`
costs seconds, so it is imported once, lazily, on the first gate of a run.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import duckdb
import pandas as pd

from warehouse.registry import TABLES
from warehouse.store import TableWriter, Warehouse, create_table, load_sql

SQL_DIR = Path(__file__).parent / "sql"
# checks/<table>.sql: the table plus its derived check columns (*_ok);
# facts/<table>.sql (optional): one row of facts from the stages before (expected row counts …);
# measures/<table>.sql (optional): one row of the table's own table-level measures;
# invariants/: the generic one-row counts and their examples; rows/: which documents' rows to validate.
# scopes/<table>.sql: per document, a fingerprint of what the table's scoped checks read.
CHECKS, FACTS, MEASURES = SQL_DIR / "checks", SQL_DIR / "facts", SQL_DIR / "measures"
INVARIANTS, ROWS, SCOPES = SQL_DIR / "invariants", SQL_DIR / "rows", SQL_DIR / "scopes"
# Rows of changed documents validated at once, in DuckDB vectors of 2,048: a full run of a large corpus
# validates every row, and one frame of them all would hold the table's text in pandas.
VECTORS_PER_FRAME = 16


@dataclass(frozen=True)
class ExpectationOutcome:
    expectation: str  # type and arguments, e.g. expect_column_values_to_be_between(column=n_null_task_id, max_value=0)
    success: bool
    observed: str


@dataclass(frozen=True)
class SuiteOutcome:
    table: str
    outcomes: tuple[ExpectationOutcome, ...]
    rows_checked: int = 0  # rows the row-level expectations saw (of new or changed documents)

    @property
    def success(self) -> bool:
        return all(o.success for o in self.outcomes)

    @property
    def failures(self) -> list[ExpectationOutcome]:
        return [o for o in self.outcomes if not o.success]


@cache
def _batch_definition():
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    asset = context.data_sources.add_pandas("gongwen").add_dataframe_asset("table")
    return asset.add_batch_definition_whole_dataframe("whole_table")


def _describe(config) -> str:
    args = ", ".join(f"{k}={v}" for k, v in sorted(config.kwargs.items()) if k != "batch_id")
    return f"{config.type}({args})"


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def _observed(result: dict) -> str:
    if "observed_value" in result:
        return _json(result["observed_value"])
    if "unexpected_count" in result:
        # Name the failing rows by their key where GX kept it, else show the failing values.
        keys = result.get("unexpected_index_column_names") or []
        rows = result.get("partial_unexpected_index_list") or []
        sample = [{k: row.get(k) for k in keys} for row in rows] if keys and rows else (
            result.get("partial_unexpected_list") or []
        )
        return _json({"unexpected_count": result["unexpected_count"], "examples": sample[:5]})
    return _json(result)[:500]


# ---------------------------------------------------------------------------------------------------
# Table-level: one row of counts over the whole table


def _one_row(con: duckdb.DuckDBPyConnection, sql: str, params: dict) -> dict:
    cursor = con.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return dict(zip(names, cursor.fetchall()[0], strict=True))


def _examples(con: duckdb.DuckDBPyConnection, kind: str, params: dict) -> list:
    return [row[0] for row in con.execute(load_sql(f"examples_{kind}", INVARIANTS), params).fetchall()]


@dataclass(frozen=True)
class CheckScope:
    """A table's scoped checks, where their state is recorded in dq_validated, and its version: a hash of
    the checks, the check SQL and the scope SQL (when any changes, every document is counted again)."""

    checks: tuple[str, ...]
    stage: str
    version: str


def check_scope(table: str, checks_sql: str) -> CheckScope | None:
    """The scoped checks of `table` when its gate reads its own check SQL (`checks_sql`), else None: every
    check is then counted over the whole table."""
    from expectations.suites import SCOPED_CHECKS

    checks = SCOPED_CHECKS.get(table, ())
    if not checks or checks_sql != load_sql(table, CHECKS):
        return None
    parts = [*checks, checks_sql, load_sql(table, SCOPES)]
    version = hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:16]
    return CheckScope(checks, f"{table}:scoped_checks", version)


def table_invariants(con: duckdb.DuckDBPyConnection, table: str, scope: CheckScope | None = None,
                     ) -> tuple[dict, dict[str, list]]:
    """The one row of counts of `table` (and of gate_checks, its check view) and, for each count that
    is not 0, up to five of the rows it counts by their primary key. The checks of `scope` are counted
    over the documents whose scope changed (the temporary table gate_scopes holds every document's)."""
    from expectations.suites import duplicate_column

    spec = TABLES[table]
    key = list(spec.primary_key)
    [(missing,)] = con.execute(load_sql("missing_columns", INVARIANTS), {"table": table, "columns": spec.column_names}
                               ).fetchall()
    examples: dict[str, list] = {"n_missing_columns": missing}
    row = {"n_missing_columns": len(missing)}
    row |= _one_row(con, load_sql("counts", INVARIANTS),
                   {"table": table, "not_null": list(spec.required_columns), "key": key,
                    "scoped_checks": list(scope.checks if scope else ())})
    if scope:
        con.execute(load_sql(table, SCOPES))
        _unvalidated(con, scope.stage, scope.version, "gate_scopes")
        row |= _one_row(con, load_sql("scoped_counts", INVARIANTS), {"checks": list(scope.checks)})
    row[duplicate_column(table)] = row.pop("n_duplicate_key")
    allowed = [c for c in spec.columns if c.allowed]
    if allowed:
        row.update({f"n_not_allowed_{c.name}": 0 for c in allowed})
        params = {"table": table, "key": key, "columns": [c.name for c in allowed],
                  "allowed": [list(c.allowed) for c in allowed]}
        for column, n, sample in con.execute(load_sql("not_allowed", INVARIANTS), params).fetchall():
            row[f"n_not_allowed_{column}"] = n
            examples[f"n_not_allowed_{column}"] = sample
    if (MEASURES / f"{table}.sql").exists():
        row.update(_one_row(con, load_sql(table, MEASURES), {}))
    for name, value in row.items():
        if not value or name in examples:
            continue
        if name.startswith("n_null_"):
            examples[name] = _examples(con, "null", {"table": table, "key": key, "column": name[len("n_null_"):]})
        elif name.startswith("n_false_"):
            examples[name] = _examples(con, "false", {"key": key, "column": name[len("n_false_"):]})
        elif name.startswith("n_duplicate_"):
            examples[name] = _examples(con, "duplicate", {"table": table, "key": key})
    return row, examples


def _observed_invariant(column: str, row: dict, examples: dict[str, list]) -> str:
    from expectations.suites import COUNT_PREFIXES

    if column not in row:
        return _json({"missing_column": column})
    if column.startswith(COUNT_PREFIXES):
        return _json({"unexpected_count": row[column], "examples": examples.get(column, [])})
    return _json(row[column])


# ---------------------------------------------------------------------------------------------------
# Row-level: the rows of documents whose rows changed since they last passed


def suite_version(table: str, checks_sql: str) -> str:
    """A hash of the row-level expectations, the check SQL whose rows they read and how rows are
    fingerprinted: when any of them changes, every document is validated again."""
    from expectations.suites import build_suite

    described = [_describe(e.configuration) for e in build_suite(table, {}).rows]
    parts = [*described, checks_sql, load_sql("fingerprints", ROWS)]
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:16]


def fingerprinted_columns(table: str, columns: list[str]) -> list[str]:
    """The columns of `table` a document's fingerprint covers: those the row-level expectations read
    (`columns`) when all of them are the table's own, else every column."""
    names = TABLES[table].column_names
    return columns if set(columns) <= set(names) else names


def _unvalidated(con: duckdb.DuckDBPyConnection, stage: str, version: str, fingerprints: str) -> None:
    """The documents whose fingerprint in table `fingerprints` is not the one validated under `stage` and
    `version` (temporary table gate_unvalidated)."""
    con.execute(load_sql("unvalidated", ROWS), {"stage": stage, "suite_version": version, "fingerprints": fingerprints})


def changed_rows(con: duckdb.DuckDBPyConnection, table: str, version: str, columns: list[str],
                 ) -> Iterator[pd.DataFrame]:
    """Fingerprint every document's rows of `table` over the `columns` (temporary table gate_fingerprints)
    and yield those columns of gate_checks for the rows of the documents not validated as they are now, a
    bounded frame at a time."""
    con.execute(load_sql("fingerprints", ROWS), {"table": table, "columns": fingerprinted_columns(table, columns)})
    _unvalidated(con, table, version, "gate_fingerprints")
    result = con.execute(load_sql("changed", ROWS), {"columns": columns})
    while not (frame := result.fetch_df_chunk(VECTORS_PER_FRAME)).empty:
        yield frame


def remember(con: duckdb.DuckDBPyConnection, table: str, version: str, run_id: str,
             scope: CheckScope | None = None) -> None:
    """The gate of `table` passed: its documents' rows as they are now are validated, and so are their
    scopes for its scoped checks (the entries that changed are replaced, the others kept)."""
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    entries = [(table, version, "gate_fingerprints")]
    if scope:
        entries.append((scope.stage, scope.version, "gate_scopes"))
    con.begin()
    for stage, suite_version, fingerprints in entries:
        params = {"stage": stage, "suite_version": suite_version, "fingerprints": fingerprints}
        con.execute(load_sql("forget", ROWS), params)
        con.execute(load_sql("remember", ROWS), params | {"run_id": run_id, "validated_at": now})
    con.commit()


# ---------------------------------------------------------------------------------------------------
# The gate


def _validate(name: str, expectations: list, frame: pd.DataFrame, result_format="BOOLEAN_ONLY"):
    import great_expectations as gx

    suite = gx.ExpectationSuite(name=name, expectations=expectations)
    return _batch_definition().get_batch(batch_parameters={"dataframe": frame}).validate(
        suite, result_format=result_format
    )


def evaluate(con: duckdb.DuckDBPyConnection, table: str, facts: dict, checks_sql: str | None = None,
             ) -> tuple[SuiteOutcome, str]:
    """Validate `table` on `con`: its invariants over the whole table (its scoped checks over the
    documents whose scope changed), its row-level expectations on the rows of changed documents.
    `checks_sql` (default: expectations/sql/checks/<table>.sql) gives the table with its check columns.
    Returns the outcome and the row-level suite's version."""
    from expectations.suites import build_suite

    checks_sql = checks_sql if checks_sql is not None else load_sql(table, CHECKS)
    _ensure(con, "dq_validated")
    con.execute(f"create or replace temp view gate_checks as {checks_sql}")
    suite = build_suite(table, facts)

    row, examples = table_invariants(con, table, check_scope(table, checks_sql))
    # The observed values come from the row and its examples, so GX only says which hold (BOOLEAN_ONLY:
    # half the cost of SUMMARY, which builds result lists nobody reads).
    invariants = _validate(f"{table}_invariants", suite.table, pd.DataFrame([row]))
    outcomes = [
        ExpectationOutcome(_describe(r.expectation_config), bool(r.success),
                           _observed_invariant(r.expectation_config.kwargs["column"], row, examples))
        for r in invariants.results
    ]

    version = suite_version(table, checks_sql)
    keys = list(TABLES[table].primary_key)
    n_rows, per_frame = 0, []
    for frame in changed_rows(con, table, version, list(dict.fromkeys([*_columns_read(suite.rows), *keys]))):
        n_rows += len(frame)
        per_frame.append(_validate_rows(f"{table}_rows", suite.rows, frame, keys))
    if not per_frame:  # no new or changed document: each row-level expectation holds over no row
        outcomes += [ExpectationOutcome(_describe(e.configuration), True, _json({"rows_validated": 0}))
                     for e in suite.rows]
    else:
        outcomes += [
            ExpectationOutcome(_describe(results[0].expectation_config), all(r.success for r in results),
                               _observed(_merged([r.result for r in results])))
            for results in zip(*per_frame, strict=True)
        ]
    return SuiteOutcome(table, tuple(outcomes), rows_checked=n_rows), version


def _validate_rows(name: str, expectations: list, frame: pd.DataFrame, keys: list[str]) -> list:
    """Each row-level expectation's result on `frame`. GX first only says whether they hold
    (BOOLEAN_ONLY, the cheap format; see _held); only a frame where one fails is validated again in
    SUMMARY for its unexpected count and the keys of a few unexpected rows."""
    frame_keys = [k for k in keys if k in frame.columns]
    if all((getattr(e, "mostly", None) or 1) >= 1 for e in expectations):
        held = _held(name, expectations, frame)
        if held is not None:
            for result in held:
                result.result = {"unexpected_count": 0, "partial_unexpected_list": [],
                                 "partial_unexpected_index_list": [], "unexpected_index_column_names": frame_keys}
            return held
    result_format = ({"result_format": "SUMMARY", "unexpected_index_column_names": frame_keys}
                     if frame_keys else "SUMMARY")
    return _validate(name, expectations, frame, result_format).results


def _held(name: str, expectations: list, frame: pd.DataFrame) -> list | None:
    """The BOOLEAN_ONLY results of expectations without tolerance when all of them hold on `frame`,
    else None. Such an expectation holds on every row, so SUMMARY would say no more than that it had
    no unexpected row. One that reads a pair of columns holds exactly when it holds on the distinct
    pairs: it is validated on those (GX checks a pair row by row in Python, iterrows), the one-column
    ones together on the frame."""
    results: list = [None] * len(expectations)
    groups: dict[bool, list[int]] = {}
    for i, expectation in enumerate(expectations):
        groups.setdefault(len(_columns_read([expectation])) > 1, []).append(i)
    for on_pairs, positions in groups.items():
        chosen = [expectations[i] for i in positions]
        part = frame[list(dict.fromkeys(_columns_read(chosen)))]
        checked = _validate(name, chosen, part.drop_duplicates() if on_pairs else part)
        if not checked.success:
            return None
        for i, result in zip(positions, checked.results, strict=True):
            results[i] = result
    return results


def _columns_read(expectations: list) -> list[str]:
    """The frame columns that row-level expectations look at, in their order."""
    names = (getattr(e, attribute, None) for e in expectations for attribute in ("column", "column_A", "column_B"))
    return [name for name in names if name]


def _merged(results: list[dict]) -> dict:
    """One expectation's results over consecutive frames of rows as one: unexpected rows counted over
    all of them, the examples of the first frames."""
    if len(results) == 1:
        return results[0]
    merged = dict(results[0])
    for name in ("element_count", "unexpected_count", "missing_count"):
        if name in merged:
            merged[name] = sum(r.get(name, 0) for r in results)
    for name in ("partial_unexpected_list", "partial_unexpected_index_list"):
        if name in merged:
            merged[name] = [item for r in results for item in (r.get(name) or [])]
    return merged


def _ensure(con: duckdb.DuckDBPyConnection, name: str) -> None:
    """Create a table that accumulates across runs (dq_results, dq_validated) if it is missing."""
    if not con.execute(load_sql("ops/table_exists"), {"name": name}).fetchall()[0][0]:
        create_table(con, TABLES[name], keep_existing=True)


def run_gate(warehouse: Warehouse, table: str, run_id: str) -> SuiteOutcome:
    """Validate `table` with the facts of the stage before and record every expectation's result; a
    gate that passed also records which documents' rows it validated. One connection for all of it."""
    with warehouse.connect() as con:
        facts = _one_row(con, load_sql(table, FACTS), {}) if (FACTS / f"{table}.sql").exists() else {}
        outcome, version = evaluate(con, table, facts)
        if outcome.success:
            remember(con, table, version, run_id, check_scope(table, load_sql(table, CHECKS)))
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        _ensure(con, "dq_results")
        writer = TableWriter(con, TABLES["dq_results"])
        writer.extend([
            {
                "run_id": run_id,
                "stage": table,
                "expectation": o.expectation,
                "success": o.success,
                "observed_value": o.observed,
                "checked_at": now,
            }
            for o in outcome.outcomes
        ])
        writer.flush()
    return outcome
