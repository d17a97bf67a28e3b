"""A 主要指标 table flattened one cell per line, as a PDF or a saved page gives it: its header cells (类别 / 指标 /
单位 / 2022年 / 2025年 / 累计增长 / （下降）) one per line, then each row's label cells (a category, the metric and
its unit, any of them cut over two lines: 能源综合 / 生产能力 / 万吨 / 标准煤) followed by one value line per
value column (9200 / 10000 / 800). Each value under a target column is a target of the row's metric; under a
column of a past year (2022年 in a 2023 plan), an actual of that year.

Only that shape is read: a metric header word alone on its line, header cells that all name a column, and
rows whose value lines come exactly as many as the value columns. Prose never has a header word alone on a
line followed by year cells."""

from __future__ import annotations

import re

from gongwen.indicators.grammar import Grammar
from gongwen.indicators.tables import TargetTable, as_actual, cell_indicator, table_unit, target_table
from gongwen.model import Indicator
from gongwen.text.chars import has_han

# A header cell cut over two lines goes on with a bracketed word (累计增长 / （下降）).
_BRACKET_CELL = re.compile(r"^[(（][^)）]{1,8}[)）]$")
_YEAR_CELL = re.compile(r"^(?:19|20)[0-9]{2}年")
# A label cell is short and holds no sentence punctuation; a longer line ends the table.
_MAX_LABEL = 16
_SENTENCE_MARKS = frozenset("，。；：,;:！？")
# A row's category cells (供应 / 保障) before its metric, when the table has a column before the metric's.
_MAX_CATEGORY_CELL = 2
_MAX_LABELS = 6
_EMPTY_VALUE = re.compile(r"^[—\-–－/…·]+$")


def read_flat_table(
    lines: list[str],
    bases: list[int],
    index: int,
    grammar: Grammar,
    doc_year: int | None,
    found: list[Indicator],
) -> int:
    """Reads the flattened table whose metric header cell is lines[index], adding its targets to `found`;
    returns the index after its last row, or `index` when the line heads no such table."""
    words = grammar.table
    if lines[index].strip() not in words.metric_headers:
        return index
    before = lines[index - 1].strip() if index > 0 else ""
    has_category = 0 < len(before) <= _MAX_CATEGORY_CELL + 2 and not any(ch.isdigit() for ch in before)
    header, body = _header_cells(lines, index + 1, grammar)
    cells = ([before] if has_category else []) + [lines[index].strip()] + header
    table = target_table(cells, words, doc_year, None)
    if table is None or table.unit is None:
        return index
    n_values = len(cells) - table.unit - 1
    if n_values < 1 or not any(_YEAR_CELL.match(cell) for cell in header):
        return index
    labels: list[str] = []
    values: list[int] = []
    position = body
    while position < len(lines):
        cell = lines[position].strip()
        if _is_value(cell, grammar):
            values.append(position)
        elif values or not _is_label(cell, grammar) or len(labels) >= _MAX_LABELS:
            break
        else:
            labels.append(cell)
        if len(values) == n_values:
            found.extend(_row_targets(labels, values, lines, bases, table, has_category, grammar))
            labels, values, body = [], [], position + 1
        position += 1
    return body


def _header_cells(lines: list[str], start: int, grammar: Grammar) -> tuple[list[str], int]:
    """The header cells after the metric's (a bracketed line goes on with the cell before it) and the index
    of the first line after them."""
    words = grammar.table
    cells: list[str] = []
    position = start
    while position < len(lines):
        cell = lines[position].strip()
        if cells and _BRACKET_CELL.match(cell):
            cells[-1] += cell
        elif cell in words.unit_headers or cell in words.attribute_headers or _YEAR_CELL.match(cell) or (
            cells and _is_column_word(cell, grammar)
        ):
            cells.append(cell)
        else:
            break
        position += 1
    return cells, position


def _is_column_word(cell: str, grammar: Grammar) -> bool:
    """A header cell after the years: 目标值, 年均增速, 累计增长 — a few characters naming a column."""
    words = grammar.table
    return 0 < len(cell) <= 6 and has_han(cell) and (
        bool(words.target.search(cell) or words.base.search(cell) or words.growth.search(cell))
        or cell.endswith(("增长", "增速", "变化", "增幅"))
    )


def _is_value(cell: str, grammar: Grammar) -> bool:
    return bool(_EMPTY_VALUE.match(cell) or grammar.table.cell_value.match(cell))


def _is_label(cell: str, grammar: Grammar) -> bool:
    """A category, metric or unit cell (a unit may hold no Chinese: %)."""
    if not 0 < len(cell) <= _MAX_LABEL or any(ch in _SENTENCE_MARKS for ch in cell):
        return False
    return has_han(cell) or table_unit(cell, grammar) is not None


def _row_targets(
    labels: list[str],
    values: list[int],
    lines: list[str],
    bases: list[int],
    table: TargetTable,
    has_category: bool,
    grammar: Grammar,
) -> list[Indicator]:
    """The targets of one row: its unit the longest run of its last label cells that is a known unit (万吨 /
    标准煤), its metric the label cells before it less the category's short cells."""
    unit, metric_labels = _row_unit(labels, grammar)
    if unit is None:
        return []
    if has_category:
        while len(metric_labels) > 1 and len(metric_labels[0]) <= _MAX_CATEGORY_CELL:
            metric_labels = metric_labels[1:]
    metric = "".join(metric_labels)
    if len(metric) < 2:
        return []
    cells = [lines[position].strip() for position in values]
    sentence = " ".join([metric, unit[0], *cells])
    targets = []
    for column in table.targets + table.bases:
        at = column.index - table.unit - 1
        if not 0 <= at < len(values) or column.growth:
            continue
        read = grammar.table.cell_value.match(cells[at])
        if read is None or read.group("unit"):
            continue
        line = lines[values[at]]
        start = bases[values[at]] + len(line) - len(line.lstrip())
        figure = cell_indicator(read, metric, unit, grammar, column.year, sentence, start, cells[at])
        targets.append(as_actual(figure, column.year) if column in table.bases else figure)
    return targets


def _row_unit(labels: list[str], grammar: Grammar) -> tuple[tuple[str, float, str] | None, list[str]]:
    """The row's unit (written, factor, base) from its last label cells, and the label cells before it; a unit
    over more than one cell must be one the grammar knows (万吨 / 标准煤), a unit in one cell may be any."""
    for k in range(min(3, len(labels) - 1), 0, -1):
        written = "".join(labels[-k:])
        unit = table_unit(written, grammar)
        if unit is not None and (k == 1 or unit[2] in grammar.units or written in grammar.units):
            return unit, labels[:-k]
    return None, labels
