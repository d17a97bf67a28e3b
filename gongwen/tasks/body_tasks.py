"""Tasks from the body of a plan: its lowest numbered items, each with the units and deadline of its
responsibility clauses and the text without them."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter

from gongwen.model import Task
from gongwen.tasks.actor_words import actor_words
from gongwen.tasks.actors import actor_units, assigns_by_clauses
from gongwen.tasks.clauses import ResponsibilityClause, find_responsibility_clauses
from gongwen.tasks.conventions import group_lead, lead_first_offsets, states_lead_mark
from gongwen.tasks.headings import SENTENCE_END, lead_phrase
from gongwen.tasks.lines import WHITESPACE, Line
from gongwen.tasks.ordinals import ARTICLE, GROUP_KIND, SECTION_KINDS
from gongwen.tasks.outline import Item, outline
from gongwen.tasks.unit_lists import RoleList
from gongwen.tasks.vocabulary import vocabulary
from gongwen.vocabulary import LEAD

# A document whose top-level items are, at least this share of them, not subdivided is numbered at one
# level (a 函 answering point by point, with one or two points split further): those items are its tasks.
FLAT_SHARE = 0.75
_ENDING_CHARS = 2  # the word a heading ends with (项目, 工程)
_MIN_PARALLEL = 3  # top-level headings ending alike that make a list of things of one kind
# A document whose items' short first lines end a sentence this often (`加强能源储备能力建设。` above its
# paragraph) writes its headings as sentences: one of its first lines that ends none is a heading broken
# over two lines (a web page's `加强` / `油气供应保障。`). Judged over at least _MIN_HEADING_LINES of them.
_SENTENCE_HEADING_SHARE = 0.6
_MIN_HEADING_LINES = 5
_HEADING_LENGTH = 40
# A number a web capture put on a line of its own (`2025`, `0.`): a heading that is nothing but one was
# broken out of its line at the numbers (`1. 2025` / `年` / `6` / `月` / `1` / `日前投产的新能源存量项目`).
_NUMBER_PIECE = re.compile(r"\d+(?:\.\d*)?")


def _is_task(item: Item, flat: bool, clauses: list[ResponsibilityClause]) -> bool:
    """The lowest numbered item of its branch; a top-level one only where it is real work.

    A section with no numbered items under it is not a task when it is one paragraph (行动目标,
    组织实施), looks back (2024年工作回顾) or is headed by an aim alone (总体要求, of any length) and carries no
    responsibility clause; in a document numbered at one level (FLAT_SHARE), its other multi-paragraph or inline
    sections are the tasks."""
    if item.children:
        return False
    if item.parent is not None or item.ordinal.kind == ARTICLE or any(c.units for c in clauses):
        return True
    if not flat or _reports_or_aims(item):
        return False  # 一、2024年工作回顾 with its paragraphs: what was done, no work to give; 一、总体要求: aims
    body_lines = len(item.lines) - 1
    if not (item.is_heading_only() and body_lines <= 1) or body_lines == 0 and item.lines[0].text.rstrip().endswith("。"):
        return True
    return _headed_with_work(item)  # one paragraph: a task when headed with work, not a frame


def _parallel_ending(tops: list[Item]) -> str | None:
    """The word most of the top-level sections' headings end with, where at least _MIN_PARALLEL do (一、保障性租赁住房
    建设项目 / 二、农村公路提档升级项目 / …): a list of things of one kind, some with numbered parts, some without."""
    endings = Counter(lead_phrase(top.heading_line()).rstrip("。")[-_ENDING_CHARS:] for top in tops)
    ending, count = endings.most_common(1)[0] if endings else ("", 0)
    return ending if count >= _MIN_PARALLEL and count * 2 > len(tops) else None


def _one_of_parallel(item: Item, ending: str | None) -> bool:
    """A top-level section without numbered parts among sections of one kind (二、农村公路提档升级项目。新建、改建农村
    公路100公里。 between projects with parts): one of the list's things, a task, unless it is a frame."""
    heading = lead_phrase(item.heading_line()).rstrip("。")
    return (ending is not None and item.parent is None and not item.children and heading.endswith(ending)
            and not vocabulary().frame_heading.search(heading))


def _headed_with_work(item: Item) -> bool:
    """A section headed with work (三、加大房地产市场监管工作力度), not with a frame (四、组织保障) or a look back."""
    heading = lead_phrase(item.heading_line())
    return (bool(actor_words().action_anywhere.match(heading)) and not vocabulary().frame_heading.search(heading)
            and not _looks_back(heading))


def _reports_or_aims(item: Item) -> bool:
    """A top-level section that looks back or states aims: the units its text names are given no work there."""
    return _looks_back(lead_phrase(item.heading_line())) or _states_aims(item)


def _states_aims(item: Item) -> bool:
    """A top-level section headed by an aim alone (一、总体要求, 二、主要目标), whatever its length."""
    heading = lead_phrase(item.heading_line()).rstrip("。")
    return item.parent is None and vocabulary().aim_heading.fullmatch(heading) is not None


def _looks_back(heading: str) -> bool:
    """A heading that ends by naming a look back (2024年工作回顾, 上半年安全生产形势), not one that holds such words
    (…发展基础更加牢固)."""
    return any(found.end() == len(heading) for found in vocabulary().looking_back.finditer(heading))


def _section_and_group(item: Item) -> tuple[str | None, str | None]:
    """Headings of the section (二、…) and of the group (（三）…) the item sits in."""
    ancestors = item.ancestors()
    section = ancestors[0] if ancestors and ancestors[0].ordinal.kind in SECTION_KINDS else None
    group = next((a for a in reversed(ancestors) if a.ordinal.kind == GROUP_KIND), None)
    if group is None and ancestors and ancestors[-1] is not section:
        group = ancestors[-1]
    return (lead_phrase(section.heading_line()) if section else None,
            lead_phrase(group.heading_line()) if group else None)


def _remove_spans(line: str, clauses: list[ResponsibilityClause]) -> str:
    out, cursor = [], 0
    for clause in clauses:
        out.append(line[cursor:clause.start])
        cursor = clause.end
    out.append(line[cursor:])
    return "".join(out).strip(WHITESPACE)


def _writes_sentence_headings(items: list[Item]) -> bool:
    """Whether the document's items open with a short line that is a sentence (see _SENTENCE_HEADING_SHARE)."""
    firsts = [item.heading_line() for item in items if len(item.lines) > 1]
    short = [line for line in firsts if len(line) <= _HEADING_LENGTH]
    ending = [line for line in short if SENTENCE_END.match(line[-1:])]
    return len(short) >= _MIN_HEADING_LINES and len(ending) >= _SENTENCE_HEADING_SHARE * len(short)


def _heading_source(texts: list[str], broken: bool) -> str:
    """The text the heading is read from: the first line, or where the heading was broken over lines (see
    _task_from_item) the lines up to the one ending its sentence, while they stay a heading's length, or
    where it was broken at its numbers (the first line is a number) those pieces joined back."""
    if not texts:
        return ""
    if broken:
        for end in range(1, len(texts)):
            joined = "".join(texts[:end + 1])
            if SENTENCE_END.search(texts[end - 1]) or len(joined) > _HEADING_LENGTH:
                break
            if SENTENCE_END.match(joined[-1:]):
                return joined
    if _NUMBER_PIECE.fullmatch(texts[0]):
        return _joined_number_pieces(texts)
    return texts[0]


def _joined_number_pieces(texts: list[str]) -> str:
    """A heading broken at its numbers, joined back: each number with the line after it, and a line that is
    a number after whatever came before (`2025` + `年` + `6` + `月` + `1` + `日前投产的…`), while a heading's
    length."""
    joined, count = texts[0], 1
    while (count < len(texts) and len(joined) <= _HEADING_LENGTH
           and (joined[-1].isdigit() or joined[-1] == "." or _NUMBER_PIECE.fullmatch(texts[count]))):
        joined += texts[count]
        count += 1
    return joined


def _task_from_item(item: Item, seq: int, clauses_by_line: list[list[ResponsibilityClause]],
                    sentence_headings: bool = False) -> Task:
    roles = RoleList()
    deadline: str | None = None
    texts = []
    for n, (line, clauses) in enumerate(zip(item.lines, clauses_by_line, strict=True)):
        for clause in clauses:
            for unit in clause.units:
                roles.add([unit.unit], unit.role)
            deadline = deadline or clause.deadline
        body = line.text[item.ordinal.length:] if n == 0 else line.text
        shift = item.ordinal.length if n == 0 else 0
        shifted = ([dataclasses.replace(c, start=c.start - shift, end=c.end - shift) for c in clauses]
                   if shift else clauses)
        remaining = _remove_spans(body, shifted)
        if remaining:
            texts.append(remaining)
    # A web page that puts each inline span on a line of its own (`2` / `.` / `积极安全有序` / `发展核电。`)
    # leaves the ordinal alone on its line and may break the heading too; in a document that writes its
    # headings as sentences, a first line that ends none is such a piece.
    ordinal_alone = not item.lines[0].text[item.ordinal.length:].strip(WHITESPACE)
    heading_source = _heading_source(texts, sentence_headings and ordinal_alone)
    section_title, group_title = _section_and_group(item)
    path = ".".join(str(a.ordinal.number) for a in [*item.ancestors(), item])
    return Task(
        seq=seq,
        path=path,
        section_title=section_title,
        group_title=group_title,
        heading=lead_phrase(heading_source),
        text="\n".join(texts),
        units=tuple(roles.units),
        deadline=deadline,
        char_start=item.lines[0].start,
        char_end=item.lines[-1].end,
    )


def _with_group_lead(task: Task) -> Task:
    """A task naming no unit of its own takes the lead its group heading names (see group_lead)."""
    lead = group_lead(task)
    if task.units or lead is None:
        return task
    roles = RoleList()
    roles.add([lead], LEAD)
    return dataclasses.replace(task, units=tuple(roles.units))


def _item_clauses(item: Item, lead_first_at: list[int], marks_lead: bool) -> list[list[ResponsibilityClause]]:
    """The responsibility clauses of each of the item's lines."""
    clauses_by_line = []
    for n, line in enumerate(item.lines):
        lead_first = any(offset < line.end for offset in lead_first_at)
        clauses = find_responsibility_clauses(line.text, lead_first, marks_lead)
        if n == 0:
            # The ordinal is not part of any clause.
            clauses = [c for c in clauses if c.start >= item.ordinal.length]
        clauses_by_line.append(clauses)
    return clauses_by_line


def body_tasks(text: str, lines: list[Line]) -> list[Task]:
    """The tasks of the body: the lowest numbered items (see _is_task), in document order."""
    items = outline(lines)
    tops = [item for item in items if item.parent is None]
    flat = sum(not item.children for item in tops) >= FLAT_SHARE * len(tops)
    parallel = _parallel_ending(tops)
    lead_first_at = lead_first_offsets(text)
    marks_lead = states_lead_mark(text)
    sentence_headings = _writes_sentence_headings(items)
    tasks, by_actors = [], set()
    for item in items:
        if item.children:
            continue
        clauses_by_line = _item_clauses(item, lead_first_at, marks_lead)
        task = _with_group_lead(_task_from_item(item, 0, clauses_by_line, sentence_headings))
        if _is_task(item, flat, [c for cs in clauses_by_line for c in cs]) or _one_of_parallel(item, parallel):
            tasks.append(task)
        elif (flat or _headed_with_work(item)) and not _reports_or_aims(item) and actor_units(task):
            by_actors.add(len(tasks))
            tasks.append(task)
    # In a document numbered at one level that gives its work without responsibility clauses, a one-paragraph
    # section whose paragraph gives units work (一、各地自查 / 各市(州)、县(市、区)要…) is one of its tasks; in one
    # that assigns by clauses, such a section (七、加强组织保障) is not.
    if assigns_by_clauses(tasks):
        tasks = [task for n, task in enumerate(tasks) if n not in by_actors]
    return [dataclasses.replace(task, seq=n) for n, task in enumerate(tasks, 1)]
