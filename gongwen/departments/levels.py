"""At which level a unit sits, from what stands before its department's name (省, 市委, 各县市区, 湖南省,
郴州, 国家) read against the document's own level and region."""

from __future__ import annotations

import re

from gongwen.departments.gazetteer import gazetteer, vocabulary
from gongwen.text.regions import Region
from gongwen.text.regions import gazetteer as regions
from gongwen.vocabulary import COUNTY, NATIONAL, OTHER_LEVEL, PREFECTURE, PROVINCE

LEVELS = (NATIONAL, PROVINCE, PREFECTURE, COUNTY)


def region_chain(region: str | None) -> list[Region]:
    """The document's region and its ancestors, innermost first (浏阳市, 长沙市, 湖南省)."""
    return regions().chain(region)


def _city_level(admin_level: str, chain: list[Region]) -> str:
    """What `市` means in a unit's name, given the document that names it."""
    if chain and chain[-1].level == PROVINCE and chain[-1].name.endswith("市"):
        return PROVINCE  # 重庆市's documents: 市公安局 is the municipality's bureau
    if admin_level == COUNTY and chain and chain[0].name.endswith("市"):
        return COUNTY  # 浏阳市's documents: 市公安局 is the county-level city's bureau
    return PREFECTURE


def _district_level(admin_level: str, chain: list[Region]) -> str:
    if admin_level == PROVINCE and chain and chain[-1].name.endswith("自治区"):
        return PROVINCE
    return COUNTY


def place_level(place: str, chain: list[Region]) -> str | None:
    """Level of one place name (郴州市, 郴州, 湖南省, 宁德市), None when it is not a known place."""
    for node in chain:
        if place in (node.name, node.short_name):
            return node.level
    candidates = regions().by_full_or_short_name.get(place, ())
    levels = {c.level for c in candidates}
    if len(levels) == 1:
        return levels.pop()
    if chain and candidates:
        province = chain[-1].path
        local = {c.level for c in candidates if c.path.startswith(province)}
        if len(local) == 1:
            return local.pop()
    for level, endings in vocabulary().level_by_ending:
        if place.endswith(endings):
            return level
    return None


def _without_markers(prefix: str) -> str:
    """The place part of a prefix: no collective opener (各, 有关) and no government marker (人民政府, 委)."""
    words = vocabulary()
    text = words.collective_opener.sub("", prefix)
    while len(text) > 1 and words.government_marker.search(text):
        stripped = words.government_marker.sub("", text)
        if not stripped:
            break
        text = stripped
    return text


def level_of_prefix(prefix: str, admin_level: str, region: str | None) -> str:
    """Level named by what stands before a department's name: 省, 市委, 各县市区, 湖南省, 郴州, 国家."""
    document_level = admin_level if admin_level in LEVELS else OTHER_LEVEL
    text = vocabulary().party_prefix.sub("", prefix.strip("、，, "))
    if not text:
        return document_level
    if vocabulary().national_prefix.match(text):
        return NATIONAL
    text = _without_markers(text)
    if not text:
        return document_level
    area = gazetteer()
    chain = region_chain(region)
    if area.area_word.match(text):
        first = max((w for w in area.area_words if text.startswith(w)), key=len)
        level = area.area_words[first]
        if level == "city":
            return _city_level(admin_level, chain)
        if level == "district":
            return _district_level(admin_level, chain)
        return level
    last_place = re.split(r"[、，,]", text)[-1]
    components = vocabulary().place_component.findall(last_place) or [last_place]
    return place_level(components[-1], chain) or place_level(last_place, chain) or document_level
