"""The expectation suite of every gated table: what would be wrong with it, in two parts.

Table-level invariants hold over the whole table and run on every gate, whatever changed. DuckDB counts
them into one row (expectations/sql/invariants/; a table's own measures in
expectations/sql/measures/<table>.sql) and the suite validates that row: every column of the registry
present, keys unique, NOT NULL columns without NULLs, enumerated values in their set (all four derived
from the table registry), each rule of
the table's check SQL (expectations/sql/checks/<table>.sql: a `*_ok` column per reference that must
resolve or cross-row rule) false on no row, and row counts against the stage before (expectations/sql/facts/).

Row-level expectations look at one row's values at a time (regexes, ranges, lengths, pairs of columns);
they run only on the rows of documents whose rows changed since they last passed (expectations/gate.py).
Every suite stays a flat list a reader can scan.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from gongwen.indicators import qualifier_comparator_pattern
from gongwen.vocabulary import (
    MAX_HEADING_CHARS,
    MAX_METRIC_CHARS,
    MAX_UNIT_NAME,
    MIN_TASK_CHARS,
    MIN_UNIT_NAME,
)
from warehouse.registry import TABLES

GX_EXPECTATIONS = "great_expectations.expectations"

if TYPE_CHECKING:
    import great_expectations.expectations as gxe
else:
    class _Expectations:
        """great_expectations.expectations, imported at the first use of one of its names: the import costs
        ~2 s, paid by the first gate of a run (or ahead of it, see assets/pool.py), not by every process
        that loads the definitions."""

        def __getattr__(self, name: str):
            return getattr(importlib.import_module(GX_EXPECTATIONS), name)

    gxe = _Expectations()

# A plan whose named units mostly miss the department gazetteer means the clause splitter or the
# gazetteer broke; genuinely non-government units (banks, 经开区, towns) stay well under 40 %. Judged over
# at least MIN_UNITS_FOR_SHARE units: one unknown of two (我委 beside 粮食行政管理部门) breaks nothing.
MIN_SHARE_OF_KNOWN_UNITS = 0.6
MIN_UNITS_FOR_SHARE = 30
MIN_DOCUMENT_CHARS = 50

# Columns of the one-row frame that count offending rows (their observed value names a few of them).
COUNT_PREFIXES = ("n_missing_", "n_null_", "n_duplicate_", "n_not_allowed_", "n_false_")

# Check columns (of expectations/sql/checks/<table>.sql) whose value on a row depends only on rows of the
# row's own document: in the table and in what expectations/sql/scopes/<table>.sql fingerprints per
# document. A gate counts them over the documents whose fingerprint is not the one recorded when the
# table's gate last passed (expectations/gate.py); the others had them true then and read the same rows now.
# A check that reads a row of another document (a reference, a window over the whole table) is not one.
SCOPED_CHECKS: dict[str, tuple[str, ...]] = {
    "core_indicators": ("span_ok",),  # cuts the span out of the document's text: the text of every document
}


@dataclass(frozen=True)
class Suite:
    table: list[gxe.Expectation] = field(default_factory=list)  # on the one row of counts
    rows: list[gxe.Expectation] = field(default_factory=list)  # on the rows of changed documents


def duplicate_column(table: str) -> str:
    """The count of rows beyond the first of each primary key, e.g. n_duplicate_task_id."""
    return "n_duplicate_" + "_".join(TABLES[table].primary_key)


def _none(count: str) -> gxe.Expectation:
    return gxe.ExpectColumnValuesToBeInSet(column=count, value_set=[0])


def _rules(*checks: str) -> list[gxe.Expectation]:
    """Each check column of the table's check SQL is false on no row."""
    return [_none(f"n_false_{check}") for check in checks]


def _rows(facts: dict, key: str = "expected_rows") -> list[gxe.Expectation]:
    if key not in facts:
        return []
    return [gxe.ExpectColumnValuesToBeInSet(column="n_rows", value_set=[int(facts[key])])]


def generic(table: str) -> Suite:
    spec = TABLES[table]
    counts = [_none("n_missing_columns")]  # the registry's columns, all there
    counts += [_none(f"n_null_{c.name}") for c in spec.columns if not c.nullable]
    if spec.primary_key:
        counts.append(_none(duplicate_column(table)))
    counts += [_none(f"n_not_allowed_{c.name}") for c in spec.columns if c.allowed]
    return Suite(table=counts)


def _raw_files(facts: dict) -> Suite:
    return Suite(
        table=[
            gxe.ExpectColumnValuesToBeBetween(column="n_rows", min_value=1),  # an empty inbox is a misconfiguration
            *_rules(
                "doc_id_ok",  # a doc_id exactly when the file became (or duplicates) a document
                "reason_ok",  # a reason exactly when the entry was quarantined or skipped
                "accounted_ok",  # every quarantined file has its reason in ops_quarantine
            ),
        ],
        rows=[gxe.ExpectColumnValuesToBeBetween(column="n_bytes", min_value=0)],
    )


def _raw_documents(facts: dict) -> Suite:
    return Suite(
        table=[
            *_rows(facts),
            # No readable document at all: publishing would replace the last good set with empty tables.
            gxe.ExpectColumnValuesToBeBetween(column="n_rows", min_value=1),
            # Documents kept at least as many as documents held back by a document-level expectation:
            # when most documents fail one, a reader or the expectation broke, not the documents.
            gxe.ExpectColumnValuesToBeBetween(column="n_rows", min_value=int(facts.get("n_held_back", 0))),
            *_rules("issue_date_ok", "period_ok"),
        ],
        rows=[
            gxe.ExpectColumnValuesToMatchRegex(column="doc_id", regex=r"^[0-9a-f]{16}$"),
            gxe.ExpectColumnValuesToBeBetween(column="n_chars", min_value=MIN_DOCUMENT_CHARS),
        ],
    )


def _raw_citations(facts: dict) -> Suite:
    return Suite(
        table=_rules("doc_ok"),
        rows=[gxe.ExpectColumnValuesToMatchRegex(column="cited_title", regex=r"^《.+》$")],
    )


def _core_documents(facts: dict) -> Suite:
    return Suite(
        table=[
            *_rows(facts),  # every distinct document read in the raw layer, no more, no less
            *_rules("issue_date_ok", "period_ok", "n_tasks_ok", "n_indicators_ok"),
        ],
        rows=[
            gxe.ExpectColumnValuesToMatchRegex(column="doc_id", regex=r"^[0-9a-f]{16}$"),
            gxe.ExpectColumnValuesToBeBetween(column="n_chars", min_value=MIN_DOCUMENT_CHARS),
            gxe.ExpectColumnValuesToMatchRegex(column="doc_number", regex=r"〔\d{4}〕", mostly=1.0),
        ],
    )


def _core_citations(facts: dict) -> Suite:
    return Suite(table=[*_rows(facts), *_rules("doc_ok", "cited_doc_ok")])


def _core_tasks(facts: dict) -> Suite:
    return Suite(
        table=_rules(
            "doc_ok",
            "task_id_ok",
            "seq_ok",  # 1..n per document, no gap
            "first_ok",  # first_unit is the first of units, NULL only when no unit is named
            "lead_ok",  # lead_unit is the first unit the text makes lead, NULL when none is
            "deadline_ok",  # a deadline_date exactly when kind is date; kind none exactly when none is written
            "span_ok",
        ),
        rows=[
            gxe.ExpectColumnValuesToMatchRegex(column="path", regex=r"^\d+(\.\d+)*$"),
            gxe.ExpectColumnValueLengthsToBeBetween(column="heading", min_value=MIN_TASK_CHARS,
                                                    max_value=MAX_HEADING_CHARS),
            gxe.ExpectColumnValueLengthsToBeBetween(column="text", min_value=MIN_TASK_CHARS),
        ],
    )


def _core_task_units(facts: dict) -> Suite:
    return Suite(
        table=[
            *_rows(facts),  # one row per unit named in core_tasks.units
            *_rules("task_ok", "position_ok", "is_lead_ok"),  # is_lead exactly when role is lead
            # NULL (no unit at all) passes: there is nothing to share out
            gxe.ExpectColumnValuesToBeBetween(
                column="share_known_units", min_value=MIN_SHARE_OF_KNOWN_UNITS,
                row_condition=f"n_units >= {MIN_UNITS_FOR_SHARE}", condition_parser="pandas",
            ),
        ],
        rows=[gxe.ExpectColumnValueLengthsToBeBetween(column="unit", min_value=MIN_UNIT_NAME,
                                                      max_value=MAX_UNIT_NAME)],
    )


def _core_indicators(facts: dict) -> Suite:
    return Suite(
        table=_rules(
            "doc_ok",
            "task_ok",
            "value_ok",  # finite
            "base_ok",  # value_base = value scaled by the unit's 万/亿
            "percent_ok",  # a % is not negative (增长263.3% is a % over 100)
            "year_ok",  # 1949–2100 and not before the document's year minus 1
            "span_ok",  # the sentence holds the matched span
            "as_of_year_ok",  # 1949–2100 and not after the document's year
            "kind_ok",  # targets have a target year only, actuals an as-of year
            "strength_ok",  # an actual commits to nothing: neutral
            "better_ok",  # a direction exactly for the canonical metrics
        ),
        rows=[
            gxe.ExpectColumnValuesToMatchRegex(column="indicator_id", regex=r"^[0-9a-f]{16}-i\d+$"),
            gxe.ExpectColumnValueLengthsToBeBetween(column="metric", min_value=1, max_value=MAX_METRIC_CHARS),
            # a qualifier the grammar writes (a word, or a range) with the comparator it gives
            gxe.ExpectColumnValuesToMatchRegex(column="qualifier_comparator", regex=qualifier_comparator_pattern()),
        ],
    )


def _out_doc_lineage(facts: dict) -> Suite:
    return Suite(table=_rules("doc_ok", "parent_ok"))


def _out_department_load(facts: dict) -> Suite:
    return Suite(table=_rules("doc_ok", "counts_ok"))


def _out_indicator_comparison(facts: dict) -> Suite:
    return Suite(table=_rules("doc_ok", "indicator_ok"))


def _out_target_tracking(facts: dict) -> Suite:
    return Suite(table=_rules(
        "target_ok",  # a target row of core_indicators of the same metric
        "actual_ok",  # an actual row of the same metric, region and year, or none
        "actual_fields_ok",  # actual id, value and year together; no_actual exactly without them
        "previous_ok",  # the earlier actual is earlier
        "pace_ok",  # gap and paces finite where defined
    ))


def _out_target_cascade(facts: dict) -> Suite:
    return Suite(table=_rules(
        "pair_ok",  # child implements parent in out_doc_lineage
        "indicators_ok",  # both targets are their documents' headline targets of the metric
        "value_ok",
        "share_ok",
    ))


def _out_task_alignment(facts: dict) -> Suite:
    return Suite(
        table=_rules(
            "refs_ok",  # child task in doc_id, parent task in parent_doc_id, parent is the lineage's
            "rank_ok",  # ranks 1..k per child and parent document, best score first
            "headings_ok",  # the headings are those of the two tasks in core_tasks
        ),
        rows=[
            gxe.ExpectColumnValuesToBeBetween(column="score", min_value=0.0, max_value=1.0),
            gxe.ExpectColumnValuesToBeBetween(column="rank", min_value=1),
        ],
    )


def _out_theme_coverage(facts: dict) -> Suite:
    return Suite(
        table=_rules(
            "doc_ok",
            "share_sum_ok",  # shares of a document sum to 1
            "n_tasks_ok",  # tasks of a document sum to its core_tasks rows
        ),
        rows=[gxe.ExpectColumnValuesToBeBetween(column="share", min_value=0.0, max_value=1.0, strict_min=True)],
    )


SPECIFIC: dict[str, Callable[[dict], Suite]] = {
    "raw_files": _raw_files,
    "raw_documents": _raw_documents,
    "raw_citations": _raw_citations,
    "core_documents": _core_documents,
    "core_citations": _core_citations,
    "core_tasks": _core_tasks,
    "core_task_units": _core_task_units,
    "core_indicators": _core_indicators,
    "out_doc_lineage": _out_doc_lineage,
    "out_department_load": _out_department_load,
    "out_indicator_comparison": _out_indicator_comparison,
    "out_target_tracking": _out_target_tracking,
    "out_target_cascade": _out_target_cascade,
    "out_task_alignment": _out_task_alignment,
    "out_theme_coverage": _out_theme_coverage,
}

GATED_TABLES = tuple(SPECIFIC)


def build_suite(table: str, facts: dict) -> Suite:
    """The generic expectations of the table's registry entry, then the table's own."""
    base, own = generic(table), SPECIFIC[table](facts)
    return Suite(table=base.table + own.table, rows=base.rows + own.rows)
