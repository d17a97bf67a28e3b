"""The `gongwen` command: a quiet run through Dagster, help with examples, exit codes, queries."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import dagster as dg
from typer.testing import CliRunner

from pipelines.cli import app
from tests.conftest import REPO, SAMPLES
from warehouse.inbox_hashes import HASHES_FILE, KEPT_FILE

runner = CliRunner()


def _gongwen() -> list[str]:
    script = Path(sys.executable).parent / "gongwen"  # the [project.scripts] entry of the venv
    return [str(script)] if script.exists() else [sys.executable, "-m", "pipelines.cli"]


def test_run_help_shows_examples():
    result = runner.invoke(app, ["run", "--help"], env={"COLUMNS": "120"})
    assert result.exit_code == 0
    assert "Examples" in result.output
    assert "gongwen run --inbox ~/公文 --home /data/gongwen" in result.output


def test_every_command_is_there_with_examples():
    for command in ("run", "eval", "report", "export", "sql"):
        result = runner.invoke(app, [command, "--help"], env={"COLUMNS": "120"})
        assert result.exit_code == 0 and f"gongwen {command}" in result.output


def test_a_run_on_the_samples_is_quiet_recorded_and_logged(tmp_path):
    inbox, home = tmp_path / "inbox", tmp_path / "home"
    shutil.copytree(SAMPLES, inbox)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DAGSTER_", "GONGWEN_"))}
    env["PYTHONPATH"] = str(REPO)  # this checkout's code, also from a worktree beside the one the venv was made in
    done = subprocess.run(
        [*_gongwen(), "run", "--inbox", str(inbox), "--home", str(home), "--workers", "2"],
        capture_output=True, text=True, env=env, timeout=900,
    )
    lines = (done.stdout + done.stderr).splitlines()
    assert done.returncode == 0, done.stdout + done.stderr
    assert len(lines) <= 40
    assert lines[0].startswith("documents read") and "5 documents" in lines[0]
    assert "quality gates: all expectations hold" in lines
    assert "STEP_START" not in done.stdout + done.stderr
    [log] = (home / "logs").glob("*.log")
    assert lines[-1].startswith(f"run {log.stem} took ")
    assert "STEP_SUCCESS" in log.read_text(encoding="utf-8")
    assert not (home / HASHES_FILE).exists()  # the inbox's hashes live as long as the run
    assert (home / KEPT_FILE).exists()  # and are kept for the next run, which reads only files changed since
    with dg.DagsterInstance.from_config(str(home / "dagster")) as instance:
        [run] = instance.get_runs()
    assert (run.run_id, run.job_name, run.status) == (log.stem, "gongwen_full", dg.DagsterRunStatus.SUCCESS)
    assert run.tags[".dagster/repository"] == "__repository__@pipelines.definitions"

    # The same inbox and code again: it says so and starts no run.
    again = subprocess.run([*_gongwen(), "run", "--inbox", str(inbox), "--home", str(home)],
                           capture_output=True, text=True, env=env, timeout=900)
    assert again.returncode == 0, again.stdout + again.stderr
    assert again.stdout.startswith(f"nothing changed: the inbox and the code are those the published set (run {log.stem}")
    assert len(list((home / "logs").glob("*.log"))) == 1
    # One byte more in one file: a run again, which sees that one document changed.
    with (inbox / "liuyang-2025.txt").open("a", encoding="utf-8") as fh:
        fh.write("\n")
    changed = subprocess.run([*_gongwen(), "run", "--inbox", str(inbox), "--home", str(home)],
                             capture_output=True, text=True, env=env, timeout=900)
    assert changed.returncode == 0, changed.stdout + changed.stderr
    assert len(list((home / "logs").glob("*.log"))) == 2
    assert "nothing changed" not in changed.stdout


def test_a_blocking_gate_makes_the_run_exit_1(tmp_path, monkeypatch):
    inbox, home = tmp_path / "inbox", tmp_path / "home"
    inbox.mkdir()  # nothing to read: the raw_files gate fails
    for name in ("DAGSTER_HOME", "GONGWEN_INBOX", "GONGWEN_HOME"):
        monkeypatch.setenv(name, "")  # restored after the test (the command sets them)
    result = runner.invoke(app, ["run", "--inbox", str(inbox), "--home", str(home), "--workers", "1"])
    assert result.exit_code == 1
    assert "blocked by the quality gates of raw_documents, raw_files:" in result.output
    assert not (home / "published").exists()


def test_sql_queries_the_published_tables_by_name(samples_run):
    _, home, _ = samples_run
    result = runner.invoke(app, ["sql", "select count(*) as n from core_tasks", "--home", str(home)])
    assert result.exit_code == 0
    assert "109" in result.output


def test_sql_reports_a_bad_query_with_exit_1(samples_run):
    _, home, _ = samples_run
    result = runner.invoke(app, ["sql", "select nope from core_tasks", "--home", str(home)])
    assert result.exit_code == 1


def test_export_copies_the_workbook_and_csvs(samples_run, tmp_path):
    _, home, _ = samples_run
    result = runner.invoke(app, ["export", "--home", str(home), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0
    assert (tmp_path / "out" / "任务台账.xlsx").read_bytes() == (home / "published" / "任务台账.xlsx").read_bytes()
    assert (tmp_path / "out" / "csv" / "core_tasks.csv").exists()


def _readme_queries() -> list[str]:
    """The SQL of the README: its ```sql blocks and the quoted queries of its `gongwen sql` lines."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    blocks = [block.strip().rstrip(";") for block in re.findall(r"```sql\n(.*?)```", text, re.S)]
    typed = [q for q in re.findall(r'gongwen sql (?:--warehouse )?"(.*?)"', text, re.S) if q not in ("QUERY", "…")]
    return blocks + typed


def test_every_query_of_the_readme_runs_as_written(samples_run):
    _, home, _ = samples_run
    queries = _readme_queries()
    assert len(queries) >= 10
    for query in queries:
        query = query.replace("'.gongwen/", f"'{home}/")  # paths in the README are of the default home
        warehouse_only = re.search(r"\b(dq_results|ops_quarantine|raw_\w+)\b", query)
        args = ["sql", query, "--home", str(home), *(["--warehouse"] if warehouse_only else [])]
        result = runner.invoke(app, args)
        assert result.exit_code == 0, (query, result.output)


def test_eval_scores_the_published_set_against_the_sample_labels(samples_run):
    _, home, _ = samples_run
    result = runner.invoke(app, ["eval", "--home", str(home)])
    assert result.exit_code == 0
    assert re.search(r"^documents found\s+5/5$", result.output, re.M)


_EXITING = """
import atexit, sys, threading, time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from pipelines.cli import exit_now

out = Path(sys.argv[1])

class TornDown:
    def __del__(self):  # runs only when the interpreter tears the module down
        (out / "torn_down").write_text("x")

kept = TornDown()
atexit.register(lambda: (out / "atexit").write_text("x"))
threading.Thread(target=lambda: (time.sleep(0.2), (out / "thread").write_text("x"))).start()
idle = ThreadPoolExecutor(max_workers=1)  # never shut down: its worker waits for work until told to stop
idle.submit(lambda: (out / "pooled").write_text("x")).result()
print("flushed", end="")
exit_now(3)
"""


def test_exit_now_joins_threads_runs_atexit_and_flushes_but_tears_no_module_down(tmp_path):
    done = subprocess.run([sys.executable, "-c", _EXITING, str(tmp_path)], capture_output=True, text=True,
                          cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=60)
    assert done.returncode == 3, done.stderr
    assert done.stdout == "flushed"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["atexit", "pooled", "thread"]


def test_the_command_called_as_a_program_ends_with_its_status(tmp_path):
    done = subprocess.run([sys.executable, "-m", "pipelines.cli", "sql", "select 1", "--home", str(tmp_path)],
                          capture_output=True, text=True, cwd=REPO, timeout=120)
    assert done.returncode == 1 and "gongwen run" in done.stderr + done.stdout
