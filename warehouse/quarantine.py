"""ops_quarantine: files that could not become documents, kept across runs with when they were first seen."""

from __future__ import annotations

import datetime as dt

import duckdb
import pyarrow as pa

from warehouse.registry import TABLES
from warehouse.store import RowShapeError, create_table, load_sql

# A run hands over these columns of ops_quarantine; the merge adds first_seen, last_seen and run_id.
INCOMING_COLUMNS = ("source_file", "stage", "reason", "detail", "sha256")
_INCOMING = pa.schema([TABLES["ops_quarantine"].arrow_schema().field(name) for name in INCOMING_COLUMNS])


def record_quarantine(con: duckdb.DuckDBPyConnection, rows: list[dict], run_id: str) -> None:
    """Merge this run's rejections into ops_quarantine (inside the caller's transaction)."""
    create_table(con, TABLES["ops_quarantine"], keep_existing=True)
    if not rows:
        return
    for row in rows:
        if row.keys() != set(INCOMING_COLUMNS):
            raise RowShapeError(f"quarantine row: keys {sorted(row)}, expected {sorted(INCOMING_COLUMNS)}")
    con.register("incoming_quarantine", pa.Table.from_pylist(rows, schema=_INCOMING))
    try:
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        con.execute(load_sql("ops/merge_quarantine"), {"seen_at": now, "run_id": run_id})
    finally:
        con.unregister("incoming_quarantine")
