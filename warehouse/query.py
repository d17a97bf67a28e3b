"""Read-only DuckDB connections for queries typed by people (`gongwen sql`).

On the published set: the published folder's own database copy (gongwen.duckdb) when the release has
one, otherwise an in-memory database with one view per Parquet file, named after its table. On the
warehouse: the file itself, read-only (DuckDB refuses while a run holds it open for writing).
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from warehouse.registry import PUBLISHED_TABLES

PUBLISHED_DATABASE = "gongwen.duckdb"


def connect_published(published: Path) -> duckdb.DuckDBPyConnection:
    """A connection that sees every published table by name; raises FileNotFoundError without a set."""
    published = Path(published)
    database = published / PUBLISHED_DATABASE
    if database.exists():
        return duckdb.connect(str(database), read_only=True)
    files = {name: published / f"{name}.parquet" for name in PUBLISHED_TABLES}
    if not any(path.exists() for path in files.values()):
        raise FileNotFoundError(f"no published tables in {published}: run `gongwen run` first")
    con = duckdb.connect()
    for name, path in files.items():
        if path.exists():
            con.read_parquet(str(path)).create_view(name)
    return con


def connect_warehouse(path: Path) -> duckdb.DuckDBPyConnection:
    """The warehouse file, read-only; FileNotFoundError before the first run."""
    if not Path(path).exists():
        raise FileNotFoundError(f"no warehouse at {path}: run `gongwen run` first")
    return duckdb.connect(str(path), read_only=True)
