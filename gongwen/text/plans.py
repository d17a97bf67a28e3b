"""Five-year plans: `十四五` is the 14th, 2021–2025."""

from __future__ import annotations

from gongwen.text.numerals import chinese_integer


def five_year_plan_years(number: int) -> tuple[int, int]:
    """The first and last year of the n-th plan: the sixth ran 1981–1985, each one five years after the last."""
    start = 1981 + (number - 6) * 5
    return start, start + 4


def five_year_plan_years_by_name(name: str) -> tuple[int, int]:
    """`十四` (as in “十四五”) → (2021, 2025)."""
    return five_year_plan_years(chinese_integer(name))
