"""Expected units of a task in the tests of gongwen.tasks: `lead("市发改委")`, `co(...)`, `responsible(...)`."""

from gongwen.model import TaskUnit
from gongwen.vocabulary import CO, LEAD, RESPONSIBLE


def lead(*names):
    return tuple(TaskUnit(n, LEAD) for n in names)


def co(*names):
    return tuple(TaskUnit(n, CO) for n in names)


def responsible(*names):
    return tuple(TaskUnit(n, RESPONSIBLE) for n in names)
