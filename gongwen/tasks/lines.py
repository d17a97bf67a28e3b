"""A document's non-blank lines with their offsets, and the lines that close a part of it (signature,
date, footer, attachment list)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from gongwen.metadata.dates import trailing_date
from gongwen.metadata.issuers import broken_name_start
from gongwen.tasks.vocabulary import vocabulary
from gongwen.text.numerals import ORDINAL_NUMERAL_CHARS

# Blanks around a line, full-width and non-breaking ones and a stray byte-order mark included.
WHITESPACE = " \t\r\u3000\xa0\ufeff"


# A bracketed ordinal a web capture broke over three lines: `(` / `十一` / `)加强…`, or over two: `（` /
# `五）加强…`; an Arabic one broken over two: `1` / `.` (each inline element of the page on a line of its own).
_OPEN_BRACKET = frozenset("(（")
_BARE_NUMERAL = re.compile(f"[{ORDINAL_NUMERAL_CHARS}0-9]{{1,4}}")
_CLOSED_NUMERAL = re.compile(f"[{ORDINAL_NUMERAL_CHARS}0-9]{{1,4}}[)）]")
_BARE_ARABIC = re.compile("[0-9]{1,2}")
_ORDINAL_MARK = frozenset({".", "．", "﹒", "、"})
# A Chinese numeral a capture broke from its 、, the heading after it: `四` / `、保障措施`.
_BARE_CHINESE = re.compile("[一二三四五六七八九十]{1,3}")
# A chapter's heading with its first article run on after it (第二章 规划建设 第八条 州数据资源主管部门…), as an
# export writes a 办法 whose chapter headings were lines of their own: read as two lines.
_CHAPTER_THEN_ARTICLE = re.compile(
    rf"^第[{ORDINAL_NUMERAL_CHARS}]+章[ \u3000]*[^\s。，,；;：:（(]{{1,16}}?[ \u3000]*(?=第[{ORDINAL_NUMERAL_CHARS}]+条)"
)
_MAX_SIGNATURE_LINES = 12  # joint issuers stacked above the date: a district's plan can carry a dozen


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
    (`(` / `十一` / `)…`, `1` / `.`, `四` / `、保障措施`) is one line again (its span covers them), a chapter
    heading with its first article run on after it two lines."""
    lines, offset = [], 0
    for raw in text.split("\n"):
        stripped = raw.strip(WHITESPACE)
        start = offset + len(raw) - len(raw.lstrip(WHITESPACE))
        chapter = _CHAPTER_THEN_ARTICLE.match(stripped)
        if chapter:
            lines.append(Line(start, chapter.group().rstrip(WHITESPACE)))
            start, stripped = start + chapter.end(), stripped[chapter.end():]
        if stripped:
            lines.append(Line(start, stripped))
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
        if (i + 1 < len(lines) and (_BARE_ARABIC.fullmatch(lines[i].text) and lines[i + 1].text in _ORDINAL_MARK
                                    or _BARE_CHINESE.fullmatch(lines[i].text) and lines[i + 1].text[:1] == "、")):
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
    if words.closing_line.search(lines[index].text):
        return True
    # the signing bodies and the date on one line ("国家医保局 财政部 2021年4月12日")
    signed = trailing_date(lines[index].text)
    if signed and signed[0] and _signing_bodies(signed[0]):
        return True
    return _signs_above_date(lines, index)


def _signing_bodies(text: str) -> bool:
    """The line is signing bodies only, one or several set apart by spaces ("教育部办公厅 民政部办公厅")."""
    signature = vocabulary().signature
    return bool(text.strip()) and all(signature.match(body) for body in text.split())


def _signs_above_date(lines: list[Line], index: int) -> bool:
    """The first line of a signature: issuers' names one a line (or several on a line, set apart by spaces)
    right above the date ("国家发展改革委" / "国家能源局" / "2025年10月29日"), the first perhaps broken over two
    lines by a page ("国家发展" / "改革委办公厅")."""
    words = vocabulary()
    following = index
    if not _signing_bodies(lines[index].text):
        if (index + 1 >= len(lines) or not broken_name_start(lines[index].text, lines[index + 1].text)
                or words.signature.match(lines[index].text + lines[index + 1].text) is None):
            return False
        following += 1
    following += 1
    while (following < len(lines) and following - index < _MAX_SIGNATURE_LINES
           and _signing_bodies(lines[following].text)):
        following += 1
    return following < len(lines) and words.date_line.match(lines[following].text) is not None
