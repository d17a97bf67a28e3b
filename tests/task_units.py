"""Expected units of a task in the tests of gongwen.tasks: `lead("市发改委")`, `co(...)`, `responsible(...)`, and
the units each task of a text gets (`units_of`)."""

from gongwen.model import TaskUnit
from gongwen.tasks.extract import extract_tasks
from gongwen.vocabulary import CO, LEAD, RESPONSIBLE


def lead(*names):
    return tuple(TaskUnit(n, LEAD) for n in names)


def co(*names):
    return tuple(TaskUnit(n, CO) for n in names)


def responsible(*names):
    return tuple(TaskUnit(n, RESPONSIBLE) for n in names)


def units_of(text):
    return [task.units for task in extract_tasks(text)]
