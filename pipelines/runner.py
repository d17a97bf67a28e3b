"""`gongwen run`: the job `gongwen_full` on the Dagster instance at $DAGSTER_HOME, shown as progress per stage.

The run is recorded like one started by `dagster job execute` (it shows in the UI under `gongwen_full`);
its event log goes to $GONGWEN_HOME/logs/<run_id>.log through pipelines.run_log, not to the terminal.
"""

from __future__ import annotations

import logging
import os
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import dagster as dg
from dagster._core.definitions.reconstruct import ReconstructableRepository
from dagster._core.definitions.repository_definition.valid_definitions import SINGLETON_REPOSITORY_NAME
from dagster._core.storage.tags import REPOSITORY_LABEL_TAG
from dagster._core.workspace.load import location_origins_from_yaml_paths
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    Task,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)

from assets.resources import REPO_ROOT, Gongwen
from pipelines.collector import fewer_collections
from pipelines.run_log import RUN_LOGGER_KEY, RUN_LOGGER_NAME, RunLogFile, dagster_event, warnings_to
from pipelines.sqlite_hold import HoldOpen, normal_sync

JOB_NAME = "gongwen_full"
DEFINITIONS_MODULE = "pipelines.definitions"
# (stage, label) in the order a run goes through them.
STAGES = (
    ("documents", "documents read"),
    ("tasks", "tasks"),
    ("targets", "targets"),
    ("marts", "marts"),
    ("gates", "gates"),
    ("publish", "publish"),
)
# Which materialized table's row count a stage shows, and as what.
COUNTED_TABLES = {"raw_documents": ("documents", "documents"), "core_tasks": ("tasks", "tasks"),
                  "core_indicators": ("targets", "targets")}
DAGSTER_YAML = "# Dagster instance settings for gongwen (written by `gongwen run`).\ntelemetry:\n  enabled: false\n"


def stage_of(step_key: str) -> str:
    """The stage a step of the job belongs to, from its name (gates are the `<table>_suite` checks)."""
    if step_key.endswith("_suite"):
        return "gates"
    if step_key.startswith("raw_"):
        return "documents"
    if step_key.startswith("core_task"):
        return "tasks"
    if step_key.startswith("core_indicators"):
        return "targets"
    if step_key.startswith("core_"):
        return "documents"
    if step_key.startswith("out_"):
        return "marts"
    return "publish"


@dataclass
class RunOutcome:
    run_id: str | None = None
    success: bool = False
    seconds: float = 0.0
    failed_gates: list[str] = field(default_factory=list)
    failed_steps: list[str] = field(default_factory=list)
    log_path: Path | None = None


class StageProgress(logging.Handler):
    """Turns the run's Dagster events into one progress bar per stage."""

    def __init__(self, progress: Progress, step_keys: list[str], outcome: RunOutcome):
        super().__init__(logging.DEBUG)
        self.progress = progress
        self.outcome = outcome
        self.totals = Counter(stage_of(key) for key in step_keys)
        self.tasks = {
            stage: progress.add_task(label, total=self.totals[stage] or 1, detail="", start=False)
            for stage, label in STAGES
        }
        self.n_gates_passed = 0

    def emit(self, record: logging.LogRecord) -> None:
        event = dagster_event(record)
        if event is None:
            return
        kind = event.event_type_value
        if kind == "STEP_START":
            self.progress.start_task(self.tasks[stage_of(event.step_key)])
        elif kind in ("STEP_SUCCESS", "STEP_FAILURE", "STEP_SKIPPED"):
            self._step_done(event.step_key, failed=kind == "STEP_FAILURE")
        elif kind == "ASSET_MATERIALIZATION":
            self._materialized(event.event_specific_data.materialization)
        elif kind == "ASSET_CHECK_EVALUATION":
            self._gate(event.event_specific_data)

    def _task(self, task_id: TaskID) -> Task:
        return next(task for task in self.progress.tasks if task.id == task_id)

    def finish(self) -> None:
        """Mark the stages a blocked or failed run never reached."""
        for task_id in self.tasks.values():
            task = self._task(task_id)
            if not task.finished:
                self.progress.update(task_id, detail=f"{task.fields['detail']} [yellow]not run[/]".strip())
                self.progress.stop_task(task_id)

    def _step_done(self, step_key: str, failed: bool) -> None:
        task = self.tasks[stage_of(step_key)]
        self.progress.advance(task)
        if failed and not step_key.endswith("_suite"):
            self.outcome.failed_steps.append(step_key)
        if self._task(task).finished:
            self.progress.stop_task(task)

    def _materialized(self, materialization) -> None:
        table = materialization.asset_key.path[-1]
        if table in COUNTED_TABLES:
            stage, noun = COUNTED_TABLES[table]
            rows = materialization.metadata.get("dagster/row_count")
            if rows is not None:
                self.progress.update(self.tasks[stage], detail=f"{rows.value} {noun}")
        elif table.startswith("out_"):
            done = int(self._task(self.tasks["marts"]).completed) + 1
            self.progress.update(self.tasks["marts"], detail=f"{done} tables")
        elif table == "published":
            self.progress.update(self.tasks["publish"], detail="published")

    def _gate(self, evaluation) -> None:
        if evaluation.passed:
            self.n_gates_passed += 1
        else:
            self.outcome.failed_gates.append(evaluation.asset_check_key.asset_key.path[-1])
        detail = f"{self.n_gates_passed} held"
        if self.outcome.failed_gates:
            detail += f", [bold red]{len(self.outcome.failed_gates)} blocked[/]"
        self.progress.update(self.tasks["gates"], detail=detail)


def ensure_dagster_home(home: Path) -> Path:
    """$DAGSTER_HOME (default <home>/dagster) with a dagster.yaml, so runs are recorded and telemetry is off."""
    dagster_home = Path(os.environ.get("DAGSTER_HOME") or home / "dagster").resolve()
    dagster_home.mkdir(parents=True, exist_ok=True)
    config = dagster_home / "dagster.yaml"
    if not config.exists():
        template = REPO_ROOT / "dagster.yaml"
        config.write_text(template.read_text(encoding="utf-8") if template.exists() else DAGSTER_YAML,
                          encoding="utf-8")
    os.environ["DAGSTER_HOME"] = str(dagster_home)
    return dagster_home


def repository_label() -> str:
    """`__repository__@<location>`: the tag under which the UI (workspace.yaml) lists a job's runs."""
    workspace = REPO_ROOT / "workspace.yaml"
    origins = location_origins_from_yaml_paths([str(workspace)]) if workspace.exists() else []
    location = origins[0].location_name if origins else DEFINITIONS_MODULE
    return f"{SINGLETON_REPOSITORY_NAME}@{location}"


def _progress(console: Console) -> Progress:
    return Progress(
        TextColumn("{task.description:<15}"),
        BarColumn(bar_width=24),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[detail]}"),
        console=console,
    )


def run_full_job(gongwen: Gongwen, console: Console) -> RunOutcome:
    """Run `gongwen_full` for these paths on the instance at $DAGSTER_HOME; progress on `console`."""
    from pipelines.definitions import defs

    dagster_home = ensure_dagster_home(gongwen.home_path)
    step_keys = list(defs.resolve_job_def(JOB_NAME).graph.node_dict)
    job = ReconstructableRepository.for_module(
        DEFINITIONS_MODULE, "defs", working_directory=str(REPO_ROOT)
    ).get_reconstructable_job(JOB_NAME)
    run_config = {
        "loggers": {RUN_LOGGER_KEY: {}},
        "resources": {"gongwen": {"config": {
            "inbox": str(gongwen.inbox_path), "home": str(gongwen.home_path), "workers": gongwen.workers,
            "ray_address": gongwen.ray_address,
        }}},
    }
    outcome = RunOutcome()
    log = logging.getLogger(RUN_LOGGER_NAME)
    log_file = RunLogFile(gongwen.home_path / "logs")
    started = time.perf_counter()
    with _progress(console) as progress:
        tracker = StageProgress(progress, step_keys, outcome)
        handlers = (HoldOpen(dagster_home), log_file, tracker)
        for handler in handlers:
            log.addHandler(handler)
        try:
            with (
                warnings_to(log_file),
                fewer_collections(),
                normal_sync(),
                dg.DagsterInstance.get() as instance,
                dg.execute_job(
                    job, instance, run_config=run_config,
                    tags={REPOSITORY_LABEL_TAG: repository_label(), "gongwen/launched_by": "gongwen run"},
                ) as result,
            ):
                outcome.run_id, outcome.success = result.run_id, result.success
        finally:
            tracker.finish()
            for handler in handlers:
                log.removeHandler(handler)
                handler.close()
    outcome.seconds = time.perf_counter() - started
    outcome.log_path = log_file.path
    return outcome
