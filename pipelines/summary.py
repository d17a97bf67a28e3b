"""One-screen summary of the last run: where things are, what was read, what was quarantined."""

from __future__ import annotations

import json

from assets.resources import Gongwen
from gongwen.reading import printable
from warehouse.registry import TABLES


def main() -> None:
    gongwen = Gongwen.from_env()
    wh = gongwen.warehouse
    published = gongwen.home_path / "published"
    print(f"\ninbox      {gongwen.inbox_path}")
    print(f"warehouse  {wh.path}")
    print(f"published  {published}/<table>.parquet, {published}/gongwen.duckdb (open read_only=True)")
    if not wh.path.exists():
        print("no warehouse yet: the run did not get far enough")
        return
    print("\nrows       " + "  ".join(
        f"{name}={wh.count(name)}" for name in TABLES if wh.has_table(name)
    ))
    print("\ndocuments")
    for source, level, region, title, n_tasks, n_ind in wh.query("ops/summary_documents"):
        print(f"  {source:<38.38} {level:<10} {region:<16.16} tasks={n_tasks:<3} targets={n_ind:<3} {title[:40]}")
    quarantined = wh.query("ops/summary_quarantined")
    print(f"\nquarantined ({len(quarantined)})")
    for source, stage, reason, detail in quarantined:
        print(printable(f"  {source}: [{stage}] {reason} — {detail[:80]}"))
    held_back = wh.query("ops/summary_held_back")
    if held_back:
        print(f"\nheld back by a document expectation ({len({source for source, _, _ in held_back})})")
        for source, reason, detail in held_back:
            print(printable(f"  {source}: {reason} — {detail[:80]}"))
    if wh.has_table("core_task_units"):
        unknown = wh.query("ops/summary_unknown_units")
        if unknown:
            print("\nunits not in gongwen/resources/departments.csv (grow the gazetteer):")
            print("  " + ", ".join(f"{unit}×{n}" for unit, n in unknown))
    if wh.has_table("dq_results"):
        failed = wh.query("ops/summary_failed_expectations")
        print(f"\nquality gates: {'all expectations hold' if not failed else f'{len(failed)} FAILED'}")
        for stage, expectation, observed in failed[:10]:
            print(f"  {stage}: {expectation} observed {observed[:100]}")
    manifest = published / "_manifest.json"
    if manifest.exists():
        meta = json.loads(manifest.read_text(encoding="utf-8"))
        print(f"\nlast published run {meta['run_id']} at {meta['finished_at']} (contract v{meta['contract_version']})")
        _print_changes(meta.get("changes"))


def _print_changes(changes: dict | None) -> None:
    if not changes:
        return
    since = changes["since_run_id"] or "nothing (first release)"
    print(f"documents since {since}: " + ", ".join(f"{len(changes[k])} {k}" for k in ("added", "changed", "removed")))
    for kind in ("added", "changed", "removed"):
        for doc in changes[kind][:20]:
            print(f"  {kind:<8} {doc['source_file']}  {doc['doc_id']}")


if __name__ == "__main__":
    main()
