"""Which government department a responsible unit is (市发改委 / 省发展改革委 / 国家发展改革委 → 发展改革)
and at which level it sits, from the gazetteer in resources/departments.csv.

Local governments named as units (各县市区人民政府, 各市州政府, 厦门市人民政府) get the canonical
department `地方人民政府`, so that they can be counted like any department, with the level their
wording names. Townships, development zones, enterprises, banks other than the central bank, schools
and public institutions (…中心) are known but not government departments: department None, level
`other`. A unit the gazetteer cannot place at all is `known=False`, never guessed.
"""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass
from pathlib import Path

from gongwen.model import UnitClass

_RESOURCES = Path(__file__).parent / "resources"
DEPARTMENTS_PATH = _RESOURCES / "departments.csv"
AREA_WORDS_PATH = _RESOURCES / "departments_area_words.csv"
# The administrative divisions shared with gongwen.metadata: place names in a unit tell its level.
REGIONS_PATH = _RESOURCES / "regions.csv"

LOCAL_GOVERNMENT = "地方人民政府"
LEVELS = ("national", "province", "prefecture", "county")

_BRACKETED = re.compile(r"[（(][^（()）]*[）)]|\[[^\]]*\]|【[^】]*】")
_NATIONAL_PREFIX = re.compile(r"^(?:国家|中央|国务院|全国|中华人民共和国)")
_PARTY_PREFIX = re.compile(r"^(?:中共|中国共产党)")
_COLLECTIVE_OPENER = re.compile(r"^(?:各|有关|相关|其他|其余|全|所在地|属地|驻)")
_GOVERNMENT_MARKER = re.compile(r"(?:人民政府|政府|党委|委员会|委|直属|直|级)$")
# One administrative name ending in its kind (湖南省, 郴州市, 长沙市浏阳市 → 长沙市 + 浏阳市). A 州/区
# followed by 市/县/区 is part of the name (郑州市, 通州区), not its end.
_PLACE_COMPONENT = re.compile(r".+?(?:特别行政区|自治区|自治州|自治县|自治旗|地区|省|市|盟|县|旗|区|州)(?![市县区])")
_LIST_TAIL = re.compile(r"(?:等有关部门|等相关部门|等部门|等单位|等)$")
# A branch or sub-unit of a department (市生态环境局蒲江分局, 市公安局高新分局, 市公安局交通管理支队): the
# department of its parent, at the level of the place the branch is named after, if it is one.
_BRANCH = re.compile(r"^(?P<parent>.+?(?:局|厅|委))(?P<place>[\u3400-\u9fff]{1,10}?)"
                     r"(?:分局|支队|大队|管理局|管理处|分中心|中心|局)$")


@dataclass(frozen=True)
class _Entry:
    department: str | None
    fixed_level: str | None  # national / other, or None: read from the prefix


@dataclass(frozen=True)
class _Region:
    name: str
    short_name: str
    level: str
    parent: str
    path: str


@dataclass(frozen=True)
class _Gazetteer:
    by_suffix: dict[str, _Entry]
    longest_suffix: int
    patterns: tuple[tuple[re.Pattern[str], _Entry], ...]
    area_words: dict[str, str]
    area_word: re.Pattern[str]
    regions_by_name: dict[str, tuple[_Region, ...]]
    regions_by_path: dict[str, _Region]
    regions_by_code: dict[str, _Region]


def _data_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


@functools.cache
def _gazetteer() -> _Gazetteer:
    by_suffix: dict[str, _Entry] = {}
    patterns: list[tuple[re.Pattern[str], _Entry]] = []
    for number, row in enumerate(_data_rows(DEPARTMENTS_PATH), start=2):
        entry = _Entry(row["department"] or None, row["level"] or None)
        if row["match"] == "regex":
            patterns.append((re.compile(row["alias"]), entry))
        elif row["match"] == "suffix":
            by_suffix.setdefault(row["alias"], entry)
        else:
            raise ValueError(f"{DEPARTMENTS_PATH.name}: data row {number}: match must be suffix or regex, "
                             f"got {row['match']!r}")
    area_words = {row["word"]: row["level"] for row in _data_rows(AREA_WORDS_PATH)}
    by_name: dict[str, list[_Region]] = {}
    by_path: dict[str, _Region] = {}
    by_code: dict[str, _Region] = {}
    if REGIONS_PATH.exists():
        for row in _data_rows(REGIONS_PATH):
            region = _Region(row["name"], row["short_name"], row["level"], row["parent_adcode"], row["path"])
            by_code[row["adcode"]] = region
            by_path.setdefault(region.path, region)
            for name in {region.name, region.short_name}:
                by_name.setdefault(name, []).append(region)
    alternation = "|".join(re.escape(w) for w in sorted(area_words, key=len, reverse=True))
    return _Gazetteer(
        by_suffix=by_suffix,
        longest_suffix=max(map(len, by_suffix)),
        patterns=tuple(patterns),
        area_words=area_words,
        area_word=re.compile(rf"^(?:(?:{alternation})[、，,]?)+$"),
        regions_by_name={name: tuple(rs) for name, rs in by_name.items()},
        regions_by_path=by_path,
        regions_by_code=by_code,
    )


def _region_chain(region: str | None) -> list[_Region]:
    """The document's region and its ancestors, innermost first (浏阳市, 长沙市, 湖南省)."""
    gazetteer = _gazetteer()
    node = gazetteer.regions_by_path.get(region or "")
    chain = []
    while node is not None:
        chain.append(node)
        node = gazetteer.regions_by_code.get(node.parent)
    return chain


def _city_level(admin_level: str, chain: list[_Region]) -> str:
    """What `市` means in a unit's name, given the document that names it."""
    if chain and chain[-1].level == "province" and chain[-1].name.endswith("市"):
        return "province"  # 重庆市's documents: 市公安局 is the municipality's bureau
    if admin_level == "county" and chain and chain[0].name.endswith("市"):
        return "county"  # 浏阳市's documents: 市公安局 is the county-level city's bureau
    return "prefecture"


def _district_level(admin_level: str, chain: list[_Region]) -> str:
    if admin_level == "province" and chain and chain[-1].name.endswith("自治区"):
        return "province"
    return "county"


def _place_level(place: str, chain: list[_Region]) -> str | None:
    """Level of one place name (郴州市, 郴州, 湖南省, 宁德市), None when it is not a known place."""
    for node in chain:
        if place in (node.name, node.short_name):
            return node.level
    candidates = _gazetteer().regions_by_name.get(place, ())
    levels = {c.level for c in candidates}
    if len(levels) == 1:
        return levels.pop()
    if chain and candidates:
        province = chain[-1].path
        local = {c.level for c in candidates if c.path.startswith(province)}
        if len(local) == 1:
            return local.pop()
    if place.endswith(("省", "自治区", "特别行政区")):
        return "province"
    if place.endswith(("市", "州", "地区", "盟")):
        return "prefecture"
    if place.endswith(("县", "区", "旗")):
        return "county"
    return None


def _level_of_prefix(prefix: str, admin_level: str, region: str | None) -> str:
    """Level named by what stands before a department's name: 省, 市委, 各县市区, 湖南省, 郴州, 国家."""
    document_level = admin_level if admin_level in LEVELS else "other"
    text = _PARTY_PREFIX.sub("", prefix.strip("、，, "))
    if not text:
        return document_level
    if _NATIONAL_PREFIX.match(text):
        return "national"
    text = _COLLECTIVE_OPENER.sub("", text)
    while len(text) > 1 and _GOVERNMENT_MARKER.search(text):
        stripped = _GOVERNMENT_MARKER.sub("", text)
        if not stripped:
            break
        text = stripped
    if not text:
        return document_level
    gazetteer = _gazetteer()
    chain = _region_chain(region)
    if gazetteer.area_word.match(text):
        first = max((w for w in gazetteer.area_words if text.startswith(w)), key=len)
        level = gazetteer.area_words[first]
        if level == "city":
            return _city_level(admin_level, chain)
        if level == "district":
            return _district_level(admin_level, chain)
        return level
    last_place = re.split(r"[、，,]", text)[-1]
    components = _PLACE_COMPONENT.findall(last_place) or [last_place]
    return _place_level(components[-1], chain) or _place_level(last_place, chain) or document_level


def normalize_unit_name(unit: str) -> str:
    """The name as the gazetteer matches it: no brackets (市委组织部(市委人才办) → 市委组织部), blanks or 等."""
    name = re.sub(r"\s+", "", unit)
    previous = None
    while previous != name:
        previous, name = name, _BRACKETED.sub("", name)
    return _LIST_TAIL.sub("", name)


def _match(name: str) -> tuple[_Entry, str, re.Match[str] | None] | None:
    """The gazetteer entry for a normalized name, the prefix before it, and the regex match if any."""
    gazetteer = _gazetteer()
    for pattern, entry in gazetteer.patterns:
        found = pattern.search(name)
        if found:
            return entry, name[: found.start()], found
    for start in range(max(0, len(name) - gazetteer.longest_suffix), len(name)):
        entry = gazetteer.by_suffix.get(name[start:])
        if entry is not None:
            return entry, name[:start], None
    return None


@functools.lru_cache(maxsize=65536)
def classify_unit(unit: str, admin_level: str, region: str | None) -> UnitClass:
    """Canonical department and level of a responsible unit named in a document of `admin_level`
    (national | province | prefecture | county | unknown) governing `region` (e.g. 湖南省长沙市浏阳市).

    `市公安局` is prefecture-level in 郴州市's plan, province-level in 重庆市's and county-level in
    浏阳市's; `省…` is province, `县…`/`区…` county, 公安部 / 国家发展改革委 national."""
    name = normalize_unit_name(unit)
    found = _match(name) if name else None
    if found is None:
        return _classify_branch(name, admin_level, region)
    entry, prefix, regex_match = found
    if entry.department is None:
        return UnitClass(department=None, level="other", known=True)
    if entry.fixed_level is not None:
        return UnitClass(department=entry.department, level=entry.fixed_level, known=True)
    if regex_match is not None and "place" in regex_match.groupdict():
        level = _level_of_prefix(regex_match.group("place") or "", admin_level, region)
    else:
        level = _level_of_prefix(prefix, admin_level, region)
    if entry.department == LOCAL_GOVERNMENT and level == "other":
        return UnitClass(department=None, level="other", known=True)  # a township's government
    return UnitClass(department=entry.department, level=level, known=True)


def _classify_branch(name: str, admin_level: str, region: str | None) -> UnitClass:
    """A unit the gazetteer does not name, placed through its parent if it is a branch of one."""
    branch = _BRANCH.match(name)
    if branch is not None:
        parent = classify_unit(branch.group("parent"), admin_level, region)
        if parent.known and parent.department is not None:
            place_level = _place_level(branch.group("place"), _region_chain(region))
            return UnitClass(parent.department, place_level or parent.level, True)
    return UnitClass(department=None, level="other", known=False)
