"""The one table registry: every warehouse table's columns, keys and allowed values.

DDL, Arrow schemas for Parquet and the generic expectations are all derived from here, so a table's
shape is written down exactly once. Names are the contract's (docs/contract.md, v2).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import pyarrow as pa

from gongwen.vocabulary import (
    ADMIN_LEVELS,
    COMPARATORS,
    DEADLINE_KINDS,
    FILE_STATUSES,
    FORMATS,
    RELATIONS,
    ROLES,
    SCRIPTS,
    UNIT_LEVELS,
)

CONTRACT_VERSION = "2"

_ARROW_TYPES = {
    "VARCHAR": pa.string(),
    "VARCHAR[]": pa.list_(pa.string()),
    "INTEGER": pa.int32(),
    "BIGINT": pa.int64(),
    "DOUBLE": pa.float64(),
    "BOOLEAN": pa.bool_(),
    "DATE": pa.date32(),
    "TIMESTAMP": pa.timestamp("us"),
}


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # DuckDB type name, a key of _ARROW_TYPES
    description: str
    nullable: bool = True
    allowed: tuple[str, ...] | None = None  # enumerated values, checked by the table's suite

    @property
    def arrow_type(self) -> pa.DataType:
        return _ARROW_TYPES[self.type]


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    published: bool = False  # written to $GONGWEN_HOME/published/<name>.parquet
    order_by: tuple[str, ...] = field(default=())  # deterministic row order for Parquet

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    @cached_property
    def column_set(self) -> frozenset[str]:
        """The keys a row of this table must have, no more, no fewer."""
        return frozenset(self.column_names)

    @cached_property
    def required_columns(self) -> tuple[str, ...]:
        """Columns declared NOT NULL."""
        return tuple(c.name for c in self.columns if not c.nullable)

    def ddl(self, keep_existing: bool = False) -> str:
        """CREATE statement; keep_existing for tables that accumulate across runs."""
        cols = ",\n  ".join(f"{c.name} {c.type}{'' if c.nullable else ' NOT NULL'}" for c in self.columns)
        verb = "create table if not exists" if keep_existing else "create or replace table"
        return f"{verb} {self.name} (\n  {cols}\n)"

    def arrow_schema(self) -> pa.Schema:
        return pa.schema([pa.field(c.name, c.arrow_type, nullable=c.nullable) for c in self.columns])


def _c(name: str, type_: str, description: str, **kw) -> Column:
    return Column(name, type_, description, **kw)


DOC_ID = _c("doc_id", "VARCHAR", "16 hex chars of SHA-256 over the document's normalized text", nullable=False)
TASK_ID = _c("task_id", "VARCHAR", "<doc_id>-<seq>", nullable=False)

_META_COLUMNS = (
    _c("title", "VARCHAR", "the document's own title (not the cover notice's), Simplified"),
    _c("notice_title", "VARCHAR", "the cover notice's title where there is one"),
    _c("issuer", "VARCHAR", "issuing body"),
    _c("doc_number", "VARCHAR", "发文字号 normalized to 〔〕 brackets"),
    _c("issue_date", "DATE", "date of issue (成文日期)"),
    _c("admin_level", "VARCHAR", "jurisdiction level of the document", nullable=False, allowed=ADMIN_LEVELS),
    _c("region", "VARCHAR", "the jurisdiction the document governs, e.g. 湖南省郴州市; NULL for national"),
    _c("period_start", "INTEGER", "first plan year where stated"),
    _c("period_end", "INTEGER", "last plan year where stated"),
    _c("script", "VARCHAR", "script of the source", nullable=False, allowed=SCRIPTS),
    _c("n_chars", "INTEGER", "characters of the cleaned body text", nullable=False),
    _c(
        "implicit_units", "VARCHAR[]",
        "units the document makes responsible for every task without naming them each time "
        "(以下各项任务均需各县市区人民政府落实，不再列出)",
    ),
)

TABLES: dict[str, Table] = {}


def _register(table: Table) -> Table:
    TABLES[table.name] = table
    return table


RAW_FILES = _register(Table(
    "raw_files",
    "One row per input file (per CSV/JSONL row) seen by the last run.",
    (
        _c("source_file", "VARCHAR", "path relative to the inbox; file.csv#<row> for an export row", nullable=False),
        _c("sha256", "VARCHAR", "SHA-256 of the file's bytes (of the row's text for an export row)", nullable=False),
        _c("n_bytes", "BIGINT", "size in bytes", nullable=False),
        _c("format", "VARCHAR", "what the bytes really are", nullable=False, allowed=FORMATS),
        _c("encoding", "VARCHAR", "the encoding the text was decoded with"),
        _c("doc_id", "VARCHAR", "the document it became; NULL when quarantined"),
        _c("status", "VARCHAR", "what became of it", nullable=False, allowed=FILE_STATUSES),
        _c("flags", "VARCHAR[]", "what reading and cleaning noticed (charset_tag_lied, mojibake_repaired …)"),
    ),
    primary_key=("source_file",),
    order_by=("source_file",),
))

RAW_DOCUMENTS = _register(Table(
    "raw_documents",
    "One row per distinct document: its cleaned text and the metadata read from it.",
    (
        DOC_ID,
        _c("source_file", "VARCHAR", "the first input file (in path order) with this text", nullable=False),
        _c("source_url", "VARCHAR", "where an export row says the document came from"),
        *_META_COLUMNS,
        _c("text", "VARCHAR", "cleaned body text: Simplified, half-width ASCII, no web chrome", nullable=False),
    ),
    primary_key=("doc_id",),
    order_by=("doc_id",),
))

RAW_CITATIONS = _register(Table(
    "raw_citations",
    "Every 《…》 document reference as read, before resolution across the corpus.",
    (
        DOC_ID,
        _c("position", "INTEGER", "1-based order of the citation in the document", nullable=False),
        _c("cited_title", "VARCHAR", "《…》 as written", nullable=False),
        _c("cited_name", "VARCHAR", "the cited document's own name (X of 《关于印发〈X〉的通知》)", nullable=False),
        _c("cited_number", "VARCHAR", "发文字号 given beside the title"),
        _c("relation", "VARCHAR", "implements or cites", nullable=False, allowed=RELATIONS),
        _c("char_start", "INTEGER", "offset in the cleaned text", nullable=False),
    ),
    primary_key=("doc_id", "position"),
    order_by=("doc_id", "position"),
))

CORE_DOCUMENTS = _register(Table(
    "core_documents",
    "One row per document: identity, metadata and row counts of its tasks and targets.",
    (
        DOC_ID,
        _c("source_file", "VARCHAR", "path of the input file relative to the inbox", nullable=False),
        *_META_COLUMNS,
        _c("n_tasks", "INTEGER", "rows in core_tasks", nullable=False),
        _c("n_indicators", "INTEGER", "rows in core_indicators", nullable=False),
        _c("source_url", "VARCHAR", "where an export row says the document came from"),
    ),
    primary_key=("doc_id",),
    published=True,
    order_by=("doc_id",),
))

CORE_CITATIONS = _register(Table(
    "core_citations",
    "One row per document cited, resolved against the corpus where possible.",
    (
        DOC_ID,
        _c("cited_title", "VARCHAR", "《…》 as written", nullable=False),
        _c("cited_number", "VARCHAR", "发文字号, given or resolved from another document of the corpus"),
        _c("cited_doc_id", "VARCHAR", "the cited document when it is in the corpus"),
        _c("cited_name", "VARCHAR", "the cited document's own name (X of 《关于印发〈X〉的通知》)", nullable=False),
        _c("position", "INTEGER", "1-based order of the citation in the document", nullable=False),
        _c("relation", "VARCHAR", "implements or cites", nullable=False, allowed=RELATIONS),
    ),
    primary_key=("doc_id", "position"),
    published=True,
    order_by=("doc_id", "position"),
))

CORE_TASKS = _register(Table(
    "core_tasks",
    "One row per task: the lowest numbered item of a plan's body, with its responsible units.",
    (
        TASK_ID,
        DOC_ID,
        _c("seq", "INTEGER", "1-based order of the task in its document", nullable=False),
        _c("path", "VARCHAR", "ordinals of the item and its parents joined by '.', e.g. 2.1.3", nullable=False),
        _c("section_title", "VARCHAR", "the 一、… heading above it"),
        _c("group_title", "VARCHAR", "the （一）… heading above it, if any"),
        _c("heading", "VARCHAR", "the item's lead phrase", nullable=False),
        _c("text", "VARCHAR", "the item's full text without its responsibility clause", nullable=False),
        _c("lead_unit", "VARCHAR", "the unit the text makes lead (牵头, or a stated convention such as "
           "排名第一的为牵头单位); NULL where none is (contract v2; v1's meaning is first_unit)"),
        _c("first_unit", "VARCHAR", "the first unit named, whatever its role (lead_unit of contract v1)"),
        _c("units", "VARCHAR[]", "all responsible units in the document's order", nullable=False),
        _c("deadline", "VARCHAR", "completion time as written"),
        _c("deadline_date", "DATE", "the last day the deadline allows: 2025年底前 → 2025-12-31, 2025年第三季度 → 2025-09-30"),
        _c("deadline_kind", "VARCHAR", "date (a last day), ongoing (长期坚持, 持续推进), none (no deadline written), "
           "unknown (one written that names no day)", nullable=False, allowed=DEADLINE_KINDS),
        _c("char_start", "INTEGER", "start of the item in the cleaned text", nullable=False),
        _c("char_end", "INTEGER", "end of the item in the cleaned text", nullable=False),
    ),
    primary_key=("task_id",),
    published=True,
    order_by=("doc_id", "seq"),
))

CORE_TASK_UNITS = _register(Table(
    "core_task_units",
    "One row per (task, named unit), with its role and canonical department.",
    (
        TASK_ID,
        DOC_ID,
        _c("position", "INTEGER", "1-based order within the task", nullable=False),
        _c("unit", "VARCHAR", "the name as written, Simplified", nullable=False),
        _c("role", "VARCHAR", "lead, co or responsible", nullable=False, allowed=ROLES),
        _c("is_lead", "BOOLEAN", "the text makes this unit lead (牵头); true exactly when role is lead", nullable=False),
        _c("department", "VARCHAR", "cross-level canonical department; NULL when not a government department"),
        _c("level", "VARCHAR", "government level of the unit", nullable=False, allowed=UNIT_LEVELS),
        _c("is_known_unit", "BOOLEAN", "the gazetteer recognised the unit", nullable=False),
    ),
    primary_key=("task_id", "position"),
    published=True,
    order_by=("doc_id", "task_id", "position"),
))

CORE_INDICATORS = _register(Table(
    "core_indicators",
    "One row per quantitative target.",
    (
        _c("indicator_id", "VARCHAR", "<doc_id>-i<n>", nullable=False),
        DOC_ID,
        _c("task_id", "VARCHAR", "the task whose text holds the target; NULL outside any task"),
        _c("metric", "VARCHAR", "what is measured, as the text names it", nullable=False),
        _c("canonical_metric", "VARCHAR", "cross-document name of a known metric"),
        _c("scope", "VARCHAR", "whose figure it is where the text says"),
        _c("value", "DOUBLE", "the number as written", nullable=False),
        _c("unit", "VARCHAR", "the unit as written", nullable=False),
        _c("value_base", "DOUBLE", "value scaled to the base unit", nullable=False),
        _c("unit_base", "VARCHAR", "the base unit", nullable=False),
        _c("qualifier", "VARCHAR", "左右, 以上, 以内, 不少于 … as written"),
        _c("comparator", "VARCHAR", "derived from the qualifier", nullable=False, allowed=COMPARATORS),
        _c("target_year", "INTEGER", "the year the target is for"),
        _c("sentence", "VARCHAR", "the clause it was read from", nullable=False),
        _c("char_start", "INTEGER", "start in the cleaned text", nullable=False),
        _c("char_end", "INTEGER", "end in the cleaned text", nullable=False),
    ),
    primary_key=("indicator_id",),
    published=True,
    order_by=("doc_id", "char_start", "indicator_id"),
))

OUT_DOC_LINEAGE = _register(Table(
    "out_doc_lineage",
    "Which document implements (or cites) which: the chain from national plans down to counties.",
    (
        DOC_ID,
        _c("parent_doc_id", "VARCHAR", "the parent when it is in the corpus"),
        _c("parent_number", "VARCHAR", "the parent's 发文字号"),
        _c("parent_title", "VARCHAR", "the parent's title as cited", nullable=False),
        _c("relation", "VARCHAR", "implements or cites", nullable=False, allowed=RELATIONS),
    ),
    primary_key=("doc_id", "parent_title"),
    published=True,
    order_by=("doc_id", "parent_title"),
))

OUT_DEPARTMENT_LOAD = _register(Table(
    "out_department_load",
    "Per canonical department and document: tasks led, co-led and shared.",
    (
        _c("department", "VARCHAR", "canonical department", nullable=False),
        DOC_ID,
        _c("admin_level", "VARCHAR", "the document's level", nullable=False, allowed=ADMIN_LEVELS),
        _c("n_lead", "INTEGER", "tasks the department leads (a unit of it is_lead)", nullable=False),
        _c("n_co", "INTEGER", "tasks it co-leads: named to 配合/参与 beside a lead", nullable=False),
        _c("n_responsible", "INTEGER", "tasks it shares without a lead convention", nullable=False),
        _c("n_tasks", "INTEGER", "tasks it is named on at all", nullable=False),
    ),
    primary_key=("department", "doc_id"),
    published=True,
    order_by=("doc_id", "department"),
))

OUT_INDICATOR_COMPARISON = _register(Table(
    "out_indicator_comparison",
    "The same canonical target across documents and levels, side by side.",
    (
        _c("canonical_metric", "VARCHAR", "cross-document metric name", nullable=False),
        DOC_ID,
        _c("indicator_id", "VARCHAR", "the target row chosen for this document", nullable=False),
        _c("title", "VARCHAR", "the document's title"),
        _c("scope", "VARCHAR", "whose figure it is"),
        _c("admin_level", "VARCHAR", "the document's level", nullable=False, allowed=ADMIN_LEVELS),
        _c("region", "VARCHAR", "the document's jurisdiction"),
        _c("value_base", "DOUBLE", "value in the base unit", nullable=False),
        _c("unit_base", "VARCHAR", "base unit", nullable=False),
        _c("qualifier", "VARCHAR", "左右, 以上 …"),
        _c("target_year", "INTEGER", "the year the target is for"),
    ),
    primary_key=("canonical_metric", "doc_id"),
    published=True,
    order_by=("canonical_metric", "doc_id"),
))

OUT_TASK_ALIGNMENT = _register(Table(
    "out_task_alignment",
    "For each task of a document whose parent is in the corpus, its best-matching parent tasks.",
    (
        DOC_ID,
        _c("child_task_id", "VARCHAR", "the child document's task", nullable=False),
        _c("parent_doc_id", "VARCHAR", "the parent document", nullable=False),
        _c("parent_task_id", "VARCHAR", "a parent task", nullable=False),
        _c("score", "DOUBLE", "similarity in [0, 1]", nullable=False),
        _c("rank", "INTEGER", "1 = best match", nullable=False),
        _c("is_counterpart", "BOOLEAN", "the score reaches the calibrated floor: the parent task is the child's "
           "counterpart, not only a neighbour on the same subject (false on every row of a child with none)",
           nullable=False),
        _c("child_title", "VARCHAR", "the child document's title"),
        _c("child_heading", "VARCHAR", "the child task's heading", nullable=False),
        _c("parent_title", "VARCHAR", "the parent document's title"),
        _c("parent_heading", "VARCHAR", "the parent task's heading", nullable=False),
    ),
    primary_key=("child_task_id", "parent_task_id"),
    published=True,
    order_by=("doc_id", "child_task_id", "parent_doc_id", "rank"),
))

OUT_THEME_COVERAGE = _register(Table(
    "out_theme_coverage",
    "Which themes each document spends its tasks on.",
    (
        _c("theme", "VARCHAR", "theme of the taxonomy in gongwen/resources/themes.csv", nullable=False),
        DOC_ID,
        _c("n_tasks", "INTEGER", "tasks assigned to the theme", nullable=False),
        _c("share", "DOUBLE", "n_tasks over the document's tasks", nullable=False),
    ),
    primary_key=("theme", "doc_id"),
    published=True,
    order_by=("doc_id", "theme"),
))

OPS_QUARANTINE = _register(Table(
    "ops_quarantine",
    "Files (or export rows) that could not become documents, with the reason; kept across runs.",
    (
        _c("source_file", "VARCHAR", "path relative to the inbox", nullable=False),
        _c("stage", "VARCHAR", "the stage that gave up", nullable=False),
        _c("reason", "VARCHAR", "what is wrong, for a person", nullable=False),
        _c("detail", "VARCHAR", "where and what exactly"),
        _c("sha256", "VARCHAR", "SHA-256 of the bytes", nullable=False),
        _c("first_seen", "TIMESTAMP", "when a run first quarantined these bytes", nullable=False),
        _c("last_seen", "TIMESTAMP", "the latest run that quarantined them", nullable=False),
        _c("run_id", "VARCHAR", "the latest run that quarantined them", nullable=False),
    ),
    primary_key=("source_file", "stage", "sha256"),
    order_by=("source_file",),
))

DQ_RESULTS = _register(Table(
    "dq_results",
    "Every expectation evaluated by every run's quality gates.",
    (
        _c("run_id", "VARCHAR", "Dagster run id", nullable=False),
        _c("stage", "VARCHAR", "the table the suite validated", nullable=False),
        _c("expectation", "VARCHAR", "expectation type and its arguments", nullable=False),
        _c("success", "BOOLEAN", "did it hold", nullable=False),
        _c("observed_value", "VARCHAR", "what was observed"),
        _c("checked_at", "TIMESTAMP", "when", nullable=False),
    ),
    primary_key=(),
))

PUBLISHED_TABLES = tuple(name for name, t in TABLES.items() if t.published)
