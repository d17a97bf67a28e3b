"""The warehouse checked at the start of every run; a corrupt one is moved aside and rebuilt.

Everything in the warehouse but the run history is derived from the inbox, and every run rebuilds
the derived tables, so a corrupt file is renamed `warehouse.corrupt-<ts>.duckdb` (kept for a person to
look at) and the run starts from an empty warehouse whose history is read back from the Parquet logs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import duckdb

from warehouse.history import restore_from_logs
from warehouse.store import Warehouse, load_sql


@dataclass(frozen=True)
class IntegrityReport:
    sound: bool
    problem: str | None = None  # what reading the old warehouse raised
    moved_to: Path | None = None
    restored: dict[str, int] | None = None  # history rows read back from the logs, per table


def find_corruption(path: Path) -> str | None:
    """None when every block of every table reads back with a valid checksum, else the error."""
    if not path.exists():
        return None
    try:
        con = duckdb.connect(str(path))
    except duckdb.Error as exc:
        return f"{type(exc).__name__}: {exc}"
    try:
        con.execute("set enable_progress_bar = false")
        for (name,) in con.execute(load_sql("ops/all_tables")).fetchall():
            con.execute(load_sql("ops/table_digest"), {"name": name}).fetchall()
        con.execute("checkpoint")
    except duckdb.Error as exc:
        return f"{type(exc).__name__}: {exc}"
    finally:
        con.close()
    return None


def ensure_sound(warehouse: Warehouse, home: Path) -> IntegrityReport:
    """Check the warehouse; move a corrupt one aside; give a new one its history back from the logs."""
    problem = find_corruption(warehouse.path)
    moved_to = None
    if problem is not None:
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%f")
        moved_to = warehouse.path.with_name(f"{warehouse.path.stem}.corrupt-{stamp}{warehouse.path.suffix}")
        warehouse.path.rename(moved_to)
        wal = warehouse.path.with_name(warehouse.path.name + ".wal")
        if wal.exists():
            wal.rename(moved_to.with_name(moved_to.name + ".wal"))
    with warehouse.connect() as con:
        restored = restore_from_logs(con, home)
    return IntegrityReport(problem is None, problem, moved_to, restored)


def checkpoint(warehouse: Warehouse) -> None:
    """Fold the WAL into the database file so it does not grow from run to run."""
    with warehouse.connect() as con:
        con.execute("force checkpoint")
