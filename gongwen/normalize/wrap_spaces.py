"""Spaces a PDF's text layer leaves where its lines wrapped (`…“救 命钱”…`, `国家 医保局负责…`): text copied out
of a PDF by a tool that turned every line break inside a paragraph into a space.

Chinese sets no space between its characters, but a space can part two fields (`办公室 2025年3月12日`,
`区发改委 区财政局`) or two names (`国家发展改革委 国家能源局`). So a space goes only where the text before it
since the line's start (or the space before) is as wide as the document's wrapped lines, and only in a
document that shows that width: most of its spaces between characters come at one width (full-width
characters count one, others half), as a page's lines do."""

from __future__ import annotations

import re
from collections import Counter

# A single space between two characters, one of them not ASCII: where a wrapped line may have been joined.
_CANDIDATE = re.compile(r"(?<=[^\s\x00-\x7f]) (?=\S)|(?<=\S) (?=[^\s\x00-\x7f])")
_MIN_LINE_WIDTH = 15  # a page's line holds at least this many characters
_TOLERANCE = 2  # characters a wrapped line may differ from the width (a wider or narrower punctuation mark)
_MIN_WRAPS = 4  # spaces at one width before the document counts as wrapped at it
_MIN_SHARE = 0.5  # of all its candidate spaces


def _width(text: str) -> float:
    return sum(0.5 if ord(ch) < 0x7F else 1.0 for ch in text)


def _spans(line: str) -> list[tuple[int, float]]:
    """Each candidate space of the line: its offset and the width of the text before it since the line's
    start or the space before."""
    spans, begin = [], 0
    if " " not in line:
        return spans
    for found in _CANDIDATE.finditer(line):
        spans.append((found.start(), _width(line[begin:found.start()])))
        begin = found.end()
    return spans


def _wrap_width(widths: list[float]) -> float | None:
    """The width most spaces come at (within the tolerance), if enough of them do; else None."""
    counts = Counter(round(width) for width in widths if width >= _MIN_LINE_WIDTH)
    best, agreeing = None, 0
    for width in counts:
        n = sum(c for w, c in counts.items() if abs(w - width) <= _TOLERANCE)
        if n > agreeing or n == agreeing and best is not None and width > best:
            best, agreeing = width, n
    if best is None or agreeing < _MIN_WRAPS or agreeing < _MIN_SHARE * len(widths):
        return None
    return float(best)


def join_wrap_spaces(text: str) -> tuple[str, int]:
    """The text without the spaces its wrapped lines left, and how many went."""
    lines = text.split("\n")
    spans = [_spans(line) for line in lines]
    wrap = _wrap_width([width for line_spans in spans for _, width in line_spans])
    if wrap is None:
        return text, 0
    joined, removed = [], 0
    for line, line_spans in zip(lines, spans, strict=True):
        cut = [at for at, width in line_spans if abs(width - wrap) <= _TOLERANCE]
        for at in reversed(cut):
            line = line[:at] + line[at + 1:]
        removed += len(cut)
        joined.append(line)
    return "\n".join(joined), removed
