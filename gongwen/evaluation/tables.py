"""Reading the published Parquet (polars) and the gold JSONL, joining them into the rows the scores take."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from gongwen.evaluation.compare import document_names
from gongwen.evaluation.kinds import score_kinds
from gongwen.evaluation.scores import (
    Row,
    score_alignment,
    score_documents,
    score_indicators,
    score_tasks,
    score_units,
    task_gold_ids,
)
from gongwen.vocabulary import ACTUAL, TARGET

_KEYS_SCHEMA = {"doc_id": pl.String, "doc": pl.String}


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


def document_keys(documents: pl.DataFrame) -> pl.DataFrame:
    """doc_id → doc, the gold name of each published document (the last row wins on a repeated doc_id)."""
    if documents.is_empty():
        return pl.DataFrame(schema=_KEYS_SCHEMA)
    names = document_names(documents["source_file"].to_list())
    return documents.select(
        pl.col("doc_id").cast(pl.String),
        pl.col("source_file").replace_strict(names, return_dtype=pl.String).alias("doc"),
    ).unique("doc_id", keep="last", maintain_order=True)


def with_document_keys(rows: pl.DataFrame, documents: pl.DataFrame) -> pl.DataFrame:
    """`rows` with `doc` joined from core_documents by doc_id, in their order; NULL for an unknown doc_id."""
    keys = document_keys(documents)
    if "doc_id" not in rows.columns:
        return rows.with_columns(pl.lit(None, dtype=pl.String).alias("doc"))
    rows = rows.drop("doc", strict=False).with_columns(pl.col("doc_id").cast(pl.String))
    return rows.join(keys, on="doc_id", how="left", maintain_order="left")


def attach_document_keys(rows: list[Row], documents: list[Row]) -> list[Row]:
    """Copies of `rows` with `doc` (the gold name) looked up from core_documents by doc_id."""
    if not rows:
        return []
    frame = pl.from_dicts(rows, infer_schema_length=None)
    documents_frame = pl.from_dicts(documents, infer_schema_length=None) if documents else pl.DataFrame()
    return with_document_keys(frame, documents_frame).to_dicts()


def with_units(tasks: pl.DataFrame, task_units: pl.DataFrame | None) -> pl.DataFrame:
    """core_tasks, with `units` rebuilt from core_task_units (in position order) where it carries none."""
    if task_units is None or task_units.is_empty() or "units" in tasks.columns:
        return tasks
    units = (
        task_units.sort("task_id", "position", maintain_order=True)
        .group_by("task_id", maintain_order=True)
        .agg(pl.col("unit").alias("units"))
    )
    return tasks.join(units, on="task_id", how="left", maintain_order="left").with_columns(
        pl.col("units").fill_null(pl.lit([], dtype=pl.List(pl.String)))
    )


def evaluate(published_dir: Path, gold_dir: Path) -> Row:
    """Every score whose published table and gold file both exist; a missing one is reported as None."""
    published_dir, gold_dir = Path(published_dir), Path(gold_dir)
    if not gold_dir.is_dir():
        raise FileNotFoundError(f"evaluate: gold folder {gold_dir} does not exist")

    def published(table: str) -> pl.DataFrame | None:
        path = published_dir / f"{table}.parquet"
        return pl.read_parquet(path) if path.is_file() else None

    def gold(name: str) -> list[Row] | None:
        path = gold_dir / f"{name}.jsonl"
        return read_jsonl(path) if path.is_file() else None

    documents = published("core_documents")
    report: Row = {"documents": None, "tasks": None, "units": None, "indicators": None, "alignment": None}
    if documents is None:
        return report
    gold_documents = gold("documents")
    labelled = [row["doc"] for row in gold_documents or ()]
    if gold_documents is not None:
        report["documents"] = score_documents(documents.to_dicts(), gold_documents)

    tasks, gold_tasks = published("core_tasks"), gold("tasks")
    if tasks is not None and gold_tasks is not None:
        task_rows = with_document_keys(with_units(tasks, published("core_task_units")), documents).to_dicts()
        report["tasks"] = score_tasks(task_rows, gold_tasks, labelled)
        report["units"] = score_units(task_rows, gold_tasks)
        alignment, gold_alignment = published("out_task_alignment"), gold("alignment")
        if alignment is not None and gold_alignment is not None:
            gold_ids = task_gold_ids(task_rows, gold_tasks)
            report["alignment"] = score_alignment(alignment.to_dicts(), gold_ids, gold_alignment)

    indicators, gold_indicators, gold_actuals = published("core_indicators"), gold("indicators"), gold("actuals")
    if indicators is None:
        return report
    figures = with_document_keys(indicators, documents).to_dicts()
    # Tables published before kind existed hold targets only.
    targets = [row for row in figures if row.get("kind", TARGET) == TARGET]
    if gold_indicators is not None:
        report["indicators"] = score_indicators(targets, gold_indicators, labelled)
    if gold_actuals is not None:
        actuals = [row for row in figures if row.get("kind") == ACTUAL]
        report["actuals"] = score_indicators(actuals, gold_actuals, labelled)
        report["kinds"] = score_kinds(figures, gold_indicators or [], gold_actuals)
    return report
