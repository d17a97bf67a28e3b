"""The clause forms: a value whose metric is read from the clause around it rather than the words right
before it — the things a work is done on (对1918个垃圾箱房进行升级改造), places named before a count of them (欧阳、凉城
4个街道率先完成…), a capacity (具备抗御6级左右地震的能力) and a sum after 共计."""

from __future__ import annotations

import re
from functools import cache

from gongwen.indicators.clauses import CLAUSE_ENDS
from gongwen.indicators.forms import MAX_NOUN, clause_after, without_achievement_markers
from gongwen.indicators.grammar import NUMERAL_START, Grammar, Unit
from gongwen.indicators.phrases import trim_metric
from gongwen.indicators.readings import Reading
from gongwen.text.chars import HAN
from gongwen.text.patterns import alternation

# Names listed before a count of them (欧阳、凉城、曲阳、广中4个街道…), after an opening 一是/二是.
_NAMES_BEFORE_COUNT = re.compile(rf"^(?:[一二三四五六七八九十]是)?[{HAN}]{{2,5}}(?:、[{HAN}]{{2,5}})+$")
# How many characters the counted noun and an adverb take before the verb (街道率先|完成).
_NAMED_NOUN_REACH = 4
_LONGEST_VERB = 3


# A count inside the noun (not the 一 of 一体化)
_NUMBER_IN_NOUN = re.compile(r"\d|[一二两三四五六七八九十百千万][个座处家所条项名户]")
_AGES = re.compile(r"\d+(?:[~～—-]\d+)?周?岁(?:以上|以下)?")


@cache
def _next_count(joiners: tuple[str, ...]) -> re.Pattern[str]:
    """A list joiner before another count of things the same work is done on (…27座处理站以及13个集水井)."""
    return re.compile(rf"(?:{alternation(joiners)})(?=\d)")


def read_object_count(
    grammar: Grammar, line: str, phrase: str, unit: Unit | None, here: tuple[int, int]
) -> Reading | None:
    """对全区1918个垃圾箱房(收集点)进行升级改造: the things a work (an activity ending: 改造, 建设, 治理 …) is
    carried out on or in, counted after 对 or 在 → 垃圾箱房(收集点)升级改造 (the place between the preposition
    and the count is its scope; 在6座市属公园先行启动试点工作 → 市属公园先行试点工作); the people a service is
    provided for, counted after 为 (为全县1600名困境儿童提供“爱心守护”服务 → 困境儿童“爱心守护”服务)."""
    if unit is None or unit.kind != "count":
        return None
    found = grammar.object_count.match(grammar.lead.sub("", phrase))
    if found is None:
        return None
    clause, clause_end = clause_after(line, here[0])
    verb = min((at for at in map(clause.find, grammar.object_verbs) if at >= 0), default=-1)
    if verb < 0:
        return None
    activity = clause[verb + 2 :]
    if len(activity) > MAX_NOUN or not activity.endswith(grammar.activity_endings):
        return None  # 对2个问题进行说明: no work on the things counted
    noun, noun_end = clause[:verb], clause_end
    if (listed := _next_count(grammar.list_joiners).search(noun)) is not None:  # …27座…处理站以及13个集水井进行提升改造: the first of two
        noun, noun_end = noun[: listed.start()], here[0] + listed.start()
    if _NUMBER_IN_NOUN.search(_AGES.sub("", noun)):
        return None  # a second number in the noun (对2个区10个街道进行…); an age range describes it (1000名75~79周岁老年人)
    place, noun = found["place"] or found["noun"] or "", noun.removeprefix("的")
    scope = grammar.scope.match(place)
    if not noun:  # 对各乡镇老化破损闸门467处进行维修: the things counted stand before their count
        noun = place[scope.end() :] if scope else place
    elif found["noun"]:
        return None
    return Reading(*here, noun + activity, scope.group() if scope else None, None, "count", noun_end=noun_end) if noun else None


def read_named_count(
    grammar: Grammar, line: str, phrase: str, unit: Unit | None, here: tuple[int, int]
) -> Reading | None:
    """欧阳、凉城、曲阳、广中4个街道率先完成居住区垃圾分类整区域全覆盖: the places named before a count of them,
    then what a count verb says they will do → 街道率先完成居住区垃圾分类整区域全覆盖. Names closed by 等 (兴仁等18
    个…) count a list and set nothing; a clause with no count verb after the noun (…2个城市入选) neither."""
    names = grammar.lead.sub("", phrase)
    if unit is None or unit.kind != "count" or names.endswith(grammar.enumeration_markers):
        return None
    if _NAMES_BEFORE_COUNT.match(names) is None:
        return None
    clause, clause_end = clause_after(line, here[0])
    verb = grammar.count_verb_lead.search(clause, 1, _NAMED_NOUN_REACH + _LONGEST_VERB)
    if verb is None or verb.start() > _NAMED_NOUN_REACH or len(clause) > MAX_NOUN * 2:
        return None
    achieved = clause.startswith(grammar.perfective_markers, verb.end())
    return Reading(*here, clause, None, verb.group(), "count", noun_end=clause_end, achieved=achieved)


def read_capacity(
    grammar: Grammar, line: str, phrase: str, unit: Unit | None, here: tuple[int, int]
) -> Reading | None:
    """大中城市基本具备抗御6级左右地震的能力, 城镇燃气企业形成不低于其年用气量5%的储备能力: a value inside the capacity
    (…的能力) a subject is to have (具备, 形成) measures it → 城镇燃气企业年用气量储备能力. A bound standing between
    the verb and a base (不低于其年用气量) is a bound of the value, the base part of the metric."""
    found = grammar.capacity.match(line, here[0])
    verbs = list(grammar.capacity_verb.finditer(phrase))
    if unit is None or found is None or not verbs:
        return None
    verb = verbs[-1]
    subject, scope, _ = trim_metric(phrase[: verb.start()], grammar)
    between = phrase[verb.end() :]
    bound_word = next((word for word, _sign in grammar.qualifiers_before if between.startswith(word)), None)
    between = between.removeprefix(bound_word or "")
    for pronoun in grammar.base_pronouns:
        between = between.removeprefix(pronoun)
    if any(ch in NUMERAL_START or ch in CLAUSE_ENDS for ch in between):
        return None
    metric = subject + between + found.group("measured") + found.group("head")
    return Reading(*here, metric, scope, verb.group(), "tail", bound_word=bound_word if between else None)


def read_sum(
    grammar: Grammar, line: str, phrase: str, unit: Unit | None, here: tuple[int, int], sentence_start: int
) -> Reading | None:
    """…推进远香湖南(4.73平方公里)、嘉北公园二期(10.46平方公里),共计15.19平方公里海绵城市建设达标评估: a count after
    共计 (names listed before it or not) sums what the sentence listed under its count verb (推进) → 海绵城市建设达标评估; a
    count verb opening the noun governs it as well (共计25.2平方公里已完成海绵城市达标评估 → done: 完成…)."""
    if unit is None or not unit.count_first or not phrase.endswith(grammar.sum_words):
        return None
    clause, clause_end = clause_after(line, here[0])
    noun = clause.removeprefix("的")
    achieved = noun.startswith(grammar.achievement_markers)
    noun = without_achievement_markers(noun, grammar) if achieved else noun
    verbs = list(grammar.count_verb_lead.finditer(line, sentence_start, here[1]))
    opening = grammar.count_verb_lead.match(noun)
    if (not verbs and opening is None) or not 2 <= len(noun) <= MAX_NOUN or any(ch in NUMERAL_START for ch in noun):
        return None
    verb = opening.group() if opening is not None else verbs[-1].group()
    return Reading(*here, noun, None, verb, "count", noun_end=clause_end, achieved=achieved)
