"""Building regular expressions from vocabulary lists."""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str]) -> str:
    """`a|bc|…` matching any of the words, longest first so that a longer word wins over its prefix."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
