"""The department gazetteer (resources/departments.csv), the words for kinds of area that open a unit's
name (departments_area_words.csv) and the words around a department's name (departments_vocabulary.yaml)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from gongwen.text.chars import HAN
from gongwen.text.patterns import alternation
from gongwen.text.resources import read_csv, read_yaml, resource_path

DEPARTMENTS_PATH = resource_path("departments.csv")
AREA_WORDS_PATH = resource_path("departments_area_words.csv")


@dataclass(frozen=True)
class Entry:
    department: str | None
    fixed_level: str | None  # national / other, or None: read from the prefix


@dataclass(frozen=True)
class Gazetteer:
    by_suffix: dict[str, Entry]
    longest_suffix: int
    patterns: tuple[tuple[re.Pattern[str], Entry], ...]
    area_words: dict[str, str]
    area_word: re.Pattern[str]


@dataclass(frozen=True)
class Vocabulary:
    national_prefix: re.Pattern[str]
    party_prefix: re.Pattern[str]
    collective_opener: re.Pattern[str]
    government_marker: re.Pattern[str]
    list_tail: re.Pattern[str]
    # One administrative name ending in its kind (湖南省, 郴州市, 长沙市浏阳市 → 长沙市 + 浏阳市). A 州/区
    # followed by 市/县/区 is part of the name (郑州市, 通州区), not its end.
    place_component: re.Pattern[str]
    # A branch or sub-unit of a department (市生态环境局蒲江分局, 市公安局交通管理支队): the department of
    # its parent, at the level of the place the branch is named after, if it is one.
    branch: re.Pattern[str]
    level_by_ending: tuple[tuple[str, tuple[str, ...]], ...]


@functools.cache
def gazetteer() -> Gazetteer:
    by_suffix: dict[str, Entry] = {}
    patterns: list[tuple[re.Pattern[str], Entry]] = []
    for number, row in enumerate(read_csv(DEPARTMENTS_PATH.name), start=2):
        entry = Entry(row["department"] or None, row["level"] or None)
        if row["match"] == "regex":
            patterns.append((re.compile(row["alias"]), entry))
        elif row["match"] == "suffix":
            by_suffix.setdefault(row["alias"], entry)
        else:
            raise ValueError(f"{DEPARTMENTS_PATH.name}: data row {number}: match must be suffix or regex, "
                             f"got {row['match']!r}")
    area_words = {row["word"]: row["level"] for row in read_csv(AREA_WORDS_PATH.name)}
    return Gazetteer(
        by_suffix=by_suffix,
        longest_suffix=max(map(len, by_suffix)),
        patterns=tuple(patterns),
        area_words=area_words,
        area_word=re.compile(rf"^(?:(?:{alternation(area_words)})[、，,]?)+$"),
    )


@functools.cache
def vocabulary() -> Vocabulary:
    words = read_yaml("departments_vocabulary.yaml")
    party = read_yaml("metadata_keywords.yaml")["party_prefixes"]
    return Vocabulary(
        national_prefix=re.compile(rf"^(?:{alternation(words['national_prefixes'])})"),
        party_prefix=re.compile(rf"^(?:{alternation(party)})"),
        collective_opener=re.compile(rf"^(?:{alternation(words['collective_openers'])})"),
        government_marker=re.compile(rf"(?:{alternation(words['government_markers'])})$"),
        list_tail=re.compile(rf"(?:{alternation(words['list_tails'])})$"),
        place_component=re.compile(rf".+?(?:{alternation(words['division_kinds'])})(?![市县区])"),
        branch=re.compile(rf"^(?P<parent>.+?(?:{alternation(words['branch_parents'])}))(?P<place>[{HAN}]{{1,10}}?)"
                          rf"(?:{alternation(words['branch_suffixes'])})$"),
        level_by_ending=tuple((level, tuple(endings)) for level, endings in words["level_by_ending"].items()),
    )
