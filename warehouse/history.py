"""The run history (dq_results, ops_quarantine) kept twice: in the warehouse and in append-only Parquet logs.

Everything else in the warehouse is derived from the inbox and can be rebuilt; the history cannot.
Each run appends one file per history table, $GONGWEN_HOME/history/<table>/<run_id>.parquet, written
to a temporary name and renamed, so a log file is whole or absent. A rebuilt warehouse reads them back.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from warehouse.registry import TABLES
from warehouse.replaced import replaced
from warehouse.store import load_sql

HISTORY_TABLES = ("dq_results", "ops_quarantine")
HISTORY_DIR = "history"


def log_path(home: Path, table: str, run_id: str) -> Path:
    return home / HISTORY_DIR / table / f"{run_id}.parquet"


def append_run_to_log(con: duckdb.DuckDBPyConnection, home: Path, run_id: str) -> dict[str, int]:
    """Write this run's rows of every history table to its log; returns rows written per table."""
    written = {}
    for name in HISTORY_TABLES:
        table = TABLES[name]
        con.execute(table.ddl(keep_existing=True))
        # the relation, not the DB-API result: DuckDB warns that the latter copies the rows once more
        rows = con.sql(load_sql(f"ops/history_of_run_{name}"), params={"run_id": run_id}).to_arrow_table()
        rows = rows.cast(table.arrow_schema())
        if rows.num_rows:
            _write_whole(rows, log_path(home, name, run_id))
        written[name] = rows.num_rows
    return written


def restore_from_logs(con: duckdb.DuckDBPyConnection, home: Path) -> dict[str, int]:
    """Fill empty history tables of a (re)built warehouse from the logs; returns rows restored per table."""
    restored = {}
    for name in HISTORY_TABLES:
        table = TABLES[name]
        con.execute(table.ddl(keep_existing=True))
        files = sorted((home / HISTORY_DIR / name).glob("*.parquet"))
        if not files or con.table(name).count("*").fetchall()[0][0]:
            restored[name] = 0
            continue
        logged = pa.concat_tables(pq.read_table(f, schema=table.arrow_schema()) for f in files)
        con.register("history_log", logged)
        try:
            con.execute(load_sql(f"ops/restore_{name}"))
        finally:
            con.unregister("history_log")
        restored[name] = con.table(name).count("*").fetchall()[0][0]
    return restored


def _write_whole(rows: pa.Table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with replaced(path) as partial:
        pq.write_table(rows, partial, compression="zstd")
