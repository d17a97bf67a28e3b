"""Unit lists: `市公安局、市发改委` → the names of the units, and the units of a task with their roles."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from gongwen.model import TaskUnit
from gongwen.tasks.actor_words import actor_words
from gongwen.tasks.brackets import inside_brackets, strip_brackets, top_level_split
from gongwen.tasks.lines import WHITESPACE
from gongwen.tasks.vocabulary import ends_like_unit, vocabulary, vocabulary_data
from gongwen.text.chars import HAN, HAN_CHAR, ITEM_MARKS
from gongwen.text.regions import gazetteer
from gongwen.vocabulary import MAX_UNIT_NAME, MIN_UNIT_NAME

EACH = "各"  # opens a collective name (各高校; a run written without 、, 各地各部门, is one name as written)
_ETC = "等"
_MIN_CONJOINED_NAME = 3  # 党委和政府 is a phrase, not two units
# A bracket opened and never closed at the list's end: a page cut off there (〔责任单位:自治区农牧厅(), what was in it lost
_UNCLOSED_AT_END = re.compile(r"[（(〔【][^（(〔【）)〕】]*$")
_TOPIC_BY = re.compile(r"(?P<topic>[^、，,；;由]{2,20})(?<!自)由(?=\S)")  # 规范性文件公开由…: the matter, then its agent
_SPACE_IN_NAME = re.compile(rf"(?<=[{HAN}])\s+(?=[{HAN}])")  # 伏羲 山管委会: a PDF's text spaced the name
# A mark a list sets before a unit (▲发改局, ★市财政局: its lead where the list says so; ITEM_MARKS) is no part of the name,
# nor is the short name it gives the unit in brackets after it (…开发区管委会(以下简称高新区管委会): actor_words().abbreviation).


def looks_like_unit(name: str) -> bool:
    """Ends like the name of an organ, unit or body (市发改委, 各县市区人民政府, 经开区, 大瑶镇)."""
    bare = strip_brackets(name).strip()
    return len(bare) >= 2 and ends_like_unit(bare)


def _bare_place(fragment: str) -> bool:
    """A division's name alone (商水县, 项城市, 川汇区), which a list may share with the government after it, not
    a unit by its ending (项城市 ends in 城市, as 试点城市 does)."""
    bare = strip_brackets(fragment)
    return bare in gazetteer().by_name or not looks_like_unit(bare) and len(bare) <= 4


def _split_conjoined(fragment: str) -> list[str]:
    """`教育部和民政部`, `县(市)政府及开发区管委会` → two units; `工业和信息化部`, `各级党委和政府` stay whole, and so
    does a conjunction inside brackets (市卫健委(市中医药管理局和市疾控局))."""
    conjunction = vocabulary().conjunction
    if not conjunction.search(fragment):
        return [fragment]
    for found in conjunction.finditer(fragment):
        if inside_brackets(fragment, found.start()):
            continue
        # 国家疾控局等和地方人民政府: the 等 closing a list before the next body is no part of a name
        left, right = fragment[: found.start()].removesuffix(_ETC), fragment[found.end():]
        if (len(left) >= _MIN_CONJOINED_NAME and len(right) >= _MIN_CONJOINED_NAME
                and looks_like_unit(left) and looks_like_unit(right) and not _bare_kind(right)):
            return [left, *_split_conjoined(right)]
    return [fragment]


def _bare_kind(name: str) -> bool:
    """A unit's kind alone (人民政府, 管委会): after 和 it is the same place's second body (各县(市、区)党委和人民政府)."""
    return name in _unit_kinds()


@functools.cache
def _unit_kinds() -> frozenset[str]:
    return frozenset(vocabulary_data()["unit_suffixes"])


def opens_own_name(fragment: str, following: str) -> bool:
    """After a collective area item, the next item is a name of its own: it opens with 各/有关 too
    (各居村、相关责任单位), or the item is a unit already and the next opens with its own level word
    (属地街道、区建设管理委; not 各市州、县市区人民政府, whose 县 begins a list of areas)."""
    words = vocabulary()
    return (words.collective.match(following) is not None
            or looks_like_unit(fragment) and words.own_level.match(following) is not None)


def split_unit_list(text: str) -> list[str]:
    """`市公安局、市发改委` → two units; keeps names that contain 、 or brackets whole.

    各市州、县市区人民政府 is one unit: a fragment made only of 各 + kinds of area is the first half of
    the next name, unless that one is a name of its own (各居村、相关责任单位 are two, see opens_own_name). Bare place names before a government (漳州、泉州、宁德市人民政府) stay with it."""
    area_collective = vocabulary().area_collective
    fragments = [f.strip(WHITESPACE + "。.") for f in top_level_split(_UNCLOSED_AT_END.sub("", text), "、")]
    fragments = [part for f in fragments if f for part in _split_conjoined(f)]
    units: list[str] = []
    pending: list[str] = []
    for i, fragment in enumerate(fragments):
        pending.append(fragment)
        has_next = i + 1 < len(fragments)
        collective = has_next and area_collective.match(strip_brackets(fragment))
        if collective and not opens_own_name(fragment, fragments[i + 1]):
            continue
        if (has_next and not collective and _bare_place(fragment)
                and (_bare_place(fragments[i + 1]) or not looks_like_unit(fragments[i + 1])
                     or fragments[i + 1].endswith("政府"))):
            continue
        units.append("、".join(pending))
        pending = []
    if pending:
        units.append("、".join(pending))
    return units


def strip_list_ends(text: str) -> str:
    """A unit list without the words around it: 由市发改委 → 市发改委, 省统计局等部门 → 省统计局, and without the matter
    it is given before 由 (规范性文件公开由制发司(局) → 制发司(局))."""
    words = vocabulary()
    text = words.list_tail.sub("", text.strip(WHITESPACE))
    topic = _TOPIC_BY.match(text)
    if topic and not looks_like_unit(topic["topic"]):
        text = text[topic.end():]
    return words.list_head.sub("", text)


def read_unit_list(text: str) -> list[str]:
    """The units of a list with the words around it: 由市发改委、市财政局等部门 → two units."""
    return split_unit_list(strip_list_ends(text))


@dataclass
class RoleList:
    """Units of one clause or task in order, with roles; the first occurrence of a unit wins."""

    units: list[TaskUnit] = field(default_factory=list)
    _seen: set[str] = field(default_factory=set, repr=False, compare=False)  # the names in units

    def add(self, names: Iterable[str], role: str) -> None:
        """Add each name not yet listed, as unit_name gives it."""
        for name in map(unit_name, names):
            if name is not None and name not in self._seen:
                self.units.append(TaskUnit(name, role))
                self._seen.add(name)


@functools.lru_cache(maxsize=8192)
def unit_name(name: str) -> str | None:
    """A list's name as a unit, without spaces between its characters, the marks before it or the short name
    after it; None for a name without a Chinese character (…, /, ——: what a template or an empty table cell holds)
    or of a length no name has (UNIT_NAME_CHARS)."""
    name = actor_words().abbreviation.sub("", _SPACE_IN_NAME.sub("", name).lstrip(ITEM_MARKS))
    return name if HAN_CHAR.search(name) and MIN_UNIT_NAME <= len(name) <= MAX_UNIT_NAME else None
