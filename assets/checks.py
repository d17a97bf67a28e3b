"""Blocking quality gates: one Great Expectations suite per table, run after the table is built.

A failing gate stops every asset downstream of its table in the same run (and the CLI exits 1);
each expectation's result is kept in the warehouse table dq_results.
"""


import dagster as dg

from assets.resources import Gongwen
from assets.specs import ledger_first
from expectations.gate import run_gate
from expectations.results import to_check_result
from expectations.suites import GATED_TABLES


def gate_for(table: str) -> dg.AssetChecksDefinition:
    @dg.asset_check(
        asset=table,
        name=f"{table}_suite",
        blocking=True,
        op_tags=ledger_first(table),
        description=f"Great Expectations suite of {table} (expectations/suites.py, expectations/sql/checks/{table}.sql)",
    )
    def _gate(context: dg.AssetCheckExecutionContext, gongwen: Gongwen) -> dg.AssetCheckResult:
        outcome = run_gate(gongwen.warehouse, table, context.run.run_id)
        for failure in outcome.failures:
            context.log.error(f"{table}: {failure.expectation} failed, observed {failure.observed}")
        return to_check_result(outcome)

    return _gate


GATES = [gate_for(table) for table in GATED_TABLES]
