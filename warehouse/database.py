"""The release's read-only DuckDB copy, gongwen.duckdb: real tables loaded from the release's own Parquet.

Loaded in two parts when a run stages its ledger early (warehouse/publish.py): the ledger's tables by a
process of their own as soon as their Parquet is staged, the rest of the tables when the run publishes.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import duckdb

from warehouse.registry import TABLES
from warehouse.store import DUCKDB_CONFIG

DATABASE_FILE = "gongwen.duckdb"


def connect_copy(release: Path) -> duckdb.DuckDBPyConnection:
    """The release's database copy (made when missing), bounded like the warehouse: a large corpus spills."""
    return duckdb.connect(str(Path(release) / DATABASE_FILE), config=DUCKDB_CONFIG)


def load_tables(con: duckdb.DuckDBPyConnection, release: Path, names: Iterable[str]) -> None:
    """Each published table `names` as a real table of the copy, its rows read from <release>/<name>.parquet
    (the same rows, and no path to resolve, so the copy opens from any working directory)."""
    for name in names:
        con.execute(TABLES[name].ddl())
        con.from_parquet(str(Path(release) / f"{name}.parquet")).insert_into(TABLES[name].name)


def write_database(release: Path, *names: str) -> None:
    """gongwen.duckdb in the release folder with these published tables: how a process of its own loads the
    ledger's tables while the run goes on (python -m warehouse.exports <release> database <table> …)."""
    con = connect_copy(release)
    try:
        load_tables(con, release, names)
        con.execute("checkpoint")
    finally:
        con.close()
