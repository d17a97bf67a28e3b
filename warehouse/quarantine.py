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


def hold_back_documents(
    con: duckdb.DuckDBPyConnection, flags: dict[str, str], reasons: dict[str, str], from_core: bool = False
) -> list[tuple[str, str, str]]:
    """Take documents (doc_id → raw_files flag, and the reason its files get) out of the raw tables
    (and, `from_core`, out of the core tables built so far), inside the caller's transaction.

    Their files (the published one and its duplicates) become `quarantined`; returns each file's
    (source_file, sha256, doc_id) so that the caller can give it its reason in ops_quarantine.
    """
    if not flags:
        return []
    held = pa.table({"doc_id": list(flags), "flag": list(flags.values()), "reason": [reasons[d] for d in flags]})
    con.register("held_back", held)
    try:
        files = con.execute(load_sql("ops/held_back_files")).fetchall()
        if from_core:
            con.execute(load_sql("ops/hold_back_core_documents"))
        con.execute(load_sql("ops/hold_back_documents"))
    finally:
        con.unregister("held_back")
    return files
