"""A task list (任务清单) flattened one cell per line, as a saved page or a PDF gives its table: an ordinal
cell (2), the task cell (创建达标分类小区(累计数)), then for each year its node cell and its value cell
(2018年 / 345个 / 各街道办事处 … 2019年 / 440个). Each year-and-value pair is a target of the task for that year.

Only a run of that exact shape is read: an ordinal alone on its line, the task after it, a year alone on its
line right before a line holding one value and nothing else. Prose never has a year alone on a line followed
by a bare value."""

from __future__ import annotations

import re
from dataclasses import dataclass

from gongwen.indicators.grammar import Grammar
from gongwen.indicators.tables import cell_indicator, table_unit
from gongwen.model import Indicator

_ORDINAL_CELL = re.compile(r"^\s*[0-9]{1,2}\s*$")
_YEAR_CELL = re.compile(r"^\s*((?:19|20)[0-9]{2})年\s*$")
# The task cell may run on to a bracketed note on the next line (建立“两网融合”中转站 / (累计数)).
_NOTE_CELL = re.compile(r"^\s*[(（][^)）]{1,12}[)）]\s*$")


@dataclass
class CellList:
    """The task the cells being read belong to: set by the line after an ordinal cell."""

    task: str | None = None
    expect_task: bool = False

    def enter(self, lines: list[str], index: int) -> None:
        """Follow the line at `index`: an ordinal cell announces a task, the line after it is that task."""
        line = lines[index]
        if _ORDINAL_CELL.match(line):
            self.task, self.expect_task = None, True
        elif self.expect_task and line.strip() and not _YEAR_CELL.match(line):
            self.task, self.expect_task = line.strip(), False
            following = lines[index + 1] if index + 1 < len(lines) else ""
            if _NOTE_CELL.match(following):
                self.task += following.strip()

    def read(
        self, lines: list[str], bases: list[int], index: int, grammar: Grammar, doc_year: int | None
    ) -> Indicator | None:
        """The target of the year cell at `index` and the value cell after it, or None."""
        year = _YEAR_CELL.match(lines[index])
        if self.task is None or year is None or index + 1 >= len(lines):
            return None
        cell = lines[index + 1].strip()
        read = grammar.table.cell_value.match(cell) if cell else None
        unit = table_unit(read.group("unit"), grammar) if read and read.group("unit") else None
        if read is None or unit is None or read.group("verb"):
            return None
        target_year = int(year.group(1))
        if doc_year is not None and target_year < doc_year:
            return None  # a year before the document's: a baseline
        return cell_indicator(read, self.task, unit, grammar, target_year,
                              f"{self.task} {target_year}年 {cell}", bases[index + 1], cell)
