"""Where the `gongwen run` command sends Dagster's event log: a Python logger the CLI listens to.

A run launched by the CLI names the logger `gongwen_cli` in its run config, so Dagster hands every event
to `logging.getLogger("gongwen.run")` instead of printing it; the CLI hangs a file handler
($GONGWEN_HOME/logs/<run_id>.log) and its progress display on that logger. Runs launched from the UI,
the schedule or the sensor do not name it and keep Dagster's console logger.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import dagster as dg

RUN_LOGGER_NAME = "gongwen.run"
RUN_LOGGER_KEY = "gongwen_cli"
WARNINGS_LOGGER_NAME = "py.warnings"  # where logging.captureWarnings sends Python's warnings
UNNAMED_RUN = "unknown-run"
LOG_FORMAT = "%(asctime)s - %(levelname)s - %(message)s"


@dg.logger(description="Hands every event of a run to the Python logger 'gongwen.run' (the CLI listens).")
def cli_event_logger(init_context: dg.InitLoggerContext) -> logging.Logger:
    log = logging.getLogger(RUN_LOGGER_NAME)
    log.setLevel(logging.DEBUG)
    log.propagate = False  # nothing reaches the terminal through the root logger
    return log


def dagster_event(record: logging.LogRecord):
    """The DagsterEvent a record carries, or None for a plain log message."""
    meta = getattr(record, "dagster_meta", None) or {}
    return meta.get("dagster_event")


def run_id_of(record: logging.LogRecord) -> str | None:
    """The id of the run a record belongs to, when it names one."""
    return (getattr(record, "dagster_meta", None) or {}).get("run_id")


class RunLogFile(logging.Handler):
    """Writes a run's records to <folder>/<run_id>.log, opened when the first record names the run."""

    def __init__(self, folder: Path):
        super().__init__(logging.DEBUG)
        self.folder = Path(folder)
        self.path: Path | None = None
        self._stream = None
        self._waiting: list[str] = []  # records before the first that names the run (a warning)
        self.setFormatter(logging.Formatter(LOG_FORMAT))

    def emit(self, record: logging.LogRecord) -> None:
        if self._stream is None:
            if run_id_of(record) is None:
                self._waiting.append(self.format(record))
                return
            self._open(run_id_of(record))
        self._stream.write(self.format(record) + "\n")
        self._stream.flush()

    def _open(self, run_id: str) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        self.path = self.folder / f"{run_id}.log"
        self._stream = self.path.open("a", encoding="utf-8")
        for line in self._waiting:
            self._stream.write(line + "\n")
        self._waiting.clear()

    def close(self) -> None:
        if self._stream is None and self._waiting:
            self._open(UNNAMED_RUN)
        if self._stream is not None:
            self._stream.close()
            self._stream = None
        super().close()


@contextmanager
def warnings_to(handler: logging.Handler) -> Iterator[None]:
    """Python's warnings (a library's deprecation, DuckDB's notes) go to `handler` instead of the terminal."""
    logging.captureWarnings(True)
    log = logging.getLogger(WARNINGS_LOGGER_NAME)
    log.addHandler(handler)
    log.propagate = False
    try:
        yield
    finally:
        log.removeHandler(handler)
        log.propagate = True
        logging.captureWarnings(False)
