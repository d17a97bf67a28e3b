"""pipelines.sqlite_hold.normal_sync: the Dagster instance's WAL files commit with synchronous=NORMAL
during a run, and nothing else changes."""

from __future__ import annotations

import sqlite3

import sqlalchemy as sa

from pipelines.sqlite_hold import normal_sync

FULL, NORMAL = 2, 1


def _sqlite_file(path, wal: bool):
    con = sqlite3.connect(path)
    if wal:
        con.execute("pragma journal_mode=wal")
    con.execute("create table t (x)")
    con.commit()
    con.close()


def _synchronous(path) -> int:
    engine = sa.create_engine(f"sqlite:///{path}", poolclass=sa.pool.NullPool)
    try:
        with engine.connect() as conn:
            return conn.execute(sa.text("pragma synchronous")).scalar_one()
    finally:
        engine.dispose()


def test_wal_files_commit_with_synchronous_normal_within_the_block_only(tmp_path):
    wal, rollback = tmp_path / "wal.db", tmp_path / "rollback.db"
    _sqlite_file(wal, wal=True)
    _sqlite_file(rollback, wal=False)
    assert _synchronous(wal) == FULL
    with normal_sync():
        assert _synchronous(wal) == NORMAL
        assert _synchronous(rollback) == FULL  # a rollback journal keeps FULL: NORMAL could corrupt it
    assert _synchronous(wal) == FULL
