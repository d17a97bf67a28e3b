"""Metadata columns: which export column, front-matter key or field-table label holds the text or which
hint (resources/metadata_columns.csv), and which values a hint keeps."""

from __future__ import annotations

import re
from functools import cache

from gongwen.text.resources import read_csv

_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
# What a field table or export writes for "no value".
_NO_VALUE = {"无", "-", "—", "/"}


@cache
def column_aliases() -> tuple[tuple[str, ...], dict[str, str]]:
    """(text column names in order of preference, {metadata column name: hint key}) from resources."""
    text_columns: list[str] = []
    hint_columns: dict[str, str] = {}
    for row in read_csv("metadata_columns.csv"):
        column, target = row["column"].strip().lower(), row["field"].strip()
        if target == "text":
            text_columns.append(column)
        else:
            hint_columns[column] = target
    return tuple(text_columns), hint_columns


def text_columns() -> tuple[str, ...]:
    return column_aliases()[0]


def hint_columns() -> dict[str, str]:
    return column_aliases()[1]


def add_hint(hints: dict[str, str], hint: str, value: str) -> None:
    """Keep the first non-empty value of each hint; a source_url must be a URL ("来源: 人民网" is not)."""
    value = value.strip()
    if not value or value in _NO_VALUE:
        return
    if hint == "source_url" and not _URL.match(value):
        return
    hints.setdefault(hint, value)
