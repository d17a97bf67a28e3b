"""Keeps a connection open on the SQLite files of the Dagster instance for the length of a `gongwen run`.

Dagster's SQLite storages open a connection for every read and write of the run's events (NullPool) and
close it after. The databases are in WAL mode, and when the last connection to one closes SQLite
checkpoints the WAL into the database and deletes it: a run's few hundred events each paid a checkpoint
(~10 ms each: 4-5 s a run). With one idle connection of ours open on each file (no transaction, so no
lock), closing Dagster's is not the last close and costs nothing; SQLite still checkpoints as it
commits (wal_autocheckpoint), and once more when we close ours at the end of the run. What is written
and when it is durable is unchanged.

normal_sync() lets those connections commit without waiting for the disk: each of Dagster's connections
to a file in WAL mode runs with synchronous=NORMAL instead of SQLite's FULL, so a commit appends to the WAL
and returns, and the WAL is synced at each checkpoint instead of at every commit (~5 ms a commit on this
project's machine, some 500 commits a run). In WAL mode that keeps every file consistent whatever stops
the machine; what a crash of the operating system or a power cut (not of the run's process) may lose is
the last events committed before it, of the run's log and history only: the published set does not live
there (warehouse/publish.py).
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from pipelines.run_log import run_id_of

# The instance's SQLite files every run writes: the run storage and the index of the event log.
INSTANCE_FILES = ("history/runs.db", "history/runs/index.db")
RUN_SHARD = "history/runs/{run_id}.db"  # the run's own event log, made when it starts


class HoldOpen(logging.Handler):
    """A handler on the run's logger: holds the instance's files from the start (or, in a new instance,
    from the run's first record, when Dagster has made them) and the run's shard of the event log from
    its first record; close() lets them go."""

    def __init__(self, dagster_home: Path):
        super().__init__(logging.DEBUG)
        self.dagster_home = Path(dagster_home)
        self.connections: dict[Path, sqlite3.Connection] = {}
        self.run_id: str | None = None
        for name in INSTANCE_FILES:
            self._hold(self.dagster_home / name)

    def _hold(self, path: Path) -> None:
        if path in self.connections or not path.is_file():
            return
        # mode=rw: never creates a file Dagster has not made; a file it cannot open is left to Dagster.
        with contextlib.suppress(sqlite3.Error):
            self.connections[path] = sqlite3.connect(f"{path.as_uri()}?mode=rw", uri=True, check_same_thread=False)

    def emit(self, record: logging.LogRecord) -> None:
        if self.run_id is None and (run_id := run_id_of(record)):
            self.run_id = run_id
            for name in (*INSTANCE_FILES, RUN_SHARD.format(run_id=run_id)):
                self._hold(self.dagster_home / name)

    def close(self) -> None:
        for connection in self.connections.values():
            connection.close()
        self.connections = {}
        super().close()


def _normal_sync(dbapi_connection, _record) -> None:
    """On a new SQLite connection to a file in WAL mode: synchronous=NORMAL (see normal_sync)."""
    if isinstance(dbapi_connection, sqlite3.Connection):
        (mode,) = dbapi_connection.execute("pragma journal_mode").fetchone()
        if mode == "wal":
            dbapi_connection.execute("pragma synchronous=NORMAL")


@contextlib.contextmanager
def normal_sync() -> Iterator[None]:
    """Within the block, every SQLite connection SQLAlchemy opens in this process on a file in WAL mode (the
    Dagster instance's) commits with synchronous=NORMAL; other connections are left as they are."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    event.listen(Engine, "connect", _normal_sync)
    try:
        yield
    finally:
        event.remove(Engine, "connect", _normal_sync)
