"""The jurisdiction a document governs: the division named at the start of its issuer or title, chosen
among same-named divisions by the parents named around it, down to a 镇 or 街道 its issuer names; else,
for a document that names no issuer and no place in its title, the division it calls itself (全市 …)."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from gongwen.metadata.header import HEADER_LINES
from gongwen.metadata.keywords import AUTONOMOUS_REGION, keywords
from gongwen.metadata.levels import MIN_MENTIONS, dominant
from gongwen.metadata.towns import (
    below,
    counties_of_townships,
    most_supported,
    placed_township,
    region_ancestors,
    town_of_city,
    township_it_is_about,
    township_mentions,
    township_of,
    township_opening,
)
from gongwen.text.chars import HAN
from gongwen.text.patterns import alternation
from gongwen.text.regions import Region, gazetteer, names_ending_at
from gongwen.text.resources import read_yaml
from gongwen.text.words import PLACE_TAGS, dictionary_tag
from gongwen.vocabulary import COUNTY, NATIONAL, PREFECTURE, PROVINCE

_PROVINCE_LEVEL_WORDS = ("省", "自治区")  # a body named by them alone (省人民政府) names no province

# 县农业农村局(要)会同县财政局: 会同 ("together with") after a word, not after the division above (怀化市会同县),
# joins a body to the next and names no 会同县.
_JOINT_WORDS = tuple(read_yaml("tasks_vocabulary.yaml")["joint_words"])
_JOINING_BODIES = re.compile(rf"(?<=[{HAN}])(?<![省市州盟])(?:{alternation(_JOINT_WORDS)})")
# A short name must run through the text, not stand in a passing "学习深圳经验"
_MIN_SHORT_MENTIONS = 5
# A short name alone (美丽宣城, 宣城 seven times in a plan of 全市 that never says 宣城市) must run through the text
_MIN_SHORT_ALONE = 4
_PASSING_REACH = 8  # characters before a division's name a word naming it in passing may stand (学习南充市|顺庆区)
_CLAUSE_BREAK = re.compile(r"[,，。;；:：\n]")
# 全国 said this often, with no 全省/全市…, makes a document national (a provincial one says 全国 in passing)
_MIN_NATIONAL_MENTIONS = 5
_GOVERNMENT_BEFORE_TOWNSHIP = ("人民政府", "政府")
_LANDFORMS = frozenset("山江河湖岛湾港峰岭")  # after a short name: a landform's name (长乐山, 杭州湾), not the division's
# A development zone a city (or a 直辖市) governs as a county: its kind, perhaps after a name of its own (万盛经开区);
# a city's short name before the kind alone names the city's (济南高新区 → 高新区). Not a 新区 (湘江新区: a state-level area).
_MUNICIPALITY_END = "市"  # a province-level division so named is a 直辖市: a zone may stand directly under it
_LONGEST_SHORT_NAME = 4
_REGION_WIDE = "区"  # 全区, 我区: an autonomous region's too, or a district's
_COUNTY_KINDS = ("县", "区", "旗")
_LEVEL_RANK = {PROVINCE: 0, PREFECTURE: 1, COUNTY: 2}  # of same-named divisions, the higher first


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
        return _zone_of_city_short_name(text) or township_opening(text, context)
    chosen: Region | None = None
    for candidates in chain:
        fitting = [c for c in candidates if chosen is None or chosen in region_ancestors(c)]
        if not fitting:
            break
        chosen = most_supported(fitting, context)
    zone = keywords().city_zone.match(text, end) if chosen is not None and chosen.level in (PROVINCE, PREFECTURE) else None
    if zone and (chosen.level == PREFECTURE or chosen.name.endswith(_MUNICIPALITY_END)):
        return below(chosen, zone.group())  # 重庆市万盛经开区管委会
    if chosen is not None and chosen.level == PREFECTURE and chosen.adcode not in _parent_codes():
        return town_of_city(chosen, text, end) or chosen
    if chosen is None or chosen.level != COUNTY:
        return chosen
    # 松江区人民政府中山街道办事处: a street office is its district government's agency, named after it
    end += next((len(word) for word in _GOVERNMENT_BEFORE_TOWNSHIP if text.startswith(word, end)
                 and keywords().township.match(text, end + len(word))), 0)
    township = keywords().township.match(text, end)
    name = township.group() if township else township_of(chosen, text, end)
    return below(chosen, name) if name else chosen


def region_its_title_names(title: str | None, text: str) -> Region | None:
    """The one division a title names anywhere, by its full name (关于公开征集历下区2026年度…的公告 → 历下区), the longest
    name at each place; None where it names none or several (XX市对口支援YY县…)."""
    title, by_name, starts, position = title or "", gazetteer().by_name, [], 0
    while position < len(title):
        name = next((title[position:end] for end in range(min(len(title), position + gazetteer().longest_name),
                                                          position + 2, -1) if title[position:end] in by_name), "")
        starts += [position] if name else []  # a full name: 江西 of 考察江西 names no division
        position += len(name) or 1
    chains = {find_region(title[start:], text) for start in starts}
    return chains.pop() if len(chains) == 1 else None


def _zone_of_city_short_name(text: str) -> Region | None:
    """A development zone named after its city's short name (新乡高新区管委会, 济南高新区2024年…): the zone, at county
    level under the city (河南省新乡市高新区)."""
    for length in range(min(_LONGEST_SHORT_NAME, len(text)), 1, -1):
        cities = [region for region in gazetteer().by_full_or_short_name.get(text[:length], ())
                  if region.level == PREFECTURE and region.short_name == text[:length]]
        zone = keywords().city_zone.match(text, length)
        if len(cities) == 1 and zone and zone.group() in keywords().city_zone_kinds:
            return below(cities[0], zone.group())
    return None


def without_ancestors(name: str, region: Region) -> str:
    """The name without the names, full or short, of the divisions above the region that it opens with
    (新疆塔城地区行署办公室 → 塔城地区行署办公室, 陕西咸阳市 → 咸阳市), up to where the region's own name opens it
    (长沙县 opens with the short name of 长沙市 above it, and is named in full)."""
    for above in reversed(region_ancestors(region)):
        if name.startswith(region.name):
            break
        name = name.removeprefix(next((n for n in (above.name, above.short_name) if n and name.startswith(n)), ""))
    return name


@cache
def _parent_codes() -> frozenset[str]:
    return frozenset(region.parent_adcode for region in gazetteer().by_code.values())


def region_it_calls_itself(text: str) -> Region | None:
    """The division a document calls itself: it says 全市/本市/我市 more than 全省 … (at least twice), and
    names one 市 by its full name more often than any other (at least twice) → that 市; else a 市 it names
    in full at least once and by its short name throughout ("建设廉洁广州", "把广州建成…"); else one it names by its
    short name alone far more often than any other (_far_ahead), that short name no other word (合作, 资源: see
    _short_name_pattern); else the one 市 it names in full at all, not in passing (_named_alone). A text that calls
    itself a township (全镇, 我乡) is the township it names most."""
    kind = _kind_it_calls_itself(text)
    if kind is None:
        return None
    if kind in keywords().township_suffixes:  # 全镇, 我镇: the town it names (横栏镇召开党委会议…研究我镇贯彻落实意见)
        township = dominant(township_mentions(text, kind), MIN_MENTIONS)
        return placed_township(township, text) if township else None
    named = Counter({name: _mentions(name, kind, text) for name in names_held(text, kind)})
    chosen = (dominant(named, MIN_MENTIONS) or dominant(_short_name_uses(text, named), _MIN_SHORT_MENTIONS)
              or _far_ahead(_short_names_alone(text, kind)) or _named_alone(named, text))
    if chosen is None and not named and keywords().self_reference_levels.get(kind) == PREFECTURE:
        return prefecture_of_its_counties(text)
    if chosen is None and not named and kind in _COUNTY_KINDS:
        # 全区…五星街道、南大街街道、荷花池街道: the one county holding most of the townships it names, two at least
        return dominant(counties_of_townships(text, kind), MIN_MENTIONS)
    return find_region(chosen, text) if chosen else None


def region_named_alone(text: str) -> Region | None:
    """The one division a text names in full at least twice besides those above it (近年来,环翠区树牢… → 山东省威海市
    环翠区; 威海市 with it names the same), for a text nothing else places or gives a level; None where it names two."""
    kinds = [kind for kind in keywords().self_reference_levels if kind not in keywords().township_suffixes]
    counts = {name: _mentions(name, kind, text) for kind in kinds for name in names_held(text, kind)
              if len(name) > len(kind) + 1}
    named = {name: region for name in counts if (region := find_region(name, text)) is not None}
    above = {ancestor for region in named.values() for ancestor in region_ancestors(region)}
    own = [name for name, region in named.items() if region not in above]
    return named[own[0]] if len(own) == 1 and counts[own[0]] >= MIN_MENTIONS else None


def prefecture_of_its_counties(text: str) -> Region | None:
    """全市…在屯留区、潞城区和武乡县布置了7个试验点: a text calling itself a 市 and naming none is the one prefecture of
    every county and district it names (at least two, each a name of one division)."""
    counties = [regions[0] for kind in _COUNTY_KINDS for name in names_held(text, kind)
                if len(regions := gazetteer().by_name[name]) == 1 and regions[0].level == COUNTY]
    parents = {ancestor for county in counties for ancestor in gazetteer().ancestors(county)
               if ancestor.level == PREFECTURE}
    return parents.pop() if len(counties) >= MIN_MENTIONS and len(parents) == 1 else None


def _named_alone(counts: Counter[str], text: str) -> str | None:
    """The one name counted at all where no other is (成立南充市顺庆区应急委员会, 我区 throughout), unless it is
    named in passing (学习深圳市经验, 我市各单位要落实)."""
    named = [name for name, count in counts.items() if count]
    if len(named) != 1:
        return None
    passing = keywords().passing_mention
    own = [at for at in (found.start() for found in re.finditer(re.escape(named[0]), text))
           if not any(word in _CLAUSE_BREAK.split(text[max(0, at - _PASSING_REACH):at])[-1] for word in passing)]
    return named[0] if own else None


def region_of_its_scope(text: str) -> Region | None:
    """The one division the text names right before 行政区域内 or 辖区内 (在定州市行政区域内…: where the
    document applies), the longest name ending there; None where it names none or several."""
    by_name, longest = gazetteer().by_name, gazetteer().longest_name
    named = set()
    for found in keywords().scope_area.finditer(text):
        name = next(names_ending_at(text, found.start(), by_name, longest), None)
        if name:
            named.add(name)
    return find_region(named.pop(), text) if len(named) == 1 else None


def region_it_adapts_to(text: str) -> Region | None:
    """The division the text adapts itself to (结合淮安实际 → 淮安市): every one it so names the same; of
    same-named ones the highest (淮安 is 淮安市 before its 淮安区); a name the text also writes in full as one
    division's (东区 beside 西宁市城东区) is that division."""
    found = set()
    for match in keywords().own_place.finditer(text):
        candidates = gazetteer().by_full_or_short_name.get(match["name"], ())
        # 结合东区实际 in a plan of 西宁市城东区: a name the text writes in full elsewhere, shortened
        fuller = {name for name in gazetteer().by_name if name.endswith(match["name"]) and name != match["name"]
                  and name in text} if candidates else set()
        if len(fuller) == 1:
            found.add(find_region(fuller.pop(), text))
        elif candidates:
            found.add(min(candidates, key=lambda region: _LEVEL_RANK[region.level]))
    return found.pop() if len(found) == 1 else None


def region_its_bodies_name(bodies: list[str], text: str) -> Region | None:
    """For bodies named by one kind alone (市人民政府 of a report: 我代表市人民政府), the one division of that kind
    the text names most, by full or short name, at least twice (玉林 eight times → 玉林市), else None."""
    kinds = {match.group() if (match := keywords().level_word.match(body)) and not find_region(body) else None
             for body in bodies}
    kind = kinds.pop() if len(kinds) == 1 else None
    if kind not in keywords().kinds_named_in_text:
        return None
    uses = Counter({name: _written(text, regions[0].short_name if len(regions[0].short_name or "") >= 2 else name)
                    for name, regions in gazetteer().by_name.items() if name.endswith(kind) and len(name) > len(kind)})
    chosen = dominant(uses, MIN_MENTIONS)
    return find_region(chosen, text) if chosen else None


def _written(text: str, name: str) -> int:
    """How often the text writes a division's name, 会同 joining bodies aside (see _JOINING_BODIES)."""
    count = text.count(name)
    if count and name.startswith(_JOINT_WORDS):
        return sum(not _JOINING_BODIES.match(text, found.start()) for found in re.finditer(re.escape(name), text))
    return count


def level_it_calls_itself(text: str) -> str | None:
    """The level of the division a document calls itself where its kind names one (我县, 本县 → county;
    全省 → province), whatever the division: said at least twice and more often than any other kind, or said once
    where the text adapts itself to it (结合我县实际, 结合本镇工作实际), every such frame naming the same kind."""
    kind = _kind_it_calls_itself(text) or _kind_it_adapts_to(text)
    return keywords().self_reference_levels.get(kind) if kind else None


def _kind_it_adapts_to(text: str) -> str | None:
    """The kind of division an own-place frame names by a self-reference (结合我县实际 → 县), one kind for all."""
    kinds = {kind for match in keywords().own_place.finditer(text) for kind, words in keywords().self_references.items()
             if words.fullmatch(match["name"])}
    return kinds.pop() if len(kinds) == 1 else None


def township_its_own(text: str) -> Region | None:
    """The township a text speaks for (see township_it_is_about) where it does not call itself anything wider (全县,
    我区)."""
    kind = _kind_it_calls_itself(text)
    return township_it_is_about(text) if kind is None or kind in keywords().township_suffixes else None


def _kind_it_calls_itself(text: str) -> str | None:
    """The kind of division (市, 县 …) the text calls itself by (全市, 我县 …) at least twice and more than any other."""
    return dominant(self_references(text), MIN_MENTIONS)


def province_it_calls_itself(text: str) -> Region | None:
    """The province a document calls itself by 全省/我省/本省 or by 自治区 alone (and 全区) only (never 全市, 全县 …):
    the one province it names (全省… 江西), else the one province of the prefectures it names (a 批复 to 鹰潭市人民
    政府: 你市 … 我省), else the one province of that kind it names by its short name (自治区党代会 … 视察广西)."""
    kinds = {kind for kind, count in self_references(text).items() if count}
    provincial = {kind for kind in kinds if keywords().self_reference_levels.get(kind) == PROVINCE}
    if not provincial or kinds - provincial - ({_REGION_WIDE} if AUTONOMOUS_REGION in provincial else set()):
        return None
    named = [regions for name, regions in gazetteer().by_name.items() if len(name) >= 2 and name in text]
    provinces = {region for regions in named for region in regions if region.level == PROVINCE}
    if not provinces:
        # a prefecture's name, not a county's: 山城区 is in 乐山城区连接线
        provinces = {ancestor for regions in named if len(regions) == 1 and regions[0].level == PREFECTURE
                     for ancestor in region_ancestors(regions[0]) if ancestor.level == PROVINCE}
    if not provinces:
        provinces = {region for regions in gazetteer().by_name.values() for region in regions
                     if region.level == PROVINCE and region.name.endswith(tuple(provincial))
                     and len(region.short_name or "") >= 2 and region.short_name in text}
    return provinces.pop() if len(provinces) == 1 else None


def province_of_number(issuer: str, doc_number: str, lines: list[str]) -> Region | None:
    """The province whose abbreviation opens the 文号 of a body that names its level alone (省人民政府 with
    鄂政发〔2018〕26号 → 湖北省) or names no place while its addressees say a province sends (人民政府办公厅 to
    各市、自治州人民政府,省政府各委、办、厅、局 with 青政办〔2023〕28号 → 青海省), else None."""
    if not issuer.startswith(_PROVINCE_LEVEL_WORDS) and level_addressed(lines) != PROVINCE:
        return None
    name = keywords().province_abbreviations.get(doc_number[:1])
    return find_region(name) if name else None


def _addressees(lines: list[str]) -> tuple[str, str] | None:
    """The addressee line (主送机关, before the header's colon) and the level of the sender it says."""
    for line in lines[:HEADER_LINES]:
        head = re.split("[:：]", line, maxsplit=1)
        if len(head) == 2 and head[0].startswith(keywords().national_addressees):
            return head[0], NATIONAL
        match = keywords().addressee.search(head[0]) if len(head) == 2 and "各" in head[0] else None
        if match:
            return head[0], keywords().addressee_levels[match["level"]]
        if len(head) == 2 and head[0].strip().startswith(keywords().township_addressees):
            return head[0], COUNTY
    return None


def level_addressed(lines: list[str]) -> str | None:
    """The level of the sender the addressees say ("各市(州)、县(市、区)人民政府, 省政府各部门:" → province), for a
    document whose issuer and title name no place."""
    found = _addressees(lines)
    return found[1] if found else None


def region_addressed(lines: list[str]) -> Region | None:
    """The sender's division where one of its addressees is a body of it named by the division's short name
    ("各县(区)人民政府、抚州高新区管委会, 市政府各部门:" → 抚州市): a sender writes to bodies of its own division,
    so only a division of the level the addressees say counts."""
    found = _addressees(lines)
    if found is None:
        return None
    head, level = found
    for addressee in re.split("[、，,]", head):
        region = division_by_short_name(addressee.strip().removeprefix("各"), level)
        if region is not None:
            return region
    return None


def division_by_short_name(name: str, level: str) -> Region | None:
    """The one division of `level` whose short name (two or three characters) opens `name`
    (杭州住房公积金管理委员会 → 杭州市), else None; where two divisions share the short name, neither; nor where the name
    goes on with a landform (长乐山工业园区 is named after a mountain)."""
    for length in (3, 2):
        short = name[:length]
        if name[length:length + 1] in _LANDFORMS:
            continue  # 长乐山工业园区, 杭州湾新区: a park named after a mountain or a bay, not after 长乐区 or 杭州
        candidates = [region for region in gazetteer().by_full_or_short_name.get(short, ())
                      if region.level == level and region.short_name == short]
        if len(candidates) == 1:
            return candidates[0]
    return None


def speaks_for_the_nation(text: str) -> bool:
    """The text calls its jurisdiction the nation (全国, 我国) often and never a division (全省, 本市 …):
    a national document that names no issuer (a ministry's page without its header)."""
    nation = len(keywords().national_self_reference.findall(text))
    return nation >= _MIN_NATIONAL_MENTIONS and self_references(text).total() == 0


def self_references(text: str) -> Counter[str]:
    """How often the text calls its jurisdiction each kind of division (市: 全市, 本市, 我市 …)."""
    return Counter({kind: len(pattern.findall(text)) for kind, pattern in keywords().self_references.items()})


def names_held(text: str, kind: str) -> set[str]:
    """The gazetteer's names longer than `kind` and ending with it that the text holds: read off the characters before
    each place it writes the kind, not by looking for each of the kind's hundreds of names through the whole text."""
    by_name, longest = gazetteer().by_name, gazetteer().longest_name
    held: set[str] = set()
    at = text.find(kind)
    while at >= 0:
        end = at + len(kind)
        held.update(name for name in names_ending_at(text, end, by_name, longest, shortest=len(kind) + 1)
                    if not _JOINING_BODIES.match(text, end - len(name)))
        at = text.find(kind, at + 1)
    return held


def _mentions(name: str, kind: str, text: str) -> int:
    """How often the text names a division in full; a name of one character and its kind (和县, 代县) only where no
    character runs into it (市委和县委, 现代县域 name none)."""
    if len(name) > len(kind) + 1 or name not in text:
        return text.count(name)
    return len(re.findall(rf"(?<![{HAN}]){re.escape(name)}", text))


def _far_ahead(counts: Counter[str]) -> str | None:
    """The name counted at least _MIN_SHORT_ALONE times and more than twice as often as any other."""
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < _MIN_SHORT_ALONE or (len(ranked) == 2 and ranked[1][1] * 2 >= ranked[0][1]):
        return None
    return ranked[0][0]


def _short_names_alone(text: str, kind: str) -> Counter[str]:
    """How often the text names each division of a kind by its short name (宣城 of 宣城市), full names aside."""
    pattern, name_of = _short_name_pattern(kind)
    return Counter(name_of[short] for short in pattern.findall(text)) if name_of else Counter()


@cache
def _short_name_pattern(kind: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """Every short name (two characters or more) of a division of a kind that is no other word (jieba's dictionary
    gives it a place's tag or none: not 资源 of 资源县, 合作 of 合作市, 共和 of 共和县), and its division's name; a short
    name several divisions share is the highest one's (西安 of 西安市, not of 辽源's 西安区), else none's."""
    name_of = {}
    for regions in gazetteer().by_name.values():
        for region in regions:
            short = region.short_name or ""
            if (region.name.endswith(kind) and len(short) >= 2 and _highest(short) == region
                    and dictionary_tag(short) in (None, *PLACE_TAGS)):
                name_of[short] = region.name
    return re.compile(alternation(name_of)), name_of


def _highest(name: str) -> Region | None:
    """Of the divisions a name names (in full or short), the one higher than the others, else None."""
    ranked = sorted(gazetteer().by_full_or_short_name.get(name, ()), key=lambda region: _LEVEL_RANK[region.level])
    if not ranked or len(ranked) > 1 and _LEVEL_RANK[ranked[1].level] == _LEVEL_RANK[ranked[0].level]:
        return None
    return ranked[0]


def _short_name_uses(text: str, named: Counter[str]) -> Counter[str]:
    """How often each division the text names in full is named by its short name (the full name included)."""
    uses: Counter[str] = Counter()
    for name, count in named.items():
        shorts = {region.short_name for region in gazetteer().by_name[name]
                  if region.name == name and len(region.short_name or "") >= 2}
        if count and len(shorts) == 1:
            uses[name] = text.count(shorts.pop())
    return uses
