"""Numbered headings (一、 / 第二章 / (三)): whether the part a paragraph is in reviews results, and the
year its heading names for the targets under it (三、2026年重点工作 → 2026)."""

from __future__ import annotations

import re
from typing import NamedTuple

from gongwen.indicators.grammar import Grammar
from gongwen.indicators.review_words import ReviewWords
from gongwen.indicators.years import plan_end_year, year_mentions
from gongwen.metadata.header import WIRE_DATELINE
from gongwen.text.chars import COLONS, ITEM_MARKS
from gongwen.text.patterns import NUMBERED_HEADING, YEAR

_HEADING_TEXT = re.compile(r"\s*[^。:：\s]{1,50}")  # to a blank: a page may run the paragraph on after it
# An unnumbered heading line of a digest: a few words, perhaps closed by a colon, no sentence (回顾2017年, 2020年成就:),
# its phrases perhaps set apart by blanks (2024年全市上下解放思想 奋发进取 交出了一份…成绩单).
_BARE_HEADING = re.compile(r"[^。，,；;！!？?\s](?:[^。，,；;！!？?\s]| (?=\S)){1,39}[:：]?")
# A run-in heading: a few words after the ordinal, closed by a colon, the paragraph going on after it.
_RUN_IN_HEADING = re.compile(r"[^。,，;；:：]{1,12}(?=[:：])")
# The ranks of NUMBERED_HEADING that open a part. A numbered item (1. / (1)) opens none: the items under
# 三、2026年重点工作 are that year's, and an item does not close the part it is listed in. (One whose review heading
# stands on a line of its own, (1)自然地理, holds the paragraphs up to the next item: see Sections.enter.)
_RANKS = ("chapter", "section", "item")
_TITLE_LINES = 4  # the first lines of a text, one of which is its title
_TITLE_LENGTH = 60
_OPENING_LINES = 12  # the lines a document's first paragraph comes within (after its title, header and chrome)
_PARAGRAPH_LENGTH = 40  # a line this long with a comma is a paragraph, not a title or a field
_COMMA = re.compile("[,，]")
_RUN_IN_HEADLINE = re.compile(r"^[^。]{4,60}?——")  # a news headline run into its lead (…三季度同比增长8.8%——今年以来,…)
# What a reporter learned, opening a news lead after its dateline (本报讯(…)7月11日,记者了解到,今年以来,…)
_REPORTER_LEARNED = re.compile(r"^(?:\d{1,2}月\d{1,2}日[,，]?)?(?:记者[^,，。]{0,20}?(?:了解到|获悉)|据悉)[,，]")
_EDITORS_NOTE = re.compile(r"^[【\[]?编者按")  # a paper's note on what follows, before the summary it introduces
_ACCOUNT_HEAD = 40  # the characters of a paragraph's opening that say which year it gives an account of


class Review(NamedTuple):
    """A paragraph that reviews results, and how many years its figures cover (5 after 这五年; None when
    it does not say)."""

    span_years: int | None


class Sections:
    """Which numbered part a paragraph is in: does a heading above it open a review of results, and does
    one name the year its targets are for. A heading closes every part of its rank or deeper."""

    def __init__(self, grammar: Grammar, doc_year: int | None, lines: list[str]):
        self._grammar = grammar
        self._words = grammar.review
        self._doc_year = doc_year
        self._review = [False] * len(_RANKS)
        self._year: list[int | None] = [None] * len(_RANKS)
        self._bare_review = False  # under an unnumbered review heading (回顾2017年, 2020年成就:)
        self._reviewing_document = _reviews_what_was_done(lines, self._words)
        self._past_account = False  # in an account of a year gone by (see in_past_account)
        self._item_review = False  # under a numbered item's review heading on a line of its own ((1)基本情况)

    def enter(self, line: str) -> None:
        found = NUMBERED_HEADING.match(line)
        bare = line.strip().lstrip(ITEM_MARKS).strip()  # ■ 2024年成绩单: a digest's heading after its mark
        heading = _HEADING_TEXT.match(line, found.end()) if found else None
        text = heading.group() if heading else ""
        if self._reviewing_document:
            named = text if heading else bare if _BARE_HEADING.fullmatch(bare) else ""
            self._reviewing_document = not (self._words.plan_heading.search(named) and not self._reviews(named))
        if found is None and _BARE_HEADING.fullmatch(bare):
            self._enter_bare(bare)
        if found is None:
            return
        words, reviews = self._words, self._reviews(text)
        # (1)自然地理 on a line of its own: a numbered item's heading that reviews holds the paragraphs up to the next item
        alone = heading is not None and not line[heading.end():].strip()
        self._item_review = alone and reviews and not words.target_heading.search(text)
        if found.lastgroup not in _RANKS:
            return
        rank = _RANKS.index(found.lastgroup)
        if rank == 0 or words.plan_heading.search(text) or reviews:
            # an unnumbered review heading (2015年工作暨“十二五”发展回顾) holds the numbered results under it
            # (一、攻坚克难谋发展，经济增长保持平稳) up to a chapter, a heading of plans or another review
            self._bare_review = False
        for deeper in range(rank, len(_RANKS)):
            self._review[deeper] = False
            self._year[deeper] = None
        # 一、2025年度目标任务完成情况: a heading ending in a review word reviews, though it names targets
        ends_reviewing = any(word.end() == len(text.rstrip()) for word in words.review_heading.finditer(text))
        self._review[rank] = reviews and (ends_reviewing or not words.target_heading.search(text))
        years = [mention.year for mention in year_mentions(text, 0, len(text), self._grammar, self._doc_year)]
        self._year[rank] = max(years) if years else None

    def _enter_bare(self, heading: str) -> None:
        """A digest's unnumbered heading line (回顾2017年 / 展望2018年): a review heading naming its year opens a review of
        results up to the next numbered heading or unnumbered target heading (the news of a report lists its figures so;
        a table's header cell alone on its line, 目前完成情况, names no year)."""
        review = bool(self._words.review_heading.search(heading)) and YEAR.search(heading) is not None
        review = review or heading.rstrip(COLONS).endswith(self._words.review_period)
        target = bool(self._words.target_heading.search(heading))
        # 2023年全市重点工作 in a 2024 report (no review word; a year written out): the work of a year gone by, though
        # its words name targets; 2026年—— after 2025年—— in a 2026 report: the year's own, which ends the review
        years = [mention.year for mention in year_mentions(heading, 0, len(heading), self._grammar, self._doc_year)]
        if years and YEAR.search(heading) and self._doc_year is not None and not review:
            review = max(years) < self._doc_year
            target = (target and not review) or min(years) >= self._doc_year
        if review and not target:
            self._bare_review = True
        elif target:
            self._bare_review = False

    def _reviews(self, heading: str) -> bool:
        """一、2025年工作回顾, 一、砥砺奋进的五年: the heading names a review, or a period gone by."""
        return bool(self._words.review_heading.search(heading)) or heading.endswith(self._words.review_period)

    def runs_in_review(self, line: str) -> bool:
        """1.基本情况:该区…草原面积15994.86万公顷: a numbered paragraph whose run-in heading is a review
        heading states how things stand, though a numbered item opens no part."""
        found = NUMBERED_HEADING.match(line)
        heading = _RUN_IN_HEADING.match(line, found.end()) if found is not None else None
        if heading is None:
            return False
        words = self._words
        return bool(words.review_heading.search(heading.group())) and not words.target_heading.search(heading.group())

    def opens_review(self, line: str) -> bool:
        """过去五年，… / 胡玉亭说，“十四五”期间，… (in a 2026 report): a paragraph opening, after whoever says it, with a
        period gone by (a five-year plan's after it ended) reviews it."""
        words = self._words
        speaker = words.speaker.match(line)
        opening = line[speaker.end():] if speaker else line
        if words.review_paragraph.match(opening):
            return True
        plan = words.plan_period_opening.match(opening)
        return plan is not None and self._doc_year is not None and plan_end_year(plan.group("plan")) < self._doc_year

    def in_past_account(self, line: str) -> bool:
        """会议指出,2024年,全省交通运输行业… (in a 2025 news page) / 去年,青海省… and the paragraphs after it up to one naming
        the document's year or later, a plan (今年, 将 … at its opening; 目标, 控制在 … anywhere) or a numbered heading: an account of a year
        gone by, whose figures are actuals though they name no year."""
        if self._doc_year is None:
            return False
        head, words = line[:_ACCOUNT_HEAD], self._words
        if (NUMBERED_HEADING.match(line) or words.account_end.search(head) or words.account_end_anywhere.search(line)
                or any(int(found.group()[:4]) >= self._doc_year for found in YEAR.finditer(line))):  # 到2025年 too
            self._past_account = False
        elif any(found["past"] or int(found["year"]) < self._doc_year for found in words.past_account.finditer(head)):
            self._past_account = True
        return self._past_account

    @property
    def in_review(self) -> bool:
        return any(self._review) or self._bare_review or self._reviewing_document or self._item_review

    @property
    def year(self) -> int | None:
        return next((year for year in reversed(self._year) if year is not None), None)


def _reviews_what_was_done(lines: list[str], words: ReviewWords) -> bool:
    """A document that reports what was done (…2024年工作总结, …统计公报, …法治政府建设年度报告, …整改情况的通报,
    …推进会汇报发言, …2022年工作总结和2023年工作计划): its title, a short line among its first, says so, or its first
    paragraph opens as a summary's does."""
    heads = [line.strip() for line in lines[: _TITLE_LINES * 2] if line.strip()][:_TITLE_LINES]
    if any(len(head) <= _TITLE_LENGTH and "。" not in head and words.review_title.search(head) for head in heads):
        return True
    return _opens_reviewing(lines, words)


def _opens_reviewing(lines: list[str], words: ReviewWords) -> bool:
    """A document whose first paragraph (before any numbered heading; after the addressees a notice opens with or a
    paper's 编者按) opens as a summary does (2025年,溆浦县财政局在…坚强领导下; 今年以来,…, perhaps after a news headline run
    into it: …增长8.8%——今年以来,…, or after a news lead's dateline and what the reporter learned: 本报讯(…)7月11日,记者了解到,
    今年以来,…; 现将…报送有关情况通报如下:) and does not go on to say what the document is made for (为贯彻落实…,省政府决定…:
    a plan's background)."""
    for line in lines[:_OPENING_LINES]:
        if NUMBERED_HEADING.match(line):
            return False
        if len(line) < _PARAGRAPH_LENGTH or _EDITORS_NOTE.match(line):
            continue
        headline = _RUN_IN_HEADLINE.match(line)
        lead = _REPORTER_LEARNED.sub("", WIRE_DATELINE.sub("", line))
        if any(words.summary_opening.match(opening) for opening in (line, lead, line[headline.end():] if headline else "")):
            return words.purpose.search(line) is None
        if line[-1:] not in COLONS and _COMMA.search(line):  # a notice's addressees (各县、区安委会,…:) go on
            return False
    return False
