"""A news article that wraps a plan, cut to the plan so that its targets are not counted twice."""

from __future__ import annotations

import re
from functools import cache

from gongwen.normalize.chrome import either
from gongwen.text.patterns import squash

_LEAD_CITED_TITLE = re.compile(r"《([^《》]{4,120})》")
_LEAD_NOTICE = re.compile(r"([^\s,。:;《》]{2,40}?关于印发《[^《》]{4,120}》的通知)")
_MAX_LEAD_LINES = 12


@cache
def _news_opening() -> re.Pattern:
    return re.compile(rf"^(?:{either('lead')})")


def reduce_news_lead(lines: list[str]) -> tuple[list[str], bool]:
    """A news article that wraps a plan (`日前,贵州省人民政府关于印发《X》的通知。文件提出,…`, a few
    sentences restating the body, then the line `X` and the plan itself) is cut to the plan, so that its
    targets are not counted twice. The notice named by the lead is kept as the first line."""
    if not lines or not _news_opening().match(lines[0]):
        return lines, False
    titles = _LEAD_CITED_TITLE.findall(lines[0])
    if not titles:
        return lines, False
    wanted = {squash(t) for t in titles}
    for number in range(1, min(len(lines), _MAX_LEAD_LINES + 1)):
        if squash(lines[number]) in wanted:
            notice = _LEAD_NOTICE.search(lines[0])
            head = [notice.group(1)] if notice else []
            return head + lines[number:], True
    return lines, False
