"""The gazetteer of China's administrative divisions (resources/regions.csv, and regions_former.csv for those
abolished or renamed since 2000), loaded once for every reader:
metadata finds a document's jurisdiction in it, departments the level a place name in a unit names; and the
townships below its counties (resources/townships.csv), loaded when a document names one."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass
from functools import cache

from gongwen.text.resources import read_csv
from gongwen.vocabulary import PROVINCE


@dataclass(frozen=True)
class Region:
    adcode: str
    name: str
    short_name: str
    level: str  # province | prefecture | county
    parent_adcode: str
    path: str
    until: str | None = None  # a former division (regions_former.csv): the year its name went ("" after 2020), else None


@dataclass(frozen=True)
class Gazetteer:
    by_code: dict[str, Region]
    by_path: dict[str, Region]  # 湖南省长沙市浏阳市 → 浏阳市
    # The names a document calls a division by: full names, 湘西州-style names, province short names.
    by_name: dict[str, tuple[Region, ...]]
    longest_name: int
    # Full and short names of every division (湖南省, 湖南, 郴州市, 郴州): what a unit's prefix may be.
    by_full_or_short_name: dict[str, tuple[Region, ...]]

    def ancestors(self, region: Region) -> list[Region]:
        """The divisions above a region, innermost first (浏阳市 → 长沙市, 湖南省)."""
        chain = []
        code = region.parent_adcode
        while code:
            parent = self.by_code[code]
            chain.append(parent)
            code = parent.parent_adcode
        return chain

    def chain(self, path: str | None) -> list[Region]:
        """The region with that path and its ancestors, innermost first; empty when no region has it. A path
        below the gazetteer's divisions (a 镇 or 街道: 上海市闵行区吴泾镇) has the chain of its county."""
        path = path or ""
        region = self.by_path.get(path)
        cut = len(path) - 1
        while region is None and cut > 1:
            region = self.by_path.get(path[:cut])
            cut -= 1
        return [region, *self.ancestors(region)] if region is not None else []


def _names_in_documents(regions: list[Region]) -> dict[str, tuple[Region, ...]]:
    by_name: dict[str, list[Region]] = {}
    for region in regions:
        by_name.setdefault(region.name, []).append(region)
    for region in regions:
        # 湘西州, 延边州: an autonomous prefecture is called by its short name plus 州.
        if region.short_name and region.name.endswith("自治州"):
            by_name.setdefault(region.short_name + "州", []).append(region)
        # 印江自治县, 张家川县: an autonomous county by its short name plus 自治县, or plus 县 as any county.
        if region.short_name and region.name.endswith("自治县"):
            by_name.setdefault(region.short_name + "自治县", []).append(region)
            by_name.setdefault(region.short_name + "县", []).append(region)
        # 河南, 宁夏, 内蒙古: a province is often named without 省/自治区 (export columns, 湖南湘江新区).
        if region.short_name and region.level == PROVINCE:
            by_name.setdefault(region.short_name, []).append(region)
    return {name: tuple(found) for name, found in by_name.items()}


def _full_and_short_names(regions: list[Region]) -> dict[str, tuple[Region, ...]]:
    by_name: dict[str, list[Region]] = {}
    for region in regions:
        # A division without a short name also lands under "": kept, as departments has always read it.
        for name in {region.name, region.short_name}:
            by_name.setdefault(name, []).append(region)
    return {name: tuple(found) for name, found in by_name.items()}


@cache
def gazetteer() -> Gazetteer:
    regions = [Region(row["adcode"], row["name"], row["short_name"], row["level"], row["parent_adcode"],
                      row["path"]) for row in read_csv("regions.csv")]
    # Divisions abolished or renamed since 2000, named by documents of their time (杭州市江干区): by full name only.
    regions += [Region(row["adcode"], row["name"], "", row["level"], row["parent_adcode"], row["path"], row["until"])
                for row in read_csv("regions_former.csv")]
    by_code = {region.adcode: region for region in regions}
    by_path: dict[str, Region] = {}
    for region in regions:
        by_path.setdefault(region.path, region)
    by_name = _names_in_documents(regions)
    return Gazetteer(by_code, by_path, by_name, max(map(len, by_name)), _full_and_short_names(regions))


@cache
def townships() -> dict[str, tuple[Region, ...]]:
    """Township names (南漳镇, 吴泾镇, 古美路街道) → the counties that have one so named (城关镇: 95 of them)."""
    by_code = gazetteer().by_code
    found: dict[str, list[Region]] = {}
    for row in read_csv("townships.csv"):
        found.setdefault(row["name"], []).append(by_code[row["county_adcode"]])
    return {name: tuple(counties) for name, counties in found.items()}


def names_ending_at(text: str, end: int, names: Collection[str], longest: int, shortest: int = 2) -> Iterator[str]:
    """The names of `names` the text writes ending at `end`, the longest first (of 湖南省长沙市 ending at its 市:
    长沙市), none shorter than `shortest` characters."""
    for start in range(max(0, end - longest), end - shortest + 1):
        if text[start:end] in names:
            yield text[start:end]
