"""Dates as documents write them (2025年6月28日, 二〇二五年六月二十八日, 2025-06-28) and which date is the
document's own: its signature's, a report's delivery date, else one the page or export gives."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Iterator

from gongwen.metadata.doc_numbers import DOC_NUMBER_LINE
from gongwen.metadata.header import HEADER_LINES, PUBLICATION_MARK
from gongwen.reading.columns import field_labels, squash_label
from gongwen.text.numerals import chinese_integer
from gongwen.vocabulary import DATE_HINTS

_CN = "〇○O零一二三四五六七八九十两"
_DATE_PATTERNS = (
    re.compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"),
    re.compile(rf"(?P<y>[{_CN}]{{4}})\s*年\s*(?P<m>[{_CN}]{{1,3}})\s*月\s*(?P<d>[{_CN}]{{1,3}})\s*日"),
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})[-./](?P<m>\d{1,2})[-./](?P<d>\d{1,2})(?!\d)"),
)
_NUMERIC_DATE_START = re.compile(r"(?:19|20)\d{2}[-./]")  # where _DATE_PATTERNS' last can match
# A year is written digit by digit (二〇二五); a month or a day digit by digit (〇六) or in tens with
# at most one 十 (十二, 二十八). Anything else the date patterns let through (二〇二十) is no date.
_DIGIT = "〇○O零一二三四五六七八九两"
_YEAR_NUMERAL = re.compile(rf"\d+|[{_DIGIT}]+")
_DAY_NUMERAL = re.compile(rf"\d+|[{_DIGIT}]+|[一二三四五六七八九两]?十[{_DIGIT}]?")


def parse_date(text: str) -> dt.date | None:
    """The first date written in text: 2025年6月28日, 二〇二五年六月二十八日, 2025-06-28, 2025.6.28."""
    best = None
    for pattern in _DATE_PATTERNS:
        match = pattern.search(text)
        if match and (best is None or match.start() < best.start()):
            best = match
    return _date_of(best) if best else None


def _date_of(match: re.Match[str]) -> dt.date | None:
    """The date a match of _DATE_PATTERNS writes, or None where its numerals or its day are no date's."""
    if not (_YEAR_NUMERAL.fullmatch(match["y"]) and _DAY_NUMERAL.fullmatch(match["m"])
            and _DAY_NUMERAL.fullmatch(match["d"])):
        return None
    try:
        return dt.date(_number(match["y"]), _number(match["m"]), _number(match["d"]))
    except ValueError:
        return None


def _number(numeral: str) -> int:
    return int(numeral) if numeral.isdigit() else chinese_integer(numeral)


# Around a signature date: a note of how far the document goes, set before it on its line ((此件发至乡) 2017年6月13日),
# and characters a page could not encode after it (2024年1月21日??).
_NOTE_BEFORE = re.compile(r"^[（(]此件[^（）()]{0,12}[）)]\s*")
_LOST_AFTER = re.compile(r"\?+$")


def date_only(line: str, published: dt.date | None = None) -> dt.date | None:
    """The date of a line that holds nothing but a date (a signature date, not a deadline in a sentence),
    also as a page leaves it when its 年, 月 and 日 were images (2024327: the one day it can be; 2019114 the one
    of 1月14日 and 11月4日 on or before the day the page was `published`)."""
    stripped = _LOST_AFTER.sub("", _NOTE_BEFORE.sub("", line.strip())).strip().strip("()")
    for pattern in _DATE_PATTERNS:
        match = pattern.fullmatch(stripped)
        if match:
            return parse_date(stripped)
    return _compact_date(stripped, published)


# A date whose 年, 月 and 日 a page lost (2024327, 20171116): a year and three or four digits of month and day.
_COMPACT_DATE = re.compile(r"(?P<y>(?:19|20)\d{2})(?P<md>\d{3,4})")


def _compact_date(text: str, published: dt.date | None = None) -> dt.date | None:
    """The day a compact date names where only one split of its month and day is a day (2024327 is 3月27日;
    2019114 may be 1月14日 or 11月4日: None), or only one is on or before the day the page was `published`: a
    document is signed before it is put online."""
    days = {day for day in _compact_days(text) if published is None or day <= published}
    return days.pop() if len(days) == 1 else None


def _compact_days(text: str) -> set[dt.date]:
    """The days a compact date may name (2019114: 1月14日 and 11月4日)."""
    match = _COMPACT_DATE.fullmatch(text)
    if match is None:
        return set()
    year, digits = int(match["y"]), match["md"]
    days = set()
    for cut in (1, 2):
        month, day = digits[:cut], digits[cut:]
        if len(day) <= 2 and not month.startswith("0") and not day.startswith("0"):
            with contextlib.suppress(ValueError):  # no such day (2月30日)
                days.add(dt.date(year, int(month), int(day)))
    return days


def compact_date_before(lines: list[str], published: dt.date | None) -> dt.date | None:
    """The day of the first line that is a compact date of two readings (2019114) where only one is on or before
    the day the page was published (2019-01-14): a document is signed before it is put online."""
    for line in lines if published else ():
        day = _compact_date(line.strip(), published)
        if day:
            return day
    return None


# A line naming a month alone, as a cover prints it under its body (二○二一年九月, 2021年9月).
_MONTH_LINE = re.compile(r"(?:(?:19|20)\d{2}|[〇○O零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月")


def month_only(line: str) -> bool:
    return _MONTH_LINE.fullmatch(line) is not None


def trailing_date(line: str) -> tuple[str, dt.date] | None:
    """The words before a date that closes a line, and the date: a signature whose body and date a PDF or a scan
    gives on one line ("国家能源局四川监管办公室  2023年5月16日", or with no blank between: …执行。 邵东市双凤乡人民政府2022年2月27日)."""
    stripped = line.strip()
    if not _may_close_with_date(stripped):
        return None
    for match in _dates_closing(stripped):
        date = _date_of(match)
        return (stripped[: match.start()].strip(), date) if date else None
    return None


def dates_within(line: str) -> list[tuple[int, int, dt.date]]:
    """Where each date written in `line` begins and ends, and the date, in the order written."""
    if "日" not in line and not _NUMERIC_DATE_START.search(line):
        return []  # (most lines: every written date ends with 日 or opens as 2025-, 2025., 2025/)
    found = sorted((match for pattern in _DATE_PATTERNS for match in pattern.finditer(line)), key=re.Match.span)
    return [(match.start(), match.end(), date) for match in found if (date := _date_of(match))]


def _may_close_with_date(text: str) -> bool:
    """Whether `text` ends as every match of _DATE_PATTERNS does, with 日 or a digit: most lines end with
    neither (。), and need not be searched for a date that closes them."""
    return text[-1:] == "日" or text[-1:].isdigit()


def _dates_closing(text: str) -> Iterator[re.Match[str]]:
    """Each written date that closes `text`, in the order of _DATE_PATTERNS."""
    for pattern in _DATE_PATTERNS:
        yield from (match for match in pattern.finditer(text) if match.end() == len(text))


def closing_bracketed_date(text: str) -> tuple[str, dt.date] | None:
    """The words before a bracketed date that closes them, and the date: a title with its date of adoption
    or issue on its own line's end (`…的意见 （2025年9月11日）`), where a title block usually puts it on the
    line below."""
    stripped = text.strip()
    if stripped[-1:] not in ")）":
        return None
    opening = max(stripped.rfind("("), stripped.rfind("（"))
    date = date_only(stripped[opening + 1:-1]) if opening > 0 else None
    return (stripped[:opening].strip(), date) if date else None


# A report's title as a collection site prints it, with the day it was delivered and its speaker in brackets
# (湖南省政府工作报告(2025年1月14日 毛伟明)): the title keeps them.
_DELIVERED_BY = re.compile(r"[(（](?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)\s*[\u4e00-\u9fff·]{2,5}[)）]$")


def delivered_date(title: str | None) -> dt.date | None:
    """The day a report's title gives in brackets beside its speaker (…政府工作报告(2025年1月14日 毛伟明)), else None."""
    found = _DELIVERED_BY.search(title or "")
    return parse_date(found["date"]) if found else None


# A note under a title saying when a meeting adopted the document (题注): "(2021年1月3日在克州第十四届人民代表大会第五次
# 会议通过)", "（2024年3月1日省人民政府第20次常务会议审议通过）".
_ADOPTION_NOTE = re.compile(r"^[(（](?P<date>[^()（）]{6,16}?日)在?(?P<body>[^()（）]{0,60}?)(?:通过|批准)[)）]$")
# The session of a people's congress a note says adopted the document (白城市第七届人民代表大会第七次会议第三次全体会议)
_CONGRESS_SESSION = re.compile(r"^(?P<session>[^()（）]{2,30}?第[一二三四五六七八九十]+届人民代表大会第[一二三四五六七八九十]+次会议)")


def adoption_date(lines: list[str]) -> dt.date | None:
    """The date a note under the title says a meeting adopted the document on (a 纲要 or 条例 carries no
    signature date of its own), on its line or over two ((2026年1月23日昭通市第五届人民代表大会 / 第八次会议…通过))."""
    found = _adoption_note(lines)
    return parse_date(found["date"]) if found else None


def adopting_session(lines: list[str]) -> str | None:
    """The session of a people's congress whose note of adoption a document carries (a congress's 决议 on a report:
    (2026年1月12日白城市第七届人民代表大会第七次会议第三次全体会议通过) → 白城市第七届人民代表大会第七次会议)."""
    found = _adoption_note(lines)
    session = _CONGRESS_SESSION.match(found["body"]) if found else None
    return session["session"] if session else None


def _adoption_note(lines: list[str]) -> re.Match[str] | None:
    """The first header line (or line and the next) that is a dated note of adoption."""
    for line, below in zip(lines[:HEADER_LINES], [*lines[1:HEADER_LINES], ""], strict=False):
        found = _ADOPTION_NOTE.match(line) or _ADOPTION_NOTE.match(line + below)
        if found and parse_date(found["date"]):
            return found
    return None


# A signature date a scan garbled: a year, month or day cut short or run into noise (202年6月9日, 2025年7月2).
_GARBLED_DATE = re.compile(r"\d{2,4}年\d{0,2}月?\d{0,3}日?")


def garbled_signature_date(lines: list[str]) -> dt.date | None:
    """The date of a signature a scan garbled, read from the 版记's imprint line ("国家能源局西北监管局综合处" /
    "2025年6月9日印发"), which gives the day the document was signed and sent out; None without a garbled
    date line, where the imprint's date is no 成文日期."""
    if not any(_GARBLED_DATE.fullmatch(line) and date_only(line) is None for line in lines):
        return None
    for line in reversed(lines):
        head = line.removesuffix("印发").rstrip()
        match = next(_dates_closing(head), None) if head != line else None
        if match:
            return _date_of(match)
    return None


def marked_date(lines: list[str]) -> dt.date | None:
    """The day closing the line right above the note of how a document is published ((此件公开发布), set below its
    成文日期), where a seal stands for the signing body: alone on its line, or after the annex list it closes
    (附件:1.… 2.…主要指标 2021年2月28日)."""
    for number in range(1, len(lines)):
        if PUBLICATION_MARK.fullmatch(lines[number]):
            closing = trailing_date(lines[number - 1])
            if closing:
                return closing[1]
    return None


def first_date_line(lines: list[str]) -> dt.date | None:
    """The date of the first line that holds nothing but a date, or a 文号 and the date it was issued on; not the
    value of a page's field under its label (公开日期 / 2025年09月12日: read with the page's fields, text_fields)."""
    labels = field_labels()[1]
    for number, line in enumerate(lines):
        if number and squash_label(lines[number - 1]) in labels:
            continue
        numbered = DOC_NUMBER_LINE.match(line)
        date = parse_date(numbered["dated"]) if numbered and numbered["dated"] else date_only(line)
        if date:
            return date
    return None


def hint_date(hints: dict[str, str], prefix: str = "") -> dt.date | None:
    """A date the record of a document gives about it (an export's column, a Markdown export's metadata
    block, a page's 信息公开 table): its 生成日期, else its publication date; with prefix PAGE_HINT_PREFIX, the
    same dates read from a captured page's own lines."""
    for key in DATE_HINTS:
        date = parse_date(hints.get(prefix + key, ""))
        if date:
            return date
    return None

