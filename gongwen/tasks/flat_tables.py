"""Task-division tables that a web capture flattened to one cell per line (序号 / 任务内容 / 牵头部门 / … then
each row's cells one per line), rebuilt as one line per row with tab-separated cells, as the table reader
reads them."""

from __future__ import annotations

import re

from gongwen.tasks.clauses import is_deadline
from gongwen.tasks.division_tables import header_roles
from gongwen.tasks.headings import SENTENCE_END, names_a_group
from gongwen.tasks.lines import Line, is_closing_line
from gongwen.tasks.table_cells import SEQ_CELL, cell_value, is_unit_cell
from gongwen.tasks.vocabulary import vocabulary
from gongwen.vocabulary import ROLES

_HEADER_CELL_LENGTH = 12  # a header cell is a short label (责任单位（配合）, 垃圾分类(绿色账户)累计数)
_MIN_HEADER_WORDS = 3  # a header run names at least three known columns (序号, 任务, 牵头单位)
# A row runs on over sub-rows, but not past this many times the header's columns: the table is over.
_MAX_ROW_SPAN = 5
_MIN_TEXT_CELL = 2  # a cell of one character is part of a word written down a merged cell (分 / 类 / 投 / 放)
_MAX_GROUP_CELLS = 12  # the cells of a merged group cell between the header and the first row
_MAX_GROUP_LABELS = 2  # group labels of a line each between the header and the first row (行动一… / 旧区改造)
_CONTINUATION_OPENERS = "（("
_GROUP_MARK = re.compile(r"^\d{1,2}[.．、]$")  # the `2.` that opens a group cell written down the column
_COUNT = re.compile(r"^\d")  # a count of units in an indicator cell (4个街道) names no unit


def _is_header_word(text: str) -> bool:
    return vocabulary().table_header.match(re.sub(r"\s+", "", text)) is not None


def _seq_number(text: str) -> int | None:
    found = SEQ_CELL.match(text)
    return int(found.group(1)) if found else None


def _header_cells(lines: list[Line]) -> list[Line]:
    """A flattened header's cells, a column's name a capture broke over two lines joined back (责任 / 领导 →
    责任领导): two neighbours that name a known column together where the first alone does not."""
    cells: list[Line] = []
    for line in lines:
        if cells and not _is_header_word(cells[-1].text) and _is_header_word(cells[-1].text + line.text):
            cells[-1] = Line(cells[-1].start, cells[-1].text + line.text, line.end - cells[-1].start)
        else:
            cells.append(line)
    return cells


def _header_run(lines: list[Line], index: int) -> int:
    """The index after the header run of a flattened table that starts at lines[index], or `index` when
    none starts there: short cells without a sentence end, at least three of them known column names
    (a seq column, a task column and a unit column among them), then the first row (see _first_row)."""
    if not _is_header_word(lines[index].text):
        return index
    end = index
    while (end < len(lines) and "\t" not in lines[end].text
           and _MIN_TEXT_CELL <= len(lines[end].text) <= _HEADER_CELL_LENGTH
           and SENTENCE_END.search(lines[end].text) is None and _seq_number(lines[end].text) is None):
        end += 1
    cells = [line.text for line in _header_cells(lines[index:end])]
    roles = header_roles(cells) if sum(_is_header_word(cell) for cell in cells) >= _MIN_HEADER_WORDS else None
    if roles is None or "seq" not in roles or _first_row(lines, end) is None:
        return index
    return end


def _group_cell_end(lines: list[Line], index: int) -> int:
    """The index after a merged group cell written down the column from lines[index] (`2.` `分` `类` `运`
    `输`: its ordinal, then one character a line), or `index` when none starts there."""
    if not _GROUP_MARK.match(lines[index].text):
        return index
    end = index + 1
    while end < len(lines) and len(lines[end].text) == 1 and _seq_number(lines[end].text) is None:
        end += 1
    return end if end - index > _MIN_TEXT_CELL else index


def _group_title(lines: list[Line], index: int, end: int) -> Line:
    """A group cell as one line of its own (`2.分类运输与转运`), read as a group row of the table."""
    first, last = lines[index], lines[end - 1]
    return Line(first.start, "".join(line.text for line in lines[index:end]), last.end - first.start)


def _opens_row(lines: list[Line], index: int, expected: int, excerpt: bool = False) -> bool:
    """lines[index] is the number cell of a row: the next number, or 1 again (a new group of rows numbers
    from 1), followed by a text cell (not the `1.` of a group cell written one character a line). In an
    excerpt of a longer table (a bureau's rows of the government's list: 6, 52, 53 …), any later number."""
    number = _seq_number(lines[index].text)
    if number not in (expected, 1) and not (excerpt and number is not None and number >= expected):
        return False
    after = lines[index + 1].text if index + 1 < len(lines) else ""
    return len(after) >= _MIN_TEXT_CELL and _seq_number(after) is None


def _first_row(lines: list[Line], index: int) -> int | None:
    """Where the first row starts after a header: right there, or after a merged group cell written down
    the column (`1.` `分` `类` …) or a group's label on lines of its own (行动一：再造发展新极行动 / 1 / …)."""
    labels = 0
    for at in range(index, min(index + _MAX_GROUP_CELLS, len(lines))):
        if _opens_row(lines, at, 1, excerpt=True):
            return at
        if len(lines[at].text) >= _MIN_TEXT_CELL and _seq_number(lines[at].text) is None:
            labels += 1
            if labels > _MAX_GROUP_LABELS or not _is_group_label(lines[at].text):
                return None
    return None


def _is_group_label(text: str) -> bool:
    """A cell that names a group of rows: short, no sentence, no unit (行动一：再造发展新极行动（…）, 旧区改造)."""
    return names_a_group(text) and not is_unit_cell(text)


def _joined(cells: list[Line]) -> Line:
    first, last = cells[0], cells[-1]
    return Line(first.start, "\t".join(cell.text for cell in cells), last.end - first.start)


def _text_cells(cells: list[str], n_text_columns: int) -> list[str]:
    """The text cells of a row after its number, up to its first unit or time cell: as many as the header
    has text columns; a cell that opens with a bracket goes on the one before (`…中转站` / `（累计数）`),
    others beyond them are cells of columns the reader has no role for (节点, 指标) and are dropped."""
    texts: list[str] = []
    for cell in cells:
        if texts and (is_unit_cell(cell) or is_deadline(cell)):
            break
        if texts and cell[:1] in _CONTINUATION_OPENERS:
            texts[-1] += cell
        elif len(texts) < n_text_columns:
            texts.append(cell)
    return texts


def _fills_columns(cells: list[Line], roles: list[str]) -> bool:
    """A cell for each of the header's columns, no unit's name in a column of text and only units (or a cell
    marked empty) in a unit column: a row that left out a merged cell (任务名称) and has a unit column more
    (两个配合单位), or left out its merged unit cell and runs on into the next group's label (市政基础设施提升改造),
    has as many cells, one column off."""
    return len(cells) == len(roles) and not any(
        (role in ROLES and not (is_unit_cell(cell.text) or not cell_value(cell.text)))
        or (role not in (*ROLES, "seq", "deadline") and is_unit_cell(cell.text))
        for cell, role in zip(cells, roles, strict=True)
    )


def _row_by_content(cells: list[Line], roles: list[str]) -> Line:
    """A row whose cells do not fill the header's columns one to one (sub-rows per year, a unit cell split
    one unit a line, a merged cell): its number and text cells, then its unit cells and first time cell
    laid out by column role (the first unit in the first unit column, the others in the last)."""
    task_at = max(i for i, role in enumerate(roles) if role in ("task", "seq"))
    values = [cell.text for cell in cells[1:]]
    n_text_columns = sum(role != "seq" for role in roles[:task_at + 1])
    texts = _text_cells(values, n_text_columns)
    trailing = roles[task_at + 1:]
    first = next((i for i, v in enumerate(values) if i and (is_unit_cell(v) or is_deadline(v))), len(values))
    # Between the text and the first unit only the cells of columns the reader has no role for (节点): more
    # are labels of the groups below (行动五：… / 产业园区), and the row's own unit cell was merged above.
    between = sum(not v.startswith(_CONTINUATION_OPENERS) for v in values[1:first]) + 1
    extra = next((i for i, role in enumerate(trailing) if role in (*ROLES, "deadline")), len(trailing))
    rest = values[first:] if between <= n_text_columns + extra else []
    units = [cell for cell in rest if is_unit_cell(cell) and not _COUNT.match(cell)]
    unit_columns = [i for i, role in enumerate(trailing) if role in ROLES]
    laid_out = ["" for _ in trailing]
    if unit_columns and units:
        laid_out[unit_columns[0]] = units[0]
        if len(units) > 1:
            laid_out[unit_columns[-1]] = "、".join(units[1:] if len(unit_columns) > 1 else units)
    if "deadline" in trailing:
        laid_out[trailing.index("deadline")] = next((cell for cell in rest if is_deadline(cell)), "")
    first, last = cells[0], cells[-1]
    # A row with no unit or time cell at all shares them with the row above (a merged cell the capture
    # wrote once): its trailing cells are left out, so the table reader takes them from that row.
    text = "\t".join([first.text, *texts] + ([cell or "/" for cell in laid_out] if any(laid_out) else []))
    return Line(first.start, text, last.end - first.start)


def _rows(lines: list[Line], start: int, roles: list[str]) -> tuple[list[Line], int]:
    """The rows from lines[start], each a joined line, and the index after the table; a group cell written
    down the column between rows (`2.` `分` `类` …) becomes a line of its own before the rows it heads
    (once where a page break repeats it).

    A row starts at the cell holding the next number; the table ends at a closing line (附件2, a
    signature, a date) or where a row would run past _MAX_ROW_SPAN times the header's columns, cells of
    one character (a group cell written down the column) not counted (then it keeps the header's number
    of cells)."""
    rows: list[Line] = []
    index, expected, excerpt = start, 1, False
    while index < len(lines):
        index = _take_group_cells(lines, index, rows)
        if index == start:
            index = _first_row(lines, start) or start
            excerpt = index < len(lines) and _seq_number(lines[index].text) not in (None, 1)
        if index >= len(lines) or not _opens_row(lines, index, expected, excerpt):
            break
        number, end = _seq_number(lines[index].text) or 1, index + 1
        while (end < len(lines) and not _opens_row(lines, end, number + 1, excerpt)
               and _group_cell_end(lines, end) == end
               and not is_closing_line(lines, end) and "\t" not in lines[end].text
               and _header_run(lines, end) == end):
            end += 1
        if sum(len(line.text) >= _MIN_TEXT_CELL for line in lines[index:end]) > _MAX_ROW_SPAN * len(roles):
            end = index + len(roles)
        cells = lines[index:end]
        rows.append(_joined(cells) if _fills_columns(cells, roles) else _row_by_content(cells, roles))
        index, expected = end, number + 1
    return rows, index


def _take_group_cells(lines: list[Line], index: int, rows: list[Line]) -> int:
    """Group cells at lines[index] added to rows as title lines (a repeated one once); the index after them."""
    while index < len(lines) and (end := _group_cell_end(lines, index)) > index:
        title = _group_title(lines, index, end)
        if not rows or rows[-1].text != title.text:
            rows.append(title)
        index = end
    return index


def rebuild_flat_tables(lines: list[Line]) -> list[Line]:
    """The lines with every flattened task-division table rebuilt: its header one tab-joined line, each
    row (from its number to the next row's) another. Other lines are returned as they are."""
    out: list[Line] = []
    index = 0
    while index < len(lines):
        header_end = _header_run(lines, index)
        if header_end == index:
            out.append(lines[index])
            index += 1
            continue
        header = _header_cells(lines[index:header_end])
        roles = header_roles([line.text for line in header]) or []
        rows, after = _rows(lines, header_end, roles)
        out.append(_joined(header))
        out.extend(rows)
        index = after
    return out
