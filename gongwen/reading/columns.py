"""Metadata columns: which export column, front-matter key or field-table label holds the text or which
hint (resources/metadata_columns.csv), and which values a hint keeps."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from urllib.parse import urlsplit

from gongwen.text.chars import has_han
from gongwen.text.patterns import alternation
from gongwen.text.resources import read_csv

# An http(s) address with a host, and nothing a page or a terminal would act on: no space, quote,
# angle bracket, backslash or control character.
_URL = re.compile(r"^https?://[^\s\"'<>`\\\x00-\x1f\x7f]+$", re.IGNORECASE)
# What was meant as an address (a scheme, www., markup), unlike a source's name (来源: 人民网).
_URL_LIKE = re.compile(r"^(?:[a-z][a-z0-9+.\-]*:|www\.)|[<>\"'`]", re.IGNORECASE)
# The hint under which a source_url value meant as an address but not such an address waits to be
# flagged and dropped.
INVALID_SOURCE_URL = "invalid_source_url"
# What a field table or export writes for "no value".
_NO_VALUE = {"无", "-", "—", "/"}
_ANY_TEXT = re.compile(r"\w")


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


# CMSs pad a field label to one width: 索 引 号, 标　　题 (索 ?引 ?号 where a page lost the padding's full-width blank).
_PADDING = " \u3000\xa0"
_LOST_PADDING = "?"
_LABEL_GAP = rf"[{_PADDING}{_LOST_PADDING}]*"


@cache
def field_labels() -> tuple[str, dict[str, str]]:
    """(pattern of a 信息公开 field label as pages write it, letter-spaced or not; {label: hint key}), the
    labels being the Chinese metadata column names."""
    labels = {column: hint for column, hint in hint_columns().items() if has_han(column)}
    return alternation(labels, gap=_LABEL_GAP), labels


def squash_label(text: str) -> str:
    """A label as field_labels keys it: no padding, no colon, no brackets around it (`索 引 号:` and `[ 索引号 ]`
    → 索引号)."""
    return re.sub(rf"[\s{_PADDING}{_LOST_PADDING}]+", "", text).rstrip(":：").removeprefix("[").removesuffix("]").lower()


_LABEL_COLON = re.compile(f"[{_PADDING}]*[:：]")


@cache
def _label_pattern() -> re.Pattern:
    return re.compile(rf"(?:{field_labels()[0]})")


def cell_pairs(rows: Iterable[Iterable[str]]) -> dict[str, str]:
    """{hint key: value, possibly empty} from a table of facts given as rows of cells: label and value in
    neighbouring cells ("发文字号：" | "…") or rows (<dt>/<dd>), or in one cell ("文号：…", several: "索引号：…
    发文机关：…"); a label followed by another label has no value."""
    labels = field_labels()[1]
    pairs: dict[str, str] = {}
    pending = None  # a label whose value is in the next cell, or in the next row (<dt>/<dd>)
    for row in rows:
        for cell in row:
            squashed = squash_label(cell)
            if squashed in labels:
                if pending:
                    pairs.setdefault(pending, "")
                pending = labels[squashed]
                continue
            if pending and not _opens_with_label(cell):
                pairs.setdefault(pending, cell.strip())
                pending = None
                continue
            if pending:  # 发文字号: | 发文时间:2023-01-05: the label before a cell that is a pair of its own has no value
                pairs.setdefault(pending, "")
                pending = None
            _add_inline_pairs(cell, pairs)
    if pending:
        pairs.setdefault(pending, "")
    return pairs


def _opens_with_label(cell: str) -> bool:
    found = _label_pattern().match(cell.strip())
    return found is not None and _LABEL_COLON.match(cell.strip(), found.end()) is not None


def _add_inline_pairs(cell: str, pairs: dict[str, str]) -> None:
    """Pairs written inside one cell, "文号：…" or several ("索引号：… 发文机关：…"), each up to the next label."""
    labels = field_labels()[1]
    starts = [m for m in _label_pattern().finditer(cell) if _LABEL_COLON.match(cell, m.end())]
    for index, match in enumerate(starts):
        end = starts[index + 1].start() if index + 1 < len(starts) else len(cell)
        value = cell[_LABEL_COLON.match(cell, match.end()).end():end].strip()
        pairs.setdefault(labels[squash_label(match.group())], value)


# A page's toolbar run into a field's value (来源:赵县人民政府 【字体: 打印): no part of it.
_TOOLBAR_AFTER = re.compile(r"\s+【")


def add_hint(hints: dict[str, str], hint: str, value: str) -> None:
    """Keep the first non-empty value of each hint (without a toolbar after it); a source_url must be an http(s) URL: a source's name
    (来源: 人民网) is dropped, an address that is not one (`javascript:…`, `"><script>`, `www.…`) is kept
    aside under INVALID_SOURCE_URL, to be flagged."""
    value = _TOOLBAR_AFTER.split(value, maxsplit=1)[0].strip()
    if value in _NO_VALUE or not _ANY_TEXT.search(value):
        return  # 无, or no letter, digit or character at all (the `|` of an empty table cell)
    if hint == "source_url" and not is_valid_source_url(value):
        if not _URL_LIKE.search(value):
            return
        hint = INVALID_SOURCE_URL
    hints.setdefault(hint, value)


def is_valid_source_url(value: str) -> bool:
    return bool(_URL.match(value)) and bool(urlsplit(value).hostname)
