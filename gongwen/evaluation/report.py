"""The evaluation report as a fixed-width table, and the command line `gongwen-eval`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from gongwen.evaluation.scores import Row, accuracy, precision_recall_f1
from gongwen.evaluation.tables import evaluate

DESCRIPTION = (
    "Scores published tables against hand labels: document metadata accuracy, task / unit / indicator "
    "precision, recall and F1, actual precision/recall and target-vs-actual F1, alignment top-1 accuracy."
)


def _scored_lines(report: Row, line) -> None:
    for section in ("tasks", "units"):
        score = report.get(section)
        if score is None:
            line(section, "missing")
            continue
        line(
            section,
            f"{score['tp']}/{score['n_published']}/{score['n_gold']}",
            f"{score['precision']:.3f}",
            f"{score['recall']:.3f}",
            f"{score['f1']:.3f}",
        )
        if section == "units":
            lead = score["lead_unit"]
            line("  lead_unit", f"{lead['correct']}/{lead['total']}", last=f"{lead['accuracy']:.3f}")
    for section in ("indicators", "actuals"):
        figures = report.get(section)
        if figures is None:
            if section == "indicators":
                line(section, "missing")
            continue
        line(
            section,
            f"{figures['matched_core']}/{figures['n_published']}/{figures['n_gold_core']}",
            f"{figures['precision']:.3f}",
            f"{figures['recall']:.3f}",
            f"{figures['f1']:.3f}",
        )
    kinds = report.get("kinds")
    if kinds is not None:
        line("target vs actual", f"{kinds['n_matched']} matched", last=f"{kinds['macro_f1']:.3f}")
        for kind in ("target", "actual"):
            score = kinds[kind]
            line(
                f"  as {kind}",
                f"{score['tp']}/{score['n_published']}/{score['n_gold']}",
                f"{score['precision']:.3f}",
                f"{score['recall']:.3f}",
                f"{score['f1']:.3f}",
            )


def format_report(report: Row) -> str:
    """The report as a compact fixed-width table."""
    lines = [f"{'what':<24}{'n':>14}{'precision':>11}{'recall':>8}{'F1/acc':>8}"]

    def line(what: str, n: str, precision: str = "", recall: str = "", last: str = "") -> None:
        lines.append(f"{what:<24}{n:>14}{precision:>11}{recall:>8}{last:>8}".rstrip())

    documents = report.get("documents")
    if documents is None:
        line("documents", "missing")
    else:
        line("documents found", f"{documents['n_found']}/{documents['n_gold']}")
        for field, score in documents["fields"].items():
            line(f"  {field}", f"{score['correct']}/{score['total']}", last=f"{score['accuracy']:.3f}")
    _scored_lines(report, line)
    alignment = report.get("alignment")
    if alignment is None:
        line("alignment top-1", "missing")
    else:
        line(
            "alignment top-1",
            f"{alignment['correct']}/{alignment['total']}",
            last=f"{alignment['accuracy']:.3f}",
        )
        core = alignment["core"]
        line("  core pairs", f"{core['correct']}/{core['total']}", last=f"{core['accuracy']:.3f}")
    lines.append("n: tp/published/gold (indicators, actuals: core found/published/core labels; target vs actual:")
    lines.append("   macro F1 over the figures matched to a label of either kind, per kind tp/published/gold)")
    return "\n".join(lines)


_FIELD_HEADS = {"title": "title", "issuer": "issuer", "issue_date": "date", "doc_number": "number",
                "admin_level": "level", "region": "region"}


def _figures(report: Row) -> list[float | None]:
    """One labelled set's figures in the order of SETS_HEADER (None where a table or label is missing)."""
    tasks, units, indicators = report.get("tasks"), report.get("units"), report.get("indicators")
    documents = report.get("documents")
    figures: list[float | None] = []
    for score in (tasks, units):
        figures += [score[key] for key in ("precision", "recall", "f1")] if score else [None] * 3
    figures.append(units["lead_unit"]["accuracy"] if units else None)
    figures += [indicators["precision"], indicators["recall"]] if indicators else [None, None]
    fields = documents["fields"] if documents else {}
    figures += [fields[field]["accuracy"] if field in fields else None for field in _FIELD_HEADS]
    return figures


SETS_HEADER = ("task P", "task R", "task F1", "unit P", "unit R", "unit F1", "lead", "ind P", "ind R",
               *_FIELD_HEADS.values())


def pooled_report(reports: list[Row]) -> Row:
    """The reports of several sets as one: every count summed, every ratio recomputed from the sums
    (a micro-average, so a large set weighs what its labels weigh)."""
    def total(section: str, key: str) -> int:
        return sum(report[section][key] for report in reports if report.get(section))

    pooled: Row = {section: precision_recall_f1(total(section, "tp"), total(section, "n_published"),
                                                total(section, "n_gold"))
                   for section in ("tasks", "units")}
    pooled["units"]["lead_unit"] = accuracy(
        *(sum(report["units"]["lead_unit"][key] for report in reports if report.get("units"))
          for key in ("correct", "total")))
    matched, published, core = (total("indicators", key)
                                for key in ("matched_published", "n_published", "n_gold_core"))
    pooled["indicators"] = {"precision": matched / published if published else 0.0,
                            "recall": total("indicators", "matched_core") / core if core else 0.0}
    pooled["documents"] = {"fields": {
        field: accuracy(sum(report["documents"]["fields"][field]["correct"] for report in reports),
                        sum(report["documents"]["fields"][field]["total"] for report in reports))
        for field in _FIELD_HEADS}}
    return pooled


POOLED_PREFIX = "dev-"


def format_sets_table(reports: dict[str, Row | None]) -> str:
    """One row per labelled set, one column per figure of SETS_HEADER; a set whose run published
    nothing shows `no run`. Where two or more development sets (`dev-…`) ran, a last row pools them:
    the development corpus scored as one."""
    development = [report for name, report in reports.items() if name.startswith(POOLED_PREFIX)]
    if len(development) > 1 and all(report and report.get("documents") for report in development):
        reports = {**reports, f"{POOLED_PREFIX}* pooled": pooled_report(development)}
    width = max([len("set"), *map(len, reports)]) + 2
    lines = ["set".ljust(width) + "".join(f"{head:>8}" for head in SETS_HEADER)]
    for name, report in reports.items():
        if report is None or report.get("documents") is None:
            lines.append(name.ljust(width) + f"{'no run':>8}")
            continue
        cells = ("—" if value is None else f"{value:.3f}" for value in _figures(report))
        lines.append(name.ljust(width) + "".join(f"{cell:>8}" for cell in cells))
    lines.append("lead: lead-unit accuracy over matched tasks; ind: indicators (recall over core labels); "
                 "metadata fields: accuracy per document")
    return "\n".join(lines)


def _labelled_set(value: str) -> tuple[str, Path, Path]:
    name, equals, folders = value.partition("=")
    published, colon, gold = folders.rpartition(":")
    if not (equals and colon and name and published and gold):
        raise argparse.ArgumentTypeError(f"--set {value!r}: expected NAME=PUBLISHED_DIR:GOLD_DIR")
    return name, Path(published), Path(gold)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="gongwen-eval", description=DESCRIPTION)
    parser.add_argument(
        "--published", type=Path, default=Path(".gongwen/published"), help="published Parquet folder"
    )
    parser.add_argument("--gold", type=Path, default=Path("data/gold/samples"), help="folder of gold *.jsonl")
    parser.add_argument(
        "--json", action="store_true", help="print the full report as JSON instead of a table"
    )
    parser.add_argument(
        "--set", dest="sets", action="append", type=_labelled_set, default=[], metavar="NAME=PUBLISHED:GOLD",
        help="score several labelled sets and print one table, one row a set (repeat the option)",
    )
    arguments = parser.parse_args(argv)
    if arguments.sets:
        reports = {name: evaluate(published, gold) if (published / "core_documents.parquet").is_file()
                   else None for name, published, gold in arguments.sets}
        print(json.dumps(reports, ensure_ascii=False, indent=2) if arguments.json else format_sets_table(reports))
        return 0
    try:
        report = evaluate(arguments.published, arguments.gold)
    except (FileNotFoundError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(json.dumps(report, ensure_ascii=False, indent=2) if arguments.json else format_report(report))
    return 0
