"""Paragraphs for the indicator reader: a page whose figures were set apart (a web page's styled spans,
copied as text) puts each number on a line of its own (…综合能耗比 / 2020 / 年下降 / 10% / 以上，…): in any
document, a prose line left open joins the bare number after it, a bare number the line after it, and a line
opening with a share (…分别达到 / 80%、50%以上，…), so that the sentence is read whole.

Lines cut at a fixed width are joined where the text is normalized (gongwen.text.wrapped, used by
gongwen.normalize.clean), so every stage reads them whole; a text not normalized (a test's) still has its
cut lines joined here, by the same rule."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from gongwen.indicators.grammar import grammar
from gongwen.text.wrapped import cut_width, fills_width, has_clause_mark, leaves_open, open_line, runs_on

__all__ = ["Paragraph", "cut_width", "paragraph_at"]

# A number alone on its line (2020, 10%, 0.5‰): a figure set apart from its sentence, never a heading (1.).
_BARE_NUMBER = re.compile(r"^\s*[0-9０-９]+(?:[.．][0-9０-９]+)?\s*[%％‰]?\s*$")
# A share opening a line (80%、50%以上，…): no paragraph opens with one, so it goes on the sentence a line left open
# (…应用比例分别达到 / 80%、50%以上，…), as a page laid out in columns or a capture cuts it.
_SHARE_OPENING = re.compile(r"^\s*[0-9０-９]+(?:[.．][0-9０-９]+)?\s*[%％‰]")
# A line this short inside a paragraph whose figures were set apart is a scrap of its sentence (万吨, /).
_MAX_SCRAP = 4
# Units whose number and unit make a whole quantity (5个, 1万亩, 1440万元), unlike a year or a share.
_QUANTITY_KINDS = frozenset({"count", "measure", "money"})


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


def paragraph_at(lines: list[str], bases: list[int], index: int, width: int | None) -> Paragraph:
    """The paragraph starting at line `index`: that line and the lines it continues on."""
    last, text, breaks = index, lines[index], []
    while last + 1 < len(lines) and runs_on(
        lines[last], lines[last + 1], fills_width(lines[last], width) or _sets_apart(lines, index, last)
    ):
        last += 1
        breaks.append(len(text))
        text += lines[last]
    return Paragraph(index, last, text, bases[index], tuple(breaks))


def _sets_apart(lines: list[str], first: int, last: int) -> bool:
    """Whether a paragraph of prose (its first line a sentence left open) goes on past line `last` because a
    bare number stands on that line or on the next one (…比 / 2020 / 年下降 / 10% / 以上，…), or that line is
    a scrap set apart with it (120 / 万吨 / / / 年的煤矿). Not after a line of names (a task table's unit cell
    written one cell a line: 区建设管理委、…各相关街镇 / 16 / 完成燃气老化管道改造约36公里)."""
    if not open_line(lines[first]) or not has_clause_mark(lines[first]):
        return False
    scrap = last > first and len(lines[last].strip()) <= _MAX_SCRAP
    following = lines[last + 1]
    # Once a number was set apart in it, the paragraph is such a page's: it goes on while its lines leave the
    # sentence open (…占 / 比已达 / 91 / % / 以上，…), its words set apart as well as its numbers.
    set_apart = any(_BARE_NUMBER.match(line) for line in lines[first + 1:last + 1]) and leaves_open(lines[last])
    return bool(
        scrap or set_apart or _BARE_NUMBER.match(lines[last]) or _SHARE_OPENING.match(following)
        or (_BARE_NUMBER.match(following) and not _ends_with_quantity(lines[last]))
    )


def _ends_with_quantity(line: str) -> bool:
    """Whether the line ends with a whole quantity, a number and its unit (…开放休闲林地5个, …4.78平方公里): a
    bare number after it opens the next row of a table written one cell a line (1 / 林地抚育工程 / …), it is no
    figure set apart from the line's sentence."""
    line, words = line.rstrip(), grammar()
    for value in words.value.finditer(line):
        unit = words.unit_of(value)
        if value.end() == len(line) and unit is not None and unit.kind in _QUANTITY_KINDS:
            return True
    return False
