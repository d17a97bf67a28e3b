"""The expectation suite of every gated table: what would be wrong with it.

Generic expectations (columns present, keys unique and not null, enumerated values) derive from the
table registry. Each table adds its own: references that must resolve, ranges, and row counts against
the stage before. Cross-row rules are computed as boolean check columns (`*_ok`) by the table's SQL in
expectations/sql/checks/, so every suite stays a flat list a reader can scan.
"""

from __future__ import annotations

from collections.abc import Callable

import great_expectations.expectations as gxe

from gongwen.indicators import qualifier_comparators
from warehouse.registry import TABLES

# A plan whose named units mostly miss the department gazetteer means the clause splitter or the
# gazetteer broke; genuinely non-government units (banks, 经开区, towns) stay well under 40 %.
MIN_SHARE_OF_UNITS_WITH_DEPARTMENT = 0.6
MIN_DOCUMENT_CHARS = 50
MAX_HEADING_CHARS = 300


def _true(column: str) -> gxe.Expectation:
    return gxe.ExpectColumnValuesToBeInSet(column=column, value_set=[True])


def generic(table: str) -> list[gxe.Expectation]:
    spec = TABLES[table]
    out: list[gxe.Expectation] = [gxe.ExpectColumnToExist(column=c.name) for c in spec.columns]
    out += [gxe.ExpectColumnValuesToNotBeNull(column=c.name) for c in spec.columns if not c.nullable]
    if len(spec.primary_key) == 1:
        out.append(gxe.ExpectColumnValuesToBeUnique(column=spec.primary_key[0]))
    elif spec.primary_key:
        out.append(gxe.ExpectCompoundColumnsToBeUnique(column_list=list(spec.primary_key)))
    out += [
        gxe.ExpectColumnValuesToBeInSet(column=c.name, value_set=list(c.allowed))
        for c in spec.columns
        if c.allowed
    ]
    return out


def _rows(facts: dict, key: str = "expected_rows") -> list[gxe.Expectation]:
    return [gxe.ExpectTableRowCountToEqual(value=int(facts[key]))] if key in facts else []


def _raw_files(facts: dict, n: int) -> list[gxe.Expectation]:
    return [
        gxe.ExpectTableRowCountToBeBetween(min_value=1),  # an empty inbox is a misconfiguration
        gxe.ExpectColumnValuesToBeBetween(column="n_bytes", min_value=0),
        _true("doc_id_ok"),  # a doc_id exactly when the file became (or duplicates) a document
        _true("reason_ok"),  # a reason exactly when the entry was quarantined or skipped
        _true("accounted_ok"),  # every quarantined file has its reason in ops_quarantine
    ]


def _raw_documents(facts: dict, n: int) -> list[gxe.Expectation]:
    return [
        *_rows(facts),
        # No readable document at all: publishing would replace the last good set with empty tables.
        gxe.ExpectTableRowCountToBeBetween(min_value=1),
        # Documents kept at least as many as documents held back by a document-level expectation:
        # when most documents fail one, a reader or the expectation broke, not the documents.
        gxe.ExpectTableRowCountToBeBetween(min_value=int(facts.get("n_held_back", 0))),
        gxe.ExpectColumnValuesToMatchRegex(column="doc_id", regex=r"^[0-9a-f]{16}$"),
        gxe.ExpectColumnValuesToBeBetween(column="n_chars", min_value=MIN_DOCUMENT_CHARS),
        _true("issue_date_ok"),
        _true("period_ok"),
    ]


def _raw_citations(facts: dict, n: int) -> list[gxe.Expectation]:
    return [
        _true("doc_ok"),
        gxe.ExpectColumnValuesToMatchRegex(column="cited_title", regex=r"^《.+》$"),
    ]


def _core_documents(facts: dict, n: int) -> list[gxe.Expectation]:
    return [
        *_rows(facts),  # every distinct document read in the raw layer, no more, no less
        gxe.ExpectColumnValuesToMatchRegex(column="doc_id", regex=r"^[0-9a-f]{16}$"),
        gxe.ExpectColumnValuesToBeBetween(column="n_chars", min_value=MIN_DOCUMENT_CHARS),
        _true("issue_date_ok"),
        _true("period_ok"),
        _true("n_tasks_ok"),
        _true("n_indicators_ok"),
        gxe.ExpectColumnValuesToMatchRegex(column="doc_number", regex=r"〔\d{4}〕", mostly=1.0),
    ]


def _core_citations(facts: dict, n: int) -> list[gxe.Expectation]:
    return [*_rows(facts), _true("doc_ok"), _true("cited_doc_ok")]


def _core_tasks(facts: dict, n: int) -> list[gxe.Expectation]:
    return [
        _true("doc_ok"),
        _true("task_id_ok"),
        _true("seq_ok"),  # 1..n per document, no gap
        gxe.ExpectColumnValuesToMatchRegex(column="path", regex=r"^\d+(\.\d+)*$"),
        gxe.ExpectColumnValueLengthsToBeBetween(column="heading", min_value=2, max_value=MAX_HEADING_CHARS),
        gxe.ExpectColumnValueLengthsToBeBetween(column="text", min_value=2),
        _true("first_ok"),  # first_unit is the first of units, NULL only when no unit is named
        _true("lead_ok"),  # lead_unit is the first unit the text makes lead, NULL when none is
        _true("deadline_ok"),  # a deadline_date exactly when kind is date; kind none exactly when none is written
        _true("span_ok"),
    ]


def _core_task_units(facts: dict, n: int) -> list[gxe.Expectation]:
    out = [
        *_rows(facts),  # one row per unit named in core_tasks.units
        _true("task_ok"),
        _true("position_ok"),
        _true("is_lead_ok"),  # is_lead exactly when role is lead
        gxe.ExpectColumnValueLengthsToBeBetween(column="unit", min_value=2, max_value=60),
    ]
    if n:
        out.append(gxe.ExpectColumnProportionOfNonNullValuesToBeBetween(
            column="department", min_value=MIN_SHARE_OF_UNITS_WITH_DEPARTMENT
        ))
    return out


def _core_indicators(facts: dict, n: int) -> list[gxe.Expectation]:
    qualifiers = qualifier_comparators()
    return [
        gxe.ExpectColumnValuesToMatchRegex(column="indicator_id", regex=r"^[0-9a-f]{16}-i\d+$"),
        _true("doc_ok"),
        _true("task_ok"),
        _true("value_ok"),  # finite
        _true("base_ok"),  # value_base = value scaled by the unit's 万/亿
        _true("percent_ok"),  # a % within [0, 100]
        _true("year_ok"),  # 1949–2100 and not before the document's year minus 1
        _true("span_ok"),  # the sentence holds the matched span
        _true("as_of_year_ok"),  # 1949–2100 and not after the document's year
        _true("kind_ok"),  # targets have a target year only, actuals an as-of year
        _true("strength_ok"),  # an actual commits to nothing: neutral
        _true("better_ok"),  # a direction exactly for the canonical metrics
        gxe.ExpectColumnValueLengthsToBeBetween(column="metric", min_value=1, max_value=60),
        gxe.ExpectColumnValuesToBeInSet(column="qualifier", value_set=sorted(qualifiers)),
        gxe.ExpectColumnPairValuesToBeInSet(  # the comparator is the one its qualifier gives
            column_A="qualifier",
            column_B="comparator",
            value_pairs_set=sorted(qualifiers.items()),
            ignore_row_if="either_value_is_missing",
        ),
    ]


def _out_doc_lineage(facts: dict, n: int) -> list[gxe.Expectation]:
    return [_true("doc_ok"), _true("parent_ok")]


def _out_department_load(facts: dict, n: int) -> list[gxe.Expectation]:
    return [_true("doc_ok"), _true("counts_ok")]


def _out_indicator_comparison(facts: dict, n: int) -> list[gxe.Expectation]:
    return [_true("doc_ok"), _true("indicator_ok")]


def _out_target_tracking(facts: dict, n: int) -> list[gxe.Expectation]:
    return [
        _true("target_ok"),  # a target row of core_indicators of the same metric
        _true("actual_ok"),  # an actual row of the same metric, region and year, or none
        _true("actual_fields_ok"),  # actual id, value and year together; no_actual exactly without them
        _true("previous_ok"),  # the earlier actual is earlier
        _true("pace_ok"),  # gap and paces finite where defined
    ]


def _out_target_cascade(facts: dict, n: int) -> list[gxe.Expectation]:
    return [
        _true("pair_ok"),  # child implements parent in out_doc_lineage
        _true("indicators_ok"),  # both targets are their documents' headline targets of the metric
        _true("value_ok"),
        _true("share_ok"),
    ]


def _out_task_alignment(facts: dict, n: int) -> list[gxe.Expectation]:
    return [
        gxe.ExpectColumnValuesToBeBetween(column="score", min_value=0.0, max_value=1.0),
        gxe.ExpectColumnValuesToBeBetween(column="rank", min_value=1),
        _true("refs_ok"),  # child task in doc_id, parent task in parent_doc_id, parent is the lineage's
        _true("rank_ok"),  # ranks 1..k per child and parent document, best score first
        _true("headings_ok"),  # the headings are those of the two tasks in core_tasks
    ]


def _out_theme_coverage(facts: dict, n: int) -> list[gxe.Expectation]:
    return [
        gxe.ExpectColumnValuesToBeBetween(column="share", min_value=0.0, max_value=1.0, strict_min=True),
        _true("doc_ok"),
        _true("share_sum_ok"),  # shares of a document sum to 1
        _true("n_tasks_ok"),  # tasks of a document sum to its core_tasks rows
    ]


SPECIFIC: dict[str, Callable[[dict, int], list[gxe.Expectation]]] = {
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


def build_suite(table: str, facts: dict, n_rows: int) -> list[gxe.Expectation]:
    return generic(table) + SPECIFIC[table](facts, n_rows)
