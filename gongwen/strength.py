"""Mandate strength of a commitment: `hard` (确保, 必须, 严禁 …), `soft` (力争, 鼓励, 探索 …) or `neutral`,
read from the words of the sentence that carries it (resources/strength_words.yaml)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from gongwen.text.patterns import alternation
from gongwen.text.resources import read_yaml
from gongwen.vocabulary import HARD, NEUTRAL, SOFT


@dataclass(frozen=True)
class _StrengthWords:
    word: re.Pattern[str]  # any hard or soft word, or a phrase that only looks like one
    strength: dict[str, str | None]  # word → hard | soft (None: not a strength word)


@cache
def _words() -> _StrengthWords:
    words = read_yaml("strength_words.yaml")
    strength: dict[str, str | None] = {word: HARD for word in words["hard"]}
    strength |= {word: SOFT for word in words["soft"]}
    strength |= {word: None for word in words["not_strength"]}
    return _StrengthWords(re.compile(alternation(strength)), strength)


def strength_words(text: str) -> list[str]:
    """The strength of each strength word in `text`, in order (hard / soft)."""
    words = _words()
    found = (words.strength[match.group()] for match in words.word.finditer(text))
    return [strength for strength in found if strength is not None]


def strongest_strength(text: str) -> str:
    """A task's strength: hard if any of its sentences binds (确保/必须/严禁…), else soft if one hedges or
    encourages (力争/鼓励/支持…), else neutral."""
    found = set(strength_words(text))
    return HARD if HARD in found else SOFT if SOFT in found else NEUTRAL


def strength_before(sentence: str) -> str:
    """A target's strength: the last strength word before its value in its sentence (确保粮食产量1300亿斤以上、
    力争比去年实现更多增长 → hard for 1300亿斤), else neutral."""
    found = strength_words(sentence)
    return found[-1] if found else NEUTRAL
