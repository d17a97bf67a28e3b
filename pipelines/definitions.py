"""The Dagster Definitions of gongwen: assets by layer, their gates, jobs, schedule and inbox sensor.

One full run: `dagster asset materialize -m pipelines.definitions --select '*'` from the repo root.
"""


import hashlib

import dagster as dg

from assets.checks import GATES
from assets.core import core_citations, core_documents, core_indicators, core_task_ledger
from assets.out import (
    out_department_load,
    out_doc_lineage,
    out_indicator_comparison,
    out_target_cascade,
    out_target_tracking,
    out_task_alignment,
    out_theme_coverage,
)
from assets.publish import published, staged_ledger
from assets.raw import raw_inbox
from assets.resources import Gongwen
from gongwen.reading import walk_inbox
from pipelines.run_log import RUN_LOGGER_KEY, cli_event_logger

ALL_ASSETS = [
    raw_inbox,
    core_task_ledger,
    core_indicators,
    core_documents,
    core_citations,
    out_doc_lineage,
    out_department_load,
    out_indicator_comparison,
    out_target_tracking,
    out_target_cascade,
    out_task_alignment,
    out_theme_coverage,
    staged_ledger,
    published,
]

full_job = dg.define_asset_job(
    "gongwen_full",
    selection=dg.AssetSelection.all(),
    description="Read the inbox, build every table behind its gate, publish Parquet.",
)

core_job = dg.define_asset_job(
    "gongwen_core",
    selection=dg.AssetSelection.groups("raw", "core"),
    description="Fast path: the raw and core tables behind their gates, without marts or publication.",
)

nightly = dg.ScheduleDefinition(
    name="gongwen_nightly",
    job=full_job,
    cron_schedule="0 2 * * *",
    execution_timezone="Asia/Shanghai",
    default_status=dg.DefaultScheduleStatus.RUNNING,
    description="Rebuild and republish everything at 02:00 Beijing time.",
)


# A run of the full job counts as going from the moment it is queued until it ends.
RUN_GOING = [
    dg.DagsterRunStatus.QUEUED,
    dg.DagsterRunStatus.NOT_STARTED,
    dg.DagsterRunStatus.STARTING,
    dg.DagsterRunStatus.STARTED,
    dg.DagsterRunStatus.CANCELING,
]


@dg.sensor(job=full_job, minimum_interval_seconds=300, default_status=dg.DefaultSensorStatus.STOPPED)
def inbox_changed(context: dg.SensorEvaluationContext, gongwen: Gongwen):
    """Start a full run when files are added to, changed in or removed from the inbox.

    While a run of the job is queued or going it skips without moving its cursor, so the change is
    picked up by the next evaluation after that run ends.
    """
    going = context.instance.get_run_records(dg.RunsFilter(job_name=full_job.name, statuses=RUN_GOING), limit=1)
    if going:
        return dg.SkipReason(f"run {going[0].dagster_run.run_id} of {full_job.name} is in progress")
    digest = hashlib.sha256()
    for entry in walk_inbox(gongwen.inbox_path):
        # Names are escaped (any bytes hash), links are not followed out of the inbox (lstat).
        try:
            stat = entry.file_to_read.lstat()
        except OSError:  # gone since the walk: the next evaluation sees it
            continue
        digest.update(f"{entry.name}\0{entry.skip_reason}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    fingerprint = digest.hexdigest()
    if fingerprint == context.cursor:
        return dg.SkipReason("inbox unchanged")
    context.update_cursor(fingerprint)
    return dg.RunRequest(run_key=fingerprint)


defs = dg.Definitions(
    assets=ALL_ASSETS,
    asset_checks=GATES,
    jobs=[full_job, core_job],
    schedules=[nightly],
    sensors=[inbox_changed],
    resources={"gongwen": Gongwen.from_env()},
    # `gongwen run` names RUN_LOGGER_KEY in its run config; any other run keeps the console logger.
    loggers={"console": dg.colored_console_logger, RUN_LOGGER_KEY: cli_event_logger},
    # One process: steps share the loaded dictionaries and GX import; assets use both cores themselves.
    executor=dg.in_process_executor,
)
