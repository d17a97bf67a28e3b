"""Theme of a task: a small taxonomy kept as data (resources/themes.csv), scored by keyword hits in the
task's heading (weighing more) and text."""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

from gongwen.text.patterns import word_trie
from gongwen.text.resources import read_csv

THEMES_FILE = "themes.csv"
FALLBACK_THEME = "其他"

# A heading hit counts this many times a body hit: the heading says what the task is about, the body
# also lists the means (资金, 用地, 平台 …) that every task mentions.
HEADING_WEIGHT = 3


@dataclass(frozen=True)
class Theme:
    name: str
    keywords: tuple[str, ...]


@functools.cache
def load_themes() -> tuple[Theme, ...]:
    """The taxonomy in file order (the order also breaks ties); the fallback theme is not in the file.

    A keyword belongs to one theme only: a second listing is an error, not a silent double count."""
    themes: list[Theme] = []
    owner: dict[str, str] = {}
    for row_number, row in enumerate(read_csv(THEMES_FILE), start=1):
        name = (row.get("theme") or "").strip()
        keywords = tuple(k.strip() for k in (row.get("keywords") or "").split("|") if k.strip())
        where = f"resources/{THEMES_FILE}, theme row {row_number}"
        if not name or not keywords:
            raise ValueError(f"{where}: a theme needs a name and keywords, got {row}")
        for keyword in keywords:
            if keyword in owner:
                raise ValueError(f"{where}: keyword {keyword!r} of {name} is already listed under {owner[keyword]}")
            owner[keyword] = name
        themes.append(Theme(name, keywords))
    return tuple(themes)


THEMES: tuple[str, ...] = (*(theme.name for theme in load_themes()), FALLBACK_THEME)


@functools.cache
def _keyword_matcher() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern over every keyword, longest first, and the theme of each keyword.

    Scanning once with the longest keyword at each place makes 农业转移人口 one hit for 市民化与户籍,
    not also a hit of 农业 for 城乡融合与土地."""
    theme_of = {keyword: theme.name for theme in load_themes() for keyword in theme.keywords}
    return re.compile(word_trie(theme_of)), theme_of


def _hits(text: str) -> Counter[str]:
    pattern, theme_of = _keyword_matcher()
    return Counter(theme_of[keyword] for keyword in pattern.findall(text))


def theme_scores(heading: str, text: str) -> dict[str, int]:
    """Keyword hits per theme, in file order: a hit in the heading counts HEADING_WEIGHT, in the text 1.

    The text may repeat the heading (the contract's task text does): its words then count once more."""
    heading_hits, text_hits = _hits(heading), _hits(text)
    return {
        theme.name: HEADING_WEIGHT * heading_hits[theme.name] + text_hits[theme.name]
        for theme in load_themes()
    }


def assign_theme(heading: str, text: str) -> str:
    """The best-scoring theme of a task, 其他 when no keyword occurs.

    Ties go to the theme with more heading hits, then to the one listed first in themes.csv."""
    heading_hits, text_hits = _hits(heading), _hits(text)
    best_name, best_key = FALLBACK_THEME, (0, 0)
    for theme in load_themes():
        key = (HEADING_WEIGHT * heading_hits[theme.name] + text_hits[theme.name], heading_hits[theme.name])
        if key > best_key:
            best_name, best_key = theme.name, key
    return best_name
