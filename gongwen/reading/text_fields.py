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
    # at a line's start, or after a space: a page's table of facts flattened to a line holds several
    # (主题分类: 政务公开 发文单位: 通山县人民政府)
    field = re.compile(rf"(?:^|(?<=\s))[【\[]?(?P<label>{alternation(labels)})[】\]]?\s*[:：]\s*", re.IGNORECASE)
    return field, labels


def text_field_hints(text: str) -> dict[str, str]:
    """Hints (publish_date, publisher, source_url, doc_number, written_date …) from "label: value" lines
    among the first lines of a text; a label ending its line takes the next line as its value."""
    field, labels = _field_line()
    lines = [line.strip() for line in text.split("\n", HEAD_LINES * 2)[:HEAD_LINES * 2] if line.strip()]
    lines = lines[:HEAD_LINES]
    hints: dict[str, str] = {}
    for number, line in enumerate(lines):
        found = list(field.finditer(line)) if field.match(line) else []
        following = lines[number + 1] if number + 1 < len(lines) else ""
        for i, match in enumerate(found):
            value = line[match.end(): found[i + 1].start() if i + 1 < len(found) else len(line)]
            if i + 1 == len(found) and not value.strip() and following and not field.match(following):
                value = following
            add_hint(hints, labels[match["label"].lower()], value)  # the labels are kept lower-cased (来源URL)
    return hints
