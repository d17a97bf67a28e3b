"""The metric phrase before a value: its scope, level verb and trimmings taken off (全市常住人口城镇化率提升至
→ 常住人口城镇化率), joining words dropped, and names listed before 分别 handed out one by one."""

from __future__ import annotations

import re

from gongwen.indicators.clauses import Clauses
from gongwen.indicators.grammar import Grammar
from gongwen.text.chars import COLONS
from gongwen.text.words import CONJUNCTION_TAG, dictionary_tag
from gongwen.vocabulary import MAX_METRIC_CHARS

# 排放总量比2020年下降: the year a change is measured from is no part of what is measured.
_BASE_YEAR = re.compile(r"(?:比|较|与)(?:19|20)[0-9]{2}年(?:底|末)?(?:相比)?")
# 每百户, 每万人, 每千名: the population a value is counted per
_PER_BASIS = re.compile(r"每[十百千万]+(?:户|人|名|家|个)$")
# 每人每月744元, 每户: a standard's sum per one person or household, the unit's own denominator, no part of the metric
_PER_ONE = re.compile(r"每(?:人|户)(?:每(?:年|月|日|天))?$")
# The longest name that may modify a shared head noun (一产, 城镇).
_MAX_MODIFIER = 3
_PLACE_ENDINGS = tuple("区县市镇乡旗")  # the kinds of division a value may be listed for (平城区730元/月/人)
_RATE_ENDING = "率"  # a rate, which a list's one value is each's (no sum of rates)


def trim_metric(phrase: str, grammar: Grammar) -> tuple[str, str | None, str | None]:
    """(metric, scope, level verb) of the words before a value: leading years, verbs and scope, trailing
    level verbs and a closing aside (（不含…）) removed; what the value is counted per, when it stands between
    the verb and the value (面积达到每百户30平米), put after the metric in brackets (面积(每百户))."""
    bracket = max(phrase.rfind("("), phrase.rfind("（"))
    if bracket >= 0 and ")" not in phrase[bracket:] and "）" not in phrase[bracket:]:
        phrase = phrase[bracket + 1 :]
    phrase = grammar.lead.sub("", phrase)
    scope = None
    found = grammar.scope.match(phrase)
    if found and len(phrase) > found.end() + 1:
        scope, phrase = found.group(), grammar.lead.sub("", phrase[found.end() :])
    basis = _PER_BASIS.search(phrase)  # 面积达到每百户|30平米: what the value is counted per, after the verb
    phrase = phrase[: basis.start()] if basis else _PER_ONE.sub("", phrase)
    verb = None
    tail = grammar.level_verb_tail.search(phrase)
    if tail:
        verb, phrase = tail.group(), phrase[: tail.start()]
    phrase = _BASE_YEAR.sub("", grammar.metric_trailing.sub("", grammar.aside.sub("", phrase)))
    metric = phrase.rstrip("的均“,，、 ")
    return (f"{metric}({basis.group()})" if basis and metric else metric), scope, verb


def strip_joiners(text: str, grammar: Grammar) -> str:
    """The text without the joining words it opens with (、以及…)."""
    changed = True
    while changed:
        changed = False
        for joiner in grammar.list_joiners:
            if text.startswith(joiner):
                text, changed = text[len(joiner) :], True
    return text


def split_names(text: str, grammar: Grammar) -> list[str]:
    """The names listed in `text`, split at joining characters outside brackets, not inside a word the
    dictionary holds (普及率, 参与率: 及 and 与 of a word, not joining two names)."""
    parts, depth, current = [], 0, []
    for at, ch in enumerate(text):
        depth += ch in "(（"
        depth -= ch in ")）"
        if depth == 0 and ch in grammar.name_joiners and not _inside_word(text, at):
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return [part for part in parts if part]


def listed_rates(metric: str, grammar: Grammar) -> list[str]:
    """水土保持方案编制率、费用收缴率、治理率达100%: rates listed before one value each reach it (rates add up to no sum);
    [] for any other metric."""
    names = split_names(metric, grammar)
    return names if len(names) > 1 and all(len(name) > 1 and name.endswith(_RATE_ENDING) for name in names) else []


def _inside_word(text: str, at: int) -> bool:
    """The character at `at` is part of a word the dictionary holds with the one before or after it, a word other
    than a conjunction (普及, 参与; not 以及)."""
    return any(tag not in (None, CONJUNCTION_TAG) for tag in (dictionary_tag(text[max(0, at - 1):at + 1]),
                                                             dictionary_tag(text[at:at + 2])))


def split_shared_tail(metric: str, grammar: Grammar) -> tuple[str, str]:
    """(names, shared words) of the metric named before 分别: 乡土适生树种和地产草种在新建、改建公园绿地的应用比例 →
    (乡土适生树种和地产草种, 在新建、改建公园绿地的应用比例), the shared words opening at a word of
    respectively_shared_openings after the first joiner; (metric, "") when none does."""
    first_joiner = min((at for at in map(metric.find, grammar.name_joiners) if at > 0), default=-1)
    if first_joiner < 0:
        return metric, ""
    openings = [at for at in (metric.find(word, first_joiner + 2) for word in grammar.respectively_shared_openings)
                if at >= 0]
    if not openings:
        return metric, ""
    at = min(openings)
    return metric[:at], metric[at:]


_SHARED_NOUN = 2  # characters of the noun two names share (垃圾)


def share_head_noun(parts: list[str]) -> list[str]:
    """一产、二产、三产增加值 → 一产增加值, 二产增加值, 三产增加值: when the parts before the last are short
    modifiers of one length (一产, 城镇) and the last is longer, its extra characters are the head noun."""
    if len(parts) < 2:
        return parts
    first_length = len(parts[0])
    last = parts[-1]
    same_length = all(len(part) == first_length for part in parts[:-1])
    if first_length <= _MAX_MODIFIER and same_length and len(last) >= first_length + 2:
        head = last[first_length:]
        return [part + head for part in parts[:-1]] + [last]
    return [_with_shared_tail(part, last) for part in parts[:-1]] + [last]


def _with_shared_tail(part: str, last: str) -> str:
    """城市生活垃圾 before 建筑垃圾利用率 → 城市生活垃圾利用率: a name ending with the noun the last name goes on from
    (垃圾) takes what follows that noun there."""
    noun = part[-_SHARED_NOUN:]
    at = last.find(noun)
    return part + last[at + len(noun):] if len(part) > _SHARED_NOUN and 0 <= at < len(last) - len(noun) else part


def bounded_metric(metric: str, grammar: Grammar) -> str:
    """A metric phrase that is a long list (引进著名教练员、国际级裁判员、……和体育产业人才不少于30名) is named by
    the last thing it lists, the one the value is written against; never longer than MAX_METRIC_CHARS."""
    if len(metric) <= MAX_METRIC_CHARS:
        return metric
    names = split_names(metric, grammar)
    last = names[-1] if names else metric
    return last[-MAX_METRIC_CHARS:]


def without_purpose(noun: str, grammar: Grammar) -> str:
    """保留不低于20%的床位用于接收政府供养…对象 → 床位: the thing counted, not the use it is put to after it."""
    found = grammar.noun_purpose.search(noun)
    return noun[: found.start()] if found is not None else noun


def listed_for_places(grammar: Grammar, clauses: Clauses, sentence_start: int, value_start: int, metric: str) -> str | None:
    """城市低保标准为:平城区730元/月/人,云冈区650元/月/人: a value listed for places after a metric and a colon is that
    metric's for them (城市低保标准(平城区)); None where what names the value is no list of divisions."""
    places = metric.split("、")
    if not all(len(place) >= 2 and place.endswith(_PLACE_ENDINGS) for place in places):
        return None
    line = clauses.line
    colon = max(line.rfind(mark, sentence_start, value_start) for mark in COLONS)
    if colon < 0:
        return None
    head = trim_metric(line[clauses.clause_start(sentence_start, colon) : colon], grammar)[0]
    return f"{head}({metric})" if head else None
