"""The 信息公开 field table government CMSs put above a document (索引号/发文机关/成文日期/发文字号 …):
found in the page, read into hints, and taken out so that it does not reach the body."""

from __future__ import annotations

import re

from gongwen.reading.columns import add_hint, cell_pairs
from gongwen.reading.html_lines import element_lines

# A few "label: value" pairs in a table or list.
_DISCLOSURE_CONTAINERS = ("table", "ul", "ol", "dl", "div", "section")
_MAX_DISCLOSURE_CHARS = 1200
_MIN_DISCLOSURE_LABELS = 3
_FULL_STOP = re.compile(r"[。！？]")  # 主题词 are listed with ；, a field table has no full stop


def take_fields(body) -> dict[str, str]:
    """Hints from the page's field table, which is removed from the tree; {} when the page has none."""
    block = _disclosure_block(body)
    if block is None:
        return {}
    fields: dict[str, str] = {}
    for hint, value in _disclosure_pairs(block).items():
        add_hint(fields, hint, value)
    block.drop_tree()
    return fields


def _disclosure_block(body):
    """The innermost container holding at least three field labels (the table, not its single rows, when
    each row holds fewer) and no sentence, so not the article; None if the page has none."""
    counts: dict = {}

    def n_labels(element) -> int:
        if element not in counts:
            text = element.text_content()
            # Fields are short values: a container with a sentence in it holds (part of) the article.
            fields_only = len(text) <= _MAX_DISCLOSURE_CHARS and not _FULL_STOP.search(text)
            counts[element] = len(_disclosure_pairs(element)) if fields_only else 0
        return counts[element]

    for element in body.iter(*_DISCLOSURE_CONTAINERS):
        count = n_labels(element)
        if count < _MIN_DISCLOSURE_LABELS:
            continue
        if any(n_labels(inner) >= count for inner in element.iter(*_DISCLOSURE_CONTAINERS) if inner is not element):
            continue  # an inner container holds them all: take that one
        return element
    return None


def _disclosure_pairs(block) -> dict[str, str]:
    """{hint key: value, possibly empty} from a field table: its lines' cells (see cell_pairs)."""
    return cell_pairs(line.split("\t") for line in element_lines(block))
