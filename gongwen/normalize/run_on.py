"""A document a capture saved with its paragraphs run together on one line (a scraper that joined a page's
`<p>` texts): the line is broken again where a 公文's layout starts a line of its own. Only lines of at
least RUN_ON_CHARS that hold at least MIN_BREAKS chapters or articles are touched, so no paragraph of a
document with its own line breaks moves."""

from __future__ import annotations

import functools
import re

from gongwen.metadata.keywords import keywords
from gongwen.text.chars import HAN
from gongwen.text.numerals import ORDINAL_NUMERAL_CHARS

RUN_ON_CHARS = 1000
MIN_BREAKS = 3
# A chapter or an article opening (第一章  总则, 第三条  …): set apart by a blank after it, or after a sentence.
_ARTICLE_BEFORE_BLANK = re.compile(rf"(?=第[{ORDINAL_NUMERAL_CHARS}]+[章节条] )")
_ARTICLE = re.compile(rf"{_ARTICLE_BEFORE_BLANK.pattern}|(?<=[。；;])(?=第[{ORDINAL_NUMERAL_CHARS}]+[章节条])")
# An item after the sentence or the colon before it (…下列情形之一：（一）…；（二）…): a line of its own.
_ITEM = re.compile(rf"(?<=[。；;：:])(?=[（(][{ORDINAL_NUMERAL_CHARS}]+[）)]|[{ORDINAL_NUMERAL_CHARS}]+、)")
_CLOSING_MARK = re.compile(r"([（(](?:此件|本件)[^（()）]{0,12}[）)])")
# A circled number opening a sentence inside a paragraph (…提供了有力保障。①加强房地产管控。…②加强规划管控。), or a
# clause of a list whose items are sentences of their own (分别是：①…工程。抓紧…；②…工程。按照…): an item. Not
# the items of a list of phrases (额度：①每30户/1名保洁员；②每个村宅公厕/1名保洁员).
_CIRCLED_ITEM = re.compile(r"(?<=[。！？!?；;：:])\s*(?=[①-⑳])")
_SENTENCE_ENDS = frozenset("。！？!?")
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


@functools.cache
def _signature() -> re.Pattern[str]:
    """A signature and its date run on after the last sentence (…贯彻落实。安顺市人民政府2023年9月5日（此件公开发布）):
    an issuing body's name (metadata_keywords.yaml's organization_suffixes end it) right before a date."""
    return re.compile(rf"(?<=[。！!])(?P<body>[{HAN}（）()]{{2,40}}?(?:{keywords().organization_suffix}))"
                      r"(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)")


def split_run_on(text: str) -> tuple[str, int]:
    """The text with each run-on line broken at its chapters, articles, items, signature and closing mark;
    and how many lines were broken."""
    lines = text.split("\n")
    broken = 0
    for index, line in enumerate(lines):
        if len(line) < RUN_ON_CHARS or len(_ARTICLE_BEFORE_BLANK.findall(line)) < MIN_BREAKS:
            continue
        line = _signature().sub(r"\n\g<body>\n\g<date>\n", line)
        line = _CLOSING_MARK.sub(r"\n\1\n", line)
        line = _ITEM.sub("\n", _ARTICLE.sub("\n", line))
        lines[index] = "\n".join(piece.strip() for piece in line.split("\n") if piece.strip())
        broken += 1
    return "\n".join(lines), broken


def split_circled_items(text: str) -> tuple[str, int]:
    """The text with each paragraph that numbers its items ①, ②, … in order (each opening a sentence, or each a
    list's item holding a sentence of its own) broken before each, so that they read as its items; and how many
    lines were broken."""
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
