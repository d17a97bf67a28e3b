"""`make eval`: the whole pipeline on every labelled set, then one table of scores, one row a set.

A labelled set is a folder of hand labels `data/gold/<set>/` beside its documents `data/<set>/`
(`data/gold/samples` ↔ `data/samples`, `data/gold/dev-a` ↔ `data/dev-a`). Each set runs in a home of
its own (`$GONGWEN_HOME/eval/<set>/`) on a copy of its folder without the files that describe the set
(SOURCES.md, README.md), so that one set's documents never meet another's.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

from gongwen.evaluation.report import format_sets_table
from gongwen.evaluation.tables import evaluate

DESCRIPTIONS = frozenset({"SOURCES.md", "README.md"})


def labelled_sets(data: Path) -> list[tuple[str, Path, Path]]:
    """(name, documents folder, gold folder) of every labelled set under `data`, by name."""
    gold_root = data / "gold"
    return [(gold.name, data / gold.name, gold) for gold in sorted(gold_root.iterdir())
            if gold.is_dir() and (data / gold.name).is_dir()]


def fresh_inbox(documents: Path, home: Path) -> Path:
    """A copy of the set's documents, without its description files, in a home emptied first."""
    shutil.rmtree(home, ignore_errors=True)
    inbox = home / "inbox"
    shutil.copytree(documents, inbox, ignore=lambda _folder, names: [n for n in names if n in DESCRIPTIONS])
    return inbox


def run_pipeline(inbox: Path, home: Path) -> bool:
    """`dagster asset materialize --select '*'` on the inbox; its output goes to `<home>/run.log`."""
    dagster = Path(sys.executable).parent / "dagster"
    env = {**os.environ, "GONGWEN_INBOX": str(inbox), "GONGWEN_HOME": str(home)}
    with (home / "run.log").open("w", encoding="utf-8") as log:
        done = subprocess.run([str(dagster), "asset", "materialize", "-m", "pipelines.definitions",
                               "--select", "*"], env=env, stdout=log, stderr=subprocess.STDOUT, check=False)
    return done.returncode == 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipelines.evaluate", description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path("data"), help="folder holding <set>/ and gold/<set>/")
    parser.add_argument("--home", type=Path, default=Path(os.environ.get("GONGWEN_HOME", ".gongwen")) / "eval",
                        help="where each set's run goes (<home>/<set>/)")
    parser.add_argument("--only", action="append", default=[], help="run these sets only (repeat)")
    arguments = parser.parse_args(argv)
    reports = {}
    for name, documents, gold in labelled_sets(arguments.data):
        if arguments.only and name not in arguments.only:
            continue
        home = (arguments.home / name).resolve()
        inbox = fresh_inbox(documents, home)
        ok = run_pipeline(inbox, home)
        print(f"{name}: run {'done' if ok else 'FAILED'} ({home / 'run.log'})", file=sys.stderr)
        published = home / "published"
        reports[name] = evaluate(published, gold) if (published / "core_documents.parquet").is_file() else None
    print(format_sets_table(reports))
    return 0 if all(report is not None for report in reports.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
