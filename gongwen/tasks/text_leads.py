"""The lead a task's text gives one of its units outside any clause: a task whose units a clause or a table
lists without a lead (责任单位：市住房城乡建设管理委、市发展改革委…), and whose text says
`市住房城乡建设管理委牵头负责统筹协调…`, has that unit lead."""

from __future__ import annotations

import dataclasses
import functools
import re

from gongwen.model import Task
from gongwen.tasks.vocabulary import vocabulary_data
from gongwen.text.patterns import alternation
from gongwen.vocabulary import LEAD


@functools.cache
def _after_unit() -> re.Pattern[str]:
    """What follows a unit the text makes lead: a modal of duty, then 牵头 (各地市能源局要牵头协调…)."""
    actors = vocabulary_data()["actors"]
    return re.compile(rf"(?:{alternation(actors['duty_modals'])})?(?:{alternation(actors['lead_words'])})")


def _said_to_lead(task: Task) -> set[str]:
    """The units of the task its text writes right before 牵头; of two that end at the same place, the
    longer (各区政府牵头 names 各区政府, not 区政府)."""
    found: dict[int, str] = {}
    for unit in dict.fromkeys(u.unit for u in task.units):
        for match in re.finditer(re.escape(unit), task.text):
            end = match.end()
            if _after_unit().match(task.text, end) and len(unit) > len(found.get(end, "")):
                found[end] = unit
    return set(found.values())


def with_leads_from_text(tasks: list[Task]) -> list[Task]:
    """Tasks, each with units and no lead given the lead its text names, where it names exactly one."""
    out = []
    for task in tasks:
        leads = _said_to_lead(task) if task.units and all(u.role != LEAD for u in task.units) else set()
        if len(leads) == 1:
            units = tuple(dataclasses.replace(u, role=LEAD) if u.unit in leads else u for u in task.units)
            task = dataclasses.replace(task, units=units)
        out.append(task)
    return out
