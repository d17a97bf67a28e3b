"""What the report shows, read from one release (its Parquet files and manifest) and, when a warehouse is
given, the run's gate results and quarantined files, which live in the warehouse only."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import polars as pl
import yaml

from gongwen.text.regions import gazetteer
from gongwen.vocabulary import ADMIN_LEVELS, NATIONAL
from warehouse.store import Warehouse, load_sql

LABELS_FILE = Path(__file__).with_name("labels.yaml")
# A year and, where given, a month: 2025年底前 → 2025-12, 2026年6月底前 → 2026-06. Only used while the
# release has no deadline_date column; the month of a bare year is its last.
_YEAR_MONTH = re.compile(r"(\d{4})\s*年\s*(?:(\d{1,2})\s*月)?")


@cache
def labels() -> dict:
    return yaml.safe_load(LABELS_FILE.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class ReportInputs:
    manifest: dict
    documents: pl.DataFrame  # one row per document, in level order, with a short `label`
    tasks: pl.DataFrame  # doc_id, task_id, deadline_month (YYYY-MM or NULL)
    comparison: pl.DataFrame
    department_load: pl.DataFrame
    lineage: pl.DataFrame
    themes: pl.DataFrame
    tracking: pl.DataFrame  # out_target_tracking (empty for a release without it)
    cascade: pl.DataFrame  # out_target_cascade
    actuals: pl.DataFrame  # core_indicators rows of kind actual: canonical_metric, scope_region, unit_base, ...
    gates: pl.DataFrame | None  # stage, n_passed, n_failed; None when no warehouse was given
    failed_expectations: list[tuple[str, str, str]]
    quarantined: pl.DataFrame | None  # source_file, stage, reason, detail


def deadline_month(text: str | None) -> str | None:
    """The month a deadline written as text falls in, as YYYY-MM; None when it names no year."""
    found = _YEAR_MONTH.search(text or "")
    if found is None:
        return None
    month = int(found.group(2)) if found.group(2) else 12
    return f"{found.group(1)}-{month:02d}" if 1 <= month <= 12 else None


def read_inputs(release_dir: Path, warehouse: Warehouse | None = None) -> ReportInputs:
    manifest = json.loads((release_dir / "_manifest.json").read_text(encoding="utf-8"))

    def table(name: str, without: tuple[str, ...] = ()) -> pl.DataFrame:
        """The table, less its columns `without`: the report shows no task text or sentence, and those
        are most of a large corpus's bytes."""
        frame = pl.scan_parquet(release_dir / manifest["tables"][name]["file"])
        return frame.select(pl.exclude(without)).collect() if without else frame.collect()

    def optional(name: str) -> pl.DataFrame:  # a table of contract v2 that an older release lacks
        return table(name) if name in manifest["tables"] else pl.DataFrame()

    documents = _documents(table("core_documents"))
    gates, failed, quarantined = _run_health(warehouse, manifest["run_id"])
    return ReportInputs(
        manifest=manifest,
        documents=documents,
        tasks=deadline_months(table("core_tasks", without=("text",))),
        comparison=table("out_indicator_comparison"),
        department_load=table("out_department_load"),
        lineage=table("out_doc_lineage"),
        themes=table("out_theme_coverage"),
        tracking=optional("out_target_tracking"),
        cascade=optional("out_target_cascade"),
        actuals=_actuals(table("core_indicators", without=("sentence",))),
        gates=gates,
        failed_expectations=failed,
        quarantined=quarantined,
    )


def _documents(documents: pl.DataFrame) -> pl.DataFrame:
    """One row per document in level order (then region, year, doc_id) with its short label (place and
    year; the first 4 characters of its doc_id after a label taken by an earlier document). Python sees
    only the few columns the order and the label need, not every column of every row."""
    rank = {level: i for i, level in enumerate(ADMIN_LEVELS)}
    keys = documents.select(
        "doc_id", "admin_level", "region",
        pl.coalesce([pl.col(c).dt.year() for c in ("issue_date", "published_date") if c in documents.columns]
                    or [pl.lit(None, pl.Int32)]).alias("issue_year"),
        pl.col("period_start") if "period_start" in documents.columns else pl.lit(None, pl.Int32).alias("period_start"),
    ).with_row_index("row")
    rows = sorted(keys.iter_rows(named=True), key=lambda d: (rank[d["admin_level"]], d["region"] or "",
                                                            _year(d) or 0, d["doc_id"]))
    taken: set[str] = set()
    labels_in_order = []
    for row in rows:
        label = f"{_place(row)} {_year(row) or ''}".strip()
        if label in taken:  # two documents of one place and year: tell them apart by their id
            label = f"{label} ({row['doc_id'][:4]})"
        taken.add(label)
        labels_in_order.append(label)
    columns = ["doc_id", "label", "title", "admin_level", "level_rank", "region", "doc_number", "n_tasks",
               "n_indicators", "n_hard_tasks", "n_soft_tasks"]
    ordered = documents[[row["row"] for row in rows]].with_columns(
        pl.Series("label", labels_in_order, dtype=pl.String),
        pl.col("admin_level").replace_strict(rank, return_dtype=pl.Int32).alias("level_rank"),
    )
    return ordered.select([c for c in columns if c in ordered.columns])


def _actuals(indicators: pl.DataFrame) -> pl.DataFrame:
    """The actuals a tracking chart plots: each at its year; a flow's only where it is one year's figure
    (not a 十四五 total read under 过去五年)."""
    if "kind" not in indicators.columns:
        return pl.DataFrame(schema={"indicator_id": pl.String, "canonical_metric": pl.String,
                                    "scope_region": pl.String, "unit_base": pl.String, "value_base": pl.Float64,
                                    "as_of_year": pl.Int32, "doc_id": pl.String})
    one_year = pl.col("as_of_start_year") == pl.col("as_of_year")
    return indicators.filter(
        (pl.col("kind") == "actual") & pl.col("canonical_metric").is_not_null() & pl.col("as_of_year").is_not_null()
        & (~pl.col("is_flow") | one_year)
    ).select("indicator_id", "canonical_metric", "scope_region", "unit_base", "value_base", "as_of_year", "doc_id")


def _place(document: dict) -> str:
    if document["admin_level"] == NATIONAL and not document["region"]:
        return labels()["national_region"]
    region = gazetteer().by_path.get(document["region"] or "")
    return region.name if region is not None else (document["region"] or document["doc_id"][:8])


def _year(document: dict) -> int | None:
    if document.get("issue_year") is not None:
        return document["issue_year"]
    return document.get("period_start")


def deadline_months(tasks: pl.DataFrame) -> pl.DataFrame:
    """doc_id, task_id and the month each task is due: from deadline_date where the release has it."""
    if "deadline_date" in tasks.columns:
        month = pl.col("deadline_date").dt.strftime("%Y-%m")
    else:
        month = pl.col("deadline").map_elements(deadline_month, return_dtype=pl.String)
    return tasks.select("doc_id", "task_id", month.alias("deadline_month"))


def _run_health(warehouse: Warehouse | None, run_id: str):
    """This run's expectations per table, its failed ones and its quarantined files (one connection)."""
    if warehouse is None:
        return None, [], None
    gate_schema = {"stage": pl.String, "n_passed": pl.Int64, "n_failed": pl.Int64}
    quarantine_schema = {"source_file": pl.String, "stage": pl.String, "reason": pl.String, "detail": pl.String}
    with warehouse.connect() as con:

        def rows(sql_name: str, params: dict | None = None) -> list[tuple]:
            return con.execute(load_sql(sql_name), params or {}).fetchall()

        def exists(name: str) -> bool:
            return rows("ops/table_exists", {"name": name})[0][0]

        gates, failed, quarantined = pl.DataFrame(schema=gate_schema), [], pl.DataFrame(schema=quarantine_schema)
        if exists("dq_results"):
            gates = pl.DataFrame(rows("report/gate_results", {"run_id": run_id}), schema=gate_schema, orient="row")
            failed = [tuple(r) for r in rows("report/failed_expectations", {"run_id": run_id})]
        if exists("raw_files") and exists("ops_quarantine"):
            quarantined = pl.DataFrame(rows("ops/summary_quarantined"), schema=quarantine_schema, orient="row")
    return gates, failed, quarantined
