"""Scores published tables against hand labels: document metadata accuracy, task / unit / indicator
precision, recall and F1, alignment top-1 accuracy. Pure functions over lists of dicts, plus a CLI.

    python -m gongwen.evaluate --published .gongwen/published --gold data/gold/samples
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable
from pathlib import Path, PurePosixPath
from typing import Any

Row = dict[str, Any]

DOCUMENT_FIELDS = ("title", "issuer", "issue_date", "doc_number", "admin_level", "region")

# Metric names of a matched indicator must share this share of character bigrams (of the shorter name)
# when neither contains the other: 常住人口城镇化率 vs 全市常住人口城镇化率 match, 通勤圈 vs 城镇化率 do not.
METRIC_BIGRAM_OVERLAP = 0.5

_VALUE_TOLERANCE = 1e-6
_NOT_WORD_CHARACTER = re.compile(r"[^0-9A-Za-z\u3400-\u4dbf\u4e00-\u9fff]+")
_YEAR_BRACKETS = str.maketrans({"[": "〔", "【": "〔", "(": "〔", "]": "〕", "】": "〕", ")": "〕"})
_CHINESE_DIGITS = dict(zip("零〇一二两三四五六七八九", (0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9), strict=True))
_CHINESE_UNITS = {"十": 10, "百": 100}
_ORDINAL_DECORATION = re.compile(r"[\s、.．()（）〔〕第条章]+")


# --- normalizing values for comparison ------------------------------------------------------------


def document_key(source_file: str) -> str:
    """The name gold labels use for a published document: the input file's stem (`chenzhou-2025.txt` →
    `chenzhou-2025`); an export row keeps its row number (`exports/reports.csv#3` → `reports#3`)."""
    name = PurePosixPath(source_file.replace("\\", "/")).name
    name, hash_sign, row = name.partition("#")
    stem = PurePosixPath(name).stem
    return f"{stem}#{row}" if hash_sign else stem


def normalize_text(value: Any) -> str | None:
    """NFKC (full-width to half-width), no whitespace; None stays None, dates become ISO strings."""
    if value is None:
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]
    text = unicodedata.normalize("NFKC", str(value))
    return "".join(text.split())


def normalize_doc_number(value: Any) -> str | None:
    """发文字号 with any bracket style around the year made 〔〕: 深府办[2011]46号 → 深府办〔2011〕46号."""
    text = normalize_text(value)
    return text.translate(_YEAR_BRACKETS) if text else text


def normalize_heading(heading: str | None) -> str:
    """Letters, digits and ideographs only: headings that differ in punctuation or spacing compare equal."""
    return _NOT_WORD_CHARACTER.sub("", unicodedata.normalize("NFKC", heading or ""))


def ordinal_to_int(ordinal: str) -> int:
    """One ordinal of a heading as a number: 二、 → 2, (十一) → 11, 3. → 3, 第二十条 → 20."""
    text = _ORDINAL_DECORATION.sub("", unicodedata.normalize("NFKC", ordinal))
    if text.isdigit():
        return int(text)
    total, digit = 0, None
    for character in text:
        if character in _CHINESE_DIGITS:
            digit = _CHINESE_DIGITS[character]
        elif character in _CHINESE_UNITS:
            total += (1 if digit is None else digit) * _CHINESE_UNITS[character]
            digit = None
        else:
            raise ValueError(f"ordinal_to_int: cannot read {ordinal!r} as an ordinal")
    if not text:
        raise ValueError(f"ordinal_to_int: empty ordinal {ordinal!r}")
    return total + (digit or 0)


def gold_path(parts: list[str] | str) -> str:
    """Gold's path (["二、", "(一)", "1."]) in the contract's form ("2.1.1")."""
    if isinstance(parts, str):
        return parts.strip()
    return ".".join(str(ordinal_to_int(part)) for part in parts)


def metrics_overlap(published: str | None, gold: str | None) -> bool:
    """Whether two metric names speak of the same thing: one contains the other, or they share enough
    character bigrams."""
    a, b = normalize_heading(published), normalize_heading(gold)
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    bigrams_a = {a[i : i + 2] for i in range(len(a) - 1)}
    bigrams_b = {b[i : i + 2] for i in range(len(b) - 1)}
    shorter = min(len(bigrams_a), len(bigrams_b))
    return shorter > 0 and len(bigrams_a & bigrams_b) / shorter >= METRIC_BIGRAM_OVERLAP


def _same_value(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return False
    a, b = float(a), float(b)
    return abs(a - b) <= _VALUE_TOLERANCE * max(1.0, abs(a), abs(b))


# --- scores ---------------------------------------------------------------------------------------


def precision_recall_f1(true_positives: int, n_published: int, n_gold: int) -> Row:
    """P = tp / published, R = tp / gold, F1 their harmonic mean; 0.0 where a count is zero."""
    precision = true_positives / n_published if n_published else 0.0
    recall = true_positives / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "tp": true_positives,
        "n_published": n_published,
        "n_gold": n_gold,
        "precision": precision,
        "recall": recall,
        "f1": f1,
    }


def _accuracy(correct: int, total: int) -> Row:
    return {"correct": correct, "total": total, "accuracy": correct / total if total else 0.0}


def _in_gold_documents(rows: Iterable[Row], gold_documents: set[str]) -> list[Row]:
    """Published rows of documents that have labels: the rest can be neither right nor wrong."""
    return [row for row in rows if row.get("doc") in gold_documents]


def attach_document_keys(rows: list[Row], documents: list[Row]) -> list[Row]:
    """Copies of `rows` with `doc` (the gold name) looked up from core_documents by doc_id."""
    key_by_id = {document["doc_id"]: document_key(document["source_file"]) for document in documents}
    return [{**row, "doc": key_by_id.get(row.get("doc_id"))} for row in rows]


def score_documents(published: list[Row], gold: list[Row]) -> Row:
    """Per-field accuracy over the gold documents; a document not published counts wrong on every field.

    `published` rows are core_documents rows (keyed by source_file)."""
    by_key = {document_key(row["source_file"]): row for row in published}
    fields: dict[str, Row] = {}
    for field in DOCUMENT_FIELDS:
        normalize = normalize_doc_number if field == "doc_number" else normalize_text
        correct = 0
        for gold_row in gold:
            row = by_key.get(gold_row["doc"])
            if row is not None and normalize(row.get(field)) == normalize(gold_row.get(field)):
                correct += 1
        fields[field] = _accuracy(correct, len(gold))
    found = sum(1 for gold_row in gold if gold_row["doc"] in by_key)
    return {"n_gold": len(gold), "n_found": found, "fields": fields}


def match_tasks(published: list[Row], gold: list[Row]) -> list[tuple[int, int]]:
    """One-to-one (published index, gold index) pairs: same document and path first, then same
    document and heading (punctuation ignored) among those left."""
    pairs: list[tuple[int, int]] = []
    used_published: set[int] = set()
    used_gold: set[int] = set()

    def pair_by(published_key, gold_key) -> None:
        waiting: dict[tuple, list[int]] = {}
        for index, row in enumerate(published):
            if index not in used_published:
                waiting.setdefault((row.get("doc"), published_key(row)), []).append(index)
        for gold_index, gold_row in enumerate(gold):
            if gold_index in used_gold:
                continue
            candidates = waiting.get((gold_row["doc"], gold_key(gold_row)))
            if candidates:
                published_index = candidates.pop(0)
                pairs.append((published_index, gold_index))
                used_published.add(published_index)
                used_gold.add(gold_index)

    pair_by(lambda row: (row.get("path") or "").strip(), lambda row: gold_path(row["path"]))
    pair_by(lambda row: normalize_heading(row.get("heading")), lambda row: normalize_heading(row["heading"]))
    return sorted(pairs)


def score_tasks(published: list[Row], gold: list[Row]) -> Row:
    """Task P/R/F1, published rows limited to documents that have task labels."""
    published = _in_gold_documents(published, {row["doc"] for row in gold})
    return precision_recall_f1(len(match_tasks(published, gold)), len(published), len(gold))


def _unit_names(units: Iterable[str] | None) -> Counter[str]:
    return Counter(normalize_text(unit) for unit in units or () if unit and normalize_text(unit))


def score_units(published: list[Row], gold: list[Row]) -> Row:
    """Over the tasks matched by match_tasks: P/R/F1 of the multiset of unit names per task, and how
    often the lead unit is right (no lead on both sides counts right)."""
    published = _in_gold_documents(published, {row["doc"] for row in gold})
    overlap = n_published = n_gold = lead_correct = 0
    pairs = match_tasks(published, gold)
    for published_index, gold_index in pairs:
        published_units = _unit_names(published[published_index].get("units"))
        gold_units = _unit_names(gold[gold_index].get("units"))
        overlap += sum((published_units & gold_units).values())
        n_published += sum(published_units.values())
        n_gold += sum(gold_units.values())
        published_lead = normalize_text(published[published_index].get("lead_unit")) or None
        gold_lead = normalize_text(gold[gold_index].get("lead_unit")) or None
        lead_correct += published_lead == gold_lead
    return {
        **precision_recall_f1(overlap, n_published, n_gold),
        "lead_unit": _accuracy(lead_correct, len(pairs)),
    }


def score_indicators(published: list[Row], gold: list[Row]) -> Row:
    """Indicators match on document, value and unit with overlapping metric names, one to one.

    Recall counts the core labels found; precision counts published rows that match any label, core or
    borderline (`core: false`: a reading the labeller allows but does not require)."""
    published = _in_gold_documents(published, {row["doc"] for row in gold})
    used: set[int] = set()
    matched_core = matched_any = 0
    # Core labels first, so that a published row that could match either kind counts for recall.
    for gold_row in sorted(gold, key=lambda row: not row.get("core", True)):
        for index, row in enumerate(published):
            if (
                index not in used
                and row.get("doc") == gold_row["doc"]
                and _same_value(row.get("value"), gold_row.get("value"))
                and normalize_text(row.get("unit")) == normalize_text(gold_row.get("unit"))
                and metrics_overlap(row.get("metric"), gold_row.get("metric"))
            ):
                used.add(index)
                matched_any += 1
                matched_core += bool(gold_row.get("core", True))
                break
    n_core = sum(1 for row in gold if row.get("core", True))
    precision = matched_any / len(published) if published else 0.0
    recall = matched_core / n_core if n_core else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "matched_core": matched_core,
        "matched_published": matched_any,
        "n_published": len(published),
        "n_gold_core": n_core,
        "n_gold_all": len(gold),
        "precision": precision,
        "recall": recall,
        "f1": f1,
    }


def task_gold_ids(published_tasks: list[Row], gold_tasks: list[Row]) -> dict[str, tuple[str, int]]:
    """Published task_id → the (doc, seq) of the gold task it was matched to."""
    return {
        published_tasks[published_index]["task_id"]: (
            gold_tasks[gold_index]["doc"],
            gold_tasks[gold_index]["seq"],
        )
        for published_index, gold_index in match_tasks(published_tasks, gold_tasks)
    }


def score_alignment(alignment: list[Row], gold_ids: dict[str, tuple[str, int]], gold: list[Row]) -> Row:
    """Top-1 accuracy: the rank-1 parent of the child task matched to each gold child is the gold parent.

    `gold_ids` maps published task ids to gold (doc, seq), as task_gold_ids builds it; a gold child with
    no matched task or no rank-1 row counts wrong. Also reported over core labels only."""
    best_parent: dict[tuple[str, int], tuple[str, int] | None] = {}
    for row in alignment:
        if row.get("rank") == 1 and row.get("child_task_id") in gold_ids:
            best_parent[gold_ids[row["child_task_id"]]] = gold_ids.get(row.get("parent_task_id"))
    correct = core_correct = core_total = 0
    for gold_row in gold:
        is_core = bool(gold_row.get("core", True))
        right = best_parent.get((gold_row["child_doc"], gold_row["child_seq"])) == (
            gold_row["parent_doc"],
            gold_row["parent_seq"],
        )
        correct += right
        core_total += is_core
        core_correct += right and is_core
    return {**_accuracy(correct, len(gold)), "core": _accuracy(core_correct, core_total)}


# --- files ----------------------------------------------------------------------------------------


def read_jsonl(path: Path) -> list[Row]:
    rows = []
    with path.open(encoding="utf-8") as handle:
        for line_number, line in enumerate(handle, start=1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as error:
                    raise ValueError(f"{path}:{line_number}: not a JSON object: {error.msg}") from error
    return rows


def read_parquet_rows(path: Path) -> list[Row]:
    import polars as pl  # only the CLI and evaluate() read files; the scores above need no polars

    return pl.read_parquet(path).to_dicts()


def _tasks_with_units(tasks: list[Row], task_units: list[Row] | None) -> list[Row]:
    """core_tasks rows, with `units` rebuilt from core_task_units where core_tasks does not carry them."""
    if not task_units or all("units" in row for row in tasks):
        return tasks
    by_task: dict[str, list[Row]] = {}
    for row in task_units:
        by_task.setdefault(row["task_id"], []).append(row)
    return [
        {
            **row,
            "units": [
                u["unit"] for u in sorted(by_task.get(row["task_id"], []), key=lambda u: u["position"])
            ],
        }
        for row in tasks
    ]


def evaluate(published_dir: Path, gold_dir: Path) -> Row:
    """Every score whose published table and gold file both exist; a missing one is reported as None."""
    published_dir, gold_dir = Path(published_dir), Path(gold_dir)
    if not gold_dir.is_dir():
        raise FileNotFoundError(f"evaluate: gold folder {gold_dir} does not exist")

    def published(table: str) -> list[Row] | None:
        path = published_dir / f"{table}.parquet"
        return read_parquet_rows(path) if path.is_file() else None

    def gold(name: str) -> list[Row] | None:
        path = gold_dir / f"{name}.jsonl"
        return read_jsonl(path) if path.is_file() else None

    documents = published("core_documents")
    report: Row = {"documents": None, "tasks": None, "units": None, "indicators": None, "alignment": None}
    if documents is None:
        return report
    gold_documents = gold("documents")
    if gold_documents is not None:
        report["documents"] = score_documents(documents, gold_documents)

    tasks, gold_tasks = published("core_tasks"), gold("tasks")
    if tasks is not None and gold_tasks is not None:
        tasks = attach_document_keys(_tasks_with_units(tasks, published("core_task_units")), documents)
        report["tasks"] = score_tasks(tasks, gold_tasks)
        report["units"] = score_units(tasks, gold_tasks)
        alignment, gold_alignment = published("out_task_alignment"), gold("alignment")
        if alignment is not None and gold_alignment is not None:
            gold_ids = task_gold_ids(tasks, gold_tasks)
            report["alignment"] = score_alignment(alignment, gold_ids, gold_alignment)

    indicators, gold_indicators = published("core_indicators"), gold("indicators")
    if indicators is not None and gold_indicators is not None:
        report["indicators"] = score_indicators(attach_document_keys(indicators, documents), gold_indicators)
    return report


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
    indicators = report.get("indicators")
    if indicators is None:
        line("indicators", "missing")
    else:
        line(
            "indicators",
            f"{indicators['matched_core']}/{indicators['n_published']}/{indicators['n_gold_core']}",
            f"{indicators['precision']:.3f}",
            f"{indicators['recall']:.3f}",
            f"{indicators['f1']:.3f}",
        )
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
    lines.append("n: tp/published/gold (indicators: core found/published/core labels)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m gongwen.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--published", type=Path, default=Path(".gongwen/published"), help="published Parquet folder"
    )
    parser.add_argument("--gold", type=Path, default=Path("data/gold/samples"), help="folder of gold *.jsonl")
    parser.add_argument(
        "--json", action="store_true", help="print the full report as JSON instead of a table"
    )
    arguments = parser.parse_args(argv)
    try:
        report = evaluate(arguments.published, arguments.gold)
    except (FileNotFoundError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(json.dumps(report, ensure_ascii=False, indent=2) if arguments.json else format_report(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
