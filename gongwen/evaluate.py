"""`python -m gongwen.evaluate --published .gongwen/published --gold data/gold/samples`: the scores of
gongwen.evaluation, under the module name the Makefile and earlier imports use."""

from __future__ import annotations

import sys

from gongwen.evaluation import (  # noqa: F401 (re-exported)
    DOCUMENT_FIELDS,
    METRIC_BIGRAM_OVERLAP,
    attach_document_keys,
    document_key,
    document_names,
    evaluate,
    format_report,
    gold_path,
    main,
    match_tasks,
    metrics_overlap,
    normalize_doc_number,
    normalize_heading,
    normalize_text,
    ordinal_to_int,
    precision_recall_f1,
    read_jsonl,
    score_alignment,
    score_documents,
    score_indicators,
    score_tasks,
    score_units,
    task_gold_ids,
)

if __name__ == "__main__":
    sys.exit(main())
