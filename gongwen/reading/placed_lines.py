"""Lines placed on pages (read from a PDF or an OFD, each with where it starts and ends and its character size) → the
document's paragraphs: running heads, page numbers (`— 3 —`, `-3-`, `第3页`) and footers dropped, wrapped lines joined
back into paragraphs across line and page breaks (a wrapped line runs to the right margin, a paragraph's last line
stops short of it)."""

from __future__ import annotations

import itertools
import re
import statistics
from dataclasses import dataclass

from gongwen.text.chars import HAN
from gongwen.text.patterns import PAGE_NUMBER
from gongwen.text.wrapped import join_pieces, runs_on

WIDE = f"{HAN}\u2e80-\u9fff\uff00-\uffef\u3000-\u303f\u2460-\u24ff\u2014\u2018-\u201d\u2026"
WIDE_CHAR = re.compile(f"[{WIDE}]")
# A layout engine leaves a gap between Chinese and Latin text, which a reader writes as a space: 2025 年, 9 号.
SPACE_BESIDE_WIDE = re.compile(rf"(?<=[{WIDE}]) +|[ ]+(?=[{WIDE}])")
# A line setting off a clause (or ending a sentence) is prose, not a title, a 文号 or a source line (see _fills_the_width;
# a semicolon counts here, where the line's box is measured, not in gongwen.text.wrapped's guess from lengths alone).
_PROSE_MARKS = frozenset("，,；;。")
# At a page's edge a bare number is its page number too: 3, 3/12.
_BARE_PAGE_NUMBER = re.compile(r"^\d{1,4}(?:\s*/\s*\d{1,4})?$")
_EDGE_LINES = 2  # running heads and footers sit in a page's first or last two lines
_SIZE_CHANGE = 1.2  # a line in another font size (a title) is a paragraph of its own
# The right margin is where most full lines end: justified Chinese lines stop a few points apart (a line
# ending in a half-width digit or a compressed 。 stops short), and one line running past the others (a
# wide table cell, a hanging quote) must not make every wrapped line look short.
_MARGIN_TENTH = 10


@dataclass(frozen=True)
class PlacedLine:
    text: str
    left: float
    right: float
    size: float  # median character step (the font's size, not the glyph's: 。 is as wide as 国)
    page: int


def document_text(pages: list[list[PlacedLine]]) -> str:
    """The text of a document's pages, one paragraph a line."""
    return "\n".join(paragraphs([line for page in _drop_running_heads(pages) for line in page]))


def advance(char: str, size: float) -> float:
    """The room a character takes on its line: a full-width one its size, a narrow one (a digit, Latin) half of it."""
    return size if WIDE_CHAR.match(char) else size / 2


def character_step(placed: list[tuple[str, float]]) -> float | None:
    """The median step from one full-width character to the next on a line (character, x); None without two side
    by side."""
    steps = [after - before for (char, before), (next_char, after) in itertools.pairwise(placed)
             if after > before and WIDE_CHAR.match(char) and WIDE_CHAR.match(next_char)]
    return statistics.median(steps) if steps else None


def _edge_key(text: str) -> str:
    """A running head or footer compared without its digits (a page number or date in it changes)."""
    return re.sub(r"\d+", "#", text)


def _drop_running_heads(pages: list[list[PlacedLine]]) -> list[list[PlacedLine]]:
    """Pages without their page numbers and without the lines repeated at the top or bottom of most pages."""
    pages = [[line for n, line in enumerate(page) if not (_at_edge(n, len(page)) and _is_page_number(line.text))]
             for page in pages]
    if len(pages) < 2:
        return pages
    counts: dict[str, int] = {}
    for page in pages:
        for key in {_edge_key(line.text) for n, line in enumerate(page) if _at_edge(n, len(page))}:
            counts[key] = counts.get(key, 0) + 1
    repeated = {key for key, n in counts.items() if n >= max(2, (len(pages) + 1) // 2)}
    kept_pages = []
    for page in pages:
        dropped: set[str] = set()
        kept = []
        for n, line in enumerate(page):
            key = _edge_key(line.text)
            if _at_edge(n, len(page)) and key in repeated and key not in dropped:
                dropped.add(key)  # once a page: the same words may also be the page's own text (the red header)
                continue
            kept.append(line)
        kept_pages.append(kept)
    return kept_pages


def _is_page_number(text: str) -> bool:
    return bool(PAGE_NUMBER.match(text) or _BARE_PAGE_NUMBER.match(text))


def _at_edge(n: int, n_lines: int) -> bool:
    return n < _EDGE_LINES or n >= n_lines - _EDGE_LINES


def paragraphs(lines: list[PlacedLine]) -> list[str]:
    """Wrapped lines joined: a line continues the paragraph of the line before when that one runs on into it
    (gongwen.text.wrapped: it reaches the right margin, leaves its sentence open, and this line opens no
    numbered heading) and both come in one font size. (Indentation alone tells nothing: the second line of a
    centred title is indented too.)"""
    if not lines:
        return []
    margin_left = min(line.left for line in lines)
    margin_right = right_margin([line.right for line in lines])
    paragraphs: list[str] = []
    previous: PlacedLine | None = None
    for line in lines:
        if previous is None or _starts_paragraph(line, previous, margin_left, margin_right):
            paragraphs.append(line.text)
        else:
            paragraphs[-1] = join_pieces(paragraphs[-1], line.text)
        previous = line
    return paragraphs


def right_margin(rights: list[float]) -> float:
    """Where full lines end: the right edge that nine lines in ten do not pass (the widest line's on a page
    of fewer than ten lines)."""
    ordered = sorted(rights)
    return ordered[len(ordered) - 1 - len(ordered) // _MARGIN_TENTH]


def _starts_paragraph(line: PlacedLine, previous: PlacedLine, margin_left: float, margin_right: float) -> bool:
    size = max(line.size, previous.size)
    return bool(
        not runs_on(previous.text, line.text, _fills_the_width(previous, margin_left, margin_right))
        or size > _SIZE_CHANGE * min(line.size, previous.size)
        or size <= 0
    )


def _fills_the_width(line: PlacedLine, margin_left: float, margin_right: float) -> bool:
    """A wrapped line runs from the left margin (or a first-line indent) to the right margin; a line that
    stops short, or a right-aligned one (a signature, a date), ends its paragraph. In a line of prose (one that
    sets off a clause) narrow characters (digits, Latin punctuation) count as the half of a full-width one's room
    they leave: a PDF set a number of characters a line stops such a line short of the margin (…外贸实绩企业达
    20家以 / 上,进出口总额增长8%左右。); a title, a 文号 or a source line (2022-05-11 08:37:56出处:深圳商报) is no prose.
    """
    narrow = len(line.text) - len(WIDE_CHAR.findall(line.text)) if not _PROSE_MARKS.isdisjoint(line.text) else 0
    return (line.right + narrow * line.size / 2 >= margin_right - 1.5 * line.size
            and line.left <= margin_left + 3 * line.size)
