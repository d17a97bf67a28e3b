"""Keeps a connection open on the SQLite files of the Dagster instance for the length of a `gongwen run`.

Dagster's SQLite storages open a connection for every read and write of the run's events (NullPool) and
close it after. The databases are in WAL mode, and when the last connection to one closes SQLite
checkpoints the WAL into the database and deletes it: a run's few hundred events each paid a checkpoint
(~10 ms each: 4-5 s a run). With one idle connection of ours open on each file (no transaction, so no
lock), closing Dagster's is not the last close and costs nothing; SQLite still checkpoints as it
commits (wal_autocheckpoint), and once more when we close ours at the end of the run. What is written
and when it is durable is unchanged.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
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
