"""Mandate strength of a commitment: `hard` (确保, 必须, 严禁 …), `soft` (力争, 鼓励, 探索 …) or `neutral`,
read from the words of the sentence that carries it (resources/mandate_words.yaml)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from gongwen.text.patterns import alternation
from gongwen.text.resources import read_yaml
from gongwen.vocabulary import HARD, NEUTRAL, SOFT


@dataclass(frozen=True)
class _MandateWords:
    word: re.Pattern[str]  # any hard or soft word, or a phrase that only looks like one
    strength: dict[str, str | None]  # word → hard | soft (None: not a mandate word)


@cache
def _words() -> _MandateWords:
    words = read_yaml("mandate_words.yaml")
    strength: dict[str, str | None] = {word: HARD for word in words["hard"]}
    strength |= {word: SOFT for word in words["soft"]}
    strength |= {word: None for word in words["not_mandate"]}
    return _MandateWords(re.compile(alternation(strength)), strength)


def mandate_words(text: str) -> list[str]:
    """The mandate strength of each mandate word in `text`, in order (hard / soft)."""
    words = _words()
    found = (words.strength[match.group()] for match in words.word.finditer(text))
    return [strength for strength in found if strength is not None]


def strongest_mandate(text: str) -> str:
    """A task's mandate: hard if any of its sentences binds (确保/必须/严禁…), else soft if one hedges or
    encourages (力争/鼓励/支持…), else neutral."""
    found = set(mandate_words(text))
    return HARD if HARD in found else SOFT if SOFT in found else NEUTRAL


def mandate_before(sentence: str) -> str:
    """A target's mandate: the last mandate word before its value in its sentence (确保粮食产量1300亿斤以上、
    力争比去年实现更多增长 → hard for 1300亿斤), else neutral."""
    found = mandate_words(sentence)
    return found[-1] if found else NEUTRAL
