"""Whose figure a target or actual is, as a region: the scope the text writes (全省, 遵义市, 黔中城市群)
resolved against the document's own jurisdiction (全省 in a Hunan plan is 湖南省)."""

from __future__ import annotations

from gongwen.text.regions import Region, gazetteer
from gongwen.vocabulary import NATIONAL

# 全国: the whole country, whatever the document's level (core_documents.region is NULL for national).
WHOLE_COUNTRY = "全国"
# The level word of a 全X scope and the divisions it names: 全区 is the innermost division ending in 区.
# 本市, 本区: the document's own division of that level, as 全市, 全区.
_WHOLE_SUFFIXES = {
    "全自治区": "自治区", "全省": "省", "全市": "市", "全区": "区", "全县": "县", "全州": "州", "全盟": "盟",
    "本省": "省", "本市": "市", "本区": "区", "本县": "县",
}


def scope_region(scope: str | None, admin_level: str, region: str | None) -> str | None:
    """The region path a figure belongs to: no scope or 全省/全市… → the document's region (its division of
    that level: 全省 in a 郴州市 plan is 湖南省), 全国 → 全国, a named division → its path, found among the
    document's region and those inside it first (遵义市 in a Guizhou plan → 贵州省遵义市), anything else
    (黔中城市群) as named. NULL when the document's region is unknown and the scope does not say."""
    if scope == WHOLE_COUNTRY or (scope is None and admin_level == NATIONAL):
        return WHOLE_COUNTRY
    chain = gazetteer().chain(region)
    if scope is None:
        return region
    if scope in _WHOLE_SUFFIXES:
        suffix = _WHOLE_SUFFIXES[scope]
        return next((division.path for division in chain if division.name.endswith(suffix)), region)
    return _named_division(scope, chain) or scope


def _named_division(name: str, chain: list[Region]) -> str | None:
    """The path of the division `name` names: one on the document's chain, else the one inside the
    document's outermost division, else the only division of that name."""
    candidates = gazetteer().by_name.get(name, ())
    if not candidates:
        return None
    for candidate in candidates:
        if any(candidate.adcode == division.adcode for division in chain):
            return candidate.path
    if chain:
        outermost = chain[-1].path
        inside = [candidate for candidate in candidates if candidate.path.startswith(outermost)]
        if len(inside) == 1:
            return inside[0].path
    return candidates[0].path if len(candidates) == 1 else None
