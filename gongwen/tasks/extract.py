"""The tasks of one document: the rows of its task-division table where it has one, else the lowest
numbered items of its body."""

from __future__ import annotations

import dataclasses

from gongwen.model import Task
from gongwen.tasks.actors import with_actor_units
from gongwen.tasks.body_tasks import body_tasks
from gongwen.tasks.clauses import join_broken_clauses
from gongwen.tasks.division_tables import table_tasks
from gongwen.tasks.flat_tables import rebuild_flat_tables
from gongwen.tasks.lines import split_lines
from gongwen.tasks.ordinals import split_run_on_items
from gongwen.tasks.text_leads import with_leads_from_text
from gongwen.vocabulary import MIN_TASK_CHARS


def extract_tasks(text: str) -> list[Task]:
    """The tasks of one cleaned document, in document order (seq from 1).

    Where the document carries a task-division table (序号 / 重点任务 / 牵头单位 / 配合单位 / 完成时限),
    its rows are the tasks and the body items it decomposes are not counted again (a table a web capture
    flattened to one cell per line is rebuilt first). Otherwise the
    tasks are the lowest numbered items of the body (see body_tasks). A task listed without a lead takes the
    one its text makes lead (text_leads.py)."""
    lines = join_broken_clauses(rebuild_flat_tables(split_run_on_items(split_lines(text))))
    tasks = table_tasks(text, lines) or with_actor_units(body_tasks(text, lines))
    return with_leads_from_text(_whole(tasks))


def _whole(tasks: list[Task]) -> list[Task]:
    """The tasks with a heading and a text of MIN_TASK_CHARS or more, numbered anew: an item of less is an
    ordinal a page was cut off after (（二）优)."""
    kept = [task for task in tasks if min(len(task.heading), len(task.text)) >= MIN_TASK_CHARS]
    if len(kept) == len(tasks):
        return tasks
    return [dataclasses.replace(task, seq=seq) for seq, task in enumerate(kept, start=1)]
