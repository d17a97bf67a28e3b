"""Building regular expressions from vocabulary lists."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from gongwen.text.numerals import ORDINAL_NUMERAL_CHARS


def alternation(words: Iterable[str], gap: str = "") -> str:
    """`a|bc|…` matching any of the words, longest first so that a longer word wins over its prefix;
    `gap` is a pattern allowed between the characters of a word (索 引 号, 标　　题)."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    if gap:
        return "|".join(gap.join(map(re.escape, w)) for w in ordered)
    return "|".join(re.escape(w) for w in ordered)


@dataclass(frozen=True)
class Guarded:
    """A pattern and a word it cannot match without (its 牵头, its 不再): a text without the word is not read, as
    reading a whole document with a pattern that opens with optional words tries it at every character."""

    word: str
    pattern: re.Pattern[str]

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.word in text else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self.word in text else iter(())


def matches_from(pattern: re.Pattern[str], opening: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """pattern.finditer(text) for a pattern every match of which opens with a character `opening` matches, tried only
    there: re tries a pattern that opens with a look-behind at every character."""
    at = 0
    while (start := opening.search(text, at)) is not None:
        found = pattern.match(text, start.start())
        if found is None:
            at = start.start() + 1
        else:
            yield found
            at = max(found.end(), start.start() + 1)  # past an empty match too


def word_trie(words: Iterable[str]) -> str:
    """A pattern matching the same as alternation(words) (the longest word at each place), the words set out as a
    tree of their characters (`农(?:业(?:转移人口)?|村)`): re tries a few characters at each place, not every word."""
    tree: dict[str, dict] = {}
    for word in set(words):
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _branches(tree) if tree and "" not in tree else alternation(words)


def _branches(node: dict[str, dict]) -> str:
    """The pattern of a tree's node: its characters each with what may follow, longest first, optional where a word
    ends at the node."""
    branches = [re.escape(char) + _branches(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    ends = "" in node
    body = branches[0] if len(branches) == 1 and (not ends or len(branches[0]) == 1) else f"(?:{'|'.join(branches)})"
    return f"{body}?" if ends else body


def squash(text: str) -> str:
    """Without any whitespace: the form two spellings of one title or label are compared in."""
    return re.sub(r"\s+", "", text)


# The ordinal a numbered heading or item opens with, by rank (a plan nests them in this order): `第一章`,
# `第二篇`, `第三部分` (chapter); `一、`, `第四条`, `第五节` (section); `(一)`, `一)` (item); `1.`, `2、`, `(3)`,
# `④` (numbered). `1.5万` and `2025.` are numbers, not ordinals; `(2023-2025年)` is no heading. Matched on
# cleaned text (half-width brackets) and on text as read (full-width), after any leading blanks.
NUMBERED_HEADING = re.compile(
    rf"^\s*(?:(?P<chapter>第[{ORDINAL_NUMERAL_CHARS}\d]{{1,4}}(?:章|篇|部分))"
    rf"|(?P<section>[{ORDINAL_NUMERAL_CHARS}]{{1,4}}、|第[{ORDINAL_NUMERAL_CHARS}\d]{{1,4}}[条节])"
    r"|(?P<item>[(（]?[一二三四五六七八九十]{1,3}[)）])"
    r"|(?P<numbered>\d{1,2}(?:[.．﹒](?![\d.．])|、)|[(（]\d{1,2}[)）]|[①-⑳]))"
)

# Between two cells of a table a capture wrote a row a line with bars (序号 | 工作事项 | 进度安排).
PIPE_CELL_BREAK = re.compile(r" \| ")
# A year as a text writes it (2023年): no body's name holds one, and a heading naming one names the year it is about.
YEAR = re.compile(r"(?:19|20)\d{2}年")
# A document-sharing site's line naming the file it shows (《X.docx》由会员分享,可在线阅读…): X is the document's title,
# up to the site's own category and serial it may add after underscores (2022政府工作报告_市政府工作报告_22.docx).
SHARED_FILE = re.compile(r"^《(?P<name>[^_]{4,150}?)(?:_[^_》]*)*\.(?:docx?|wps|pdf|txt)》由会员分享")
_DASHES = "—–\\-－─_·•"
# A page's number as a footer prints it, set off so that it cannot be a figure: `— 3 —`, `-3-`, `—3一` (OCR
# reads the closing dash as 一), `第3页`, `第3页 共12页`, and the marker an OCR or PDF export writes between
# pages (`--- 第 2 页 OCR ---`). A bare `3` or `3/12` is a page number only at a page's edge (reading.pdf).
PAGE_NUMBER = re.compile(
    rf"^(?:[{_DASHES}]+\s*\d{{1,4}}\s*[{_DASHES}一]+"
    rf"|[{_DASHES}=\s]*第\s*\d{{1,4}}\s*页(?:\s*[/，,]?\s*共\s*\d{{1,4}}\s*页)?(?:\s*[A-Za-z]{{0,6}}\s*[{_DASHES}=]+)?)$"
)
