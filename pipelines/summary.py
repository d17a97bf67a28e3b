"""One-screen summary of the last run: where things are, what was read, what was quarantined.

Printed through rich: styled on a terminal, plain text (no colour codes, no wrapping) when piped.
"""

from __future__ import annotations

import json

from rich.console import Console
from rich.markup import escape

from assets.resources import Gongwen
from gongwen.reading import printable
from warehouse.registry import TABLES

UNKNOWN_UNITS_SHOWN = 15  # most frequent first; the run's core_task_units metadata lists them all


def _line(console: Console, markup: str = "") -> None:
    console.print(markup, soft_wrap=True, highlight=False)


def _documents(console: Console, wh) -> None:
    if not wh.has_table("core_documents"):
        return
    _line(console, "\n[bold]documents[/]")
    shown = 0
    for source, level, region, title, n_tasks, n_ind in wh.query("ops/summary_documents"):
        _line(console, escape(
            f"  {source:<38.38} {level:<10} {region:<16.16} tasks={n_tasks:<3} targets={n_ind:<3} {title[:40]}"
        ))
        shown += 1
    if (total := wh.count("core_documents")) > shown:
        _line(console, f"  … and {total - shown} more (core_documents)")


def _problems(console: Console, wh) -> None:
    readable = wh.has_table("ops_quarantine") and wh.has_table("raw_files")
    quarantined = wh.query("ops/summary_quarantined") if readable else []
    style = "yellow" if quarantined else "green"
    _line(console, f"\n[bold]quarantined[/] [{style}]({len(quarantined)})[/]")
    for source, stage, reason, detail in quarantined:
        _line(console, escape(printable(f"  {source}: [{stage}] {reason} — {detail[:80]}")))
    held_back = wh.query("ops/summary_held_back") if readable else []
    if held_back:
        _line(console, f"\n[bold]held back by a document expectation[/] [yellow]({len({s for s, _, _ in held_back})})[/]")
        for source, reason, detail in held_back:
            _line(console, escape(printable(f"  {source}: {reason} — {detail[:80]}")))
    if wh.has_table("core_task_units"):
        unknown = wh.query("ops/unknown_units", {"limit": UNKNOWN_UNITS_SHOWN})
        if unknown:
            _line(console, "\nunits not in gongwen/resources/departments.csv (grow the gazetteer):")
            _line(console, escape("  " + ", ".join(f"{unit}×{n}" for unit, n in unknown)))
    if wh.has_table("dq_results"):
        failed = wh.query("ops/summary_failed_expectations")
        verdict = "[green]all expectations hold[/]" if not failed else f"[bold red]{len(failed)} FAILED[/]"
        _line(console, f"\n[bold]quality gates[/]: {verdict}")
        for stage, expectation, observed in failed[:10]:
            _line(console, escape(f"  {stage}: {expectation} observed {observed[:100]}"))


def print_summary(gongwen: Gongwen, console: Console | None = None, run_id: str | None = None) -> None:
    """The summary of the last run; `run_id`: a run that succeeded, to say whether it published a new set."""
    console = console or Console()
    wh = gongwen.warehouse
    published = gongwen.home_path / "published"
    _line(console, f"\n[bold]inbox[/]      {escape(str(gongwen.inbox_path))}")
    _line(console, f"[bold]warehouse[/]  {escape(str(wh.path))}")
    _line(console, f"[bold]published[/]  {escape(str(published))}/<table>.parquet, gongwen.duckdb (read-only), "
                   "任务台账.xlsx, report/index.html")
    if not wh.path.exists():
        _line(console, "no warehouse yet: the run did not get far enough")
        return
    with wh.held():  # one open of the database for the forty-odd queries below, not one each
        _line(console, "\n[bold]rows[/]       " + "  ".join(
            f"{name}={wh.count(name)}" for name in TABLES if wh.has_table(name)
        ))
        _documents(console, wh)
        _problems(console, wh)
    manifest = published / "_manifest.json"
    if manifest.exists():
        meta = json.loads(manifest.read_text(encoding="utf-8"))
        _line(console, f"\nlast published run {meta['run_id']} at {meta['finished_at']} "
                       f"(contract v{meta['contract_version']})")
        if run_id is not None and meta["run_id"] != run_id:
            _line(console, f"nothing new published: run {run_id} made the same tables, byte for byte")
            return
        _changes(console, meta.get("changes"))


def _changes(console: Console, changes: dict | None) -> None:
    """Documents added, changed and removed since the last published set; each named after the first."""
    if not changes:
        return
    since = changes["since_run_id"]
    counts = ", ".join(f"{len(changes[k])} {k}" for k in ("added", "changed", "removed"))
    _line(console, f"documents since {escape(since or 'nothing (first release)')}: {counts}")
    if since is None:
        return
    for kind in ("added", "changed", "removed"):
        for doc in changes[kind][:20]:
            _line(console, escape(printable(f"  {kind:<8} {doc['source_file']}  {doc['doc_id']}")))


def main() -> None:
    print_summary(Gongwen.from_env())


if __name__ == "__main__":
    main()
