"""Indicator readings in the short form the indicator tests compare: targets and actuals of a sentence."""

from gongwen.indicators.extract import extract_figures, extract_indicators


def brief(text: str, doc_year: int | None = 2025) -> list[tuple]:
    """(metric, value, unit, qualifier, target_year) of each target, in text order."""
    return [(i.metric, i.value, i.unit, i.qualifier, i.target_year) for i in extract_indicators(text, doc_year)]


def actuals(text: str, doc_year: int | None = 2025) -> list[tuple]:
    """(metric, value, unit, qualifier, as_of_year) of each actual, in text order."""
    return [
        (i.metric, i.value, i.unit, i.qualifier, i.as_of_year)
        for i in extract_figures(text, doc_year)
        if i.kind == "actual"
    ]
