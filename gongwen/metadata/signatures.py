"""A document's signature: the bodies that sign it and the day, as its last lines give them (or its letterhead, where
seals stand for a signature). Joint issuers are joined with `、` (issuers.JOINT)."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable

from gongwen.metadata.dates import date_only, dates_within, trailing_date
from gongwen.metadata.doc_numbers import DOC_NUMBER_LINE
from gongwen.metadata.header import HEADER_LINES
from gongwen.metadata.issuers import JOINT, bodies_apart, bodies_on_line, broken_name_start, is_organization
from gongwen.metadata.keywords import keywords
from gongwen.text.patterns import alternation

# Bodies signing together stand one (or two) a line; a district's joint plan can carry a dozen.
_MAX_JOINT_ISSUER_LINES = 24
_DATE_PIECE = re.compile(r"\d{1,4}|[年月日]")
_LETTERHEAD_WORD = "文件"
_DATE_PIECES = 12  # "2" / "0" / "2" / "3" / "年" / "1" / "0" / "月" / "1" / "9" / "日" at worst
_CLOSING_MARKS = ("。", "!", "！")  # the sentence a body ends with before its signature
_ANNEX_LIST = re.compile(r"^附件\s*\d*\s*[:：]")  # 附件:X, 附件1:X before a signature run on after them
_ANNEXES_IN_LINE = re.compile(r"附件\s*[:：]")
_TABLE = "表"  # an annex's title ends 分配表, 绩效目标表: a body's name holds none
_SIGNATURE_PIECES = re.compile(r"(?<=[。!！])\s*|\s+")  # a closing sentence, then the bodies, apart or not
# A body and date alone on one line close a text: the title and one line stand before it. A signature run on after
# the body's closing sentence (_run_on_signature) may stand on the second line: the sentence says the text closed.
_SIGNATURE_AFTER = 2


def find_signature(lines: list[str], published: dt.date | None = None) -> tuple[str, dt.date, int] | None:
    """The first (issuing body, date) signature: organization lines right above a date-only line; bodies
    signing together stand one a line above the date ("国家发展改革委" / "国家能源局" / "2025年5月16日"), or
    a body and its date on one line ("国家能源局四川监管办公室  2023年5月16日"), or with what follows run on after the
    date (_run_on_signature). A first body's
    name a page broke over two lines ("国家发展" / "改革委办公厅") is read whole; a note of whose seal stands
    for the body's ("（河南省教育厅代章）") may come between the bodies and the date, or after the body's name on its
    line (…工作组办公室(湖南省粮食和物资储备局代章)). A body and a date right below a 文号 are a page's facts
    (济长政办字〔2021〕3号 / 长清区政府 / 2021-04-01), not a signature. A date a page ran together (2019114) is read by
    the day the page was `published` (date_only)."""
    below_title = None
    for number in range(len(lines)):
        same_line = trailing_date(lines[number]) if number >= _SIGNATURE_AFTER else None
        if same_line and same_line[0] and all(is_organization(body) for body in bodies_apart(same_line[0])):
            return JOINT.join(bodies_on_line(same_line[0])), same_line[1], number
        # …认真抓好贯彻落实。 附件:X 吉林省教育厅 2015年3月10日: a notice a page ran into one line with its signature
        if same_line and (closing := closing_signature(bodies_apart(same_line[0]), _ANNEX_LIST.match)):
            return closing, same_line[1], number
        if number == 0:
            continue
        run_on = _run_on_signature(lines[number - 1], lines[number])
        if run_on:
            return run_on[0], run_on[1], number
        date = _date_at(lines, number, published)
        last = number - 1  # the last body's line: above the date, or above a seal's note ((河南省教育厅代章))
        if last > 0 and keywords().seal_note.match(lines[last]):
            last -= 1
        if date and _signs(lines[last]) and not lines[number].endswith("印发"):
            first = last
            while first > 0 and number - first < _MAX_JOINT_ISSUER_LINES and _signs(lines[first - 1]):
                first -= 1
            if first > 0 and DOC_NUMBER_LINE.match(lines[first - 1]):
                continue
            signed = [_without_seal_note(line) for line in lines[first:last + 1]]
            if first > 0 and broken_name_start(lines[first - 1], signed[0]):
                signed[0] = lines[first - 1] + signed[0]
            bodies = [body for line in signed for body in bodies_on_line(line)]
            if first > 0 and keywords().title_end.search(lines[first - 1]):
                # right below a title, the page's facts of who posted it and when (关于印发…的通知 / …分局 /
                # 2024-03-01): the notice's own signature follows its body
                below_title = below_title or (JOINT.join(bodies), date, number)
                continue
            return JOINT.join(bodies), date, number
    return below_title


def _run_on_signature(above: str, line: str) -> tuple[str, dt.date] | None:
    """A signature and its date with what follows run on after them on one line, after the sentence or annex list
    the body closes with (…请认真贯彻执行。中华全国总工会2023年12月28日工会参与劳动争议处理办法 / 附件:X 温州市鹿城区
    山福镇人民政府 2020年10月22日山福镇…), or opening a line below that sentence; or the day closing the line, the
    body run on after the sentence with no blank (…请认真贯彻执行。中华全国总工会2023年12月28日: trailing_date splits
    a line's signature from its text at a blank only)."""
    for start, end, date in dates_within(line):
        if end < len(line.rstrip()) and not keywords().run_on_after_date.match(line, end):
            continue
        pieces = [above, *(piece for piece in _SIGNATURE_PIECES.split(line[:start]) if piece)]
        closing = closing_signature(pieces, _ANNEX_LIST.match) or _signed_after_annexes(line[:start])
        if closing:
            return closing, date
    return None


def _signed_after_annexes(head: str) -> str | None:
    """The body signing right after the annex list it follows with no blank (附件:1.…分配表2.…绩效目标表中共莆田市城厢区委…
    办公室): the words after the earliest end of an annex's title (…表, or a document type) that are a body's name
    holding no table's name."""
    annexes = _ANNEXES_IN_LINE.search(head)
    if not annexes:
        return None
    for end in _annex_title_ends().finditer(head, annexes.end()):
        body = head[end.end():]
        if _TABLE not in body and is_organization(body):
            return body
    return None


@functools.cache
def _annex_title_ends() -> re.Pattern[str]:
    return re.compile(rf"{_TABLE}|{alternation(keywords().document_types)}")


def _signs(line: str) -> bool:
    """A signature line: a body, or bodies signing together ("封开县水务局、封开县林业局"), perhaps with a seal note."""
    line = _without_seal_note(line)
    return all(is_organization(body) for body in bodies_on_line(line) or [line])


def _without_seal_note(line: str) -> str:
    """…工作组办公室(湖南省粮食和物资储备局代章) → …工作组办公室: the seal standing for the signer's is no part of its name."""
    return keywords().seal_note_after.sub("", line)


def closing_signature(lines: list[str], also_after: Callable[[str], object] | None = None) -> str | None:
    """The bodies signing a document that ends without a date: the last lines, each one or several bodies ("教育部
    国务院国有资产监督管理委员会"), after a sentence the body closes with (or what `also_after` accepts: the annex list of
    a notice a page ran into one line with its signature); None after a table's last cell, an annex."""
    first = len(lines)
    while (first > 0 and len(lines) - first < _MAX_JOINT_ISSUER_LINES
           and all(is_organization(body) for body in bodies_apart(lines[first - 1]))):
        first -= 1
    if first == len(lines) or first == 0 or not (
            lines[first - 1].endswith(_CLOSING_MARKS) or also_after and also_after(lines[first - 1])):
        return None
    return JOINT.join(body for line in lines[first:] for body in bodies_on_line(line))


def letterhead_issuers(lines: list[str]) -> str | None:
    """The bodies of the letterhead (发文机关标志) "X / Y / 文件" right above the document's 文号, in their
    order, when it says 文件: a joint notice whose signature is seals, not text, is named there."""
    for number, line in enumerate(lines[:HEADER_LINES]):
        if not DOC_NUMBER_LINE.match(line):
            continue
        bodies: list[str] = []
        says_document = False
        for above in reversed(lines[:number]):
            name = above.removesuffix(_LETTERHEAD_WORD)
            if name and not is_organization(name):
                break
            says_document = says_document or name != above
            bodies[:0] = bodies_on_line(name) if name else []
        return JOINT.join(bodies) if bodies and says_document else None
    return None


def signing_bodies(lines: list[str], signature: tuple[str, dt.date, int] | None) -> str | None:
    """The bodies a document is issued by: its signature's, in the letterhead's order when the letterhead
    names the same bodies (the lead body heads the letterhead, where seals over a signature may stand in
    another order); without a signature the letterhead's, else the closing line's."""
    letterhead = letterhead_issuers(lines)
    if signature is None:
        return letterhead or closing_signature(lines)
    if letterhead and set(letterhead.split(JOINT)) == set(signature[0].split(JOINT)):
        return letterhead
    return signature[0]


def _date_at(lines: list[str], number: int, published: dt.date | None) -> dt.date | None:
    """The date of a date-only line, or of a date a page capture broke over short lines ("2025" / "年" /
    "9" / "月" / "29" / "日")."""
    date = date_only(lines[number], published)
    if date or not _DATE_PIECE.fullmatch(lines[number]):
        return date
    pieces = lines[number:number + _DATE_PIECES]
    for count in range(2, len(pieces) + 1):
        if not _DATE_PIECE.fullmatch(pieces[count - 1]):
            return None
        date = date_only("".join(pieces[:count]))
        if date:
            return date
    return None
