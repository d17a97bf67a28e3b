"""Cells of a task table: a row's number cell, the value of a cell (offices mark an empty one with /, — or
无) and the units a unit cell names."""

from __future__ import annotations

import re

from gongwen.tasks.actor_words import actor_words
from gongwen.tasks.brackets import top_level_split
from gongwen.tasks.lines import WHITESPACE
from gongwen.tasks.unit_lists import EACH, looks_like_unit, read_unit_list
from gongwen.tasks.vocabulary import vocabulary
from gongwen.text.numerals import chinese_integer

# The number cell of a table row (序号): 1, 12., 3、.
SEQ_CELL = re.compile(r"^(\d{1,3})[.．、]?$")
# A 序号 cell numbered as the body numbers its parts: （一） or (1) for an item, 二 or 二、 for a section.
_ITEM_CELL = re.compile(r"^[(（]([一二三四五六七八九十]{1,3}|\d{1,3})[)）]$")
_SECTION_CELL = re.compile(r"^([一二三四五六七八九十]{1,3})、?$")


def row_number(cell: str) -> tuple[str, bool] | None:
    """The number a row's 序号 cell gives it (digits), and whether it is a section's (二、) rather than an
    item's (3, （一）); None for a cell that is no number."""
    if found := SEQ_CELL.match(cell):
        return found.group(1), False
    if found := _ITEM_CELL.match(cell):
        number = found.group(1)
        return str(int(number) if number.isdigit() else chinese_integer(number)), False
    if found := _SECTION_CELL.match(cell):
        return str(chinese_integer(found.group(1))), True
    return None


def cell_value(cell: str) -> str:
    """A cell's text; "" for a cell an office marked empty with /, — or 无 (no unit, no deadline)."""
    cell = cell.strip(WHITESPACE)
    return "" if cell in vocabulary().empty_cells else cell


def split_unit_cell(cell: str) -> list[str]:
    """Units of a table cell: 、 as in a clause, and ，/； between groups (市级有关部门，各区（市）县政府); names a
    cell held on lines of their own, run together by a reader (县水利局县环保局, 县教育局 县河长办), apart."""
    return [piece for part in top_level_split(cell, "，,；;") for name in read_unit_list(part)
            for piece in _run_together(name)]


def _run_together(name: str) -> list[str]:
    """Units written one after another without a mark: a unit's suffix, then a blank or a level word opening
    the next (县水利局县环保局 → 县水利局, 县环保局); a name stays whole unless every piece looks like a unit, and
    a body's own departments stay with it (市政府各部门: 各 and a word too general to name a unit alone)."""
    words = vocabulary()
    pieces, start = [], 0
    for found in actor_words().suffix.finditer(name):
        rest = name[found.end():].lstrip(WHITESPACE)
        if rest == name[found.end():] and rest.startswith(EACH) and rest[len(EACH):] in actor_words().too_general:
            continue
        if rest and (rest[0] in words.level_initials or rest != name[found.end():]):
            pieces.append(name[start:found.end()].strip(WHITESPACE))
            start = len(name) - len(rest)
    pieces.append(name[start:].strip(WHITESPACE))
    if len(pieces) > 1 and all(len(piece) >= 3 and looks_like_unit(piece) for piece in pieces):
        return pieces
    return [name]


def is_unit_cell(cell: str) -> bool:
    names = split_unit_cell(cell)
    return bool(names) and all(looks_like_unit(n) for n in names)
