"""What a plan says once for all its tasks: the first unit of a list leads (排名第一的为牵头单位，下同),
and units every task has without naming them."""

from __future__ import annotations

from dataclasses import dataclass

from gongwen.model import Task
from gongwen.tasks.clauses import find_responsibility_clauses
from gongwen.tasks.lines import split_lines
from gongwen.tasks.unit_lists import looks_like_unit
from gongwen.tasks.vocabulary import vocabulary


@dataclass(frozen=True)
class DocumentConventions:
    """What a plan says once for all its tasks.

    lead_first: the first unit of a 责任单位 list leads (排名第一的为牵头单位，下同).
    implicit_units: units every task has without naming them (以下各项任务均需各县市区人民政府落实，不再列出;
    …等部门及各市州政府负责): recorded once per document, never added to each task."""

    lead_first: bool = False
    implicit_units: tuple[str, ...] = ()


def lead_first_offsets(text: str) -> list[int]:
    """Where the document says that the first unit of a list leads: it holds from there on."""
    return [m.start() for m in vocabulary().lead_first.finditer(text)]


def group_lead(task: Task) -> str | None:
    """The unit the task's group or section heading makes lead of every task under it, in a task list
    grouped by lead unit (一、县示范区管委会牵头工作(8项)); None under any other heading."""
    for title in (task.group_title, task.section_title):
        found = vocabulary().group_lead.match(title or "")
        if found and looks_like_unit(found["unit"]):
            return found["unit"]
    return None


def states_lead_first(text: str) -> bool:
    return vocabulary().lead_first.search(text) is not None


def states_lead_mark(text: str) -> bool:
    """The document says which sign marks the lead unit of a list (标☆的为牵头单位)."""
    return vocabulary().lead_mark.search(text) is not None


def document_conventions(text: str) -> DocumentConventions:
    """The conventions a document states once for all its tasks (see DocumentConventions)."""
    return DocumentConventions(lead_first=states_lead_first(text), implicit_units=implicit_units(text))


def implicit_units(text: str) -> tuple[str, ...]:
    """The units every task of the document has without naming them (DocumentConventions.implicit_units)."""
    implicit: list[str] = []
    for found in vocabulary().implicit_unit.finditer(text):
        implicit.append(found.group("unit"))
    # only a text that holds a tail has a line that does (a match in a line is one in the text)
    for line in split_lines(text) if vocabulary().implicit_tail_in_line.search(text) else ():
        if not vocabulary().implicit_tail_in_line.search(line.text):  # …等部门及各市州政府负责
            continue
        for clause in find_responsibility_clauses(line.text):
            implicit.extend(clause.implicit_units)
    return tuple(dict.fromkeys(implicit))
