"""A document a capture saved with its paragraphs run together on one line (a scraper that joined a page's
`<p>` texts): the line is broken again where a 公文's layout starts a line of its own. Only lines of at
least RUN_ON_CHARS that hold at least MIN_BREAKS chapters or articles are touched, so no paragraph of a
document with its own line breaks moves."""

from __future__ import annotations

import functools
import re

from gongwen.metadata.doc_numbers import DOC_NUMBER
from gongwen.metadata.header import PUBLICATION_MARK, SENTENCE_STOPS
from gongwen.metadata.keywords import keywords
from gongwen.text.chars import COLONS, HAN, han_count
from gongwen.text.numerals import ORDINAL_NUMERAL_CHARS, chinese_integer
from gongwen.text.patterns import NUMBERED_HEADING, alternation

RUN_ON_CHARS = 1000
MIN_BREAKS = 3
# A chapter or an article opening (第一章  总则, 第三条  …): set apart by a blank after it, or after a sentence.
_ARTICLE_BEFORE_BLANK = re.compile(rf"(?=第[{ORDINAL_NUMERAL_CHARS}]+[章节条] )")
_ARTICLE = re.compile(rf"{_ARTICLE_BEFORE_BLANK.pattern}|(?<=[。；;])(?=第[{ORDINAL_NUMERAL_CHARS}]+[章节条])")
# An item after the sentence or the colon before it (…下列情形之一：（一）…；（二）…): a line of its own.
_ITEM = re.compile(rf"(?<=[。；;：:])(?=[（(][{ORDINAL_NUMERAL_CHARS}]+[）)]|[{ORDINAL_NUMERAL_CHARS}]+、)")
# A circled number opening a sentence inside a paragraph (…提供了有力保障。①加强房地产管控。…②加强规划管控。), or a
# clause of a list whose items are sentences of their own (分别是：①…工程。抓紧…；②…工程。按照…): an item. Not
# the items of a list of phrases (额度：①每30户/1名保洁员；②每个村宅公厕/1名保洁员).
_CIRCLED_ITEM = re.compile(r"(?<=[。！？!?；;：:])\s*(?=[①-⑳])")
_ANY_CIRCLED = re.compile("[①-⑳]")  # what a text without has no _CIRCLED_ITEM
_SENTENCE_ENDS = frozenset("。！？!?")
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


@functools.cache
def _signature() -> re.Pattern[str]:
    """A signature and its date run on after the last sentence (…贯彻落实。安顺市人民政府2023年9月5日（此件公开发布）), or
    set apart from it by a space, as are joint bodies from each other (…落实。 中共X县委员会 X县人民政府 2023年1月4日):
    an issuing body's name (metadata_keywords.yaml's organization_suffixes end it) right before a date."""
    return re.compile(rf"(?<=[。！!]) ?(?P<body>[{HAN}（）()]{{2,40}}?(?:{keywords().organization_suffix})"
                      rf"(?: [{HAN}（）()]{{2,40}}?(?:{keywords().organization_suffix}))*) ?"
                      r"(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)")


def _signature_apart(text: str) -> str:
    """The text with a signature run on after its last sentence, its date and the publication mark after it each
    on a line of its own."""
    return PUBLICATION_MARK.sub(r"\n\g<0>\n", _signature().sub(r"\n\g<body>\n\g<date>\n", text))


# A part's heading run on into its first item (一、加强民营经济资源要素支持(一)强化财税政策保障。…): a heading of
# a few words, no punctuation, right before (一).
_HEADING_BEFORE_FIRST_ITEM = re.compile(
    rf"^(\s*[{ORDINAL_NUMERAL_CHARS}]{{1,3}}、[^。，,；;：:()（）\s]{{2,30}})(?=[（(]一[)）])", re.MULTILINE)


def split_heading_before_first_item(text: str) -> tuple[str, int]:
    """The text with each part's heading run on into its first item set on a line of its own; and how many."""
    return _HEADING_BEFORE_FIRST_ITEM.subn("\\1\n", text)


def _filled(pieces: list[str]) -> list[str]:
    """The pieces a line was broken into, stripped, without the blank ones."""
    return [piece.strip() for piece in pieces if piece.strip()]


def split_closing_signature(text: str) -> tuple[str, int]:
    """The text with a signature run on after a paragraph's last sentence and closing it, its date last or before
    the publication mark (…认真贯彻执行。 大连市普兰店区人民政府办公室 2024年7月30日 (此件公开发布)), set on lines of
    its own; and how many lines were broken."""
    lines = text.split("\n")
    broken = 0
    for index, line in enumerate(lines):
        found = _signature().search(line)
        rest = line[found.end():].strip() if found else None
        if rest is not None and (not rest or PUBLICATION_MARK.fullmatch(rest)):
            lines[index] = "\n".join(_filled(_signature_apart(line).split("\n")))
            broken += 1
    return "\n".join(lines), broken


def split_run_on(text: str) -> tuple[str, int]:
    """The text with each run-on line broken at its chapters, articles, items, signature and closing mark;
    and how many lines were broken."""
    lines = text.split("\n")
    broken = 0
    for index, line in enumerate(lines):
        if len(line) < RUN_ON_CHARS or len(_ARTICLE_BEFORE_BLANK.findall(line)) < MIN_BREAKS:
            continue
        line = _ITEM.sub("\n", _ARTICLE.sub("\n", _signature_apart(line)))
        lines[index] = "\n".join(_filled(line.split("\n")))
        broken += 1
    return "\n".join(lines), broken


def split_circled_items(text: str) -> tuple[str, int]:
    """The text with each paragraph that numbers its items ①, ②, … in order (each opening a sentence, or each a
    list's item holding a sentence of its own) broken before each, so that they read as its items; and how many
    lines were broken."""
    if not _ANY_CIRCLED.search(text):
        return text, 0
    lines = text.split("\n")
    broken = 0
    for index, line in enumerate(lines):
        found = list(_CIRCLED_ITEM.finditer(line))
        opened = "".join(line[m.end()] for m in found)
        if len(found) < 2 or opened != _CIRCLED[:len(found)]:
            continue
        items = [line[a.end():b.start()] for a, b in zip(found, found[1:], strict=False)]
        if not (all(line[m.start() - 1] in _SENTENCE_ENDS for m in found) or all("。" in item for item in items)):
            continue
        lines[index] = _CIRCLED_ITEM.sub("\n", line)
        broken += 1
    return "\n".join(lines), broken


# A document a capture saved as one line (a page's text with its paragraphs joined, or with a space between
# them): a line of at least RUN_ON_DOCUMENT_CHARS that holds RUN_ON_DOCUMENT_SHARE of the text's Chinese characters.
RUN_ON_DOCUMENT_CHARS = 200
RUN_ON_DOCUMENT_SHARE = 0.6
_HEAD_CHARS = 400  # where the line's 文号 may stand: at its head
# The 成文日期 right after a one-line document's 文号 (宁政办发〔2023〕13号 2023-03-24 各市、县(区)人民政府…), as a
# page writes it there (dates.py reads it; importing it here would import the readers that clean with this module)
_DATE_AT_HEAD = re.compile(r"(?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)(?!\d)")
# Item openings of each kind after a sentence, a colon, a closing bracket or a space (…通知如下:一、分工原则…
# 。(一)明确…, …负责) 2.落实…, 1.2指导思想); each kind counts 1, 2, 3 … (or starts again at 1 under the next item).
_ITEM_OPENINGS = (
    re.compile(rf"(?<=[。：:；;！!？?）)\s])([{ORDINAL_NUMERAL_CHARS}]{{1,3}})、"),
    re.compile(rf"(?<=[。：:；;！!？?\s])[（(]([{ORDINAL_NUMERAL_CHARS}]{{1,3}})[）)]"),
    re.compile(r"(?<=[。：:；;！!？?）)\s])(\d{1,2})(?:[.．](?![\d.．])|、)"),
    re.compile(r"(?<=[。：:；;！!？?\s])[（(](\d{1,2})[）)]"),
    # a decimal outline's item (1 总则 1.1编制目的 …。 1.2指导思想): its last number counts
    re.compile(rf"(?<=[。：:；;！!？?）)\s])\d{{1,2}}[.．](\d{{1,2}})(?=[{HAN}])"),
)
# The addressees a notice opens with, ended by their colon (各省、自治区、直辖市人民政府,国务院各部委、各直属机构:).
_ADDRESSEES = re.compile(r"^\s*各[^。：:]{1,120}[：:]")


@functools.cache
def _headline() -> re.Pattern[str]:
    """A notice's or a plan's title at a line's head (国务院关于…工作分工的通知 of …的通知政策法规司2006-08-24…)."""
    return re.compile(rf"^[^。，,:：]{{0,60}}?关于[^。:：]{{2,150}}?的[^。:：]{{0,4}}?(?:{alternation(keywords().document_types)})")


def _closed(text: str, brackets: tuple[str, ...]) -> bool:
    """Every bracket of each pair (an opening and its closing) the text opens, it closes."""
    return all(text.count(opening) == text.count(closing) for opening, closing in brackets)


def _number_at_head(line: str) -> re.Match[str] | None:
    """The 文号 at the line's head, not one cited after a title (《…》(国发〔2006〕1号)); in brackets right after
    the notice's own title it is the notice's (…的通知 (鄂州政办发〔2010〕10号) 各区人民政府…)."""
    for found in DOC_NUMBER.finditer(line[:_HEAD_CHARS]):
        before = line[: found.start()]
        bracketed = before.rstrip().endswith(("(", "（"))
        if _closed(before, ("《》",)) and (
                not bracketed or _headline().fullmatch(before.rstrip()[:-1].strip())):
            return found
    return None


def _item_starts(text: str) -> list[int]:
    """Where each item of the text opens: openings of each kind that count up in order."""
    starts = []
    for pattern in _ITEM_OPENINGS:
        expected = 1
        for found in pattern.finditer(text):
            number = int(found.group(1)) if found.group(1).isdigit() else chinese_integer(found.group(1))
            if number in (expected, 1):
                starts.append(found.start())
                expected = number + 1
    return sorted(set(starts))


def _issuer_before_number(prefix: str) -> int:
    """How many characters of a 文号's prefix are the issuer's name run on before it (国务院国发, 国务院办公厅国办发):
    the longest head that is a national issuer or ends in an organization suffix of two characters or more,
    leaving a prefix of two (国卫办医发 and 发改办环资 are prefixes whole)."""
    words = keywords()
    suffixes = tuple(suffix for suffix in words.organization_suffixes if len(suffix) > 1)
    for end in range(len(prefix) - 2, 1, -1):
        head = prefix[:end]
        if head in words.national_issuers or head.endswith(suffixes):
            return end
    return 0


# A one-line document's paragraphs set apart by spaces (…并请列席人员提出意见。 2022年工作回顾 刚刚过去的2022年,…): a
# space after a sentence's end or a colon, or after a line of a few words without a stop, a comma or an open bracket
# (a title, a heading, a speaker's name: 一、2023年工作回顾 2023年是…); not before a field (…试运营。 牵头领导:林静国
# 责任单位:…, a row's cells), nor after an item's number (1.1编制目的 为…, 1.总 则 1.1编制目的: a run-in heading, a
# table of contents), nor in a line whose spaces set figures apart (2024 年).
_SPACES = re.compile(r" +")
_LINE_ENDS = _SENTENCE_ENDS | frozenset(COLONS)
_SHORT_LINE = 40
_FIELD = re.compile(rf"[{HAN}]{{2,8}}[:：]")
_OUTLINE_NUMBER = re.compile(rf"\d{{1,2}}(?:[.．]\d{{1,2}})*(?=[{HAN}]|$)")  # 1总则, 1.1编制目的 (an outline's)
_SPACED_FIGURES = re.compile(r"\d [年月日万亿个%]")
_BRACKETS = ("《》", "()", "（）", "“”")


def _paragraphs_apart(piece: str) -> list[str]:
    """A piece of a one-line document broken at the spaces that set its paragraphs apart."""
    if _SPACED_FIGURES.search(piece):
        return [piece]
    parts, start = [], 0
    for space in _SPACES.finditer(piece):
        before = piece[start: space.start()]
        if not before.strip() or space.end() == len(piece) or _FIELD.match(piece, space.end()):
            continue
        if not _closed(before, _BRACKETS):
            continue
        ordinal = NUMBERED_HEADING.match(before)
        numbered = _OUTLINE_NUMBER.match(before) or ordinal is not None and ordinal["numbered"]
        heading = len(before) <= _SHORT_LINE and not SENTENCE_STOPS.intersection(before) and not numbered
        if before[-1] in _LINE_ENDS or heading:
            parts.append(before)
            start = space.end()
    return [*parts, piece[start:]]


def _split_document_line(line: str) -> list[str]:
    """A document written on one line, broken into its title, 文号, addressees and items."""
    pieces: list[str] = []
    number = _number_at_head(line)
    if number:
        start = number.start() + _issuer_before_number(number.group("prefix"))
        head, rest = line[:start], line[number.end():]
        title = _headline().match(head.strip())
        pieces += [head.strip()[: title.end()], head.strip()[title.end():].rstrip("(（ ")] if title else [head]
        pieces.append(line[start: number.end()].lstrip("(（"))
        line = rest.lstrip(")） ")
        title = None if title else _headline().match(line)  # 西发〔2023〕18号 中共X县委员会 X县人民政府 关于印发…的通知
        if title:
            pieces.append(title.group())
            line = line[title.end():].lstrip()
        day = _DATE_AT_HEAD.match(line)
        if day:
            pieces.append(day.group())
            line = line[day.end():].lstrip()
    addressees = _ADDRESSEES.match(line)
    if addressees:
        pieces.append(addressees.group())
        line = line[addressees.end():]
    cuts = [0, *(start for start in _item_starts(line) if start > 0), len(line)]
    for a, b in zip(cuts, cuts[1:], strict=False):
        pieces += [part for piece in _signature_apart(line[a:b]).split("\n") for part in _paragraphs_apart(piece)]
    return _filled(pieces)


def split_run_on_document(text: str) -> tuple[str, int]:
    """The text with a document written on one line (RUN_ON_DOCUMENT_CHARS, RUN_ON_DOCUMENT_SHARE), or its notice's
    head run on with its addressees and first paragraph (…的通知 (鄂州政办发〔2010〕10号) 各区人民政府…:), broken into
    its lines; and whether it was."""
    lines = text.split("\n")
    total = han_count(text)  # words, not a page's bars of | around them
    for index, line in enumerate(lines):
        if len(line) >= RUN_ON_DOCUMENT_CHARS and (han_count(line) >= RUN_ON_DOCUMENT_SHARE * total
                                                   or _headline().match(line) and _number_at_head(line)):
            pieces = _split_document_line(line)
            if len(pieces) > 1:
                lines[index] = "\n".join(pieces)
                return "\n".join(lines), 1
    return text, 0
