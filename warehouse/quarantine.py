"""ops_quarantine: files that could not become documents, kept across runs with when they were first seen."""

from __future__ import annotations

import datetime as dt

import duckdb
import pyarrow as pa

from warehouse.registry import TABLES
from warehouse.store import load_sql

_INCOMING = pa.schema([
    ("source_file", pa.string()),
    ("stage", pa.string()),
    ("reason", pa.string()),
    ("detail", pa.string()),
    ("sha256", pa.string()),
])


def record_quarantine(con: duckdb.DuckDBPyConnection, rows: list[dict], run_id: str) -> None:
    """Merge this run's rejections into ops_quarantine (inside the caller's transaction)."""
    con.execute(TABLES["ops_quarantine"].ddl(keep_existing=True))
    if not rows:
        return
    con.register("incoming_quarantine", pa.Table.from_pylist(rows, schema=_INCOMING))
    try:
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        con.execute(load_sql("merge_quarantine"), {"seen_at": now, "run_id": run_id})
    finally:
        con.unregister("incoming_quarantine")
