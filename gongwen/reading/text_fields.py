"""Hints from the metadata block at the head of a text or Markdown export: "发布日期: 2025-09-30" (a
`**发布日期**: …` line once the Markdown is read), or a 信息公开 label with its value on the next line
("成文日期:" / "2025-09-29"), by the labels of resources/metadata_columns.csv."""

from __future__ import annotations

import re
from functools import cache

from gongwen.reading.columns import add_hint, hint_columns
from gongwen.text.chars import has_han
from gongwen.text.patterns import alternation

HEAD_LINES = 60  # a page capture puts its field block after the site's navigation


@cache
def _field_line() -> tuple[re.Pattern, dict[str, str]]:
    labels = {column: hint for column, hint in hint_columns().items() if has_han(column)}
    line = re.compile(rf"^[【\[]?(?P<label>{alternation(labels)})[】\]]?\s*[:：]\s*(?P<value>.*)$", re.IGNORECASE)
    return line, labels


def text_field_hints(text: str) -> dict[str, str]:
    """Hints (publish_date, publisher, source_url, doc_number, written_date …) from "label: value" lines
    among the first lines of a text; a label ending its line takes the next line as its value."""
    line_pattern, labels = _field_line()
    lines = [line.strip() for line in text.split("\n", HEAD_LINES * 2)[:HEAD_LINES * 2] if line.strip()]
    lines = lines[:HEAD_LINES]
    hints: dict[str, str] = {}
    for number, line in enumerate(lines):
        match = line_pattern.match(line)
        if not match:
            continue
        value = match["value"]
        following = lines[number + 1] if number + 1 < len(lines) else ""
        if not value.strip() and following and not line_pattern.match(following):
            value = following
        add_hint(hints, labels[match["label"].lower()], value)  # the labels are kept lower-cased (来源URL)
    return hints
