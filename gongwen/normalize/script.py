"""Traditional or Simplified: how much of a text OpenCC's t2s changes, and the conversion itself, the
same whichever variant (OpenCC standard, Taiwan, Hong Kong) the Traditional text was written in."""

from __future__ import annotations

from functools import cache

import opencc

from gongwen.text.chars import HAN_CHAR

TRADITIONAL_SHARE = 0.05  # at or above this share a document is Traditional
_SCRIPT_SAMPLE_CHARS = 4000


@cache
def t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def traditional_share(text: str) -> float:
    """Share of CJK characters that OpenCC t2s changes: ~0 for Simplified text, ~0.2 for Traditional."""
    sample = text[:_SCRIPT_SAMPLE_CHARS]
    converted = t2s().convert(sample)
    n_cjk = len(HAN_CHAR.findall(sample))
    if not n_cjk:
        return 0.0
    if len(converted) == len(sample):
        changed = sum(map(str.__ne__, sample, converted))
    else:  # a phrase conversion changed the length: count characters that only one side has
        changed = len(set(sample) - set(converted))
    return changed / n_cjk


@cache
def _variants_to_standard() -> tuple[opencc.OpenCC, ...]:
    return opencc.OpenCC("tw2t"), opencc.OpenCC("hk2t")


def to_simplified(text: str) -> str:
    """Simplified text from Traditional text of any variant: Taiwan and Hong Kong forms (著 for 着, 衞 for
    卫) become OpenCC's standard Traditional first, so that copies made with s2t, s2tw or s2hk of one
    Simplified document convert back to the same text (and the same doc_id)."""
    for to_standard in _variants_to_standard():
        text = to_standard.convert(text)
    return t2s().convert(text)
