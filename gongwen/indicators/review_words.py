"""The words in the target grammar (`resources/indicators_grammar.yaml`) that mark a review of the past: a
report's review section (一、2025年工作回顾), a paragraph opening with a period gone by (过去一年, 五年来), a
document that reports what was done (…2024年工作总结), and the headings of what is to be done after them."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from gongwen.text.patterns import alternation


@dataclass(frozen=True)
class ReviewWords:
    review_heading: re.Pattern[str]
    review_period: tuple[str, ...]  # 赶超发展的五年: a heading naming a period gone by
    target_heading: re.Pattern[str]
    review_title: re.Pattern[str]  # the title of a document that reports what was done (…2024年工作总结)
    plan_heading: re.Pattern[str]  # a heading that names what is to be done (二、2023年工作计划)
    review_paragraph: re.Pattern[str]
    summary_opening: re.Pattern[str]  # 2025年,…在…坚强领导下 / 今年以来: a summary's first paragraph
    purpose: re.Pattern[str]  # 为贯彻落实…,省政府决定…: what a document is made for
    speaker: re.Pattern[str]  # 胡玉亭说, / 报告指出, opening a paragraph: whoever says what follows
    plan_period_opening: re.Pattern[str]  # “十四五”期间, opening a paragraph: group plan names the plan
    review_span: re.Pattern[str]  # a review paragraph's opening that says how many years it covers
    review_span_years: dict[str, int]
    planned: re.Pattern[str]  # a metric naming the year's plan (年度计划投资): a target though a review states it
    past_account: re.Pattern[str]  # 去年, / 2024年, setting a clause's time: perhaps an account of a year gone by
    account_end: re.Pattern[str]  # 今年, 将 … opening a paragraph: no more of that account
    account_end_anywhere: re.Pattern[str]  # 控制在, 左右 … anywhere in a paragraph: a target, no more of that account


def review_words(words: Mapping[str, Any]) -> ReviewWords:
    """The review words compiled: `words` are the grammar file's sections."""
    return ReviewWords(
        review_heading=re.compile(alternation(words["review_heading_words"])),
        review_period=tuple(words["review_period_endings"]),
        target_heading=re.compile(alternation(words["target_heading_words"])),
        review_title=re.compile(
            rf"(?:{alternation(words['review_title_anywhere'])})|(?:(?:{alternation(words['review_title_endings'])})"
            rf"|总结[和及暨与][^。]{{0,20}}(?:{alternation(words['review_title_plans'])}))(?:[(（][^()（）]*[)）])?$"),
        plan_heading=re.compile(alternation(words["target_heading_words"] + words["plan_heading_words"])),
        review_paragraph=re.compile(rf"^\s*(?:{alternation(words['review_paragraph_openings'])})"),
        summary_opening=re.compile(
            rf"^\s*(?:{alternation(words['review_paragraph_openings'])}|{'|'.join(words['summary_openings'])})"),
        purpose=re.compile(words["purpose_statement"]),
        speaker=re.compile(rf"^\s*[^,，。；;:：“”]{{1,15}}?(?:{alternation(words['speech_verbs'])})[,，:：]"),
        plan_period_opening=re.compile(
            rf"^\s*“?十(?P<plan>[一二三四五六七八九])五”?(?:{alternation(words['plan_period_endings'])})[,，]"),
        review_span=re.compile(rf"^\s*(?:{alternation(words['review_span_openings'])})"),
        review_span_years=words["review_span_openings"],
        planned=re.compile(rf"(?:{alternation(words['planned_metric_words'])})[^，,。、]{{0,4}}$"),
        past_account=re.compile(
            rf"(?:^|[,，:：。])\s*(?:(?P<past>{alternation(words['past_account_openings'])})|(?P<year>(?:19|20)\d{{2}})年)[,，]"),
        account_end=re.compile(alternation(words["account_ends"])),
        account_end_anywhere=re.compile(alternation(words["account_ends_anywhere"])),
    )
