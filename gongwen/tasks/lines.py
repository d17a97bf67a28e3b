"""A document's non-blank lines with their offsets, and the lines that close a part of it (signature,
date, footer, attachment list)."""

from __future__ import annotations

from dataclasses import dataclass

from gongwen.tasks.vocabulary import vocabulary

# Blanks around a line, full-width and non-breaking ones and a stray byte-order mark included.
WHITESPACE = " \t\r\u3000\xa0\ufeff"


@dataclass(frozen=True)
class Line:
    start: int  # offset of the first non-blank character in the document
    text: str  # the line without surrounding blanks

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of a document, stripped, each with its offset."""
    lines, offset = [], 0
    for raw in text.split("\n"):
        stripped = raw.strip(WHITESPACE)
        if stripped:
            lines.append(Line(offset + len(raw) - len(raw.lstrip(WHITESPACE)), stripped))
        offset += len(raw) + 1
    return lines


def is_closing_line(lines: list[Line], index: int) -> bool:
    """A signature, date, footer or attachment line: it ends the document part above it."""
    words = vocabulary()
    text = lines[index].text
    if words.closing_line.search(text):
        return True
    # The issuer's name on its own line, right above the date.
    return (words.signature.match(text) is not None and index + 1 < len(lines)
            and words.date_line.match(lines[index + 1].text) is not None)
