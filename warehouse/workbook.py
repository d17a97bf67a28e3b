"""任务台账.xlsx: the task ledger of a published set in the layout supervision offices use for a 分工方案.

One sheet 全部任务 with every task of every document, one sheet per document (for up to
MAX_DOCUMENT_SHEETS documents), one per lead department
(the lead unit's canonical department, or the unit itself where it is not a department), and last 目标跟踪:
every tracked target against the latest actual of its metric and region (out_target_tracking). Built with
polars from the release's Parquet files; written with xlsxwriter with a fixed creation date, so the
same tables give the same bytes. Columns are read by name: a different meaning of `lead_unit` or a
new deadline column changes what fills the cells, not this layout.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path

import polars as pl
import xlsxwriter
from xlsxwriter.format import Format

from gongwen.vocabulary import ADMIN_LEVELS, qualifiers_after
from warehouse.exports import UNIT_SEPARATOR
from warehouse.report.inputs import labels  # the status words the report uses too
from warehouse.sheet_rows import SheetRows, append_rows

WORKBOOK_NAME = "任务台账.xlsx"
ALL_TASKS_SHEET = "全部任务"
DEPARTMENT_SHEET_PREFIX = "牵头·"
# (header, width in characters) in the order of a 分工方案; 进展情况 and 完成状态 stay empty for the
# 督办 cycle; 任务编号 (the task_id) lets a filled-in copy be joined back to core_tasks.
COLUMNS = (
    ("序号", 6),
    ("重点任务", 60),
    ("牵头单位", 16),
    ("配合单位", 28),
    ("完成时限", 12),
    ("量化目标", 32),
    ("来源文件 · 文号 · 条款", 34),
    ("进展情况", 24),
    ("完成状态", 10),
    ("任务编号", 20),
)
HEADERS = tuple(header for header, _ in COLUMNS)
# xlsxwriter stamps the creation time into docProps/core.xml: a fixed one keeps the bytes stable.
FIXED_CREATED = dt.datetime(2000, 1, 1)
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
MAX_SHEET_NAME = 31
# A sheet per document helps an office with a few dozen plans; past this many, no spreadsheet program
# navigates the tabs and the workbook only grows: 全部任务 (filter on 来源文件) serves instead.
MAX_DOCUMENT_SHEETS = 200
ROWS_PER_SHEET = 1_048_575  # Excel's limit of 1,048,576 rows, less the header
# The published tables the workbook is made from: publishing stages them first (warehouse/publish.py).
SOURCE_TABLES = ("core_documents", "core_tasks", "core_task_units", "core_indicators", "out_target_tracking")


def target_text(metric: str, value: float, unit: str, qualifier: str | None, after_words) -> str:
    """`metric value unit` with the qualifier where the text puts it: 至少5%, 65%左右."""
    number = f"{value:g}" if abs(value) < 1e15 else f"{value:.0f}"
    qualifier = qualifier or ""
    if qualifier in after_words:
        return f"{metric} {number}{unit}{qualifier}"
    return f"{metric} {qualifier}{number}{unit}"


def _targets_by_task(indicators: pl.DataFrame) -> pl.DataFrame:
    """量化目标 per task: each indicator linked to the task, in text order, joined with '；'."""
    after_words = qualifiers_after()
    linked = indicators.filter(pl.col("task_id").is_not_null()).sort("doc_id", "char_start", "indicator_id")
    texts = [
        target_text(row["metric"], row["value"], row["unit"], row["qualifier"], after_words)
        for row in linked.iter_rows(named=True)
    ]
    return (
        linked.select("task_id")
        .with_columns(pl.Series("target", texts, dtype=pl.String))
        .group_by("task_id", maintain_order=True)
        .agg(pl.col("target").str.join("；").alias("量化目标"))
    )


def _lead_departments(task_units: pl.DataFrame, tasks: pl.DataFrame) -> pl.DataFrame:
    """The lead unit's canonical department per task (the unit as written where it has none): that of
    the lead unit's first naming in the task. Only the units named as a task's lead are looked at, not
    all units sorted whole (a national corpus names millions)."""
    lead = tasks.select("task_id", "lead_unit").filter(pl.col("lead_unit").is_not_null())
    return (
        lead.join(task_units.select("task_id", "unit", "position", "department"), left_on=["task_id", "lead_unit"],
                  right_on=["task_id", "unit"], how="left", maintain_order="left")
        .group_by("task_id", maintain_order=True)
        .agg(pl.col("lead_unit").first(), pl.col("department").sort_by("position").first())
        .select("task_id", pl.coalesce("department", "lead_unit").alias("lead_department"))
    )


def _co_units(tasks: pl.DataFrame) -> pl.DataFrame:
    """配合单位 per task: the units named other than the lead, in the document's order, joined with 、."""
    return (
        tasks.select("task_id", "lead_unit", "units")
        .explode("units")
        .filter(pl.col("units").is_not_null() & (pl.col("units") != pl.col("lead_unit").fill_null("")))
        .group_by("task_id", maintain_order=True)
        .agg(pl.col("units").str.join(UNIT_SEPARATOR).alias("配合单位"))
    )


def _document_order(documents: pl.DataFrame) -> pl.DataFrame:
    """Documents from the national level down, then by title: the order of the sheets."""
    rank = {level: i for i, level in enumerate(ADMIN_LEVELS)}
    return (
        documents.with_columns(
            level_rank=pl.col("admin_level").replace_strict(rank, default=len(rank), return_dtype=pl.Int32),
            document_name=pl.coalesce("title", "source_file"),
        )
        .sort("level_rank", "document_name", "doc_id")
        .with_row_index("doc_order")
        .select("doc_id", "doc_order", "document_name", "doc_number")
    )


def _read(release: Path, table: str, *columns: str) -> pl.DataFrame:
    """Only the columns the workbook uses: a national corpus's core_task_units alone is a million rows."""
    return pl.read_parquet(release / f"{table}.parquet", columns=list(columns))


def ledger_frame(release: Path) -> pl.DataFrame:
    """One row per task of core_tasks with the workbook's columns (and doc_id, lead_department)."""
    release = Path(release)
    tasks = _read(release, "core_tasks", "task_id", "doc_id", "seq", "path", "text", "lead_unit", "units", "deadline")
    documents = _document_order(_read(release, "core_documents", "doc_id", "admin_level", "title", "source_file",
                                      "doc_number"))
    indicators = _read(release, "core_indicators", "task_id", "doc_id", "char_start", "indicator_id", "metric",
                       "value", "unit", "qualifier")
    frame = (
        tasks.join(documents, on="doc_id", how="left")
        .join(_targets_by_task(indicators), on="task_id", how="left")
        .join(_lead_departments(_read(release, "core_task_units", "task_id", "position", "unit", "department"), tasks),
              on="task_id", how="left")
        .join(_co_units(tasks), on="task_id", how="left")
        .sort("doc_order", "seq")
    )
    return frame.select(
        pl.col("text").alias("重点任务"),
        pl.col("lead_unit").fill_null("").alias("牵头单位"),
        pl.col("配合单位").fill_null(""),
        pl.col("deadline").cast(pl.String).fill_null("").alias("完成时限"),
        pl.col("量化目标").fill_null(""),
        pl.concat_str(["document_name", "doc_number", "path"], separator=" · ", ignore_nulls=True)
        .alias("来源文件 · 文号 · 条款"),
        pl.lit("").alias("进展情况"),
        pl.lit("").alias("完成状态"),
        pl.col("task_id").alias("任务编号"),
        "doc_id",
        "document_name",
        "lead_department",
    )


def sheet_name(wanted: str, taken: set[str]) -> str:
    """A valid, unused Excel sheet name: ≤ 31 characters, none of []:*?/\\, unique case-insensitively."""
    base = _SHEET_NAME_FORBIDDEN.sub("_", wanted).strip("'") or "sheet"
    name, n = base[:MAX_SHEET_NAME], 1
    while name.lower() in taken:
        n += 1
        suffix = f"({n})"
        name = base[: MAX_SHEET_NAME - len(suffix)] + suffix
    taken.add(name.lower())
    return name


def _sheets(frame: pl.DataFrame) -> list[tuple[str, pl.DataFrame, int]]:
    """(name, rows, number of the first row) for 全部任务, then each document in order (up to
    MAX_DOCUMENT_SHEETS documents), then each lead department by tasks led; a list longer than a sheet
    holds goes on over sheets named (2), (3) …, numbered on."""
    taken: set[str] = set()
    parts = [(ALL_TASKS_SHEET, frame)]
    if frame["doc_id"].n_unique() <= MAX_DOCUMENT_SHEETS:
        parts += [(rows["document_name"][0], rows) for rows in frame.partition_by("doc_id", maintain_order=True)]
    led = frame.filter(pl.col("lead_department").is_not_null())
    by_department = {rows["lead_department"][0]: rows for rows in led.partition_by("lead_department")}
    busiest = sorted(by_department, key=lambda department: (-by_department[department].height, department))
    parts += [(DEPARTMENT_SHEET_PREFIX + department, by_department[department]) for department in busiest]
    return [
        (sheet_name(name, taken), rows.slice(start, ROWS_PER_SHEET), start + 1)
        for name, rows in parts
        for start in range(0, max(rows.height, 1), ROWS_PER_SHEET)
    ]


def _write_sheet(book: xlsxwriter.Workbook, name: str, widths: Sequence[tuple[str, int]], frame: pl.DataFrame,
                 styles: Sequence[Format], formats: dict) -> SheetRows:
    """A sheet with `widths`' headers and `frame`'s rows, a column each in `styles`' format: xlsxwriter writes
    its layout, header and first data row; the rest of the rows are returned for append_rows."""
    sheet = book.add_worksheet(name)
    for col, (header, width) in enumerate(widths):
        sheet.set_column(col, col, width, formats["cell"])
        sheet.write_string(0, col, header, formats["header"])
    for values in frame.head(1).iter_rows():
        for col, (value, style) in enumerate(zip(values, styles, strict=True)):
            if isinstance(value, int | float):
                sheet.write_number(1, col, value, style)
            elif value:  # an empty cell is left unwritten: the column's format and the table's borders show it
                sheet.write_string(1, col, value, style)
    # Header row frozen, a filter on every column, and every cell of the table bordered, the empty ones
    # too (for the office to fill in): one conditional format, not a written blank per cell.
    last_row, last_column = max(frame.height, 1), len(widths) - 1
    sheet.conditional_format(1, 0, last_row, last_column, {"type": "no_errors", "format": formats["border"]})
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, last_row, last_column)
    return SheetRows(f"xl/worksheets/sheet{sheet.index + 1}.xml", frame, list(styles))


TRACKING_SHEET = "目标跟踪"
# (header, width, out_target_tracking column or None for a column filled otherwise) of the 目标跟踪 sheet.
TRACKING_COLUMNS = (
    ("指标", 22, "canonical_metric"),
    ("区域", 18, "scope_region"),
    ("目标值", 12, "value_base"),
    ("单位", 8, "unit_base"),
    ("目标年份", 9, "target_year"),
    ("最新实际值", 12, "actual_value"),
    ("实际年份", 9, "actual_year"),
    ("差距", 12, "gap"),
    ("每年所需进度", 13, "pace_needed"),
    ("已实现进度", 13, "pace_achieved"),
    ("状态", 14, None),
    ("来源文件", 50, None),
)
TRACKING_HEADERS = tuple(header for header, _, _ in TRACKING_COLUMNS)


def tracking_frame(release: Path) -> pl.DataFrame:
    """One row per target of out_target_tracking with the sheet's columns: 状态 in words, 来源文件 the title
    of the document that sets the target; by metric, region, target year."""
    release = Path(release)
    tracking = pl.read_parquet(release / "out_target_tracking.parquet")
    documents = pl.read_parquet(release / "core_documents.parquet").select(
        "doc_id", pl.coalesce("title", "source_file").alias("来源文件"))
    statuses = labels()["tracking_statuses"]
    frame = tracking.join(documents, on="doc_id", how="left").sort(
        "canonical_metric", "scope_region", "target_year", "indicator_id", nulls_last=True)
    numbers = [c for _, _, c in TRACKING_COLUMNS if c and frame.schema[c].is_numeric()]
    return frame.select(
        *[pl.col(c).round(6) if c in numbers and frame.schema[c].is_float() else pl.col(c)
          for _, _, c in TRACKING_COLUMNS if c],
        pl.col("status").replace_strict(statuses, return_dtype=pl.String).alias("状态"),
        "来源文件",
    )


def write_workbook(release: Path, path: Path | None = None) -> Path:
    """Write 任务台账.xlsx for the release folder's Parquet (into the folder unless `path` says)."""
    path = Path(path or Path(release) / WORKBOOK_NAME)
    # constant_memory: each row goes to disk when the next starts (rows are written in order), so a
    # ledger of a whole national corpus never sits in memory; strings are written inline.
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    book.set_properties({"title": "任务台账", "created": FIXED_CREATED})
    formats = {
        "header": book.add_format({"bold": True, "text_wrap": True, "valign": "vcenter", "align": "center",
                                   "bg_color": "#DDEBF7", "border": 1}),
        "cell": book.add_format({"text_wrap": True, "valign": "top"}),
        "number": book.add_format({"valign": "top", "align": "center"}),
        "border": book.add_format({"border": 1}),
    }
    taken: set[str] = set()
    sheets = []
    ledger_styles = [formats["number"]] + [formats["cell"]] * (len(COLUMNS) - 1)
    for name, rows, first in _sheets(ledger_frame(release)):
        numbered = rows.select(pl.int_range(first, first + rows.height).alias(HEADERS[0]), *HEADERS[1:])
        sheets.append(_write_sheet(book, name, COLUMNS, numbered, ledger_styles, formats))
        taken.add(name.lower())
    if (Path(release) / "out_target_tracking.parquet").exists():
        sheets.append(_write_sheet(book, sheet_name(TRACKING_SHEET, taken),
                                   [(header, width) for header, width, _ in TRACKING_COLUMNS],
                                   tracking_frame(release), [formats["cell"]] * len(TRACKING_COLUMNS), formats))
    book.close()
    append_rows(path, sheets)
    return path
