"""主要指标 tables (HTML rows arrive as lines of tab-joined cells): read by their header row, one target per
value cell (its span the cell, its sentence the row), one actual per cell of a column of a past year (the base);
the rows of a list of projects are passed over."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from gongwen.indicators.grammar import WIDTH, Grammar
from gongwen.indicators.metrics import canonical_metric
from gongwen.indicators.phrases import bounded_metric
from gongwen.indicators.sections import Sections
from gongwen.indicators.table_words import TableWords
from gongwen.indicators.years import plan_end_year, year_mentions
from gongwen.model import Indicator
from gongwen.text.chars import HAN, TO_ASCII_DIGITS, has_han
from gongwen.text.numerals import MAGNITUDES
from gongwen.vocabulary import ACTUAL, NEUTRAL

_CELL_BRACKETS = re.compile(r"[(（]([^()（）]*)[)）]")
_HEADER_YEAR = re.compile(r"((?:19|20)[0-9]{2})年?(?:[—\-–~～至到]((?:19|20)[0-9]{2})年?)?")
_HEADER_PLAN = re.compile(r"十([一二三四五六七八九])五")
_METRIC_UNIT_SUFFIX = re.compile(r"[(（]([^()（）]{1,10})[)）]\s*$")
# A unit the grammar does not know, as a table may write it (张/千人): a few characters, no digit.
_UNKNOWN_UNIT = re.compile(rf"^[{HAN}A-Za-z/%‰·]{{1,8}}$")
_EMPTY_CELL = re.compile(r"^[—\-–－/\\…·.、\s]*$")
_SEQ_HEADER = "序号"  # the first header cell of a task table written one cell a line
_MAX_FLAT_HEADER = 8  # header cells after it
_MAX_HEADER_CELL = 16  # characters of a header cell (四季度进展情况, 进展情况、存在问题及下一步打算)
_ROW_NUMBER = re.compile(r"^\d{1,3}$")
_UNIT_ABOVE = re.compile(rf"^[{HAN}]{{1,4}}[:：]\s*(\S{{1,8}})$")  # 面积:万亩, 单位:万元 above a table


@dataclass(frozen=True)
class _TargetColumn:
    index: int
    year: int | None
    growth: str | None  # the header word of an average-growth column (年均增速): the value is a growth in %
    name: str = ""  # the header word, the metric of a table dividing targets among places


@dataclass(frozen=True)
class TargetTable:
    metric: int
    unit: int | None
    attribute: int | None
    targets: tuple[_TargetColumn, ...]
    width: int
    # Columns of a year before the document's (2022年 beside 2025年 in a 2023 plan, 基期(2020年)): their cells
    # are where the metric stood then, actuals of that year.
    bases: tuple[_TargetColumn, ...] = ()
    by_place: bool = False  # the metric column names places, each target column's header the metric
    remarks: bool = False  # the last column holds remarks (备注)
    unit_above: tuple[str, float, str] | None = None  # the unit the line above the header gives (面积:万亩)


@dataclass(frozen=True)
class _Row:
    """One table row: where it starts in the text, its cells as written and stripped, where each starts in
    the row, and which cell stands under each header column (None: merged away)."""

    line: str
    base: int
    raw: list[str]
    cells: list[str]
    starts: list[int]
    under: list[int | None]

    def at(self, column: int | None) -> str:
        index = self.under[column] if column is not None else None
        return self.cells[index] if index is not None else ""


def _header_word(cell: str) -> str:
    return _CELL_BRACKETS.sub("", re.sub(r"\s+", "", cell))


def _header_year(cell: str) -> int | None:
    """The year a header cell names: 2025年, 2021—2025年 (its end), “十五五” (2030)."""
    found = _HEADER_YEAR.search(cell)
    if found:
        return int(found.group(2) or found.group(1))
    plan = _HEADER_PLAN.search(cell)
    return plan_end_year(plan.group(1)) if plan else None


def _is_project_header(cells: list[str], words: TableWords) -> bool:
    """序号 | 项目名称 | 建设内容 | 总投资(亿元): a list of projects and what they cost; not one with a column of what
    is built in a year (2024年建设内容), whose rows are that year's work."""
    named = [_header_word(cell) for cell in cells]
    if any(words.yearly_content.search(word) for word in named):
        return False
    return any(word in words.project_headers for word in named) and any(
        words.investment.search(word) for word in named
    )


def target_table(
    cells: list[str], words: TableWords, doc_year: int | None, caption_year: int | None
) -> TargetTable | None:
    """The columns of a 主要指标 table's header row, or None when the row is no such header."""
    named = [_header_word(cell) for cell in cells]
    metric = next((i for i, word in enumerate(named) if word in words.metric_headers), None)
    by_place = metric is None and bool(named) and named[0] in words.place_headers
    if by_place:
        metric = 0
    if metric is None:
        return None
    unit = next((i for i, word in enumerate(named) if word in words.unit_headers), None)
    attribute = next((i for i, word in enumerate(named) if word in words.attribute_headers), None)
    explicit: list[_TargetColumn] = []
    by_year: list[_TargetColumn] = []
    growth: list[int] = []
    bases: list[_TargetColumn] = []
    for index, (cell, word) in enumerate(zip(cells, named, strict=True)):
        if index in (metric, unit, attribute):
            continue
        if words.base.search(word):
            bases.append(_TargetColumn(index, _header_year(cell), None))
            continue
        if words.growth.search(word):
            growth.append(index)
        elif words.target.search(word):
            explicit.append(_TargetColumn(index, _header_year(cell) or caption_year, None, word))
        elif (year := _header_year(cell)) is not None:
            by_year.append(_TargetColumn(index, year, None, word))
    years = [column.year for column in explicit + by_year if column.year is not None]
    if by_year and len(years) >= 2:
        earliest = min(by_year, key=lambda column: column.year or 0)
        # 2020年 | 2025年 in a 2021 plan: the earliest year, if it is not still ahead, is the base.
        if earliest.year == min(years) and (doc_year is None or (earliest.year or 0) <= doc_year):
            by_year.remove(earliest)
            bases.append(earliest)
    targets = sorted(explicit + by_year, key=lambda column: column.index)
    if not targets:
        return None
    last_year = max((column.year for column in targets if column.year is not None), default=None)
    targets += [_TargetColumn(index, last_year, named[index]) for index in growth]
    past = tuple(column for column in bases
                 if column.year is not None and doc_year is not None and column.year < doc_year)
    return TargetTable(metric, unit, attribute, tuple(targets), len(cells), past, by_place,
                       remarks=named[-1] in words.remark_headers)


def progress_columns(line: str, words: TableWords) -> frozenset[int]:
    """The columns of a task table's header row that report progress (四季度进展情况, 完成情况): a header's cell is
    short (a row's cell saying 把节水目标任务完成情况纳入…考核内容 is text)."""
    return frozenset(index for index, cell in enumerate(line.split("\t"))
                     if len(cell.strip()) <= _MAX_HEADER_CELL and words.progress.search(cell))


class FlatProgress:
    """A task table a page wrote one cell a line (序号 / 内容与要求 / 进展情况 / 责任单位 / 1 / …): the cell of each row,
    counted from the row's number, that reports progress."""

    def __init__(self) -> None:
        self.column: int | None = None  # the progress cell's place after the row's number
        self.row: int | None = None  # the line of the current row's number

    def enter(self, lines: list[str], index: int, words: TableWords) -> None:
        line = lines[index].strip()
        if line == _SEQ_HEADER:
            header = [cell.strip() for cell in lines[index + 1:index + 1 + _MAX_FLAT_HEADER]]
            found = next((n for n, cell in enumerate(header, 1) if words.progress.search(cell)), None)
            if found and all(0 < len(cell) <= _MAX_HEADER_CELL for cell in header[:found]):
                self.column, self.row = found, None
        elif self.column is not None and _ROW_NUMBER.match(line):
            self.row = index

    def reports(self, index: int) -> bool:
        """Whether lines[index] is a row's progress cell."""
        return self.column is not None and self.row is not None and index - self.row == self.column


def column_at(row: str, position: int) -> int:
    """The column of a tab-joined row that holds the character at `position`."""
    return row.count("\t", 0, position)


def as_actual(indicator: Indicator, year: int | None) -> Indicator:
    """A table cell's figure as the actual of its column's year (a base column), not a target: it commits to nothing."""
    return replace(indicator, target_year=None, kind=ACTUAL, as_of_year=year, as_of_start_year=year, strength=NEUTRAL)


def table_unit(written: str, grammar: Grammar) -> tuple[str, float, str] | None:
    """(unit as written, factor to the base unit, base unit) of a unit cell or suffix: 万人 → 1e4 人."""
    written = written.strip().translate(WIDTH)
    if not written:
        return None
    magnitude = next((m for m in sorted(MAGNITUDES, key=len, reverse=True) if written.startswith(m)), "")
    rest = written[len(magnitude) :]
    if not rest:
        return None
    unit = grammar.units.get(rest)
    if unit is None:
        # A unit the grammar does not list (张/千人) is kept as written, at factor 1.
        if _UNKNOWN_UNIT.match(rest) is None:
            return None
        return written, float(MAGNITUDES.get(magnitude, 1)), rest
    return written, MAGNITUDES.get(magnitude, 1) * unit.factor, unit.base


def _align_row(cells: list[str], table: TargetTable, words: TableWords) -> list[int | None]:
    """For each header column, the index of the row's cell under it (None: merged away). A row with
    fewer cells lost its empty 备注 cell first, its 属性 cell when its last cell is no 属性 word, then the
    leading ones to cells merged over rows (类别, 序号)."""
    if len(cells) >= table.width:
        return list(range(table.width))
    columns = list(range(table.width))
    if table.remarks:
        columns.pop()
    if columns[-1] == table.attribute and cells[-1] not in words.attribute_words:
        columns.pop()
    under: list[int | None] = [None] * table.width
    kept = columns[max(0, len(columns) - len(cells)) :]
    first = len(cells) - len(kept)
    for n, column in enumerate(kept):
        under[column] = first + n
    return under


def _row_metric(row: _Row, table: TargetTable, grammar: Grammar) -> tuple[str, tuple[str, float, str] | None]:
    """The row's metric and its unit, from the unit column or the metric's (万人) suffix."""
    metric = row.at(table.metric)
    unit = table_unit(row.at(table.unit), grammar) if table.unit is not None else table.unit_above
    suffix = _METRIC_UNIT_SUFFIX.search(metric)
    if suffix and (suffix_unit := table_unit(suffix.group(1), grammar)) is not None:
        metric, unit = metric[: suffix.start()].strip(), unit or suffix_unit
    return metric.strip("*＊※ "), unit


def _table_targets(
    line: str, base: int, table: TargetTable, grammar: Grammar, doc_year: int | None
) -> list[Indicator]:
    """One Indicator per target cell of one table row; its span is the cell, its sentence the row."""
    raw = line.split("\t")
    starts, position = [], 0
    for cell in raw:
        starts.append(position)
        position += len(cell) + 1
    cells = [cell.strip() for cell in raw]
    if sum(1 for cell in cells if cell) < 2:
        return []  # a category row (城镇化水平) spanning the table
    row = _Row(line, base, raw, cells, starts, _align_row(cells, table, grammar.table))
    metric, row_unit = _row_metric(row, table, grammar)
    if len(metric) < 2 or not has_han(metric):
        return []
    found = [_cell_target(row, column, metric + column.name if table.by_place else metric, row_unit, grammar, doc_year)
             for column in table.targets]
    for column in table.bases:
        figure = _cell_target(row, column, metric, row_unit, grammar, None)
        found.append(as_actual(figure, column.year) if figure is not None else None)
    return [indicator for indicator in found if indicator is not None]


def _cell_target(
    row: _Row,
    column: _TargetColumn,
    metric: str,
    row_unit: tuple[str, float, str] | None,
    grammar: Grammar,
    doc_year: int | None,
) -> Indicator | None:
    """The target in the row's cell under `column`, or None when the cell holds no target value."""
    cell, index = row.at(column.index), row.under[column.index]
    read = grammar.table.cell_value.match(cell) if cell and not _EMPTY_CELL.match(cell) else None
    if read is None or index is None:
        return None
    unit = table_unit(read.group("unit"), grammar) if read.group("unit") else None
    if unit is None and read.group("unit"):
        return None  # 6个百分点左右 is read; 6项任务 is text
    if column.growth:
        unit = unit or ("%", 1.0, "%")
    unit = unit or row_unit
    if unit is None:
        return None
    value = cell_number(read)
    if unit[0] == "%" and not 0 <= value <= 100:
        return None
    if column.year is not None and doc_year is not None and column.year < doc_year - 1:
        return None
    cell_start = row.starts[index] + len(row.raw[index]) - len(row.raw[index].lstrip())
    return cell_indicator(read, metric + column.growth if column.growth else metric, unit, grammar,
                          column.year, row.line.strip(), row.base + cell_start, cell)


def cell_number(read: re.Match[str]) -> float:
    """The number a value cell holds (read by the table grammar's cell_value), as a float."""
    return float(read.group("num").translate(TO_ASCII_DIGITS))


def cell_indicator(read: re.Match[str], metric: str, unit: tuple[str, float, str], grammar: Grammar,
                   target_year: int | None, sentence: str, start: int, cell: str) -> Indicator:
    """The target a value cell holds: `metric` as its row or task names it, the cell's `unit` (written,
    factor, base), the qualifier written around the number (a word after it wins over one before it) or
    else the bounding verb's comparator; its span is the cell, from `start`."""
    name, factor, unit_base = unit
    value = cell_number(read)
    qualifier = comparator = None
    for word, signs in ((read.group("before"), dict(grammar.qualifiers_before)),
                        (read.group("after"), grammar.qualifiers_after)):
        if word:
            qualifier, comparator = word, signs[word]
    full = bounded_metric(metric, grammar)
    return Indicator(
        metric=full,
        canonical_metric=canonical_metric(full),
        scope=None,
        value=value,
        unit=name,
        value_base=round(value * factor, 6),
        unit_base=unit_base,
        qualifier=qualifier,
        comparator=comparator or grammar.bounding_verbs.get(read.group("verb") or "", "="),
        target_year=target_year,
        sentence=sentence,
        char_start=start,
        char_end=start + len(cell),
    )


def _table_extent(lines: list[str], header: int) -> int:
    """The index after the last row of the table whose header is lines[header]: rows hold tabs, and a
    line without one between two rows is a row of one merged cell (城镇化水平, 一、经济发展)."""
    index = header + 1
    while index < len(lines):
        if "\t" not in lines[index] and not (
            lines[index].strip() and index + 1 < len(lines) and "\t" in lines[index + 1]
        ):
            break
        index += 1
    return index


def read_table(
    lines: list[str],
    bases: list[int],
    header: int,
    grammar: Grammar,
    doc_year: int | None,
    sections: Sections,
    found: list[Indicator],
) -> int:
    """Reads the 主要指标 table (or passes over the project list) whose header is lines[header], adding
    its targets to `found`; returns the index after it, or `header` when the line heads no such table
    (a task-division table: its rows are read as sentences)."""
    words = grammar.table
    cells = [cell.strip() for cell in lines[header].split("\t")]
    if _is_project_header(cells, words):
        return _table_extent(lines, header)
    caption = next((line for line in reversed(lines[max(0, header - 2) : header]) if line.strip()), "")
    caption_years = [mention.year for mention in year_mentions(caption, 0, len(caption), grammar, doc_year)]
    caption_year = max(caption_years) if caption_years else sections.year
    table = target_table(cells, words, doc_year, caption_year)
    if table is None:
        return header
    above = _UNIT_ABOVE.match(caption.strip())
    if above is not None and (unit := table_unit(above.group(1), grammar)) is not None and unit[2] in grammar.units:
        table = replace(table, unit_above=unit)
    end = _table_extent(lines, header)
    if sections.in_review:
        return end  # a table of results in a report's review
    for index in range(header + 1, end):
        row = lines[index]
        if "\t" in row and target_table([c.strip() for c in row.split("\t")], words, doc_year, None) is None:
            found.extend(_table_targets(row, bases[index], table, grammar, doc_year))
    return end
