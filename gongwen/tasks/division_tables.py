"""Tasks from a task-division table (重点任务分工表, one line per row, cells joined by tabs): each row
is a task, its unit columns give the units and their roles, its time column the deadline."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from gongwen.model import Task, TaskUnit
from gongwen.tasks.brackets import top_level_split
from gongwen.tasks.clauses import is_deadline, parse_responsibility_clause, without_lead_sign
from gongwen.tasks.conventions import states_lead_first, states_lead_mark
from gongwen.tasks.headings import cell_lead_phrase, lead_phrase, names_a_group
from gongwen.tasks.lines import Line
from gongwen.tasks.ordinals import SECTION_KINDS, read_ordinal
from gongwen.tasks.score_tables import score_table_tasks
from gongwen.tasks.table_cells import cell_value, is_unit_cell, row_number, split_unit_cell
from gongwen.tasks.unit_lists import RoleList
from gongwen.tasks.vocabulary import vocabulary
from gongwen.text.chars import HAN
from gongwen.text.patterns import alternation
from gongwen.vocabulary import CO, LEAD, RESPONSIBLE, ROLES

SCORE = "score"  # the column role of an assessment table's points (分值)
_UNIT_ROLES = ROLES
# Lead columns come first whatever the column order.
_ROLE_ORDER = {LEAD: 0, RESPONSIBLE: 1, CO: 2}
_HEADING_RUN = 3  # lines a table may carry between its rows after a numbered heading, each on a line of its own
_LONGEST_HEADING_RUN = 12  # …of numbered headings alone
_HEADER_ALTERNATIVES = re.compile(r"或|/|／|与|及|和")
# 重点工作任务(民生实事项目): a note after a header word naming what else its cells are
_HEADER_NOTE = re.compile(r"[(（][^()（）]{4,}[)）]\s*$")
_HEADER_YEAR = re.compile(r"^\s*(?:19|20)\d{2}\s*年度?")  # 2023年重点工作任务: the year the table is for
# A cell of a 牵头领导 / 责任领导 column: officials' names (张建华, 王强、李明), two to four characters each.
_PERSON_NAMES_CELL = re.compile(rf"^[{HAN}]{{2,4}}(?:[、，,\s]+[{HAN}]{{2,4}})*$")
# A table without its header row: at least this many rows and columns, and a unit or time column filled and
# so read in at least this share of its rows.
_HEADERLESS_ROWS = 3
_HEADERLESS_COLUMNS = 3
_HEADERLESS_SHARE = 0.5


def header_roles(cells: list[str]) -> list[str] | None:
    """Column roles of a task-division table's header row, or None when the row is not one."""
    words = vocabulary()
    roles, also_lead, targets = [], [], []
    for cell in cells:
        # a cell naming a column two ways (责任单位或牵头单位, 责任单位/牵头单位, 责任主体与协同单位) takes the first's role
        cell = _HEADER_NOTE.sub("", _HEADER_YEAR.sub("", cell))
        found = [found["word"] for part in [re.sub(r"\s+", "", cell), *_HEADER_ALTERNATIVES.split(cell)]
                 if (found := words.table_header.match(part.strip()))]
        named = [words.table_headers[word] for word in found]
        roles.append(named[0] if named else "other")
        also_lead.append(LEAD in named[1:] or bool(found) and found[0] in words.main_responsible_columns)
        targets.append(bool(found) and found[0] in words.target_columns)
    if roles.count("task") > sum(targets):
        roles = ["other" if target else role for role, target in zip(roles, targets, strict=True)]
    first_unit = next((i for i, role in enumerate(roles) if role in ROLES), len(roles))
    if "task" in roles[:first_unit]:
        # 项目名称 / 目标任务 / 牵头单位 / 目标任务 / 累计完成: a task column after the units holds the row's figure
        roles = [*roles[:first_unit], *("other" if role == "task" else role for role in roles[first_unit:])]
    if CO in roles and LEAD not in roles and any(also_lead):
        # …but beside a column of helpers (协助单位, 协同配合单位), the one that may also name the lead (责任单位或牵头单位,
        # 主要责任单位) does
        roles[also_lead.index(True)] = LEAD
    if "task" in roles and (LEAD in roles or RESPONSIBLE in roles or SCORE in roles
                            or "seq" in roles and "deadline" in roles):  # 序号 / 工作事项 / 进度安排: a numbered work list
        return roles
    return None


def headerless_roles(lines: list[Line], index: int) -> list[str] | None:
    """Column roles of a table printed without a header row (a DOCX whose header was lost or stood apart),
    read from its cells, or None: rows numbered 1, 2, 3 … in their first cell, most with every cell (a row may
    lose its last ones); the column of the longest cells holds the tasks, and after it a column of unit cells in
    most rows gives the units (needed: a table of figures names none) and one of times the deadline."""
    rows = []
    for line in lines[index:]:
        if "\t" not in line.text:
            break
        rows.append([cell_value(cell) for cell in line.text.split("\t")])
    width = max(map(len, rows), default=0)
    numbers = [row_number(row[0]) for row in rows]
    if (len(rows) < _HEADERLESS_ROWS or width < _HEADERLESS_COLUMNS
            or sum(len(row) == width for row in rows) < len(rows) * _HEADERLESS_SHARE
            or [int(n[0]) if n and not n[1] else None for n in numbers] != list(range(1, len(rows) + 1))):
        return None
    columns = [[row[j] for row in rows if len(row) > j and row[j]] for j in range(width)]
    task = max(range(1, width), key=lambda j: sum(map(len, columns[j])) / max(len(columns[j]), 1))
    roles = ["seq", *["other"] * (width - 1)]
    roles[task] = "task"
    for j in range(task + 1, width):
        if len(columns[j]) < len(rows) * _HEADERLESS_SHARE:
            continue  # a column left empty in most rows says nothing
        if RESPONSIBLE not in roles and _share(columns[j], is_unit_cell) >= _HEADERLESS_SHARE:
            roles[j] = RESPONSIBLE
        elif "deadline" not in roles and _share(columns[j], is_deadline) >= _HEADERLESS_SHARE:
            roles[j] = "deadline"
    return roles if RESPONSIBLE in roles else None


def _share(cells: list[str], test: Callable[[str], bool]) -> float:
    return sum(1 for cell in cells if test(cell)) / len(cells) if cells else 0.0


def holds_division_table(text: str) -> bool:
    """Whether a line of the text is a task-division table's header (序号 / 工作任务 / 负责部门 / 时间进度): such a
    table is a document even without a sentence."""
    return any(header_roles(line.split("\t")) is not None for line in text.split("\n") if "\t" in line)


def _align_trailing(cells: list[str], roles: list[str]) -> tuple[dict[str, str], list[str]]:
    """The unit and deadline cells of a row by column role, and the roles whose cells the row lacks.

    A row with fewer cells than columns had cells merged with the row above (rowspan): the deadline
    when its last cell is not a time, else the leftmost unit column; or left its last cells empty, of columns
    of no unit (责任领导), when its last cell is units (a line's empty trailing cells are lost with its blanks)."""
    if len(cells) >= len(roles):
        return _by_role(roles, cells[len(cells) - len(roles):]), []
    lost = roles[len(cells):]
    left, right = roles[: len(cells)], roles[len(roles) - len(cells):]
    if (roles and roles[-1] == "deadline" and (not cells or not vocabulary().deadline_cell.search(cells[-1]))
            or cells and is_unit_cell(cells[-1]) and not any(role in ROLES or role == "deadline" for role in lost)
            or _unit_cells_under_unit_columns(cells, left) > _unit_cells_under_unit_columns(cells, right)):
        present = left
    else:
        present = right
    return _by_role(present, cells), [r for r in roles if r not in present]


def _by_role(roles: list[str], cells: list[str]) -> dict[str, str]:
    """Cells by column role; two unit columns of one role (责任部门 and 评分部门) give the units of both."""
    values: dict[str, str] = {}
    for role, cell in zip(roles, cells, strict=True):
        values[role] = f"{values[role]}、{cell}" if role in ROLES and values.get(role) and cell else cell or values.get(role, "")
    return values


def _with_empty_remarks(cells: list[str], roles: list[str]) -> list[str]:
    """A row that lost its empty last cells (备注: a line's trailing blanks go with its tabs) with them put back:
    the columns it lacks are of no unit or time, and its cell under the time column is a time (without one, its
    cell under the first unit column, after the task column, is units)."""
    lost = roles[len(cells):]
    if not lost or any(role != "other" for role in lost):
        return cells
    if "deadline" in roles:
        return cells + [""] * len(lost) if is_deadline(cells[roles.index("deadline")]) else cells
    unit_at = next((i for i, role in enumerate(roles) if role in ROLES and "task" in roles[:i]), None)
    return cells + [""] * len(lost) if unit_at is not None and is_unit_cell(cells[unit_at]) else cells


def _unit_cells_under_unit_columns(cells: list[str], roles: list[str]) -> int:
    return sum(1 for cell, role in zip(cells, roles, strict=True) if role in ROLES and cell and is_unit_cell(cell))


@dataclass
class _TableRow:
    seq: str | None
    section: str | None
    group: str | None
    text: str
    cells: dict[str, str]  # unit and deadline cells by column role
    line: Line
    end_line: Line
    path_prefix: tuple[str, ...] = ()  # ordinals of the section and group cells above the row
    name: str | None = None  # the row's own name cell, right before its text (任务类型: 海绵城市系统方案)
    data: tuple[str, ...] = ()  # the row's cells in columns after its text that are no units (主要工作内容, 2027年)


@dataclass
class _Titles:
    """The section and group headings in force: section rows (`一、…`) and group cells (`（一）…`,
    merged over several rows), with the ordinals they are printed with (a row's path starts with them)."""

    section: str | None = None
    group: str | None = None
    section_number: str | None = None
    group_number: str | None = None

    def take(self, cell: str) -> None:
        ordinal = read_ordinal(cell)
        if ordinal is not None and ordinal.kind in SECTION_KINDS:
            self.section, self.group = lead_phrase(cell[ordinal.length:]), None
            self.section_number, self.group_number = str(ordinal.number), None
        else:
            self.group = lead_phrase(cell[ordinal.length:] if ordinal else cell)
            self.group_number = str(ordinal.number) if ordinal else None

    def path_prefix(self) -> tuple[str, ...]:
        return tuple(n for n in (self.section_number, self.group_number) if n is not None)

    def take_title_row(self, seq: str | None, texts: list[str], trailing: list[str]) -> bool:
        """Whether the row is only a section or group heading (then taken)."""
        if seq is not None or len(texts) != 1 or any(trailing):
            return False
        ordinal = read_ordinal(texts[0])
        if ordinal is not None or names_a_group(texts[0]):
            self.take(texts[0])
            return True
        return False


def _name_cell(texts: list[str]) -> str | None:
    """The short cell right before a row's text that names it (海绵城市系统方案 / 聚焦重点区域…), or None: a
    cell with an ordinal heads a section or group, one with a sentence is text."""
    if len(texts) < 2:  # a name and a text
        return None
    name = texts[-2]
    if read_ordinal(name) is not None or not names_a_group(name):
        return None
    return name


def _named_rows(rows: list[_TableRow], roles: list[str]) -> bool:
    """Whether every row carries a name cell of its own, each a different one, in a column the header does
    not call a task (任务类型, 任务名称): then the name is the row's heading. A name cell merged over several
    rows (a row without one) or repeated down the column heads a group of rows; under two task columns
    (工作任务 / 具体措施) the second holds what is done. In both, the row's text is its heading."""
    names = [row.name for row in rows]
    return bool(rows) and roles.count("task") == 1 and all(names) and len(set(names)) == len(names)


def _row_cells(cells: list[str], names_people: bool = False, text_end: int | None = None,
               seq_first: bool = False) -> tuple[str | None, list[str], list[str], list[str]]:
    """A row's number, the cells before it (section/group), its text cells and the cells after them.

    With `names_people` (the header has a 牵头领导 column) a cell of names also ends the text cells; so does
    `text_end`, the column after the task column of a row with every cell. With `seq_first` (the header opens
    with 序号) only the first cell numbers a row: a sub-row that lost its merged first cells (“三公里”充分就业社区4个 /
    4 / 4 / 100%) is the rest of the row above."""
    seq_at = next((i for i, c in enumerate(cells[:1 if seq_first else 3]) if row_number(c) is not None), None)
    before = [c for c in cells[:seq_at] if c] if seq_at is not None else []
    index = seq_at + 1 if seq_at is not None else 0
    texts: list[str] = []
    while index < (len(cells) if text_end is None else min(text_end, len(cells))):
        cell = cells[index]
        if texts and (not cell or is_unit_cell(cell) or is_deadline(cell) or _names_roles(cell)
                      or (names_people and _PERSON_NAMES_CELL.match(cell) is not None)):
            break
        if cell:
            texts.append(cell)
        index += 1
    seq = row_number(cells[seq_at])[0] if seq_at is not None else None
    return seq, before, texts, cells[index:]


def _names_roles(cell: str) -> bool:
    """A cell of units with the roles its words give them (市发展改革委牵头,市住建局等政府各有关部门配合; …负责落实), perhaps
    with what they lead after the role verb (区司法局牵头区级规范性文件集中公开工作): every piece of it one such clause (a
    task's text opening with its unit, 区建设管理委负责指导推进…,…, goes on with pieces of no clause)."""
    return all(parse_responsibility_clause(part[:verb.end()] if (verb := _role_verb().search(part)) else part, False)
               is not None for part in top_level_split(cell, "，,；;"))


def _continue_row(previous: _TableRow, text: str, values: dict[str, str], line: Line) -> None:
    """A row without a number in a numbered table is the rest of the row above (split over two lines)."""
    previous.text += text
    for role, cell in values.items():
        if cell:
            previous.cells[role] = f"{previous.cells[role]}、{cell}" if previous.cells.get(role) else cell
    previous.end_line = line


def _table_rows(lines: list[Line], header_index: int, roles: list[str]) -> tuple[list[_TableRow], int]:
    """Rows of the table whose header is lines[header_index], and the index of the line after it."""
    text_roles = [i for i, r in enumerate(roles) if r in ("task", "seq")]
    trailing_roles = roles[max(text_roles) + 1:]
    # Columns of figures right after the task column (指标名称 / 单位 / 2025年 / 2027年 / 牵头单位): in a row
    # with every cell, they are the row's data, not more of its text.
    data_at = max(text_roles) + 1 if trailing_roles and trailing_roles[0] == "other" else None
    numbered = "seq" in roles
    seq_first = roles[0] == "seq"
    rows: list[_TableRow] = []
    titles = _Titles()
    index = header_index + 1
    while index < len(lines):
        line = lines[index]
        index += 1
        if "\t" not in line.text:
            if not _rows_follow(lines, index) and not (read_ordinal(line.text) and _rows_after_headings(lines, index)):
                index -= 1
                break  # the table is over (not a run of numbered headings over more of its rows: 二、… / (一)… / 1 | …)
            cells = [line.text]
        else:
            cells = _with_empty_remarks([cell_value(c) for c in line.text.split("\t")], roles)
        if header_roles(cells) is not None:
            continue  # the header repeated on a new page
        if (number := row_number(cells[0])) and number[1] and len(cells) == 2:
            cells = [f"{cells[0].rstrip('、')}、{cells[1]}"]  # 二 | 构建…体系: a section's title row
        data = cells[data_at:] if data_at is not None and len(cells) == len(roles) else []
        # a row with every cell: its text ends with the task column (序号 / 工作事项 / 进度安排 / 进展情况, the
        # schedule written out in sentences)
        whole = len(cells) == len(roles)
        seq, before, texts, trailing = _row_cells(cells[:data_at] if data else cells, "person" in roles,
                                                  max(text_roles) + 1 if whole and not data else None, seq_first)
        if data and seq is not None and not texts:
            # its task cell merged with the row above (主要任务 over two rows): the column after it says what the row does
            data = []
            seq, before, texts, trailing = _row_cells(cells, "person" in roles, seq_first=seq_first)
        trailing += data
        for cell in [*before, *texts[:-1]] if seq is not None or len(texts) > 1 else []:
            titles.take(cell)
        if titles.take_title_row(seq, texts, trailing) or not texts:
            continue
        values, missing = _align_trailing(trailing, trailing_roles)
        if seq is None and numbered and rows and not before:
            _continue_row(rows[-1], texts[-1], values, line)
            continue
        for role in missing:  # merged with the row above
            if rows and role in rows[-1].cells:
                values[role] = rows[-1].cells[role]
        rows.append(_TableRow(seq, titles.section, titles.group, texts[-1], values, line, line,
                              titles.path_prefix(), _name_cell(texts),
                              tuple(c for c, r in zip(data, roles[len(roles) - len(data):], strict=True) if r == "other" and c)))
    return rows, index


def _rows_follow(lines: list[Line], index: int) -> bool:
    """Whether lines[index] is a row of cells."""
    return index < len(lines) and "\t" in lines[index].text


def _rows_after_headings(lines: list[Line], index: int) -> bool:
    """Whether a row of cells comes within the next _HEADING_RUN lines from lines[index], or after numbered headings
    alone (二、… / 三、… / 四、… / 五、… / 六、… / 68 | …: an extract that kept some sections' rows only)."""
    for number, line in enumerate(lines[index:index + _LONGEST_HEADING_RUN]):
        if "\t" in line.text:
            return True
        if number >= _HEADING_RUN - 1 and not read_ordinal(line.text):
            return False
    return False


def _row_units_and_deadline(row: _TableRow, lead_first: bool, marks_lead: bool
                            ) -> tuple[tuple[TaskUnit, ...], str | None]:
    units = RoleList()
    deadline = None
    # the lead column first: a unit it names that the 责任单位 column lists too leads (责任单位 / 牵头单位)
    for role, cell in sorted(row.cells.items(), key=lambda item: _ROLE_ORDER.get(item[0], len(_ROLE_ORDER))):
        if not cell:
            continue
        if role == "deadline":
            deadline = cell
        elif role in _UNIT_ROLES:
            for part in top_level_split(cell, "；;"):  # 市财政局牵头,市直各部门落实;各镇(街)参照落实: a clause each
                _add_cell_units(units, part, role, lead_first, marks_lead)
    return tuple(sorted(units.units, key=lambda u: _ROLE_ORDER[u.role])), deadline


def _add_cell_units(units: RoleList, cell: str, role: str, lead_first: bool, marks_lead: bool) -> None:
    """The units of a unit column's cell, by the roles its words give (市发展和改革局牵头,市直有关部门配合) or else the column's.
    A cell that is no clause as a whole is read piece by piece, each up to its role verb (区司法局牵头区级规范性文件公开工作,
    各成员单位负责做好…: what the unit leads or does is no part of it)."""
    parsed = parse_responsibility_clause(cell, lead_first and role == RESPONSIBLE, marks_lead=marks_lead)
    if parsed is None and not is_unit_cell(cell) and _names_roles(cell):
        for piece in top_level_split(cell, "，,"):
            verb = _role_verb().search(piece)
            _add_cell_units(units, piece[:verb.end()] if verb else piece, role, lead_first, marks_lead)
    elif parsed is not None and any(u.role != RESPONSIBLE for u in parsed.units):
        units.units.extend(u for u in parsed.units if u.unit not in {x.unit for x in units.units})
    elif parsed is not None and not is_unit_cell(cell):
        units.add([u.unit for u in parsed.units], role)  # 应急处、基层处等按职责分工落实: the column's role
    else:
        verb = None if is_unit_cell(cell) else _role_verb().search(cell)
        if verb is not None and verb.end() == len(cell):
            cell = cell[:verb.start()]  # 镇(街道)、区委组织部等按职责分工负责: the names before the role the column gives
        for name in split_unit_cell(cell):  # 区建管委*、区农业农村委 under 加*号为牵头部门: the sign marks the lead
            bare, lead = without_lead_sign(name) if marks_lead else (name, False)
            units.add([bare], LEAD if lead else role)


@cache
def _role_verb() -> re.Pattern[str]:
    return re.compile(alternation(vocabulary().verb_roles))


def _numbering_restarts(rows: list[_TableRow]) -> bool:
    """Whether the rows are numbered anew in each group (1 2 3, 1 2 …): then a number alone names no row."""
    numbers = [int(row.seq) for row in rows if row.seq is not None]
    return any(later <= earlier for earlier, later in zip(numbers, numbers[1:], strict=False))


def _row_path(row: _TableRow, n: int, restarts: bool) -> str:
    """The row's number; where numbering restarts per group, after the ordinals of its section and group
    cells (`2.` of `2.分类运输与转运`, row 3 → 2.3) as printed."""
    number = row.seq or str(n)
    return ".".join([*row.path_prefix, number]) if restarts else number


def table_tasks(text: str, lines: list[Line]) -> list[Task]:
    """The rows of every task-division table of the document, as tasks in document order."""
    lead_first: bool | None = None  # read from the text at the first table: most documents have none
    marks_lead = False
    tasks: list[Task] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        roles = header_roles(line.text.split("\t")) if "\t" in line.text else None
        if roles is None and "\t" in line.text and (index == 0 or "\t" not in lines[index - 1].text):
            roles = headerless_roles(lines, index)
            if roles is not None:
                index -= 1  # its rows start at this line: the line before stands for its header
        if roles is None:
            index += 1
            continue
        if SCORE in roles:
            found, index = score_table_tasks(lines, index, len(tasks) + 1)
            tasks.extend(found)
            continue
        rows, index = _table_rows(lines, index, roles)
        if lead_first is None:
            lead_first, marks_lead = states_lead_first(text), states_lead_mark(text)
        restarts = _numbering_restarts(rows)
        named = _named_rows(rows, roles)
        for n, row in enumerate(rows, start=1):
            units, deadline = _row_units_and_deadline(row, lead_first, marks_lead)
            tasks.append(Task(
                seq=len(tasks) + 1,
                path=_row_path(row, n, restarts),
                section_title=row.section,
                group_title=row.group,
                heading=lead_phrase(row.name) if named and row.name else cell_lead_phrase(row.text),
                text=" ".join((row.text, *row.data)),
                units=units,
                deadline=deadline,
                char_start=row.line.start,
                char_end=row.end_line.end,
            ))
    return tasks
