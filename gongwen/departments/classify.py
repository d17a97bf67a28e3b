"""classify_unit: the canonical department and level of one responsible unit named in a document."""

from __future__ import annotations

import functools
import re

from gongwen.departments.gazetteer import Entry, gazetteer, vocabulary
from gongwen.departments.levels import level_of_prefix, place_level, region_chain
from gongwen.model import UnitClass
from gongwen.vocabulary import OTHER_LEVEL

LOCAL_GOVERNMENT = "地方人民政府"

_BRACKETED = re.compile(r"[（(][^（()）]*[）)]|\[[^\]]*\]|【[^】]*】")


def normalize_unit_name(unit: str) -> str:
    """The name as the gazetteer matches it: no brackets (市委组织部(市委人才办) → 市委组织部), blanks or 等."""
    name = re.sub(r"\s+", "", unit)
    previous = None
    while previous != name:
        previous, name = name, _BRACKETED.sub("", name)
    return vocabulary().list_tail.sub("", name)


def _match(name: str) -> tuple[Entry, str, re.Match[str] | None] | None:
    """The gazetteer entry for a normalized name, the prefix before it, and the regex match if any."""
    departments = gazetteer()
    for pattern, entry in departments.patterns:
        found = pattern.search(name)
        if found:
            return entry, name[: found.start()], found
    for start in range(max(0, len(name) - departments.longest_suffix), len(name)):
        entry = departments.by_suffix.get(name[start:])
        if entry is not None:
            return entry, name[:start], None
    return None


def department_prefix(unit: str) -> str | None:
    """What stands before the department whose name the gazetteer lists that a unit's name ends with (县 of 县应急管理局,
    负责市 of 负责市财政局), or None where it ends with none (or only a pattern matches it: 市人民政府)."""
    found = _match(normalize_unit_name(unit))
    return found[1] if found is not None and found[0].department is not None and found[2] is None else None


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
        return UnitClass(department=None, level=OTHER_LEVEL, known=True)
    if entry.fixed_level is not None:
        return UnitClass(department=entry.department, level=entry.fixed_level, known=True)
    if regex_match is not None and "place" in regex_match.groupdict():
        level = level_of_prefix(regex_match.group("place") or "", admin_level, region)
    else:
        level = level_of_prefix(prefix, admin_level, region)
    if entry.department == LOCAL_GOVERNMENT and level == OTHER_LEVEL:
        return UnitClass(department=None, level=OTHER_LEVEL, known=True)  # a township's government
    return UnitClass(department=entry.department, level=level, known=True)


def _classify_branch(name: str, admin_level: str, region: str | None) -> UnitClass:
    """A unit the gazetteer does not name, placed through its parent if it is a branch of one."""
    branch = vocabulary().branch.match(name)
    if branch is not None:
        parent = classify_unit(branch.group("parent"), admin_level, region)
        if parent.known and parent.department is not None:
            level = place_level(branch.group("place"), region_chain(region))
            return UnitClass(parent.department, level or parent.level, True)
    return UnitClass(department=None, level=OTHER_LEVEL, known=False)
