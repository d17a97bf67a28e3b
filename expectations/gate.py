"""Run a table's suite with Great Expectations 1.x and keep every result in dq_results.

GX validates through the pandas datasource of one ephemeral context per process: its SQL datasource
cannot validate DuckDB in 1.24 (duckdb-engine returns no rows once GX has closed its connection,
great_expectations issues #10738, #11579) and it takes no polars frames. `import great_expectations`
costs seconds, so it is imported once, lazily, on the first gate of a run.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pandas as pd

from warehouse.registry import TABLES
from warehouse.store import Warehouse, load_sql

SQL_DIR = Path(__file__).parent / "sql"
# checks/<table>.sql: the table plus its derived check columns (*_ok);
# facts/<table>.sql (optional): one row of facts from the stages before (expected row counts …).
CHECKS, FACTS = SQL_DIR / "checks", SQL_DIR / "facts"


@dataclass(frozen=True)
class ExpectationOutcome:
    expectation: str  # type and arguments, e.g. expect_column_values_to_be_unique(column=task_id)
    success: bool
    observed: str


@dataclass(frozen=True)
class SuiteOutcome:
    table: str
    outcomes: tuple[ExpectationOutcome, ...]

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


def _observed(result: dict) -> str:
    if "observed_value" in result:
        return json.dumps(result["observed_value"], ensure_ascii=False, default=str)
    if "unexpected_count" in result:
        # Name the failing rows by their key where GX kept it, else show the failing values.
        keys = result.get("unexpected_index_column_names") or []
        rows = result.get("partial_unexpected_index_list") or []
        sample = [{k: row.get(k) for k in keys} for row in rows] if keys and rows else (
            result.get("partial_unexpected_list") or []
        )
        return json.dumps(
            {"unexpected_count": result["unexpected_count"], "examples": sample[:5]},
            ensure_ascii=False,
            default=str,
        )
    return json.dumps(result, ensure_ascii=False, default=str)[:500]


def validate_frame(table: str, frame: pd.DataFrame, facts: dict) -> SuiteOutcome:
    """Validate one table's frame (with its derived check columns) against the table's suite."""
    import great_expectations as gx

    from expectations.suites import build_suite

    suite = gx.ExpectationSuite(name=f"{table}_suite", expectations=build_suite(table, facts, len(frame)))
    keys = [k for k in TABLES[table].primary_key if k in frame.columns]
    result_format = {"result_format": "SUMMARY", "unexpected_index_column_names": keys} if keys else "SUMMARY"
    batch = _batch_definition().get_batch(batch_parameters={"dataframe": frame})
    result = batch.validate(suite, result_format=result_format)
    return SuiteOutcome(
        table,
        tuple(
            ExpectationOutcome(_describe(r.expectation_config), bool(r.success), _observed(r.result))
            for r in result.results
        ),
    )


def run_gate(warehouse: Warehouse, table: str, run_id: str) -> SuiteOutcome:
    """Load `table` with its check columns and the facts of the stage before, validate, record."""
    with warehouse.connect() as con:
        frame = con.execute(load_sql(table, CHECKS)).df()
        facts = {}
        if (FACTS / f"{table}.sql").exists():
            cursor = con.execute(load_sql(table, FACTS))
            names = [d[0] for d in cursor.description]
            facts = dict(zip(names, cursor.fetchone(), strict=True))
    outcome = validate_frame(table, frame, facts)
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    warehouse.append("dq_results", [
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
    return outcome
