"""Values shared out among metrics named together: one each after 分别 or as many as they are
(一产、二产、三产增加值分别增长5%、6%、7%), or the same for each after 均, 和 before a change, or a list of rates
(城镇居民人均可支配收入和农民人均纯收入均增长10%; 编制率、收缴率、治理率达100%)."""

from __future__ import annotations

from gongwen.indicators.grammar import Grammar
from gongwen.indicators.phrases import (
    listed_rates,
    share_head_noun,
    split_names,
    split_shared_tail,
    trim_metric,
)
from gongwen.indicators.readings import Reading


def read_respectively(grammar: Grammar, phrase: str, here: tuple[int, int], listed: int = 0) -> Reading | None:
    """一产、二产、三产增加值分别增长5%、6%、7%: the first metric now, the others for the values after it. Where the names
    split at every joiner outnumber the `listed` values, a name may hold a 和 of its own (国家级和省级…示范企业、…网点总数
    分别突破360家、18个): the names split at 、 alone, if as many as the values."""
    head, _, rest = phrase.partition(grammar.respectively)
    change, _, verb = trim_metric(rest, grammar)
    shares, scope = _names_with_change(grammar, head, change)
    if listed > 1 and len(shares) != listed:
        apart, _ = _names_with_change(grammar, head, change, by_commas=True)
        shares = apart if len(apart) == listed else shares
    if not shares:
        return None
    return Reading(*here, shares[0], scope, verb, "tail", shares=tuple(shares[1:]))


def read_alike(grammar: Grammar, phrase: str, here: tuple[int, int]) -> Reading | None:
    """城镇居民人均可支配收入和农民人均纯收入均增长10%: the first metric now, the others for the same value (see
    Reading.alike); None where 均 does not stand right before the verb (人均可支配收入增长) or one name stands before it."""
    head, _, rest = phrase.rpartition(grammar.alike)
    change, _, verb = trim_metric(rest, grammar)
    if (not head or head.endswith(grammar.alike_not_after) or (change and change not in grammar.change_words)
            or not (change or verb)):
        return None
    metrics, scope = _names_with_change(grammar, head, change)
    if len(metrics) < 2:
        return None
    return Reading(*here, metrics[0], scope, verb, "tail", shares=tuple(metrics[1:]), alike=True)


def read_joined(grammar: Grammar, metric: str, scope: str | None, verb: str | None,
                 here: tuple[int, int]) -> Reading | None:
    """服务进出口总额和实际利用外资全年增长15%: two metrics joined by 和 before a change share its rate, as with 均 (see
    read_alike); None for any other metric (a list joined by 、 or 及 may count a sum: 高速及一级公路再增加2000公里)."""
    change = grammar.change_ending(metric)
    if change is None:
        rates = listed_rates(metric, grammar)  # 编制率、收缴率、治理率达100%
        return Reading(*here, rates[0], scope, verb, "tail", shares=tuple(rates[1:]), alike=True) if rates else None
    if grammar.rate_joiner not in metric[: -len(change)]:
        return None
    metrics, _ = _names_with_change(grammar, metric[: -len(change)], change)
    if len(metrics) < 2:
        return None
    return Reading(*here, metrics[0], scope, verb, "tail", shares=tuple(metrics[1:]), alike=True)


def _names_with_change(grammar: Grammar, head: str, change: str, by_commas: bool = False) -> tuple[list[str], str | None]:
    """The metrics named before 分别 or 均 (一产、二产、三产增加值 + 增长 → 一产增加值增长, …), and their scope; split at 、
    alone `by_commas`."""
    head_metric, scope, _ = trim_metric(head, grammar)
    names, shared = split_shared_tail(head_metric, grammar)
    parts = [part for part in names.split("、") if part] if by_commas else split_names(names, grammar)
    return [part + shared + change for part in share_head_noun(parts)], scope
