"""The run log of `gongwen run`: Python's warnings go to the run's log file, never to the terminal."""

import logging
import warnings

from pipelines.run_log import RunLogFile, warnings_to


def _record(message: str, run_id: str | None) -> logging.LogRecord:
    record = logging.LogRecord("gongwen.run", logging.INFO, __file__, 1, message, None, None)
    if run_id is not None:
        record.dagster_meta = {"run_id": run_id}
    return record


def test_a_warning_goes_to_the_run_log_not_the_terminal(tmp_path, capfd):
    log_file = RunLogFile(tmp_path)
    with warnings_to(log_file), warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.warn("a library's deprecation", DeprecationWarning, stacklevel=1)  # before the run names itself
        log_file.handle(_record("RUN_START", "run-1"))
        warnings.warn("DuckDB's note", UserWarning, stacklevel=1)
    log_file.close()
    assert capfd.readouterr().err == ""
    text = (tmp_path / "run-1.log").read_text(encoding="utf-8")
    assert text.index("a library's deprecation") < text.index("RUN_START") < text.index("DuckDB's note")
    assert not logging.getLogger("py.warnings").handlers  # put back as it was


def test_warnings_of_a_run_that_never_named_itself_are_kept(tmp_path):
    log_file = RunLogFile(tmp_path)
    log_file.handle(_record("no run started", None))
    log_file.close()
    assert "no run started" in (tmp_path / "unknown-run.log").read_text(encoding="utf-8")
