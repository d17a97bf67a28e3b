"""A news article that wraps a plan, cut to the plan so that its targets are not counted twice."""

from __future__ import annotations

import re
from functools import cache

from gongwen.normalize.chrome import either
from gongwen.text.patterns import squash

_LEAD_CITED_TITLE = re.compile(r"《([^《》]{4,120})》")
_LEAD_NOTICE = re.compile(r"([^\s,。:;《》]{2,40}?关于印发《[^《》]{4,120}》的通知)")
_LEAD_NOTICE_LINE = re.compile(r"^[^\s,。:;]{2,60}?关于印发[^。]{0,80}《[^《》]{4,120}》[^。]{0,10}的通知$")
_MAX_LEAD_LINES = 12
_FIGURE = re.compile(r"\d+(?:\.\d+)?")


@cache
def _news_opening() -> re.Pattern:
    return re.compile(rf"^(?:{either('lead')})")


def reduce_news_lead(lines: list[str]) -> tuple[list[str], bool]:
    """A news article that wraps a plan (`日前,贵州省人民政府关于印发《X》的通知。文件提出,…`, a few
    sentences restating the body, then the line `X` and the plan itself) is cut to the plan, so that its
    targets are not counted twice. The notice named by the lead is kept as the first line. A lead whose
    figures the text after it does not hold all (a page cut off before the plan states them) is kept."""
    if not lines or not _news_opening().match(lines[0]):
        return lines, False
    titles = _LEAD_CITED_TITLE.findall(lines[0])
    if not titles:
        return lines, False
    wanted = {squash(t) for t in titles}
    for number in range(1, min(len(lines), _MAX_LEAD_LINES + 1)):
        issuing = _issues_a_cited_title(lines[number], wanted)
        if not (issuing or squash(lines[number]) in wanted) or not _restates(lines[:number], lines[number:]):
            continue  # a lead stating figures the text after it lacks (a page cut off in the plan) is kept whole
        if issuing:
            return lines[number:], True  # the notice that issues the plan the lead names (…关于印发…《政府工作报告》的通知)
        notice = _LEAD_NOTICE.search(lines[0])
        head = [notice.group(1)] if notice else []
        return head + lines[number:], True
    return lines, False


def _restates(lead: list[str], rest: list[str]) -> bool:
    """Every figure of the lead (87.5, 1600) is in the text after it: the lead restates the plan."""
    after = "\n".join(rest)
    return all(figure in after for line in lead for figure in _FIGURE.findall(line))


def _issues_a_cited_title(line: str, wanted: set[str]) -> bool:
    """The line is a notice's title issuing one of the titles the lead cites (西安市人民政府关于印发叶牛平市长在…所作
    《政府工作报告》的通知)."""
    return bool(_LEAD_NOTICE_LINE.match(line)) and any(squash(title) in wanted for title in _LEAD_CITED_TITLE.findall(line))

