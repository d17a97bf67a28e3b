"""The year a target is for: the years a sentence names (到2028年, 2021—2025年, “十五五”, 全年) and the one
governing each value of a paragraph (the last named before it in its sentence, else the paragraph's
opening year, else its section heading's)."""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from gongwen.indicators.grammar import Grammar
from gongwen.text.chars import DIGIT_CHARS, HAN
from gongwen.text.plans import five_year_plan_years_by_name

# 2000年底前建成的小区: the year picks out things, it sets no time for the clause.
_ATTRIBUTIVE_YEAR = re.compile(rf"[底末]?以?前[{HAN}]{{0,4}}的")
# How far into a paragraph a year still opens it (2010年末, / 截至2025年底,).
_OPENING_YEAR_REACH = 16


class YearMention(NamedTuple):
    start: int
    end: int
    year: int
    explicit: bool  # False for a year read relative to the document's (全年, 今年)


def plan_end_year(ones: str) -> int:
    """The last year of the plan “十X五” named by its X: 五 → 2030."""
    return five_year_plan_years_by_name("十" + ones)[1]


def year_mentions(line: str, start: int, end: int, grammar: Grammar, doc_year: int | None) -> list[YearMention]:
    """Each year that governs what follows it in line[start:end]."""
    mentions = []
    for found in grammar.year_mention.finditer(line, start, end):
        before = line[found.start() - 1] if found.start() > 0 else ""
        if before in grammar.year_not_before or _ATTRIBUTIVE_YEAR.match(line, found.end()):
            continue
        rest = line[found.end() : found.end() + 4].lstrip("底末前内")
        if rest.startswith(grammar.year_not_after):
            continue
        if found.group("relative"):
            if doc_year is None or before in DIGIT_CHARS:
                continue  # 3年内 is a span of time, not this year
            discussed = found.group("relative") in grammar.years_in_discussion
            named = _named_before(line, found.start(), grammar, doc_year) if discussed else None
            year, explicit = named or (doc_year + grammar.relative_years[found.group("relative")], False)
        elif found.group("plan"):
            year, explicit = plan_end_year(found.group("plan")), True
        else:
            year, explicit = int(found.group("end") or found.group("year")), True
        # Out of range (到2300年, 至1900年) only where the text plainly sets a time: kept for the gate to
        # hold the document back; elsewhere such a number is no year (1000年一遇).
        if 1949 <= year <= 2100 or (explicit and before in grammar.year_prepositions):
            mentions.append(YearMention(found.start(), found.end(), year, explicit))
    return mentions


def _named_before(line: str, end: int, grammar: Grammar, doc_year: int | None) -> tuple[int, bool] | None:
    """The year line[:end] last names and whether in digits: the last it writes so (2021年; not a plan's name,
    实施“十四五”规划), unless the text turns to a year of its own after it (2021年,…增长8.1%。…今年发展主要预期目标是:…城镇
    调查失业率全年控制在5.5%以内; 2023年是…开局之年…全力抓好明年各项工作落实。全年…): that one, read from the
    document's; None where it names neither."""
    years = [m for m in year_mentions(line, 0, end, grammar, None) if any(c.isdigit() for c in line[m.start:m.end])]
    if not years:
        return None
    own = [found["relative"] for found in grammar.year_mention.finditer(line, years[-1].end, end)
           if found["relative"] and found["relative"] not in grammar.years_in_discussion
           and line[found.start() - 1] not in DIGIT_CHARS]  # 3年内 is a span of time
    if not own:
        return years[-1].year, True
    return (doc_year + grammar.relative_years[own[-1]], False) if doc_year is not None else None


class GoverningYears:
    """The governing year of each value of one paragraph; each sentence's years are read once."""

    def __init__(self, line: str, grammar: Grammar, doc_year: int | None, section_year: int | None):
        self._line = line
        self._grammar = grammar
        self._doc_year = doc_year
        self._section_year = section_year
        self._mentions: dict[int, list[YearMention]] = {}
        self._ends: dict[int, list[int]] = {}
        self._named_before: dict[int, tuple[int, bool] | None] = {}  # by sentence: the last year named before it
        self._opening = self._opening_year()

    def _opening_year(self) -> tuple[int, bool] | None:
        """A year the paragraph opens with (2010年末,… / 2011—2015年,…) holds for all its sentences."""
        line = self._line
        mentions = year_mentions(line, 0, min(len(line), _OPENING_YEAR_REACH), self._grammar, self._doc_year)
        if mentions and line[: mentions[0].start] in self._grammar.opening_year_prefixes:
            return mentions[0].year, mentions[0].explicit
        return None

    def at(self, sentence_start: int, sentence_end: int, position: int) -> tuple[int | None, bool]:
        """The year governing `position` in its sentence, and whether the text wrote it out (2028年,
        “十五五”) rather than relative to the document (全年)."""
        mentions = self._mentions.get(sentence_start)
        if mentions is None:
            mentions = year_mentions(self._line, sentence_start, sentence_end, self._grammar, self._doc_year)
            self._mentions[sentence_start] = mentions
            self._ends[sentence_start] = [mention.end for mention in mentions]
        governing = bisect.bisect_right(self._ends[sentence_start], position)
        if governing:
            return mentions[governing - 1].year, mentions[governing - 1].explicit
        if self._opening is not None:
            return self._opening
        # 2018年全区经济社会发展取得显著成效。区属地区生产总值达到379.95亿元: a sentence without a time of its
        # own (近5年来 is one), after one naming a year before the document's, says what that year achieved.
        if self._doc_year is not None and self._grammar.past_period.search(self._line, sentence_start, position) is None:
            if sentence_start not in self._named_before:
                self._named_before[sentence_start] = _named_before(self._line, sentence_start, self._grammar, self._doc_year)
            carried = self._named_before[sentence_start]
            if carried is not None and carried[0] < self._doc_year:
                return carried
        return self._section_year, True
