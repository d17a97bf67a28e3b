"""Count forms whose verb follows the things counted. The disposal form: 将 N个 things 纳入/更换为 what (逐步将19个
以上残疾人医疗康复训练项目纳入医保统筹, 将现有80辆…驳运车更换为…汽油车): the things counted, the verb and what they
become name the metric. The completion form: N户 things 任务 全面完成 (确保今年入冬前2.16万户灾损农房新建任务全面完成):
the things and the task name it."""

from __future__ import annotations

import re

from gongwen.indicators.forms import clause_after
from gongwen.indicators.grammar import Grammar, Unit
from gongwen.indicators.readings import Reading
from gongwen.text.chars import HAN

_MAX_THINGS = 30  # the things counted between the count and the verb
_MAX_RESULT = 12  # what they become, after the verb
_OPENING_REACH = 4  # 将 and a few words (现有) before the count
_MODIFIER = "的"  # 载重量1吨的汽油车: what they become is the head noun after the last 的


def read_disposal_count(
    grammar: Grammar, line: str, phrase: str, unit: Unit | None, here: tuple[int, int]
) -> Reading | None:
    """将 N个 things verb result: the count of things placed in or turned into something (the verb one of
    grammar.disposal_verbs) → things + verb + result's head noun. None for any other clause."""
    if unit is None or unit.kind != "count":
        return None
    opening = re.search(rf"(?:{'|'.join(grammar.disposal_openings)})(?P<rest>[{HAN}]{{0,{_OPENING_REACH}}})$", phrase)
    if opening is None:
        return None
    clause, clause_end = clause_after(line, here[0])
    found = grammar.disposal_verb.search(clause)
    if found is None or not 0 < found.start() <= _MAX_THINGS:
        return None
    things = clause[: found.start()]
    if any(ch.isdigit() for ch in things):
        return None  # another count inside the things: not one list of things
    result = clause[found.end() :].rsplit(_MODIFIER, 1)[-1]
    if not result or len(result) > _MAX_RESULT:
        return None
    metric = things.removeprefix(_MODIFIER) + found.group() + result
    return Reading(*here, metric, None, found.group(), "count", noun_end=clause_end)


def read_completed_count(
    grammar: Grammar, line: str, unit: Unit | None, here: tuple[int, int]
) -> Reading | None:
    """N things 任务 (全面) 完成, closing the clause: the count of a task to complete → the things counted."""
    if unit is None or not unit.count_first:
        return None
    _, clause_end = clause_after(line, here[0])
    found = grammar.completion.fullmatch(line, here[0], clause_end)
    if found is None:
        return None
    return Reading(*here, found.group("things"), None, None, "count", noun_end=found.end("things"))
