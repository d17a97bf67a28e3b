"""Scores of published rows against hand labels: document field accuracy, task / unit / indicator
precision, recall and F1, alignment top-1 accuracy. Rows are dicts keyed by column; `doc` is the gold name."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from gongwen.evaluation.compare import (
    document_names,
    gold_path,
    metrics_overlap,
    normalize_doc_number,
    normalize_heading,
    normalize_text,
    same_value,
)

Row = dict[str, Any]

DOCUMENT_FIELDS = ("title", "issuer", "issue_date", "doc_number", "admin_level", "region")


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


def accuracy(correct: int, total: int) -> Row:
    return {"correct": correct, "total": total, "accuracy": correct / total if total else 0.0}


def _in_gold_documents(rows: Iterable[Row], gold: list[Row], labelled: Iterable[str]) -> list[Row]:
    """Published rows of documents that have labels: those with rows in `gold`, and the `labelled` ones (every
    document of the set's documents.jsonl: one labelled with no row of a table has every row published for it
    wrong); the rest can be neither right nor wrong."""
    documents = {row["doc"] for row in gold} | set(labelled)
    return [row for row in rows if row.get("doc") in documents]


def score_documents(published: list[Row], gold: list[Row]) -> Row:
    """Per-field accuracy over the gold documents; a document not published counts wrong on every field.

    `published` rows are core_documents rows (keyed by source_file)."""
    names = document_names([row["source_file"] for row in published])
    by_key = {names[row["source_file"]]: row for row in published}
    fields: dict[str, Row] = {}
    for field in DOCUMENT_FIELDS:
        normalize = normalize_doc_number if field == "doc_number" else normalize_text
        correct = 0
        for gold_row in gold:
            row = by_key.get(gold_row["doc"])
            if row is not None and normalize(row.get(field)) == normalize(gold_row.get(field)):
                correct += 1
        fields[field] = accuracy(correct, len(gold))
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


def score_tasks(published: list[Row], gold: list[Row], labelled: Iterable[str] = ()) -> Row:
    """Task P/R/F1, published rows limited to documents that have labels (_in_gold_documents)."""
    published = _in_gold_documents(published, gold, labelled)
    return precision_recall_f1(len(match_tasks(published, gold)), len(published), len(gold))


def _unit_names(units: Iterable[str] | None) -> Counter[str]:
    return Counter(normalize_text(unit) for unit in units or () if unit and normalize_text(unit))


def score_units(published: list[Row], gold: list[Row]) -> Row:
    """Over the tasks matched by match_tasks: P/R/F1 of the multiset of unit names per task, and how
    often the lead unit is right (no lead on both sides counts right)."""
    published = _in_gold_documents(published, gold, ())
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
        "lead_unit": accuracy(lead_correct, len(pairs)),
    }


def _indicator_matches(row: Row, gold_row: Row) -> bool:
    return (
        row.get("doc") == gold_row["doc"]
        and same_value(row.get("value"), gold_row.get("value"))
        and (normalize_text(row.get("unit")) or None) == (normalize_text(gold_row.get("unit")) or None)  # none: "" or null
        and metrics_overlap(row.get("metric"), gold_row.get("metric"))
    )


def score_indicators(published: list[Row], gold: list[Row], labelled: Iterable[str] = ()) -> Row:
    """Indicators match on document, value and unit with overlapping metric names, one to one.

    Recall counts the core labels found; precision counts published rows, of documents that have labels
    (_in_gold_documents), that match any label, core or borderline (`core: false`: a reading the labeller
    allows but does not require)."""
    published = _in_gold_documents(published, gold, labelled)
    used: set[int] = set()
    matched_core = matched_any = 0
    # Core labels first, so that a published row that could match either kind counts for recall.
    for gold_row in sorted(gold, key=lambda row: not row.get("core", True)):
        for index, row in enumerate(published):
            if index not in used and _indicator_matches(row, gold_row):
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
    return {**accuracy(correct, len(gold)), "core": accuracy(core_correct, core_total)}
