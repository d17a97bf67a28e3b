"""A document's title and its cover notice (关于印发《X》的通知): which lines of the header they are, and
which document a notice wraps."""

from __future__ import annotations

import re
from dataclasses import dataclass

from gongwen.metadata.dates import date_only
from gongwen.metadata.doc_numbers import DOC_NUMBER_LINE
from gongwen.metadata.header import HEADER_LINES, SENTENCE_PUNCTUATION, outer_brackets, squash, tidy_title
from gongwen.metadata.issuers import is_organization
from gongwen.metadata.keywords import keywords
from gongwen.text.chars import HAN_CHAR

_MAX_TITLE_CHARS = 90
_MAX_TITLE_LINES = 4
_NOTICE_LINES = 15  # a cover notice's title comes within the first lines
WRAPPING_SENTENCE = re.compile(
    r"(?:现将|特将|将)《(?P<a>[^《》]+)》(?:印发|转发|下发)|《(?P<b>[^《》]+)》已经[^。]{0,30}?(?:同意|通过)"
)
_HEADING_ORDINAL = re.compile(r"^(?:[一二三四五六七八九十百]+、|\(?[一二三四五六七八九十]+\)|\d+[.、]|第[一二三四五六七八九十百]+[章节条])")


def without_draft_mark(title: str) -> str:
    return keywords().draft_mark.sub("", title).strip()


@dataclass(frozen=True)
class Notice:
    title: str
    issuer: str | None
    wrapped: str | None  # the title of the document it wraps
    end_line: int  # index of the line after the notice title


def find_notice(lines: list[str]) -> Notice | None:
    """The cover notice's title (over up to four lines), its issuer and the document it wraps."""
    for first in range(min(len(lines), _NOTICE_LINES)):
        if "关于" not in lines[first]:
            continue
        for count in range(1, _MAX_TITLE_LINES + 1):
            joined = tidy_title("".join(lines[first:first + count]))
            if len(joined) > 200:
                break
            match = keywords().notice.match(joined)
            if match:
                wrapped = outer_brackets(match["rest"]) or match["rest"].strip() or None
                issuer = tidy_title(match["issuer"]) or None
                if issuer is None and first > 0 and is_organization(lines[first - 1]):
                    # "宁乡市人民政府办公室" / "关于印发《…》的通知": the issuer heads the title.
                    issuer = tidy_title(lines[first - 1])
                    joined = issuer + joined
                return Notice(joined, issuer, wrapped, first + count)
    return None


def _looks_like_title_part(line: str) -> bool:
    return (len(line) <= _MAX_TITLE_CHARS and not SENTENCE_PUNCTUATION.search(line)
            and not _HEADING_ORDINAL.match(line)
            and len(HAN_CHAR.findall(line)) >= 2 and "\t" not in line
            and not DOC_NUMBER_LINE.match(line) and date_only(line) is None)


def find_title_block(lines: list[str], start: int, wanted: str | None) -> tuple[str, int] | None:
    """The title in lines[start:]: the block (1–3 lines) equal to `wanted` when given, else the first
    block of short lines that ends with a document type (…实施方案, …工作要点, …政府工作报告)."""
    wanted_forms = set()
    if wanted:
        wanted_forms = {squash(wanted), squash(without_draft_mark(wanted))}
    limit = min(len(lines), start + HEADER_LINES) if not wanted else len(lines)
    for first in range(start, limit):
        if not _looks_like_title_part(lines[first]):
            continue
        for count in range(1, _MAX_TITLE_LINES):
            block = lines[first:first + count]
            if not all(_looks_like_title_part(line) for line in block):
                break
            joined = tidy_title("".join(block))
            if wanted_forms:
                if squash(joined) in wanted_forms:
                    return joined, first
            elif keywords().title_end.search(joined) and not DOC_NUMBER_LINE.match(joined):
                return joined, first
    return None


def wrapping_sentences(lines: list[str]) -> list[str]:
    """Titles the first lines say are being issued (现将《X》印发…, 《X》已经…同意)."""
    found = []
    for line in lines[:_NOTICE_LINES]:
        match = WRAPPING_SENTENCE.search(line)
        if match:
            found.append(match["a"] or match["b"])
    return found


@dataclass(frozen=True)
class Titles:
    title: str | None
    notice: Notice | None  # the cover notice in the text
    cover: Notice | None  # that notice, or else the one the title hint is


def read_titles(lines: list[str], hints: dict[str, str]) -> Titles:
    """The document's title: the one its cover notice (in the text, else in the title hint) or a wrapping
    sentence names, found in the lines after the notice; else the first title-like block; else the hint."""
    notice = find_notice(lines)
    cover = notice
    if notice is None and hints.get("title"):
        # An export or page that keeps the cover notice's title out of the text ("标题" column).
        cover = find_notice([hints["title"]])
    wrapped = cover.wrapped if cover else None
    if wrapped is None:
        wrapped = next(iter(wrapping_sentences(lines)), None)
    body_start = notice.end_line if notice else 0
    found = find_title_block(lines, body_start, wrapped or None)
    if found:
        title = found[0]
    elif wrapped:
        title = tidy_title(without_draft_mark(wrapped))
    else:
        title = hints.get("title")
    if title:
        title = without_draft_mark(title)
    return Titles(title, notice, cover)
