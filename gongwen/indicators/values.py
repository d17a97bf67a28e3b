"""One value as written: whether a number found by the grammar is a target value at all (not an ordinal,
a name, a year or a small count; a range read as its first number), its unit, and the bounding words around it
(不少于, 左右)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from gongwen.indicators.grammar import DIMENSIONLESS, WIDTH, Grammar, Unit
from gongwen.model import Indicator
from gongwen.text.chars import DECIMAL, DIGIT, DIGIT_CHARS
from gongwen.text.numerals import MAGNITUDES, parse_number
from gongwen.text.patterns import alternation

_RANGE_DASHES = "-—–~～至"
_ONE = "1"  # the numeral of a magnitude written alone (超万亿元)
_ORDINAL_MARK = "第"
# 3000(含)—5000辆: the start of a range may carry a bracketed aside on whether it is included.
_RANGE_ASIDE = r"[(（][^()（）]{1,3}[)）]"
_RANGE_START_ASIDE = re.compile(rf"[{DIGIT}%％]{_RANGE_ASIDE}$")
# The first number of a range, before its dash: 5%—, 6—, 3000(含)—
_RANGE_FIRST = re.compile(rf"(?<![A-Za-z.．{DIGIT}])(?P<num>{DECIMAL})[%％]?(?:{_RANGE_ASIDE})?$")
_RANGE_CLASS = "之间"
_RANGE_REACH = 20
RANGE_COMPARATOR = "≥"  # a range is reached at its first number
# A range as its qualifier writes it (the text from its first number to its last number's magnitude or %).
RANGE_QUALIFIER = rf"{DECIMAL}[%％]?(?:{_RANGE_ASIDE})?[{_RANGE_DASHES}]{DECIMAL}(?:{alternation(MAGNITUDES)})?[%％]?"


@dataclass(frozen=True)
class Number:
    value: float
    magnitude: str | None  # 万 | 亿 | 万亿
    unit: Unit | None  # None: a bare magnitude (常住人口达1930万), its unit implied by the metric
    range_start: int | None = None  # 增长5%—5.5%, 建成6—8个: where the range (read as its first number) starts
    range_text: str | None = None  # the range as written, its unit left off but a percent sign: 5%—5.5%, 6—8


def bare_magnitude_unit(grammar: Grammar, magnitude: str, metric: str) -> Unit | None:
    """常住人口达1930万 names no unit: the metric implies one (人口 → 人, also before a change word: 农村贫困人口减少
    60万); a bare 亿 is money unless the metric counts things and names no money (标识注册总量突破5亿: 5亿 of them)."""
    change = grammar.change_ending(metric)
    noun = metric[: -len(change)] if change else metric
    for suffix, base in grammar.implied_units:
        if noun.endswith(suffix):
            return Unit("", base, 1.0, "count", True)
    if "亿" not in magnitude:
        return None
    counted = metric.endswith(grammar.bare_yi_count_endings) and not any(w in metric for w in grammar.bare_yi_money_words)
    unit = grammar.units[grammar.bare_yi_count_unit if counted else grammar.bare_yi_unit]
    return Unit("" if counted else unit.name, unit.base, unit.factor, unit.kind, True)



@dataclass(frozen=True)
class Bound:
    """The bounding word of a value and what it leaves of the phrase before it."""

    qualifier: str | None
    comparator: str | None
    phrase: str  # the metric phrase, a bounding word written before the number taken off
    span_start: int  # where the target's span starts: at that bounding word, else at the number


def values_listed(line: str, end: int, grammar: Grammar) -> int:
    """How many values a list joined by 、 (and its last by a value joiner: 和, 及 …) holds from the one ending at `end` on
    (30%、30%、65%以上 → 3; 30%、20%和10% → 3)."""
    count, joiners = 1, ("、", *grammar.value_joiners)
    while line.startswith(joiners, end) and (found := grammar.value.match(line, end + 1)) is not None:
        count, end = count + 1, found.end()
        end += next((len(word) for word in grammar.qualifiers_after if line.startswith(word, end)), 0)
    return count


def is_name(found: re.Match[str], line: str, grammar: Grammar) -> bool:
    """第32届, 千亿级产业集群: the number is part of an ordinal or of a name."""
    start, end = found.span()
    before = line[start - 1] if start > 0 else ""
    following = line[end] if end < len(line) else ""
    return before == _ORDINAL_MARK or following in grammar.name_markers


def read_number(found: re.Match[str], line: str, grammar: Grammar, value_before_ends: int) -> Number | None:
    """The number of a value with its magnitude and unit, or None when it is no target value.
    `value_before_ends` is where the value before it in the paragraph ends."""
    start, end = found.span()
    before = line[start - 1] if start > 0 else ""
    following = line[end] if end < len(line) else ""
    ranged = before and before in _RANGE_DASHES and (
        value_before_ends == start - 1
        or (start > 1 and line[start - 2] in DIGIT_CHARS)
        or _RANGE_START_ASIDE.search(line, 0, start - 1)
    )
    if following and following in _RANGE_DASHES and line[end + 1 : end + 2] in DIGIT_CHARS:
        return None  # the start of a range, read at its end (which carries the unit)
    number = _read_number(found, line, grammar)
    if not ranged or number is None:
        return number
    first = _RANGE_FIRST.search(line, max(0, start - _RANGE_REACH), start - 1)
    if first is None or line.startswith(_RANGE_CLASS, end):
        return None  # 60至70微克/立方米之间的镇: a class of things between two values, no target
    stop = end if number.unit is not None and number.unit.name == "%" else max(found.end("num"), found.end("mag"))
    first_value = parse_number(first.group("num"))
    return replace(number, value=first_value, range_start=first.start(), range_text=line[first.start() : stop])


def _read_number(found: re.Match[str], line: str, grammar: Grammar) -> Number | None:
    bare = found.group("bare") or found.group("ratio")
    if bare:
        return Number(parse_number(bare), None, DIMENSIONLESS)  # 健康浙江发展指数达85, 医护比不低于1:1.2
    percent = found.group("percent")
    number, magnitude = percent or found.group("num") or _ONE, found.group("mag")  # 超万亿元: one 万亿
    if not percent and number[0] not in DIGIT_CHARS and not (magnitude or "百" in number or "千" in number):
        return None  # a small Chinese count: 三年行动, 十个方面, 两个确立
    unit = grammar.units["%"] if percent else grammar.units.get((found.group("unit") or "").translate(WIDTH))
    if unit is None and not magnitude:
        return None
    if unit is not None and unit.kind == "grade" and magnitude:
        return None  # 千亿级产业集群: a class of size, no grade
    if unit is not None and unit.name == "年" and not magnitude and len(number) == 4 and number.isdigit():
        return None  # a year, not a duration
    try:
        return Number(parse_number(number), magnitude, unit)
    except ValueError:
        return None


_OF = "的"
SHARE_OF = "占"
_SHARE_REACH = 20  # characters between a bounding word and the 的 before a percentage


def _bounded_share(phrase: str, grammar: Grammar) -> tuple[int, tuple[str, str]] | None:
    """Where a bounding word stands before the whole of which a percentage is a share (…不低于上年度实际使用量
    的80%), with the word and its sign; None when the words before the value end in no 的 or hold no such word."""
    if not phrase.endswith(_OF):
        return None
    window = phrase[-_SHARE_REACH:]
    found = [(window.rfind(word), (word, sign)) for word, sign in grammar.qualifiers_before if word in window]
    if not found:
        return None
    at, bound = max(found, key=lambda item: (item[0] + len(item[1][0]), len(item[1][0])))  # 不低于, not 低于
    return len(phrase) - len(window) + at, bound


def read_bound(found: re.Match[str], phrase: str, grammar: Grammar, number: Number) -> Bound:
    """The bounding word of the value `found` (its `number` read), `phrase` being the words before it; a range
    with none is bounded by itself (增长5%—5.5%: at least its first number)."""
    start = found.start() if number.range_start is None else number.range_start
    qualifier = comparator = None
    for word, sign in grammar.qualifiers_before:
        if phrase.endswith(word):
            qualifier, comparator = word, sign
            phrase, start = phrase[: -len(word)], start - len(word)
            break
    else:
        share = _bounded_share(phrase, grammar) if "%" in found.group() else None
        if share is not None:  # 采购量不低于上年度实际使用量的80%: the share of 采购量 in 上年度实际使用量
            at, (qualifier, comparator) = share
            word_end = at + len(qualifier)
            start -= len(phrase) - at
            whole = phrase[word_end : -len(_OF)]  # 约占农牧民纯收入的50%: 占 written already
            phrase = f"{phrase[:at]}{'' if whole.startswith(SHARE_OF) else SHARE_OF}{whole}"
    # A bounding word after the number outranks one before it: 控制在5.5%左右 is ≈, not ≤.
    for word, signs in (
        (found.group("inside") or found.group("inside_magnitude"), grammar.qualifiers_inside),
        (found.group("after"), grammar.qualifiers_after),
    ):
        if word:
            qualifier, comparator = word, signs[word]
    if qualifier is None and number.range_text is not None:
        qualifier, comparator = number.range_text, RANGE_COMPARATOR
    return Bound(qualifier, comparator, phrase, start)


def share_trailing_qualifiers(
    indicators: list[Indicator], line: str, base: int, grammar: Grammar
) -> list[Indicator]:
    """分别下降12%、11%以上: a bounding word after the last of values listed with 、 bounds them all; 分别提高15个、13个
    百分点: a unit the last value completes (个 of 个百分点) is the last's."""
    for index in range(len(indicators) - 2, -1, -1):
        value, following = indicators[index], indicators[index + 1]
        if line[value.char_end - base : following.char_start - base] != "、":
            continue
        if following.unit != value.unit and following.unit.startswith(value.unit) and following.value:
            value = indicators[index] = replace(value, unit=following.unit, unit_base=following.unit_base,
                                                value_base=value.value * following.value_base / following.value)
        if value.qualifier is None and following.qualifier in grammar.qualifiers_after and value.unit == following.unit:
            indicators[index] = replace(value, qualifier=following.qualifier, comparator=following.comparator)
    return indicators
