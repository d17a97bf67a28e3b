"""Asset definitions derived from the table registry: one name per table, its columns and meaning."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import dagster as dg

from assets.versions import code_version
from warehouse.registry import TABLES


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
                    code_version=code_version(name))
