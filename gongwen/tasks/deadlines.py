"""The last day a task's deadline allows, read from the deadline as written: `2025年底前` → 2025-12-31,
`2026年6月底前` → 2026-06-30, `2025年第三季度` → 2025-09-30, `长期坚持` → no day (the work goes on).

Forms and ongoing phrases are vocabulary (resources/tasks_vocabulary.yaml: deadline_date_forms,
ongoing_phrases). 底/末/前 do not move the day: `2027年前完成` is read as "within 2027", as plans use it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from gongwen.tasks.vocabulary import vocabulary
from gongwen.text.numerals import chinese_integer
from gongwen.vocabulary import DEADLINE_DATE, NO_DEADLINE, ONGOING, UNKNOWN_DEADLINE

_HALF_END_MONTH = {"上": 6, "下": 12}


@dataclass(frozen=True)
class Deadline:
    """What a deadline as written allows: its last day, and which kind of deadline it is."""

    last_day: dt.date | None
    kind: str  # one of vocabulary.DEADLINE_KINDS


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _last_day(form: str, found: re.Match[str]) -> dt.date:
    year = int(found.group("y"))
    if form == "day":
        return dt.date(year, chinese_integer(found.group("m")), int(found.group("d")))
    if form == "month":
        return _month_end(year, chinese_integer(found.group("m")))
    if form == "quarter":
        return _month_end(year, 3 * chinese_integer(found.group("q")))
    if form == "half":
        return _month_end(year, _HALF_END_MONTH[found.group("h")])
    return dt.date(year, 12, 31)


def _days(text: str) -> list[dt.date]:
    """Every day the text names, each span read by its most specific form only."""
    days = []
    for form, pattern in vocabulary().deadline_date_forms.items():
        for found in pattern.finditer(text):
            try:
                days.append(_last_day(form, found))
            except ValueError:  # 2025年2月30日, 2025年第五季度: no such day, nothing to read
                continue
        # Blank what this form read so that a less specific one (2026年 of 2026年6月) does not read it again.
        text = pattern.sub(lambda m: " " * len(m.group(0)), text)
    return days


def read_deadline(written: str | None) -> Deadline:
    """The last day a deadline as written allows (the latest of the days it names), or None with
    kind `ongoing` (长期坚持, 持续推进), `none` (nothing written) or `unknown` (a deadline that names no day)."""
    if written is None or not written.strip():
        return Deadline(None, NO_DEADLINE)
    days = _days(written)
    if days:
        return Deadline(max(days), DEADLINE_DATE)
    if vocabulary().ongoing.search(written):
        return Deadline(None, ONGOING)
    return Deadline(None, UNKNOWN_DEADLINE)
