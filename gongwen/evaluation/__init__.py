"""Scoring published tables against hand labels (data/gold/): compare values, score, read, report."""

from gongwen.evaluation.compare import (
    METRIC_BIGRAM_OVERLAP,
    document_key,
    document_names,
    gold_path,
    metrics_overlap,
    normalize_doc_number,
    normalize_heading,
    normalize_text,
    ordinal_to_int,
)
from gongwen.evaluation.report import format_report, main
from gongwen.evaluation.scores import (
    DOCUMENT_FIELDS,
    Row,
    match_tasks,
    precision_recall_f1,
    score_alignment,
    score_documents,
    score_indicators,
    score_tasks,
    score_units,
    task_gold_ids,
)
from gongwen.evaluation.tables import attach_document_keys, evaluate, read_jsonl

__all__ = [
    "DOCUMENT_FIELDS",
    "METRIC_BIGRAM_OVERLAP",
    "Row",
    "attach_document_keys",
    "document_key",
    "document_names",
    "evaluate",
    "format_report",
    "gold_path",
    "main",
    "match_tasks",
    "metrics_overlap",
    "normalize_doc_number",
    "normalize_heading",
    "normalize_text",
    "ordinal_to_int",
    "precision_recall_f1",
    "read_jsonl",
    "score_alignment",
    "score_documents",
    "score_indicators",
    "score_tasks",
    "score_units",
    "task_gold_ids",
]
