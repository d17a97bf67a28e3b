"""Ordinals that open a plan's numbered lines (`二、`, `（三）`, `4.`, `（5）`, `⑥`, `第七条`) and how
they nest."""

from __future__ import annotations

import re
from dataclasses import dataclass

from gongwen.tasks.lines import WHITESPACE, Line
from gongwen.text.chars import HAN
from gongwen.text.numerals import CHINESE_DIGITS, chinese_integer

# Characters of a Chinese ordinal (一 … 一百零五); 千 never numbers an item.
_CN_NUMERAL = CHINESE_DIGITS + "十百零〇"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
ARTICLE = "article"


def _nth(word: str) -> re.Pattern[str]:
    """第…部分/章/节/条, its number's characters perhaps set apart by single spaces (a letter-spaced
    page's `第1 0条`)."""
    return re.compile(rf"第 ?((?:[{_CN_NUMERAL}\d] ?){{1,4}}){word}[\s、：:，,]*")


# Ranked from the outermost kind to the innermost; a plan nests them in this order (but see outline.py
# for articles numbered inside groups).
_ORDINAL_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("part", _nth("部分")),
    ("chapter", _nth("章")),
    ("section", _nth("节")),
    (ARTICLE, _nth("条")),
    ("cn_dun", re.compile(rf"([{_CN_NUMERAL}]{{1,4}}) ?[、]\s*")),
    ("cn_paren", re.compile(rf"[（(]([{_CN_NUMERAL}]{{1,4}})[）)]\s*")),
    # 1. 1． 1﹒ 1、 (1 . where a PDF's text spaced it; 123. of a long division list; 1。 as a page typed it before
    # Chinese text; 1*. of an item a plan marks as new) but not 1.5万, 2024. or 1-2个
    ("arabic", re.compile(rf"(\d{{1,3}})[*＊]? ?(?:[.．﹒](?![\d.．])|、|。(?=[{HAN}]))\s*")),
    ("arabic_paren", re.compile(r"[（(](\d{1,2})[）)]\s*")),
    ("circled", re.compile(rf"([{_CIRCLED}])\s*")),
)
# 11.121人才梯队项目: an item whose heading starts with a number reads like a decimal (11.121); it is an
# ordinal only where the outline expects that number next (see outline.py).
_ARABIC_BEFORE_NUMBER = re.compile(r"(\d{1,2})[.．﹒](?=\d)")
# Decimal outline numbering (1总则 / 1.1编制目的 / 1.3.1为有效处置…), as 应急预案 and technical plans number their
# parts: a kind per depth, nested between `4.` and `（5）` (1.3.2 holds (1)…(4)). Read by the outline only,
# which takes one where its number goes on from its parent's (1.3.1 right under 1.3 under 1).
DECIMAL_KINDS = ("decimal1", "decimal2", "decimal3", "decimal4")
_DECIMAL = re.compile(rf"(\d{{1,2}}(?:[.．]\d{{1,2}}){{0,3}})[.．]?(?![\d.．%])[ \u3000]*(?=[{HAN}])")  # 1.1.编制目的
_KINDS_IN_RANK = [kind for kind, _ in _ORDINAL_KINDS]
_KINDS_IN_RANK[_KINDS_IN_RANK.index("arabic") + 1:_KINDS_IN_RANK.index("arabic") + 1] = DECIMAL_KINDS
_RANK = {kind: rank for rank, kind in enumerate(_KINDS_IN_RANK)}
# Kinds whose items may hold articles numbered inside them (二、… / （一）… / 第2条); such an article ranks
# between cn_paren and arabic (see outline.py).
ARTICLE_HOLDER_KINDS = frozenset({"cn_dun", "cn_paren"})
ARTICLE_INSIDE_RANK = _RANK["cn_paren"] + 0.5
# Kinds that head a whole part of the plan (section_title) and kinds that head a group of tasks.
SECTION_KINDS = frozenset({"part", "chapter", "section", ARTICLE, "cn_dun"})
GROUP_KIND = "cn_paren"
CHINESE_KINDS = frozenset({"part", "chapter", "section", ARTICLE, "cn_dun", "cn_paren"})
_FIRST_CHARS = "第（(" + _CIRCLED + _CN_NUMERAL


@dataclass(frozen=True)
class Ordinal:
    kind: str
    number: int
    length: int  # characters the ordinal (and the blank after it) takes at the start of the line
    prefix: tuple[int, ...] = ()  # a decimal ordinal's numbers before its own (1.3 of 1.3.1)

    @property
    def numbers(self) -> tuple[int, ...]:
        return (*self.prefix, self.number)

    @property
    def rank(self) -> int:
        return _RANK[self.kind]


def read_ordinal(line: str) -> Ordinal | None:
    """The ordinal a line opens with (`二、`, `（三）`, `4.`, `（5）`, `⑥`, `第七条`), or None."""
    if not line:
        return None
    if line[0] not in _FIRST_CHARS and not line[0].isdigit():
        return None
    for kind, pattern in _ORDINAL_KINDS:
        found = pattern.match(line)
        if found is None:
            continue
        try:
            number = chinese_integer(found.group(1).replace(" ", ""))
        except ValueError:
            continue
        rest = line[found.end():]
        # 一、二两点… is a reference to items, not an item (an ordinal alone on its line is none).
        if kind == "cn_dun" and rest[:1] and rest[:1] in _CN_NUMERAL and rest[1:2] in "、两":
            return None
        if not rest.strip(WHITESPACE):
            # An ordinal alone on its line still opens an item; its heading is on the next line.
            return Ordinal(kind, number, len(line))
        return Ordinal(kind, number, found.end())
    return None


def read_ordinal_before_number(line: str) -> Ordinal | None:
    """The `11.` of `11.121人才梯队项目`, which read_ordinal leaves as a decimal: an Arabic ordinal whose
    heading starts with a digit. Only the outline's expected next number makes it one."""
    found = _ARABIC_BEFORE_NUMBER.match(line)
    if found is None:
        return None
    return Ordinal("arabic", int(found.group(1)), found.end())


def read_decimal_ordinal(line: str) -> Ordinal | None:
    """The decimal ordinal a line opens with (`1`, `1.3`, `1.3.1`, then the heading's first character), or None."""
    found = _DECIMAL.match(line)
    if found is None:
        return None
    numbers = [int(number) for number in re.split("[.．]", found.group(1))]
    return Ordinal(DECIMAL_KINDS[len(numbers) - 1], numbers[-1], found.end(), tuple(numbers[:-1]))


# Where an item may run on after the one before it on the same line: a sentence's end, perhaps with the
# bracketed clause that closes it (…增长11%左右。(省发改委负责)(二)公共财政收入…; …协办)2.重点抓好…).
_ITEM_END = re.compile(r"[。；;](?:[（(][^（()）]{1,80}[）)])?")
# …and where an item's own list may open on its line: after its heading's sentence, or its colon after a short heading
# alone ((二)督查重点:1.…;2.…)
_INNER_ITEM_END = re.compile(r"[。；;：:](?:[（(][^（()）]{1,80}[）)])?")
_MAX_LIST_HEADING = 12
_NOT_A_HEADING = re.compile(r"[。，,；;、]")


def split_run_on_items(lines: list[Line]) -> list[Line]:
    """The lines, each item that runs on after the one before it on a line of its own: only the next
    ordinals of the line's own kind, in turn, after a sentence's end (a paragraph a page joined); none after
    an ordinal of that kind out of turn (a list inside the item). A list of an inner kind run into an item after its
    heading's sentence or colon, numbered from 1 in turn ((三)招聘条件。1.符合…。2.一般要求…。; (二)督查重点:1.…;2.…), is its
    items, each on a line of its own."""
    return [inner for line in lines for piece in _items_of(line) for inner in _inner_items_of(piece)]


def _inner_items_of(line: Line) -> list[Line]:
    first = read_ordinal(line.text) if line.span is None else None
    if first is None:
        return [line]
    starts, kind = [], None
    for found in _INNER_ITEM_END.finditer(line.text):
        if found.group()[0] in "：:" and not _heading_only(line.text[first.length:found.start()]):
            continue  # 按照五个标准制定各村保洁员额度:①…: criteria listed inside a sentence, no items
        following = read_ordinal(line.text[found.end():])
        if following is None or _RANK[following.kind] <= _RANK[first.kind]:
            continue
        if kind is None and following.number == 1 or kind == following.kind and following.number == len(starts) + 1:
            starts.append(found.end())
            kind = following.kind
        elif kind is not None:
            break  # numbered out of turn: no list of items
    return _split_at(line, [0, *starts]) if len(starts) >= 2 else [line]


def _heading_only(text: str) -> bool:
    """A short heading without a sentence (督查重点, 职责与管理机制): what a colon before an item's own list follows."""
    return len(text) <= _MAX_LIST_HEADING and not _NOT_A_HEADING.search(text)


def _items_of(line: Line) -> list[Line]:
    first = read_ordinal(line.text) if line.span is None else None
    if first is None:
        return [line]
    starts, expected = [0], first.number + 1
    for found in _ITEM_END.finditer(line.text):
        following = read_ordinal(line.text[found.end():])
        if following is None or following.kind != first.kind:
            continue
        if following.number != expected:
            break  # a list of the line's own (1.完善节水制度；2.…), numbered anew inside its item
        starts.append(found.end())
        expected += 1
    return _split_at(line, starts) if len(starts) > 1 else [line]


def _split_at(line: Line, starts: list[int]) -> list[Line]:
    """The line cut at each of `starts` (the first 0), each piece a line of its own."""
    ends = [*starts[1:], len(line.text)]
    return [Line(line.start + start, line.text[start:end].rstrip(WHITESPACE)) for start, end in zip(starts, ends, strict=True)]

