"""Paragraphs of a text whose lines were cut at a fixed width (a PDF's text layer copied line by line:
绿道总长度达到2400 / 公里以上): such a line is joined to the next, so that a target cut in two is read whole.

A document is cut at a width when many of its lines that end inside a sentence have the same length (±1);
a line of that length or longer ending inside a sentence then continues on the next line, unless the next
line opens a numbered heading. A document written one paragraph a line has no such run of lengths.

A page whose figures were set apart (a web page's styled spans, copied as text) puts each number on a line of
its own (…综合能耗比 / 2020 / 年下降 / 10% / 以上，…): in any document, a prose line left open joins the bare
number after it, and a bare number the line after it, so that the sentence is read whole."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass

# A line ending in one of these ends its paragraph (a sentence, a clause list, a bracketed 责任单位).
_PARAGRAPH_ENDS = frozenset("。;；!！?？:：)）」”]】")
# Lines shorter than this are headings, names and dates, never a cut.
_MIN_WIDTH = 20
# How many lines ending inside a sentence must share one length for the text to be cut at a width.
_MIN_CUT_LINES = 8
# A number alone on its line (2020, 10%, 0.5‰): a figure set apart from its sentence, never a heading (1.).
_BARE_NUMBER = re.compile(r"^\s*[0-9０-９]+(?:[.．][0-9０-９]+)?\s*[%％‰]?\s*$")
# A line this short inside a paragraph whose figures were set apart is a scrap of its sentence (万吨, /).
_MAX_SCRAP = 4
_HEADING_START = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十0-9]{1,3}[)）]|[0-9]{1,2}[.．、]|第[一二三四五六七八九十百]+[章节条])")


@dataclass(frozen=True)
class Paragraph:
    """Lines first..last (inclusive) of the text read as one paragraph: `text` is their join without the
    line breaks, `base` where the first starts; `breaks` the positions in `text` where a break was taken out."""

    first: int
    last: int
    text: str
    base: int
    breaks: tuple[int, ...]

    def start(self, offset: int) -> int:
        """Where the character at `offset` of the paragraph's text is in the whole text."""
        return self.base + offset + bisect.bisect_right(self.breaks, offset)

    def end(self, offset: int) -> int:
        """Where a span of the paragraph's text ending at `offset` (exclusive) ends in the whole text."""
        return self.base + offset + bisect.bisect_left(self.breaks, offset)


def _is_open(line: str) -> bool:
    stripped = line.rstrip()
    return len(stripped) >= _MIN_WIDTH and stripped[-1] not in _PARAGRAPH_ENDS and "\t" not in line


def cut_width(lines: list[str]) -> int | None:
    """The width the text's lines were cut at, or None when it was not cut."""
    lengths = Counter(len(line.rstrip()) for line in lines if _is_open(line))
    if not lengths:
        return None
    width = max(lengths, key=lambda n: (lengths[n - 1] + lengths[n] + lengths[n + 1], n))
    run = lengths[width - 1] + lengths[width] + lengths[width + 1]
    return width - 1 if run >= _MIN_CUT_LINES and run * 2 >= sum(lengths.values()) else None


def paragraph_at(lines: list[str], bases: list[int], index: int, width: int | None) -> Paragraph:
    """The paragraph starting at line `index`: that line and the lines it continues on."""
    last, text, breaks = index, lines[index], []
    while last + 1 < len(lines) and (_cut_at(lines[last], width) or _sets_apart(lines, index, last, text)) and (
        lines[last + 1].strip() and "\t" not in lines[last + 1] and not _HEADING_START.match(lines[last + 1])
    ):
        last += 1
        breaks.append(len(text))
        text += lines[last]
    return Paragraph(index, last, text, bases[index], tuple(breaks))


def _cut_at(line: str, width: int | None) -> bool:
    """Whether `line` was cut at the text's width and goes on on the next line."""
    return width is not None and _is_open(line) and len(line.rstrip()) >= width


def _sets_apart(lines: list[str], first: int, last: int, text: str) -> bool:
    """Whether a paragraph of prose (its first line a sentence left open) goes on past line `last` because a
    bare number stands on that line or on the next one (…比 / 2020 / 年下降 / 10% / 以上，…), or that line is
    a scrap set apart with it (120 / 万吨 / / / 年的煤矿)."""
    if not _is_open(lines[first]) or text.rstrip()[-1:] in _PARAGRAPH_ENDS:
        return False
    scrap = last > first and len(lines[last].strip()) <= _MAX_SCRAP
    return bool(scrap or _BARE_NUMBER.match(lines[last]) or _BARE_NUMBER.match(lines[last + 1]))
