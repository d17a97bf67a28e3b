"""The public entry: every quantitative target of one document's cleaned text, paragraph by paragraph and
table by table, and every figure it states as achieved (an actual: in the sections that review results,
after 已, or governed by a past year)."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from gongwen.indicators.cells import CellList
from gongwen.indicators.flat_tables import read_flat_table
from gongwen.indicators.grammar import grammar
from gongwen.indicators.paragraphs import read_paragraph
from gongwen.indicators.sections import Review, Sections
from gongwen.indicators.tables import FlatProgress, as_actual, column_at, progress_columns, read_table
from gongwen.indicators.values import RANGE_COMPARATOR, RANGE_QUALIFIER
from gongwen.indicators.wrapping import Paragraph, cut_width, paragraph_at
from gongwen.model import Indicator
from gongwen.vocabulary import TARGET

# A metric this long names one target wherever the text states it again (地区生产总值增长: a summary's target
# restated as an item); a shorter one (增长, 项目) leaves what it measures to its context.
_NAMING_METRIC = 4


def extract_indicators(text: str, doc_year: int | None) -> list[Indicator]:
    """Every quantitative target of one document's cleaned text, in text order (its actuals left out)."""
    return [figure for figure in extract_figures(text, doc_year) if figure.kind == TARGET]


def extract_figures(text: str, doc_year: int | None) -> list[Indicator]:
    """Every target and every actual of one document's cleaned text, in text order.

    `doc_year` is the document's own year (its issue date): 全年/今年 read as it, and a value governed by
    an earlier year is an actual of that year, not a target. With None, neither rule applies."""
    words = grammar()
    indicators: list[Indicator] = []
    lines = text.split("\n")
    sections = Sections(words, doc_year, lines)
    bases = list(itertools.accumulate((len(line) + 1 for line in lines), initial=0))
    index = 0
    span_years: int | None = None  # of the review paragraphs since the last 这五年/过去一年 opening
    width = cut_width(lines)
    cells = CellList()
    stated = _Stated()  # the targets of the paragraphs read so far
    progress: frozenset[int] = frozenset()  # the progress columns of the task table being read
    flat_progress = FlatProgress()
    while index < len(lines):
        line = lines[index]
        cells.enter(lines, index)
        flat_progress.enter(lines, index, words.table)
        cell_target = cells.read(lines, bases, index, words, doc_year)
        if cell_target is not None:
            indicators.append(cell_target)
            index += 2
            continue
        flat_end = index if sections.in_review else read_flat_table(lines, bases, index, words, doc_year, indicators)
        if flat_end > index:
            index = flat_end
            continue
        if "\t" in line:
            table_end = read_table(lines, bases, index, words, doc_year, sections, indicators)
            if table_end > index:
                index = table_end
                continue
            progress = progress_columns(line, words.table) or progress
        else:
            progress = frozenset()
        paragraph = paragraph_at(lines, bases, index, width)
        reports_progress = flat_progress.reports(index)
        line, index = paragraph.text, paragraph.last + 1
        if "\t" not in line:  # a row's first cell (一、本级收入) heads no part of the text
            sections.enter(line)
        if not sections.in_review:
            span_years = None
        opening = words.review.review_span.match(line)
        if opening:
            span_years = words.review.review_span_years[opening.group().strip()]
        past_account = sections.in_past_account(line)
        reviews = sections.in_review or sections.opens_review(line) or sections.runs_in_review(line) or past_account
        review = Review(span_years) if reviews else None
        for figure in read_paragraph(line, 0, words, doc_year, sections.year, review):
            if reports_progress or progress and column_at(line, figure.char_start) in progress:
                figure = as_actual(figure, doc_year)  # what a task table's progress column says was done
            if stated.restates(figure):
                continue
            indicators.append(_in_text(figure, paragraph, text))
    indicators.sort(key=lambda indicator: indicator.char_start)
    return _without_restated_actuals(indicators)


def _without_restated_actuals(figures: list[Indicator]) -> list[Indicator]:
    """The figures without a target of no year or bound that restates an actual of the text (a headline's 全市生产总值增长5.5%
    over the body's 2025年…全市生产总值增长5.5%): the same value and unit stated as achieved of its metric is that fact (not a
    bounded one: 城镇登记失业率控制在3%以内 beside last year's 3%)."""
    achieved: dict[tuple, list[str]] = {}
    for figure in figures:
        if figure.kind != TARGET:
            achieved.setdefault((figure.value, figure.unit), []).append(figure.metric)
    return [figure for figure in figures
            if not (figure.kind == TARGET and figure.target_year is None and figure.qualifier is None
                    and any(_one_inside(figure.metric, metric) for metric in achieved.get((figure.value, figure.unit), ())))]


def _one_inside(metric: str, other: str) -> bool:
    """The metric of one inside the other's (共审议法规、决定 / 审议法规、决定)."""
    return metric in other or other in metric


class _Stated:
    """The targets a text has stated so far, to tell one stated again (see _statement)."""

    def __init__(self) -> None:
        self._seen: set[tuple] = set()

    def restates(self, figure: Indicator) -> bool:
        """Whether `figure` states a target stated before; if not, it is remembered."""
        statement = _statement(figure, dated=figure.target_year is not None)
        if statement is None:
            return False
        if statement in self._seen:
            return True
        if figure.target_year is not None:
            self._seen.update((statement, _statement(figure, dated=False)))
        elif len(figure.metric) >= _NAMING_METRIC:
            self._seen.add(statement)
        return False


def _statement(figure: Indicator, dated: bool) -> tuple | None:
    """What a target states: the same metric, scope, value, unit, bound and year stated again further on (a
    plan's targets repeated in its tasks) is one target; so is the same without a year after a dated one (not
    `dated`: a task list restating 完成既有多层住宅加装电梯700台). None for an actual; a figure without a year
    is compared with the statements before it when its metric names it (_NAMING_METRIC; table cells, rows of
    one place after another stating the same share, are not compared)."""
    if figure.kind != TARGET:
        return None
    return (figure.metric, figure.scope, figure.value, figure.unit, figure.qualifier,
            figure.target_year if dated else None)


def _in_text(figure: Indicator, paragraph: Paragraph, text: str) -> Indicator:
    """A figure read in a paragraph placed back in the whole text: its span, and its sentence as the text
    writes it (with the line breaks of a text cut at a width, so that the sentence holds the span)."""
    if not paragraph.breaks:
        return replace(figure, char_start=paragraph.base + figure.char_start, char_end=paragraph.base + figure.char_end)
    at = paragraph.text.rfind(figure.sentence, 0, figure.char_start + len(figure.sentence))
    if at < 0:
        at = paragraph.text.find(figure.sentence)
    sentence = figure.sentence
    if at >= 0:
        sentence = text[paragraph.start(at) : paragraph.end(at + len(figure.sentence))]
    return replace(
        figure,
        sentence=sentence,
        char_start=paragraph.start(figure.char_start),
        char_end=paragraph.end(figure.char_end),
    )


def qualifier_comparators() -> dict[str, str]:
    """Every qualifier word the grammar writes, with the comparator it gives."""
    words = grammar()
    return {**dict(words.qualifiers_before), **words.qualifiers_after, **words.qualifiers_inside}


def qualifier_comparator_pattern() -> str:
    """The regex every `qualifier|comparator` pair matches (the quality gate checks both): a qualifier word with
    its comparator, or a range (5%—5.5%) with ≥."""
    pairs = [f"{re.escape(word)}\\|{re.escape(sign)}" for word, sign in qualifier_comparators().items()]
    return rf"^(?:{'|'.join(pairs)}|(?:{RANGE_QUALIFIER})\|{re.escape(RANGE_COMPARATOR)})$"
