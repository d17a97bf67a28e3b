"""The one table registry: every warehouse table's columns, keys and allowed values.

DDL, Arrow schemas for Parquet and the generic expectations are all derived from here, so a table's
shape is written down exactly once. Names are the contract's (docs/contract.md, v1).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import pyarrow as pa

from gongwen.vocabulary import (
    ADMIN_LEVELS,
    BETTER,
    CASCADE_DIRECTIONS,
    COMPARATORS,
    FILE_STATUSES,
    FORMATS,
    INDICATOR_KINDS,
    RELATIONS,
    ROLES,
    SCRIPTS,
    STRENGTHS,
    TRACKING_STATUSES,
    UNIT_LEVELS,
)

CONTRACT_VERSION = "1"

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
    "One row per inbox entry (per CSV/JSONL row) seen by the last run: read, or skipped with its reason.",
    (
        _c("source_file", "VARCHAR", "path relative to the inbox, escaped (\\xNN, \\\\); file.csv#<row> for an export row",
           nullable=False),
        _c("sha256", "VARCHAR", "SHA-256 of the file's bytes (of the row's text for an export row); '' when skipped",
           nullable=False),
        _c("n_bytes", "BIGINT", "size in bytes", nullable=False),
        _c("format", "VARCHAR", "what the bytes really are", nullable=False, allowed=FORMATS),
        _c("encoding", "VARCHAR", "the encoding the text was decoded with"),
        _c("doc_id", "VARCHAR", "the document it became; NULL when quarantined or skipped"),
        _c("status", "VARCHAR", "what became of it", nullable=False, allowed=FILE_STATUSES),
        _c("flags", "VARCHAR[]", "what reading and cleaning noticed (charset_tag_lied, mojibake_repaired …)"),
        _c("reason", "VARCHAR", "why it was quarantined or skipped (e.g. link outside the inbox); NULL otherwise"),
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
        _c("n_indicators", "INTEGER", "targets in core_indicators (kind = target)", nullable=False),
        _c("source_url", "VARCHAR", "where an export row says the document came from"),
        _c("n_actuals", "INTEGER", "figures stated as achieved in core_indicators (kind = actual)", nullable=False),
        _c("n_hard_tasks", "INTEGER", "tasks of strength hard (确保, 必须, 严禁 …)", nullable=False),
        _c("n_soft_tasks", "INTEGER", "tasks of strength soft (力争, 鼓励, 支持 …)", nullable=False),
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
        _c("lead_unit", "VARCHAR", "the first responsible unit"),
        _c("units", "VARCHAR[]", "all responsible units in the document's order", nullable=False),
        _c("deadline", "VARCHAR", "completion time as written"),
        _c("char_start", "INTEGER", "start of the item in the cleaned text", nullable=False),
        _c("char_end", "INTEGER", "end of the item in the cleaned text", nullable=False),
        _c(
            "strength", "VARCHAR",
            "how binding the task is: hard if its text holds a word of command (确保, 必须, 严禁, 全面完成, 不得), "
            "else soft if one of hedging or encouragement (力争, 鼓励, 支持, 积极, 探索, 原则上), else neutral "
            "(words: gongwen/resources/strength_words.yaml)",
            nullable=False, allowed=STRENGTHS,
        ),
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
    "One row per quantitative target (kind = target) or figure stated as achieved (kind = actual).",
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
        _c(
            "kind", "VARCHAR",
            "target (set for the future: 到2028年…提升至, 力争) or actual (stated as achieved: in a review of "
            "results such as 一、2025年工作回顾 or 发展基础, after 已, or governed by a year before the "
            "document's: 2023年末…为61.2%)",
            nullable=False, allowed=INDICATOR_KINDS,
        ),
        _c("as_of_year", "INTEGER", "an actual's year (the last it covers); NULL for a target"),
        _c(
            "as_of_start_year", "INTEGER",
            "an actual's first year: as_of_year for one year's figure, 2021 for a 十四五 total read under "
            "过去五年/这五年; NULL for a target or a 累计 total over years the text does not say",
        ),
        _c(
            "strength", "VARCHAR",
            "how binding a target is: the last word of command (确保 …: hard) or hedge (力争 …: soft) before its "
            "value in its clause, else in the clause opening its sentence; neutral otherwise and for actuals",
            nullable=False, allowed=STRENGTHS,
        ),
        _c("better", "VARCHAR", "which way the canonical metric gets better (metrics.csv); NULL without one",
           allowed=BETTER),
        _c("is_flow", "BOOLEAN", "the canonical metric counts what happens in a span (新增城镇就业), not a level",
           nullable=False),
        _c(
            "scope_region", "VARCHAR",
            "whose figure it is, as a region: the document's region for no scope or 全省/全市/全区 (its division "
            "of that level), 全国 for national, a named division's path (遵义市 → 贵州省遵义市), else the scope "
            "as named (黔中城市群)",
        ),
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
        _c("n_lead", "INTEGER", "tasks the department leads", nullable=False),
        _c("n_co", "INTEGER", "tasks it supports", nullable=False),
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

_TRACKING_STATUS = (
    "met: the latest actual already reaches the target (at or above it where more is better, at or below "
    "where less is; for a flow or rate of change, the latest year's actual keeps the pace needed and its "
    "year is the target year or later); missed: the target year has come (latest actual year >= target "
    "year) and it is not reached; on_track: not reached, the target year is still ahead, and the pace "
    "achieved keeps up with the pace needed; behind: not reached, the year still ahead, and the pace "
    "achieved is slower or unknown (a single actual of a level shows no pace); no_actual: no actual of the "
    "same canonical metric, region and base unit anywhere in the corpus"
)

OUT_TARGET_TRACKING = _register(Table(
    "out_target_tracking",
    "Every target of a known metric against the latest actual of the same canonical metric and region "
    "found anywhere in the corpus: the gap, the pace needed, the pace achieved and a status.",
    (
        _c("indicator_id", "VARCHAR", "the target (core_indicators, kind = target)", nullable=False),
        DOC_ID,
        _c("canonical_metric", "VARCHAR", "cross-document metric name", nullable=False),
        _c("scope_region", "VARCHAR", "whose target it is, as a region (core_indicators.scope_region)"),
        _c("value_base", "DOUBLE", "the target in the base unit", nullable=False),
        _c("unit_base", "VARCHAR", "base unit of the target and of its actuals", nullable=False),
        _c("comparator", "VARCHAR", "the target's comparator", nullable=False, allowed=COMPARATORS),
        _c("target_year", "INTEGER", "the year the target is for"),
        _c("better", "VARCHAR", "which way the metric gets better", nullable=False, allowed=BETTER),
        _c("is_flow", "BOOLEAN", "a flow or rate of change, measured per year (新增城镇就业, …增长)",
           nullable=False),
        _c("actual_indicator_id", "VARCHAR", "the latest actual (core_indicators, kind = actual)"),
        _c("actual_doc_id", "VARCHAR", "the document that states it"),
        _c("actual_value", "DOUBLE", "its value in the base unit"),
        _c("actual_year", "INTEGER", "the year it describes"),
        _c("previous_actual_value", "DOUBLE", "the actual of the latest earlier year, where there is one"),
        _c("previous_actual_year", "INTEGER", "its year"),
        _c("gap", "DOUBLE", "value_base - actual_value: what is left to go (negative: already beyond)"),
        _c(
            "pace_needed", "DOUBLE",
            "per year: for a level, the gap over the years from the actual's to the target's; for a flow or "
            "rate of change, the target over the years it spans (document year to target year); NULL without "
            "an actual or a target year, or when the target year is not after the actual's",
        ),
        _c(
            "pace_achieved", "DOUBLE",
            "per year: for a level, the change between the two latest actuals over the years between them; "
            "for a flow or rate of change, the latest year's actual; NULL where there is no such figure",
        ),
        _c("status", "VARCHAR", _TRACKING_STATUS, nullable=False, allowed=TRACKING_STATUSES),
    ),
    primary_key=("indicator_id",),
    published=True,
    order_by=("canonical_metric", "doc_id", "indicator_id"),
))

OUT_TARGET_CASCADE = _register(Table(
    "out_target_cascade",
    "How a child plan turns its parent's target into its own: per lineage pair (child implements parent) "
    "and canonical metric both set, the two headline targets side by side, stricter (层层加码), equal or looser.",
    (
        DOC_ID,
        _c("parent_doc_id", "VARCHAR", "the parent document it implements", nullable=False),
        _c("canonical_metric", "VARCHAR", "cross-document metric name", nullable=False),
        _c("indicator_id", "VARCHAR", "the child's target (its row of out_indicator_comparison)", nullable=False),
        _c("parent_indicator_id", "VARCHAR", "the parent's target", nullable=False),
        _c("value_base", "DOUBLE", "the child's value in the base unit", nullable=False),
        _c("parent_value_base", "DOUBLE", "the parent's value in the base unit", nullable=False),
        _c("unit_base", "VARCHAR", "base unit of both", nullable=False),
        _c("qualifier", "VARCHAR", "the child's 左右, 以上 …"),
        _c("parent_qualifier", "VARCHAR", "the parent's"),
        _c("target_year", "INTEGER", "the child's target year"),
        _c("parent_target_year", "INTEGER", "the parent's target year"),
        _c("better", "VARCHAR", "which way the metric gets better (metrics.csv)", nullable=False, allowed=BETTER),
        _c(
            "direction", "VARCHAR",
            "stricter: the child's value is better than the parent's (higher where more is better, lower where "
            "less is), or equal and for an earlier year; looser: worse, or equal and for a later year; equal: "
            "same value and year (or a year missing on either side)",
            nullable=False, allowed=CASCADE_DIRECTIONS,
        ),
        _c("share_stricter", "DOUBLE", "share of the child document's rows here that are stricter", nullable=False),
        _c("share_looser", "DOUBLE", "share of the child document's rows here that are looser", nullable=False),
    ),
    primary_key=("doc_id", "parent_doc_id", "canonical_metric"),
    published=True,
    order_by=("doc_id", "parent_doc_id", "canonical_metric"),
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
