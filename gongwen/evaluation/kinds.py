"""Scoring target-vs-actual classification: published figures matched to a label of either gold file
(indicators.jsonl: targets, actuals.jsonl: actuals), and how often the published kind is the gold one."""

from __future__ import annotations

from gongwen.evaluation.compare import metrics_overlap, normalize_text, same_value
from gongwen.evaluation.scores import Row, precision_recall_f1

_KINDS = ("target", "actual")


def _same_figure(row: Row, gold_row: Row) -> bool:
    return (
        row.get("doc") == gold_row["doc"]
        and same_value(row.get("value"), gold_row.get("value"))
        and normalize_text(row.get("unit")) == normalize_text(gold_row.get("unit"))
        and metrics_overlap(row.get("metric"), gold_row.get("metric"))
    )


def _quote_agrees(row: Row, gold_row: Row) -> bool:
    """The label's quote and the published sentence hold one another: the same place in the text."""
    quote, sentence = normalize_text(gold_row.get("quote")) or "", normalize_text(row.get("sentence")) or ""
    return bool(quote and sentence) and (quote in sentence or sentence in quote)


def match_figures(published: list[Row], gold: list[Row]) -> list[tuple[int, int]]:
    """One-to-one (published index, gold index) pairs of the same figure, whatever kind either side gives
    it: a pair whose quote and sentence agree first, then any."""
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    for strict in (True, False):
        for gold_index, gold_row in enumerate(gold):
            if any(g == gold_index for _, g in pairs):
                continue
            for index, row in enumerate(published):
                if index in used or not _same_figure(row, gold_row):
                    continue
                if strict and not _quote_agrees(row, gold_row):
                    continue
                pairs.append((index, gold_index))
                used.add(index)
                break
    return sorted(pairs)


def score_kinds(published: list[Row], gold_targets: list[Row], gold_actuals: list[Row]) -> Row:
    """Over the figures matched to a label of either file: per kind P/R/F1 of the published kind against
    the gold one, accuracy, and the macro F1 (mean over the two kinds)."""
    gold = [{**row, "kind": "target"} for row in gold_targets] + [{**row, "kind": "actual"} for row in gold_actuals]
    documents = {row["doc"] for row in gold}
    published = [row for row in published if row.get("doc") in documents]
    pairs = match_figures(published, gold)
    kinds: Row = {}
    for kind in _KINDS:
        predicted = sum(1 for p, _ in pairs if published[p].get("kind") == kind)
        labelled = sum(1 for _, g in pairs if gold[g]["kind"] == kind)
        hits = sum(1 for p, g in pairs if published[p].get("kind") == kind == gold[g]["kind"])
        kinds[kind] = precision_recall_f1(hits, predicted, labelled)
    correct = sum(1 for p, g in pairs if published[p].get("kind") == gold[g]["kind"])
    return {
        "n_matched": len(pairs),
        "accuracy": correct / len(pairs) if pairs else 0.0,
        "macro_f1": sum(kinds[kind]["f1"] for kind in _KINDS) / len(_KINDS),
        **kinds,
    }
