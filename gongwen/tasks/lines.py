"""A document's non-blank lines with their offsets, and the lines that close a part of it (signature,
date, footer, attachment list)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from gongwen.tasks.vocabulary import vocabulary

# Blanks around a line, full-width and non-breaking ones and a stray byte-order mark included.
WHITESPACE = " \t\r\u3000\xa0\ufeff"


# A bracketed ordinal a web capture broke over three lines: `(` / `十一` / `)加强…`, or over two: `（` /
# `五）加强…`; an Arabic one broken over two: `1` / `.` (each inline element of the page on a line of its own).
_OPEN_BRACKET = frozenset("(（")
_BARE_NUMERAL = re.compile("[一二三四五六七八九十百零〇0-9]{1,4}")
_CLOSED_NUMERAL = re.compile("[一二三四五六七八九十百零〇0-9]{1,4}[)）]")
_BARE_ARABIC = re.compile("[0-9]{1,2}")
_ORDINAL_MARK = frozenset({".", "．", "、"})


@dataclass(frozen=True)
class Line:
    start: int  # offset of the first non-blank character in the document
    text: str  # the line without surrounding blanks
    span: int | None = None  # characters it covers in the document, when not len(text) (a re-joined line)

    @property
    def end(self) -> int:
        return self.start + (len(self.text) if self.span is None else self.span)


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of a document, stripped, each with its offset; an ordinal broken over lines
    (`(` / `十一` / `)…`, `1` / `.`) is one line again (its span covers them)."""
    lines, offset = [], 0
    for raw in text.split("\n"):
        stripped = raw.strip(WHITESPACE)
        if stripped:
            lines.append(Line(offset + len(raw) - len(raw.lstrip(WHITESPACE)), stripped))
        offset += len(raw) + 1
    return _join_broken_ordinals(lines)


def _join_broken_ordinals(lines: list[Line]) -> list[Line]:
    out: list[Line] = []
    i = 0
    while i < len(lines):
        if (lines[i].text in _OPEN_BRACKET and i + 2 < len(lines)
                and _BARE_NUMERAL.fullmatch(lines[i + 1].text) and lines[i + 2].text[:1] in ")）"):
            first, last = lines[i], lines[i + 2]
            out.append(Line(first.start, first.text + lines[i + 1].text + last.text, last.end - first.start))
            i += 3
            continue
        if lines[i].text in _OPEN_BRACKET and i + 1 < len(lines) and _CLOSED_NUMERAL.match(lines[i + 1].text):
            first, last = lines[i], lines[i + 1]
            out.append(Line(first.start, first.text + last.text, last.end - first.start))
            i += 2
            continue
        if (_BARE_ARABIC.fullmatch(lines[i].text) and i + 1 < len(lines)
                and lines[i + 1].text in _ORDINAL_MARK):
            first, last = lines[i], lines[i + 1]
            out.append(Line(first.start, first.text + last.text, last.end - first.start))
            i += 2
            continue
        out.append(lines[i])
        i += 1
    return out


def is_closing_line(lines: list[Line], index: int) -> bool:
    """A signature, date, footer or attachment line: it ends the document part above it."""
    words = vocabulary()
    text = lines[index].text
    if words.closing_line.search(text):
        return True
    # The issuer's name on its own line, right above the date.
    return (words.signature.match(text) is not None and index + 1 < len(lines)
            and words.date_line.match(lines[index + 1].text) is not None)
