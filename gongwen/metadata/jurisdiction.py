"""The jurisdiction a document governs: the division named at the start of its issuer or title, chosen
among same-named divisions by the parents named around it, down to a 镇 or 街道 its issuer names; else,
for a document that names no issuer and no place in its title, the division it calls itself (全市 …)."""

from __future__ import annotations

from collections import Counter

from gongwen.metadata.keywords import keywords
from gongwen.text.regions import Region, gazetteer
from gongwen.vocabulary import COUNTY

_MIN_MENTIONS = 2  # a division named once in passing is not the document's own


def region_ancestors(region: Region) -> list[Region]:
    return gazetteer().ancestors(region)


def _regions_at(text: str, start: int) -> tuple[list[tuple[Region, ...]], int]:
    """Consecutive division names from `start` (湖南省长沙市浏阳市 → three matches), longest name first,
    and where they end."""
    by_name = gazetteer().by_name
    longest = gazetteer().longest_name
    found = []
    position = start
    while position < len(text):
        for length in range(min(longest, len(text) - position), 1, -1):
            candidates = by_name.get(text[position:position + length])
            if candidates:
                found.append(candidates)
                position += length
                break
        else:
            break
    return found, position


def find_region(text: str, context: str = "") -> Region | None:
    """The jurisdiction named at the start of an issuer or title ("浏阳市人民政府办公室" → 浏阳市),
    choosing among same-named divisions by the parents named beside it or in the context text; a county's
    镇 or 街道 named with its body ("闵行区吴泾镇人民政府") is the document's region, at county level."""
    text = keywords().leading_noise.sub("", text.strip())
    chain, end = _regions_at(text, 0)
    if not chain:
        return None
    chosen: Region | None = None
    for candidates in chain:
        fitting = [c for c in candidates if chosen is None or chosen in region_ancestors(c)]
        if not fitting:
            break
        chosen = _most_supported(fitting, context)
    township = keywords().township.match(text, end) if chosen is not None and chosen.level == COUNTY else None
    if township:
        name = township.group()
        return Region("", name, "", COUNTY, chosen.adcode, chosen.path + name)
    return chosen


def _most_supported(candidates: list[Region], context: str) -> Region:
    if len(candidates) == 1 or not context:
        return candidates[0]

    def support(region: Region) -> int:
        return sum(context.count(a.name) + (context.count(a.short_name) if a.short_name else 0)
                   for a in region_ancestors(region))

    return max(candidates, key=support)


def region_it_calls_itself(text: str) -> Region | None:
    """The division a document calls itself: it says 全市/本市/我市 more than 全省 … (at least twice), and
    names one 市 by its full name more often than any other (at least twice) → that 市. Short names are not
    counted: many are words too (合作, 长治)."""
    uses = Counter({kind: len(pattern.findall(text)) for kind, pattern in keywords().self_references.items()})
    ranked_kinds = uses.most_common(2)
    if ranked_kinds[0][1] < _MIN_MENTIONS or (len(ranked_kinds) == 2 and ranked_kinds[1][1] == ranked_kinds[0][1]):
        return None
    kind = ranked_kinds[0][0]
    named = Counter({name: text.count(name) for name in gazetteer().by_name
                     if name.endswith(kind) and len(name) > len(kind)})
    ranked = named.most_common(2)
    if ranked[0][1] < _MIN_MENTIONS or (len(ranked) == 2 and ranked[1][1] == ranked[0][1]):
        return None
    return find_region(ranked[0][0], text)
