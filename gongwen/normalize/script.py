"""Traditional or Simplified: how much of a text OpenCC's t2s changes, and the conversion itself, the
same whichever variant (OpenCC standard, Taiwan, Hong Kong) the Traditional text was written in."""

from __future__ import annotations

import re
from functools import cache

import opencc

from gongwen.text.chars import HAN_RANGES, han_count

TRADITIONAL_SHARE = 0.05  # at or above this share a document is Traditional
_SCRIPT_SAMPLE_CHARS = 4000


@cache
def t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def traditional_share(text: str) -> float:
    """Share of CJK characters that OpenCC t2s changes: ~0 for Simplified text, ~0.2 for Traditional.
    Characters are judged one by one (phrases aside), so one character class finds them."""
    sample = text[:_SCRIPT_SAMPLE_CHARS]
    changed = len(_changed_by_t2s().findall(sample))
    return changed / han_count(sample) if changed else 0.0


def changed_by_t2s(ch: str) -> bool:
    """Whether t2s converts this character, standing alone, to another: a Traditional form."""
    return _changed_by_t2s().match(ch) is not None


@cache
def _changed_by_t2s() -> re.Pattern[str]:
    """A class of every CJK character t2s converts to another when it stands alone (one conversion of all
    of them, a line each, so that no phrase spans two)."""
    chars = [chr(code) for start, end in HAN_RANGES for code in range(start, end + 1)]
    converted = t2s().convert("\n".join(chars)).split("\n")
    return re.compile("[" + "".join(ch for ch, simple in zip(chars, converted, strict=True) if ch != simple) + "]")


# Variant forms OpenCC leaves as they are that mirror pages write: 陜西 for 陝西 (陕西).
_VARIANTS_LEFT = str.maketrans({"陜": "陕"})


@cache
def _variants_to_standard() -> tuple[opencc.OpenCC, ...]:
    return opencc.OpenCC("tw2t"), opencc.OpenCC("hk2t")


def to_simplified(text: str) -> str:
    """Simplified text from Traditional text of any variant: Taiwan and Hong Kong forms (著 for 着, 衞 for
    卫) become OpenCC's standard Traditional first, so that copies made with s2t, s2tw or s2hk of one
    Simplified document convert back to the same text (and the same doc_id)."""
    for to_standard in _variants_to_standard():
        text = to_standard.convert(text)
    return t2s().convert(text).translate(_VARIANTS_LEFT)
