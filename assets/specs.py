"""Asset definitions derived from the table registry: one name per table, its columns and meaning."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import dagster as dg

from assets.versions import code_version
from warehouse.registry import TABLES
from warehouse.workbook import SOURCE_TABLES

# The steps that lead to the staged ledger (assets/publish.py: the tables the workbook is made from, their
# gates, staged_ledger) run first among the steps ready to run, so that the workbook's process works while
# the run builds and gates the other marts.
LEDGER_FIRST = {"dagster/priority": "1"}


def ledger_first(name: str) -> dict | None:
    return LEDGER_FIRST if name in SOURCE_TABLES else None


def _metadata(name: str) -> dict:
    table = TABLES[name]
    schema = dg.TableSchema(
        columns=[dg.TableColumn(c.name, c.type, description=c.description) for c in table.columns]
    )
    return {"dagster/column_schema": schema, "table": table.description, "published": table.published}


def table_spec(name: str, group: str, deps: Sequence[str] = (), code_version: str | None = None) -> dg.AssetSpec:
    """The spec of one table produced by a multi-asset."""
    return dg.AssetSpec(
        name,
        description=TABLES[name].description,
        group_name=group,
        deps=list(deps),
        kinds={"duckdb"},
        metadata=_metadata(name),
        code_version=code_version,
    )


def table_asset(name: str, group: str, deps: Sequence[str] = ()) -> Callable:
    """`@dg.asset` for the function that builds table `name`; its docstring is the description, its
    code_version the one recorded in assets/code_versions.json."""
    return dg.asset(name=name, group_name=group, deps=list(deps), kinds={"duckdb"}, metadata=_metadata(name),
                    code_version=code_version(name), op_tags=ledger_first(name))
