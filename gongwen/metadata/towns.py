"""Townships (镇, 乡, 街道) and the towns of cities with no counties: where a document names one, it is placed at
county level under that township's county or city (resources/townships.csv); divisions the gazetteer does not
hold (a town, a development zone) stand under their parent the same way."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import cache

from gongwen.metadata.keywords import keywords
from gongwen.text.chars import HAN
from gongwen.text.patterns import alternation
from gongwen.text.regions import Region, gazetteer, names_ending_at, townships
from gongwen.vocabulary import COUNTY

_LONGEST_TOWNSHIP = 10  # characters of a township's name (古美路街道)
_ABOUT_MENTIONS = 3  # a township named this often, twice as often as any other, is what a text is about


def region_ancestors(region: Region) -> list[Region]:
    return gazetteer().ancestors(region)


def below(parent: Region, name: str) -> Region:
    """A division the gazetteer does not hold (a town, a development zone) at county level under `parent`."""
    return Region("", name, "", COUNTY, parent.adcode, parent.path + name)


def town_of_city(city: Region, text: str, start: int) -> Region | None:
    """The 镇 or 街道 named right after a city with no counties (东莞, 中山, 儋州, 嘉峪关 govern their towns directly:
    中山市港口镇党政综合办公室), at county level under the city; not a collective (各镇, 全镇)."""
    found = _town_name().match(text, start)
    return below(city, found.group()) if found else None


@cache
def _town_name() -> re.Pattern[str]:
    return re.compile(rf"(?![各全本该我])[{HAN}]{{1,4}}?(?:{alternation(keywords().township_suffixes)})")


def township_of(county: Region, text: str, start: int) -> str | None:
    """A township of the county named right after it, whatever follows (重庆市万州区龙驹镇2023年…应急预案)."""
    return next((name for name in _township_names(text, start) if county in townships().get(name, ())), None)


def _township_names(text: str, start: int) -> Iterator[str]:
    """The names of townships the gazetteer holds that the text opens with at `start`, shortest first (not 街道
    alone, which the gazetteer also holds)."""
    suffixes = keywords().township_suffixes
    for end in range(start + 2, min(len(text), start + _LONGEST_TOWNSHIP) + 1):
        name = text[start:end]
        if name.endswith(suffixes) and name not in suffixes and name in townships():
            yield name


def township_opening(text: str, context: str) -> Region | None:
    """A township its name opens the text with, before its body (南漳镇人民政府, 湖镇镇政府工作报告) or as all of
    it (a page's publisher: 山福镇), at county level under its county: the one county with a township so named,
    else the one whose divisions the context names most (湖镇镇 of 龙游县 in a text naming 浙江); a township
    opening a title (_listed_township) only where the context names its county's divisions; else None."""
    found = keywords().township_opening.match(text)
    name = found.group() if found else _listed_township(text)
    return _placed(name, context, named_alone=bool(found)) if name else None


def _placed(name: str, context: str, named_alone: bool) -> Region | None:
    """The township under the one county (or city) with a township so named, else under the one whose divisions
    the context names most; where none is named, only a township named alone (not opening a title) is placed."""
    counties = townships().get(name, ())
    supports = sorted(((support(county, context), county) for county in counties), key=lambda pair: -pair[0])
    if not supports:
        return None
    tied = len(supports) > 1 and supports[0][0] == supports[1][0]
    if tied or supports[0][0] == 0 and (len(supports) > 1 or not named_alone):
        return None
    return below(supports[0][1], name)


def opens_with_township(text: str) -> bool:
    """The text opens with a township's name (都斛镇2025年…工作方案)."""
    return _listed_township(text) is not None


def _listed_township(text: str) -> str | None:
    """The name of a township opening the text, whatever follows it (东山街道乡村治理…实施方案); its county must
    then be named in the context."""
    return next(_township_names(text, 0), None)


def support(region: Region, context: str) -> int:
    """How often the context names a region and the divisions above it, by full or short name."""
    return sum(context.count(a.name) + (context.count(a.short_name) if a.short_name else 0)
               for a in (region, *region_ancestors(region)))


def most_supported(candidates: list[Region], context: str) -> Region:
    """The candidate the context names most with the divisions above it; among counties so named alike, the one
    holding most of the townships the context names (城中区 of 西宁, whose 人民街街道 the text names, not of 柳州)."""
    if len(candidates) == 1 or not context:
        return candidates[0]
    supports = [support(region, context) for region in candidates]
    best = [region for region, count in zip(candidates, supports, strict=True) if count == max(supports)]
    if len(best) == 1:
        return best[0]
    return max(best, key=counties_of_townships(context).__getitem__)  # the text's townships read only on a tie


def township_mentions(text: str, kind: str) -> Counter[str]:
    """How often the text names each township of a kind (镇, 乡) the gazetteer holds, by its full name (横栏镇)."""
    return Counter(name for name in _township_names_ending(text) if name.endswith(kind))


def placed_township(name: str, context: str) -> Region | None:
    """A township a text names as its own, under the one county or city with a township so named, else under the one
    the text names most (see township_opening)."""
    return _placed(name, context, named_alone=True)


def township_it_is_about(text: str) -> Region | None:
    """The township a text speaks for (新妙镇…会议由镇党委副书记、镇长主持; 果子园乡…围绕乡党委、政府中心工作): it names it
    by its full name, once where it names no other township, else at least _ABOUT_MENTIONS times and twice as often
    as any other; and it speaks of that kind of township or its bodies without the name (全镇, 乡党委, 镇长: not a
    county's 批复 to 红土乡人民政府). Placed as placed_township places it."""
    suffixes = keywords().township_suffixes
    ranked = Counter(name for name in _township_names_ending(text) if name not in suffixes).most_common(2)
    if not ranked or len(ranked) == 2 and (ranked[0][1] < _ABOUT_MENTIONS or 2 * ranked[1][1] > ranked[0][1]):
        return None
    name = ranked[0][0]
    kind = next(suffix for suffix in suffixes if name.endswith(suffix))
    stem = name[:-len(kind)]
    speaks = any(kind in found.group() and not text.endswith(stem, 0, found.start())
                 for found in keywords().township_speaking.finditer(text))
    return placed_township(name, text) if speaks else None


def counties_of_townships(text: str, kind: str = "") -> Counter[Region]:
    """For each county (of a kind: 区, 县, 旗; of any where none is given), how many of the townships the text names
    it holds."""
    return Counter(county for name in set(_township_names_ending(text)) for county in townships().get(name, ())
                   if county.name.endswith(kind))


def _township_names_ending(text: str) -> Iterator[str]:
    """The longest township name the gazetteer holds ending at each 镇, 乡 or 街道 of the text."""
    for found in _township_suffix().finditer(text):
        name = next(names_ending_at(text, found.end(), townships(), _LONGEST_TOWNSHIP), None)
        if name:
            yield name


@cache
def _township_suffix() -> re.Pattern[str]:
    return re.compile(alternation(keywords().township_suffixes))
