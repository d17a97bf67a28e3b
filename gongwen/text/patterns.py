"""Building regular expressions from vocabulary lists."""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str], gap: str = "") -> str:
    """`a|bc|…` matching any of the words, longest first so that a longer word wins over its prefix;
    `gap` is a pattern allowed between the characters of a word (索 引 号, 标　　题)."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    if gap:
        return "|".join(gap.join(map(re.escape, w)) for w in ordered)
    return "|".join(re.escape(w) for w in ordered)


def squash(text: str) -> str:
    """Without any whitespace: the form two spellings of one title or label are compared in."""
    return re.sub(r"\s+", "", text)
