"""The weak signs of a document's level and place, read only where nothing stronger gives them (its bodies, its
addressees, its title, a self-reference said twice, a division it names twice): the governments it names by their kind
alone, a development zone or the nation it speaks for, a self-reference said once, the divisions below it it gives work
to, and the one division of its level it names in full. Each was measured over every labelled document before it was
kept; together they are right about four times in five where the document was left unknown before."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from gongwen.metadata.jurisdiction import find_region, names_held, prefecture_of_its_counties, self_references
from gongwen.metadata.keywords import keywords
from gongwen.metadata.levels import MIN_MENTIONS
from gongwen.metadata.towns import region_ancestors, support
from gongwen.text.chars import HAN
from gongwen.text.patterns import alternation
from gongwen.text.regions import Region, gazetteer
from gongwen.text.words import PLACE_TAGS, dictionary_tag
from gongwen.vocabulary import COUNTY, NATIONAL, PREFECTURE, UNKNOWN_LEVEL

_ZONE_MENTIONS = 3  # a development zone's kind named this often by a text that places nothing: the zone's own
_NATION_MENTIONS = 3  # the nation or the central leadership named this often: a national text's


def last_resort_level(text: str) -> str:
    """The level of a text that places nothing and whose bodies, addressees, title and self-references (said twice)
    give none, from weaker signs, in this order: the governments it names by their kind alone (市委、市政府), a
    development zone it speaks for, the one kind of division it calls itself once, the divisions below it it gives
    work to (各县(市、区)), the nation or the central leadership named again and again; else unknown."""
    return (level_of_its_own_bodies(text) or level_of_a_zone_it_speaks_for(text) or level_it_calls_itself_once(text)
            or level_of_the_divisions_it_tasks(text) or level_of_the_nation_it_names(text) or UNKNOWN_LEVEL)


def level_of_its_own_bodies(text: str) -> str | None:
    """The lowest level of the governments and party committees a text names by their kind alone, each at least
    twice (按照省委、省政府部署,…市委、市政府… → prefecture; 县委、县政府 → county): a text names those above it and its
    own, not those below it by their kind alone (各县政府 is not counted). Not a province: every document below one
    cites its 省委 and 省政府, often without naming its own."""
    counts = Counter(keywords().self_reference_levels.get(found["kind"]) for found in _bodies_of_a_kind().finditer(text))
    return next((level for level in (COUNTY, PREFECTURE) if counts[level] >= MIN_MENTIONS), None)


def level_of_a_zone_it_speaks_for(text: str) -> str | None:
    """A text that names a development zone's kind alone (高新区, 经开区) at least _ZONE_MENTIONS times, not one of
    several (各开发区) nor a city's (市经开区): county, the level a city governs its zones at."""
    return COUNTY if len(_zone_kind_alone().findall(text)) >= _ZONE_MENTIONS else None


@cache
def _zone_kind_alone() -> re.Pattern[str]:
    return re.compile(rf"(?<![各省市县区州])(?:{alternation(keywords().city_zone_kinds)})")


@cache
def _bodies_of_a_kind() -> re.Pattern[str]:
    """省委, 市人民政府, 县政府 named by the kind alone: not inside a name (郑州市委, 城市政府), nor 各县政府."""
    kinds = alternation(keywords().level_words)
    before = keywords().words_before_a_body
    return re.compile(rf"(?:(?<![{HAN}])|(?<=[{before}]))(?P<kind>{kinds})(?:委|人民政府|政府)(?!工作报告)")


def level_it_calls_itself_once(text: str) -> str | None:
    """The level of the one kind of division a text calls itself by, though only once (全市 in a page cut short)."""
    kinds = [kind for kind, count in self_references(text).items() if count]
    return keywords().self_reference_levels.get(kinds[0]) if len(kinds) == 1 else None


def level_of_the_divisions_it_tasks(text: str) -> str | None:
    """The level of a text that gives work to the divisions right below it as one collective (各县(市、区)要… → prefecture),
    the highest such level it names."""
    return next((level for level, words in keywords().divisions_below.items() if words.search(text)), None)


def level_of_the_nation_it_names(text: str) -> str | None:
    """National, for a text nothing else gives a level that names the nation (全国, 我国) or cites the central leadership
    (党中央, 国务院) at least _NATION_MENTIONS times: the last resort."""
    names = max(len(keywords().national_self_reference.findall(text)), len(keywords().central_leadership.findall(text)))
    return NATIONAL if names >= _NATION_MENTIONS else None


def last_resort_region(text: str, level: str) -> Region | None:
    """The place of a text whose level is known and place is not: the one division of that level it names in full,
    else, for a prefecture, the one prefecture of the counties and districts it names (新洲区, 蔡甸区 → 武汉市)."""
    return region_named_once_at(text, level) or (prefecture_of_its_counties(text) if level == PREFECTURE else None)


def region_named_once_at(text: str, level: str) -> Region | None:
    """The one division of the text's known level it names in full, though once (化德县…, a county's report naming no
    other county), by a name no other division has or with a division above it named, and whose short name is no
    other word (县发改委要会同县督查落实办…: 会同, together with): the last resort for its place."""
    kinds = [kind for kind in keywords().self_reference_levels if kind not in keywords().township_suffixes]
    named = {region for kind in kinds for name in names_held(text, kind) if len(name) > len(kind) + 1
             and (region := find_region(name, text)) is not None and region.level == level
             and (len(gazetteer().by_name[name]) == 1 or _an_ancestor_named(region, text))
             and dictionary_tag(region.short_name or name) in (None, *PLACE_TAGS)}
    return named.pop() if len(named) == 1 else None


def _an_ancestor_named(region: Region, text: str) -> bool:
    """The text names a division above the region, by full or short name (通州区 of 南通 in a text naming 南通): its
    parent supported by the text (towns.support: the parent and the divisions above it)."""
    ancestors = region_ancestors(region)
    return bool(ancestors) and support(ancestors[0], text) > 0
