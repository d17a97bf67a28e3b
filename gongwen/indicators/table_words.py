"""The words of tables in the target grammar (`resources/indicators_grammar.yaml`): the headers and cells of
主要指标 tables, of project lists and of task tables' progress columns."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from gongwen.text.chars import DECIMAL
from gongwen.text.patterns import alternation


@dataclass(frozen=True)
class TableWords:
    """Words of 主要指标 tables (target_table) and of project lists (project_table) in the grammar file."""

    metric_headers: frozenset[str]
    place_headers: frozenset[str]  # the first column of a table dividing targets among places (乡镇)
    unit_headers: frozenset[str]
    attribute_headers: frozenset[str]
    remark_headers: frozenset[str]
    attribute_words: frozenset[str]
    target: re.Pattern[str]
    base: re.Pattern[str]
    growth: re.Pattern[str]
    project_headers: frozenset[str]
    investment: re.Pattern[str]
    yearly_content: re.Pattern[str]  # 2024年建设内容: a project list's column of the year's work
    cell_value: re.Pattern[str]
    progress: re.Pattern[str]  # a task table's column reporting what was done (进展情况)


def table_words(words: Mapping[str, Any], level_verbs: list[str]) -> TableWords:
    """The table words compiled: `words` are the grammar file's sections, `level_verbs` the verbs a target cell
    may open with."""
    table, projects = words["target_table"], words["project_table"]
    opening = "".join(re.escape(pair[0]) for pair in table["cumulative_brackets"])
    closing = "".join(re.escape(pair[1]) for pair in table["cumulative_brackets"])
    # 稳定在65%以上, ≥90%, [50], 6左右, 10000以上: the whole cell is one value.
    cell_value = re.compile(
        rf"^(?P<verb>{alternation(level_verbs)})?(?P<before>{alternation(words['qualifiers_before'])})?"
        rf"\s*[{opening}]?(?P<num>{DECIMAL})(?P<unit>[^\s{closing}]*?)[{closing}]?"
        rf"(?P<after>{alternation(words['qualifiers_after'])})?$"
    )
    return TableWords(
        metric_headers=frozenset(table["metric_headers"]),
        place_headers=frozenset(table["place_headers"]),
        unit_headers=frozenset(table["unit_headers"]),
        attribute_headers=frozenset(table["attribute_headers"]),
        remark_headers=frozenset(table["remark_headers"]),
        attribute_words=frozenset(table["attribute_words"]),
        target=re.compile(alternation(table["target_words"])),
        base=re.compile(alternation(table["base_words"])),
        growth=re.compile(alternation(table["growth_words"])),
        project_headers=frozenset(projects["project_headers"]),
        investment=re.compile(alternation(projects["investment_headers"])),
        yearly_content=re.compile(projects["yearly_content_header"]),
        cell_value=cell_value,
        progress=re.compile(alternation(words["progress_column_words"])),
    )
