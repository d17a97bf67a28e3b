"""The `gongwen` command: run the pipeline, score it, write the report and exports, query the tables.

Heavy imports (Dagster, Great Expectations, DuckDB) happen inside the commands, so `--help` is quick.
"""

from __future__ import annotations

import atexit
import os
import sys
import threading
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_INBOX = REPO_ROOT / "data" / "samples"  # as assets.resources says (not imported: it loads Dagster)


def exit_now(code: object) -> NoReturn:
    """End this process as the interpreter ends it (its other threads joined, the functions registered with
    atexit run, the standard streams flushed) without then tearing down every module object by object:
    after a run, with Dagster, Great Expectations, DuckDB and polars loaded (some 2,300 modules), that
    teardown took 1-3 s and wrote nothing. Every file a command writes is closed before it returns."""
    # As Py_FinalizeEx begins: threading's own exit calls (an idle ThreadPoolExecutor's workers are told to
    # stop) and the join of every other non-daemon thread, then the atexit functions.
    threading._shutdown()
    atexit._run_exitfuncs()
    if isinstance(code, str):  # sys.exit("message"): the message, and status 1
        print(code, file=sys.stderr)
        code = 1
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code if isinstance(code, int) else 0 if code is None else 1)


class Command(typer.Typer):
    """The `gongwen` command; called as a program (the script's `app()`), it ends with exit_now."""

    def __call__(self, *args, **kwargs):
        try:
            return super().__call__(*args, **kwargs)
        except SystemExit as done:
            exit_now(done.code)


app = Command(
    name="gongwen",
    help="Chinese policy documents (公文) in, task ledgers, targets and cross-document tables out.",
    rich_markup_mode="rich",
    no_args_is_help=True,
    add_completion=False,
)
console = Console(highlight=False)
err = Console(stderr=True, highlight=False)

HomeOption = Annotated[Path, typer.Option(
    "--home", envvar="GONGWEN_HOME", help="Output home: warehouse, published set, logs, Dagster instance.",
    show_default=True,
)]
DEFAULT_HOME = Path(".gongwen")


def _examples(*lines: str) -> str:
    return "[bold]Examples[/]\n\n" + "\n\n".join(f"  [cyan]{line}[/]" for line in lines)


def _published(home: Path) -> Path:
    return (home / "published").resolve()


@app.command(epilog=_examples(
    "gongwen run",
    "gongwen run --inbox ~/公文 --home /data/gongwen",
    "GONGWEN_INBOX=~/公文 gongwen run --workers 2",
))
def run(
    inbox: Annotated[Path, typer.Option(
        envvar="GONGWEN_INBOX", help="Folder of documents, read recursively.", show_default="data/samples",
    )] = DEFAULT_INBOX,
    home: HomeOption = DEFAULT_HOME,
    workers: Annotated[int, typer.Option(
        envvar="GONGWEN_WORKERS", help="Worker processes for parsing (0: one per core).",
    )] = 0,
    ray_address: Annotated[str, typer.Option(
        envvar="GONGWEN_RAY_ADDRESS", help="Run the per-document work on this Ray cluster (auto, ray://head:10001).",
        show_default="local worker processes",
    )] = "",
    force: Annotated[bool, typer.Option(
        "--force", help="Run even when the inbox and the code are those the published set was made from.",
    )] = False,
) -> None:
    """Run the whole pipeline (Dagster job [bold]gongwen_full[/]): read, extract, gate, publish.

    Shows a progress bar per stage and ends with the summary. Dagster's event log goes to [italic]<home>/logs/<run_id>.log[/]; the run is recorded in the Dagster instance at $DAGSTER_HOME (default [italic]<home>/dagster[/]) and shows in `make dev`'s UI under the job gongwen_full.

    When the inbox holds the same bytes under the same names and the code is the same as for the published
    set, nothing would change: it says so and stops without starting a run (--force runs anyway).

    Exits 1 when a quality gate blocks publication (the last published set stays).
    """
    from pipelines.uptodate import record_inputs, run_inputs, up_to_date
    from warehouse.inbox_hashes import KEPT_FILE, InboxHashes

    inbox, home = inbox.resolve(), home.resolve()
    # Each file hashed once at most: the run and the check after it ask again, and a file whose status has
    # not changed since the last run is not read at all (warehouse/inbox_hashes.py).
    hashes = InboxHashes.load(home, KEPT_FILE)
    inputs = run_inputs(inbox, hashes) if inbox.is_dir() else None
    done = None if force or inputs is None else up_to_date(home, inputs)
    if done is not None:
        hashes.keep(home)
        console.print(f"nothing changed: the inbox and the code are those the published set (run {done.release}, "
                      f"finished {done.finished_at}) was made from; nothing to run, nothing new to publish "
                      f"({home / 'published'}; --force runs anyway)", soft_wrap=True)
        return

    from assets.resources import Gongwen
    from pipelines.collector import fewer_collections
    from pipelines.runner import run_full_job
    from pipelines.summary import print_summary

    gongwen = Gongwen(inbox=str(inbox), home=str(home), workers=workers, ray_address=ray_address)
    os.environ.update(GONGWEN_INBOX=str(gongwen.inbox_path), GONGWEN_HOME=str(gongwen.home_path))
    gongwen.home_path.mkdir(parents=True, exist_ok=True)
    hashes.save(gongwen.home_path)  # for this run's raw_inbox
    # What the run leaves stays frozen until the summary is printed (pipelines/collector.py).
    with fewer_collections():
        try:
            outcome = run_full_job(gongwen, console)
        finally:
            InboxHashes.discard(gongwen.home_path)
        if outcome.success and inputs is not None and run_inputs(inbox, hashes) == inputs:  # the inbox held still
            record_inputs(home, inputs)
        hashes.keep(home)
        print_summary(gongwen, console, run_id=outcome.run_id if outcome.success else None)
    console.print(f"\nrun {outcome.run_id} took {outcome.seconds:.1f} s; event log {outcome.log_path}",
                  soft_wrap=True)
    if outcome.failed_gates:
        console.print(f"[bold red]blocked[/] by the quality gates of {', '.join(outcome.failed_gates)}: nothing "
                      "downstream was built and the last published set stays", soft_wrap=True)
    elif not outcome.success:
        console.print(f"[bold red]failed[/]: {', '.join(outcome.failed_steps) or 'the run'}; "
                      "see the event log", soft_wrap=True)
    if not outcome.success:
        raise typer.Exit(1)


@app.command(name="eval", epilog=_examples(
    "gongwen eval",
    "gongwen eval --every-set",
    "gongwen eval --published /data/gongwen/published --gold data/gold/samples --gold ~/labels",
))
def evaluate(
    published: Annotated[Path | None, typer.Option(
        help="Published folder to score.", show_default="<home>/published")] = None,
    gold: Annotated[list[Path] | None, typer.Option(
        help="Folder of hand labels (*.jsonl); repeat to score against several.",
        show_default="data/gold/samples")] = None,
    home: HomeOption = DEFAULT_HOME,
    as_json: Annotated[bool, typer.Option("--json", help="The full report as JSON.")] = False,
    every_set: Annotated[bool, typer.Option(
        "--every-set", help="Run the pipeline on every labelled set (data/<set>/ with data/gold/<set>/) "
        "and print one table, a row per set.")] = False,
) -> None:
    """Score the published tables against hand labels: precision, recall, F1, alignment top-1."""
    import json

    if every_set:
        from pipelines.evaluate import main as evaluate_every_set

        raise typer.Exit(evaluate_every_set(["--data", str(REPO_ROOT / "data"), "--home", str(home / "eval")]))

    from gongwen.evaluation.report import format_report
    from gongwen.evaluation.tables import evaluate as score

    published = published or _published(home)
    for folder in gold or [REPO_ROOT / "data" / "gold" / "samples"]:
        try:
            report = score(published, folder)
        except (FileNotFoundError, ValueError) as error:
            err.print(f"error: {error}", markup=False)
            raise typer.Exit(2) from error
        if len(gold or []) > 1:
            console.print(f"\n[bold]{folder}[/]")
        console.print(json.dumps(report, ensure_ascii=False, indent=2) if as_json else format_report(report),
                      markup=False, soft_wrap=True)


@app.command(epilog=_examples("gongwen report", "gongwen report --home /data/gongwen"))
def report(home: HomeOption = DEFAULT_HOME) -> None:
    """Write the offline HTML report of the published set (report/index.html in the release)."""
    try:
        from warehouse.report import write_report
    except ImportError:
        err.print("the HTML report is not available in this version of gongwen")
        raise typer.Exit(1) from None
    release = _published(home)
    if not release.exists():
        err.print(f"no published set in {home}: run `gongwen run` first")
        raise typer.Exit(1)
    console.print(f"report: {write_report(release)}", soft_wrap=True)


@app.command(epilog=_examples(
    "gongwen export",
    "gongwen export --out ~/台账",
))
def export(
    home: HomeOption = DEFAULT_HOME,
    out: Annotated[Path | None, typer.Option(
        help="Folder to write into.", show_default="the published release")] = None,
) -> None:
    """Write 任务台账.xlsx and csv/<table>.csv (UTF-8 with BOM) for the published set.

    `gongwen run` writes them into every release already; this rewrites them there, or copies them elsewhere.
    """
    import shutil

    from warehouse.exports import CSV_FOLDER, write_csvs
    from warehouse.workbook import WORKBOOK_NAME, write_workbook

    release = _published(home)
    if not (release / "core_tasks.parquet").exists():
        err.print(f"no published set in {home}: run `gongwen run` first")
        raise typer.Exit(1)
    write_csvs(release)
    write_workbook(release)
    target = release
    if out is not None:
        target = out.resolve()
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(release / WORKBOOK_NAME, target / WORKBOOK_NAME)
        shutil.copytree(release / CSV_FOLDER, target / CSV_FOLDER, dirs_exist_ok=True)
    console.print(f"{target / WORKBOOK_NAME}\n{target / CSV_FOLDER}/<table>.csv", soft_wrap=True)


@app.command(epilog=_examples(
    "gongwen sql \"select title, n_tasks from core_documents order by n_tasks desc\"",
    "gongwen sql \"select lead_unit, count(*) as n from core_tasks group by all order by n desc\" --max-rows 10",
    "gongwen sql --warehouse \"select stage, expectation from dq_results where not success\"",
))
def sql(
    query: Annotated[str, typer.Argument(help="A DuckDB query; every published table is there by name.")],
    home: HomeOption = DEFAULT_HOME,
    warehouse: Annotated[bool, typer.Option(
        "--warehouse", help="Query the whole warehouse (dq_results, ops_quarantine, raw_*) read-only instead.",
    )] = False,
    max_rows: Annotated[int, typer.Option(help="Rows to show at most.")] = 40,
) -> None:
    """Query the published set read-only: its gongwen.duckdb copy, or the Parquet files as views."""
    import duckdb

    from warehouse.query import connect_published, connect_warehouse

    try:
        con = connect_warehouse(home / "warehouse.duckdb") if warehouse else connect_published(_published(home))
    except (FileNotFoundError, duckdb.Error) as error:  # no run yet, or a run is writing the warehouse
        err.print(str(error), markup=False)
        raise typer.Exit(1) from error
    try:
        relation = con.sql(query)
        if relation is not None:
            relation.show(max_rows=max_rows, max_width=10_000)
    except duckdb.Error as error:
        err.print(f"error: {error}", markup=False)
        raise typer.Exit(1) from error
    finally:
        con.close()


if __name__ == "__main__":
    app()
