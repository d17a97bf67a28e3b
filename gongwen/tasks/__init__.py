"""Tasks of a plan: the lowest numbered items of its body, or the rows of its task-division table,
each with its responsible units (lead / co / responsible) read from the responsibility clauses.

Decisions worth knowing:
- A unit every task shares without naming it is not added to each task. That is the unit of
  `以下各项任务均需各县市区人民政府落实，不再列出`, and the local governments of
  `（A、B等部门及各市州政府负责）`: document_conventions() reports them once per document.
- Units listed in a clause are kept as written, local governments included (`各市州、县市区人民政府`).
- A task-division table, where there is one, replaces the body items it decomposes.
- Task.text is the item's lines joined by newlines, without its ordinal and clauses.

Where things are: extract.py (the entry point) → division_tables.py (任务分工 tables) or body_tasks.py
(outline.py's numbered items, ordinals.py); clauses.py reads responsibility clauses into units
(unit_lists.py, brackets.py); actors.py gives a task without a clause the units its text names as
actors (供电企业应…, X会同Y…: X leads); text_leads.py the lead a task's text names for units listed without
one (X牵头负责…); conventions.py holds what a plan says once; deadlines.py the last day
a deadline allows; headings.py the lead phrase; lines.py the document's lines; vocabulary.py
compiles resources/tasks_vocabulary.yaml.
"""

from gongwen.tasks.clauses import (
    ResponsibilityClause,
    find_responsibility_clauses,
    parse_responsibility_clause,
)
from gongwen.tasks.conventions import DocumentConventions, document_conventions, implicit_units
from gongwen.tasks.deadlines import Deadline, read_deadline
from gongwen.tasks.division_tables import holds_division_table
from gongwen.tasks.extract import extract_tasks
from gongwen.tasks.headings import lead_phrase
from gongwen.tasks.ordinals import Ordinal, read_ordinal
from gongwen.tasks.unit_lists import looks_like_unit, split_unit_list

__all__ = [
    "Deadline",
    "DocumentConventions",
    "Ordinal",
    "ResponsibilityClause",
    "document_conventions",
    "extract_tasks",
    "find_responsibility_clauses",
    "holds_division_table",
    "implicit_units",
    "lead_phrase",
    "looks_like_unit",
    "parse_responsibility_clause",
    "read_deadline",
    "read_ordinal",
    "split_unit_list",
]
