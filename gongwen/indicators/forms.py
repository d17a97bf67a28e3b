"""The two forms a target is written in, each naming its metric: the tail form puts the metric before
the value (新增城镇就业6.8万人), the count form a count verb before it and the counted noun after it
(培育4家高标准造纸集团)."""

from __future__ import annotations

from dataclasses import dataclass

from gongwen.indicators.grammar import Grammar, Unit
from gongwen.indicators.phrases import share_head_noun, split_names, strip_joiners, trim_metric

_MAX_NOUN = 24
_NOUN_ENDS = frozenset(",，;；:：。!！?？、)）(（\n")


@dataclass(frozen=True)
class Reading:
    """How one value was read, and what it leaves for the values after it in its clause."""

    end: int
    clause_start: int
    metric: str
    scope: str | None
    verb: str | None
    form: str  # tail | count | baseline
    noun_end: int = -1  # count form: where the counted noun stops (for 建成35个先导区、1000个和美乡村)
    shares: tuple[str, ...] = ()  # 分别: the metrics still to hand out, in order
    achieved: bool = False  # the phrase reports what is done (已建成…, 城镇化率已达…)


def read_tail(
    grammar: Grammar,
    phrase: str,
    previous: Reading | None,
    earlier: Reading | None,
    quoted: str | None,
    here: tuple[int, int],
) -> Reading | None:
    """Metric before the value: 新增城镇就业6.8万人, 常住人口城镇化率提升至65%左右. `previous` is the value
    before it in its clause, `earlier` the one before it in its sentence, `quoted` the quotation holding
    it; `here` is the value's (end, clause start)."""
    achieved = any(marker in phrase for marker in grammar.achievement_markers)
    if achieved:
        phrase = _without_achievement_markers(phrase, grammar)
    if previous is not None:
        phrase = strip_joiners(phrase, grammar)
    if grammar.respectively in phrase:
        return _read_respectively(grammar, phrase, here)
    metric, scope, verb = trim_metric(phrase, grammar)
    if not metric and previous is not None:
        # A value listed after another (分别提高510元、440元; 由…增加到…): the next or the same metric.
        if previous.shares:
            return Reading(*here, previous.shares[0], previous.scope, verb, "tail", shares=previous.shares[1:])
        return Reading(*here, previous.metric, previous.scope, verb, "tail")
    if metric in grammar.change_words and earlier is not None and earlier.form != "count":
        metric, scope = earlier.metric + metric, scope or earlier.scope
    if not metric and quoted is not None:
        metric = quoted  # “突破两千亿、挺进五十强”: the slogan names the target
    if len(metric) < 2:
        return None
    if scope is None and previous is not None and previous.form == "tail":
        scope = previous.scope
    return Reading(*here, metric, scope, verb, "tail", achieved=achieved)


def _without_achievement_markers(phrase: str, grammar: Grammar) -> str:
    """城镇化率已达 → 城镇化率达: the marker says when, it is no part of the metric."""
    for marker in grammar.achievement_markers:
        phrase = phrase.replace(marker, "")
    return phrase


def _read_respectively(grammar: Grammar, phrase: str, here: tuple[int, int]) -> Reading | None:
    """一产、二产、三产增加值分别增长5%、6%、7%: the first metric now, the others for the values after it."""
    head, _, rest = phrase.partition(grammar.respectively)
    head_metric, scope, _ = trim_metric(head, grammar)
    change, _, verb = trim_metric(rest, grammar)
    shares = [part + change for part in share_head_noun(split_names(head_metric, grammar))]
    if not shares:
        return None
    return Reading(*here, shares[0], scope, verb, "tail", shares=tuple(shares[1:]))


def read_count(
    grammar: Grammar, line: str, phrase: str, continued: Reading | None, unit: Unit | None, here: tuple[int, int]
) -> Reading | None:
    """Count before the noun it counts: 培育4家高标准造纸集团, 迈上五百亿台阶; `continued` is the
    count this one is listed after (建成35个先导区、1000个和美乡村)."""
    if unit is not None and not unit.count_first:
        return None  # 720兆瓦储能电站, 10万千瓦燃煤机组: a measure naming a kind of thing
    verb = grammar.count_verb_tail.search(phrase)
    if verb is None and continued is None:
        return None
    end = here[0]
    noun_start = end + 1 if line.startswith("的", end) else end
    noun_end = noun_start
    while noun_end < len(line) and noun_end - noun_start < _MAX_NOUN and line[noun_end] not in _NOUN_ENDS:
        noun_end += 1
    noun = grammar.noun_trailing.sub("", line[noun_start:noun_end])
    scope = continued.scope if continued is not None and verb is None else None
    metric = noun
    if verb is not None and noun.startswith(grammar.level_nouns):
        subject, scope, _ = trim_metric(phrase[: verb.start()], grammar)
        metric = subject or noun
    if len(metric) < 2:
        return None
    achieved = verb is not None and phrase[: verb.start()].endswith(grammar.achievement_markers)
    return Reading(
        *here, metric, scope, verb.group() if verb else None, "count", noun_end=noun_end, achieved=achieved
    )


def bare_magnitude_unit(grammar: Grammar, magnitude: str, metric: str) -> Unit | None:
    """常住人口达1930万 names no unit: the metric implies one (人口 → 人), and a bare 亿 is money."""
    for suffix, base in grammar.implied_units:
        if metric.endswith(suffix):
            return Unit("", base, 1.0, "count", True)
    if "亿" in magnitude:
        money = grammar.units[grammar.bare_yi_unit]
        return Unit(money.name, money.base, money.factor, "money", True)
    return None
