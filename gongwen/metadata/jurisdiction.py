"""The jurisdiction a document governs: the division named at the start of its issuer or title, chosen
among same-named divisions by the parents named around it."""

from __future__ import annotations

from gongwen.metadata.keywords import keywords
from gongwen.text.regions import Region, gazetteer


def region_ancestors(region: Region) -> list[Region]:
    return gazetteer().ancestors(region)


def _regions_at(text: str, start: int) -> list[tuple[Region, ...]]:
    """Consecutive division names from `start` (湖南省长沙市浏阳市 → three matches), longest name first."""
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
    return found


def find_region(text: str, context: str = "") -> Region | None:
    """The jurisdiction named at the start of an issuer or title ("浏阳市人民政府办公室" → 浏阳市),
    choosing among same-named divisions by the parents named beside it or in the context text."""
    text = keywords().leading_noise.sub("", text.strip())
    chain = _regions_at(text, 0)
    if not chain:
        return None
    chosen: Region | None = None
    for candidates in chain:
        fitting = [c for c in candidates if chosen is None or chosen in region_ancestors(c)]
        if not fitting:
            break
        chosen = _most_supported(fitting, context)
    return chosen


def _most_supported(candidates: list[Region], context: str) -> Region:
    if len(candidates) == 1 or not context:
        return candidates[0]

    def support(region: Region) -> int:
        return sum(context.count(a.name) + (context.count(a.short_name) if a.short_name else 0)
                   for a in region_ancestors(region))

    return max(candidates, key=support)
