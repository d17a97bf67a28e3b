"""Tasks from an assessment table (考核细则, 评分细则: 序号 | 考核项目 | 分值 | 考核内容 | 评分标准 | 负责考核部门):
each numbered row is a task named by its item, with the units its unit cells name, then those its text says
the work is done with (与县环保局、县水文站共同推进…, 配合县水利局…); a section row with nothing numbered under
it (五、加强宣传舆论…, its text and unit) is a task of its own. Scores are no part of a task. Cells are read by
what they hold, not where they stand: section rows merge cells and rows of one section may carry a class and
a unit the header has no column for (重点考核部门 | 县委农工部)."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass

from gongwen.model import Task
from gongwen.tasks.actors import actor_units
from gongwen.tasks.headings import SENTENCE_END, cell_lead_phrase, lead_phrase
from gongwen.tasks.lines import Line
from gongwen.tasks.ordinals import SECTION_KINDS, read_ordinal
from gongwen.tasks.table_cells import SEQ_CELL, cell_value, is_unit_cell, split_unit_cell
from gongwen.tasks.unit_lists import RoleList
from gongwen.vocabulary import CO, RESPONSIBLE

_SCORE_CELL = re.compile(r"^\d{1,3}(?:\.\d{1,2})?分?$")  # 5, 1.5, 60分


@dataclass
class _Row:
    section: tuple[str, str] | None  # the section's number and title (一、巩固成果… → "1", 巩固成果…)
    seq: str | None  # None for a section row
    cells: list[str]  # after the number or section title, scores left out
    first: Line
    last: Line

    def take(self, other: _Row) -> None:
        """A row without a number that goes on with this one (its text split over two lines)."""
        self.cells += other.cells
        self.last = other.last


def _names_units(cell: str) -> bool:
    """A cell of unit names (县水利局, 县委宣传部县教育局): a sentence (成立工作领导小组。) is a text cell."""
    return SENTENCE_END.search(cell) is None and is_unit_cell(cell)


def _cells(line: Line) -> list[str]:
    """The row's non-empty cells, a lone section ordinal joined to the title after it (`一、` | `巩固成果…`)."""
    cells = [value for value in (cell_value(c) for c in line.text.split("\t")) if value]
    ordinal = read_ordinal(cells[0]) if cells else None
    if len(cells) > 1 and ordinal is not None and ordinal.kind in SECTION_KINDS and ordinal.length == len(cells[0]):
        cells[:2] = [cells[0] + cells[1]]
    return cells


def _read_row(line: Line, section: tuple[str, str] | None) -> _Row | None:
    """One row: its number or section ordinal and its other cells; None for a row of one label (总分 | 100)."""
    cells = _cells(line)
    if not cells:
        return None
    seq_found = SEQ_CELL.match(cells[0])
    ordinal = read_ordinal(cells[0])
    heads_section = seq_found is None and ordinal is not None and ordinal.kind in SECTION_KINDS
    seq = None
    if seq_found is not None:
        seq, cells = seq_found.group(1), cells[1:]
    elif heads_section:
        section, cells = (str(ordinal.number), lead_phrase(cells[0][ordinal.length:])), cells[1:]
    cells = [cell for cell in cells if not _SCORE_CELL.match(cell)]
    if seq is None and not heads_section and not any(
            SENTENCE_END.search(cell) or _names_units(cell) for cell in cells):
        return None
    return _Row(section, seq, cells, line, line)


def _rows(lines: list[Line], header_index: int) -> tuple[list[_Row], int]:
    rows: list[_Row] = []
    section: tuple[str, str] | None = None
    index = header_index + 1
    while index < len(lines) and "\t" in lines[index].text:
        row = _read_row(lines[index], section)
        index += 1
        if row is None:
            continue
        if row.seq is None and row.section == section and rows:
            rows[-1].take(row)
            continue
        section = row.section
        rows.append(row)
    return rows, index


@dataclass(frozen=True)
class _Item:
    row: _Row
    name: str
    group: str | None
    texts: list[str]
    units: list[str]


def _items(rows: list[_Row]) -> list[_Item]:
    """The rows that are tasks, named: a numbered row by its first cell, unless that cell recurs down the
    column or a unit follows it (重点考核部门 | 县委农工部: a class of rows), then by its first cell that names
    no unit; a section row with nothing numbered under it by its title, where it names a unit (a section
    that names none, like one that heads numbered rows, is no task)."""
    numbered = {row.section for row in rows if row.seq is not None}
    classes = Counter(row.cells[0] for row in rows if row.seq is not None and len(row.cells) > 1)
    items = []
    for row in rows:
        cells, group = row.cells, None
        if row.seq is not None and len(cells) > 1 and (
                classes[cells[0]] > 1 or (_names_units(cells[0]) and _names_units(cells[1]))):
            group, cells = cells[0], cells[1:]
        units = [cell for cell in cells if _names_units(cell)]
        texts = [cell for cell in cells if cell not in units]
        if row.seq is None:
            if row.section is None or row.section in numbered or not units:
                continue
            name = row.section[1]
        elif group is None and cells:
            name, texts, units = cells[0], [c for c in texts if c != cells[0]], [u for u in units if u != cells[0]]
        elif texts:
            name = texts.pop(0)
        else:
            continue
        items.append(_Item(row, name, group, texts, units))
    return items


def score_table_tasks(lines: list[Line], header_index: int, first_seq: int) -> tuple[list[Task], int]:
    """The tasks of the assessment table whose header is lines[header_index] (seq from first_seq), and the
    index of the line after the table."""
    rows, index = _rows(lines, header_index)
    tasks = []
    for item in _items(rows):
        row = item.row
        roles = RoleList()
        roles.add((name for cell in item.units for name in split_unit_cell(cell)), RESPONSIBLE)
        units = [u.unit for u in roles.units]
        path = [row.section[0]] if row.section else []
        task = Task(
            seq=first_seq + len(tasks),
            path=".".join([*path, row.seq] if row.seq else path),
            section_title=row.section[1] if row.section else None,
            group_title=item.group,
            heading=cell_lead_phrase(item.name),
            text="\n".join(item.texts) or item.name,
            units=tuple(roles.units),
            deadline=None,
            char_start=row.first.start,
            char_end=row.last.end,
        )
        partners = [u for u in actor_units(task) if u.role == CO and u.unit not in units]
        tasks.append(dataclasses.replace(task, units=task.units + tuple(partners)))
    return tasks, index
