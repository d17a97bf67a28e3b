"""Lines that run on: a paragraph broken into lines by the width of a page (a PDF's lines; a text cut at a
fixed width by OCR, a PDF's text layer copied or a viewer's TXT export) is one paragraph again when every
line that fills the width and leaves its sentence open is joined to the next. A line is never joined to a
numbered heading or item, nor to or from a table row (cells are tab-separated).

The PDF reader knows which lines fill the width from the characters' boxes (gongwen.reading.pdf); text
without geometry from the length its lines were cut at (cut_width)."""

from __future__ import annotations

import re
from collections import Counter

from gongwen.text.chars import HAN
from gongwen.text.patterns import NUMBERED_HEADING

# A line ending in one of these ends its paragraph (a sentence, a clause list, a bracketed 责任单位).
PARAGRAPH_ENDS = frozenset("。;；!！?？:：)）」”]】")
# A quoted term or an abbreviation in brackets closing a line after other words: no end of a sentence.
_TERM_CLOSED = re.compile(r"(?<=\S)(?:“[^“”。！？!?；;:：]{1,12}”|[(（][A-Za-z]{2,10}[)）])$")
# A line ending in one of these runs on whatever its width (市经信局、 / 市水务局…; 各区(市)县政府( / 管委会)): a list
# or a bracket left open ends no paragraph.
_RUNS_ON = ("、", "(", "（")
# Lines shorter than this are headings, names and dates, never a cut.
_MIN_WIDTH = 20
# How many lines ending inside a sentence must share one length for the text to be cut at a width.
_MIN_CUT_LINES = 8
# A space only between two Latin words: a number the wrap cut (达到7 / 0万人, PM / 2.5) is one number.
_LATIN_END = re.compile(r"[A-Za-z,.;:]$")
_LATIN_START = re.compile(r"[A-Za-z]")
_HAN_START = re.compile(f"[{HAN}]")
# A line stopping inside a number or a range (城镇调查失业率5.5 / %左右, 经济增长4.5%- / 5%) and one going on with
# its digits or its unit: one number the wrap cut, whatever the width (a line of many digits stops short of it).
_NUMBER_CUT_BEFORE = re.compile(r"\d[.．]?$|\d[%％]?[-－—~～]$")
_NUMBER_CUT_AFTER = re.compile(r"[\d%％]")


def leaves_open(line: str) -> bool:
    """Whether the line stops inside a sentence: its last character ends no paragraph, or closes a quoted term
    (…打造“优质服务” / 品牌…) or an abbreviation's gloss (成功举办大湄公河次区域(GMS) / 国际道路运输…) with no stop in it."""
    stripped = line.rstrip()
    return bool(stripped) and (stripped[-1] not in PARAGRAPH_ENDS or _TERM_CLOSED.search(stripped) is not None)


def runs_on(line: str, following: str, fills_width: bool) -> bool:
    """Whether `following` continues the paragraph `line` is part of: `line` fills the width (or ends in a list
    or a bracket left open) and leaves its sentence open, and `following` is no numbered heading; neither is a
    table row."""
    return ((fills_width or line.rstrip().endswith(_RUNS_ON) or _cuts_a_number(line, following))
            and leaves_open(line) and "\t" not in line
            and "\t" not in following and bool(following.strip()) and NUMBERED_HEADING.match(following) is None)


def _cuts_a_number(line: str, following: str) -> bool:
    return _NUMBER_CUT_BEFORE.search(line.rstrip()) is not None and _NUMBER_CUT_AFTER.match(following) is not None


def join_pieces(before: str, after: str) -> str:
    """Two pieces of a wrapped line: no space in Chinese, one between two Latin words."""
    if _LATIN_END.search(before) and _LATIN_START.match(after):
        return f"{before} {after}"
    return before + after


def open_line(line: str) -> bool:
    """A line long enough to have been cut (no heading, name or date) that stops inside a sentence."""
    return len(line.rstrip()) >= _MIN_WIDTH and leaves_open(line) and "\t" not in line


def fills_width(line: str, width: int | None) -> bool:
    """Whether `line` of a text cut at `width` (see cut_width) was cut there: it runs on on the next line."""
    return width is not None and open_line(line) and len(line.rstrip()) >= width


def cut_width(lines: list[str]) -> int | None:
    """The length from which a line of the text fills its width, or None when the text was not cut at one.

    A text is cut at a width when many of its lines that end inside a sentence have about the same length:
    the most common length ±1 holds at least eight and half of them. A text written one paragraph a line has
    no such run. Lines cut at one width differ in length by the half-width characters they hold (digits,
    narrow quotes count one each but take half the room), never fall short of a line of full-width
    characters: the width is the shortest length of the run of lengths below the most common, a gap of one
    length allowed (26 / 28 / 29 → 26; a stray open line of 20 is no cut)."""
    lengths = Counter(len(line.rstrip()) for line in lines if open_line(line))
    if not lengths:
        return None
    width = max(lengths, key=lambda n: (lengths[n - 1] + lengths[n] + lengths[n + 1], n))
    run = lengths[width - 1] + lengths[width] + lengths[width + 1]
    if run < _MIN_CUT_LINES or run * 2 < sum(lengths.values()):
        return None
    while width > _MIN_WIDTH and (lengths[width - 1] or lengths[width - 2]):
        width -= 1
    return width


# A text written one paragraph a line: a line at least this long, its clauses set off by commas, that stops
# inside a sentence before a long line going on with a Chinese character was cut where a page ended (a PDF's
# text layer: `…工业和信息化、工` / `商、食品药品监管…等有关部门要各司其职`). A title or a heading has no comma; a
# signature is short; a quoted note (`> 依…`) or a link opens with no Chinese character. The line after is
# prose too (a clause mark or a paragraph's end): a bare list of names is the next cell of a table a capture
# wrote one cell a line (`…大徐家阁地区规划研究` / `区规划资源局、区商务委、…大宁集团`).
_PAGE_CUT_MIN = 40
_CLAUSE_MARKS = frozenset("，,。")


def has_clause_mark(line: str) -> bool:
    """Whether the line is prose: it sets off a clause (，) or ends a sentence (。); a table's cell of names
    (区规划资源局、区商务委…) does neither."""
    return not _CLAUSE_MARKS.isdisjoint(line)


def _cut_at_page_end(line: str, following: str) -> bool:
    """Whether a prose line that leaves its sentence open goes on in the long line after it (see above)."""
    return (len(line) >= _PAGE_CUT_MIN and open_line(line) and has_clause_mark(line)
            and len(following) >= _MIN_WIDTH and _HAN_START.match(following) is not None
            and (has_clause_mark(following) or not leaves_open(following)))


def join_cut_lines(lines: list[str]) -> tuple[list[str], int]:
    """The text's lines with every line cut at the text's width (or at a page's end) joined to the next, and
    how many joins."""
    width = cut_width(lines)
    joined: list[str] = []
    n_joins = 0
    previous = None
    for line in lines:
        cut = previous is not None and (fills_width(previous, width) or _cut_at_page_end(previous, line))
        if cut and runs_on(previous, line, True):
            joined[-1] = join_pieces(joined[-1], line)
            n_joins += 1
        else:
            joined.append(line)
        previous = line
    return joined, n_joins
