"""The 信息公开 field table government CMSs put above a document (索引号/发文机关/成文日期/发文字号 …):
found in the page, read into hints, and taken out so that it does not reach the body."""

from __future__ import annotations

import re
from functools import cache

from gongwen.reading.columns import add_hint, field_labels, squash_label
from gongwen.reading.html_lines import element_lines

# A few "label: value" pairs in a table or list.
_DISCLOSURE_CONTAINERS = ("table", "ul", "ol", "dl", "div", "section")
_MAX_DISCLOSURE_CHARS = 1200
_MIN_DISCLOSURE_LABELS = 3
_FULL_STOP = re.compile(r"[。！？]")  # 主题词 are listed with ；, a field table has no full stop
_LABEL_COLON = re.compile("[ \u3000\xa0]*[:：]")


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


@cache
def _disclosure_labels() -> tuple[re.Pattern, dict[str, str]]:
    pattern, labels = field_labels()
    return re.compile(rf"(?:{pattern})"), labels


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
    """{hint key: value, possibly empty} from a field table: label and value in neighbouring cells
    ("发文字号：" | "…") or lines (<dt>/<dd>), or in one cell or list item ("文号：…"), several per row."""
    _, labels = _disclosure_labels()
    pairs: dict[str, str] = {}
    pending = None  # a label whose value is in the next cell, or on the next line (<dt>/<dd>)
    for line in element_lines(block):
        for cell in line.split("\t"):
            squashed = squash_label(cell)
            if squashed in labels:
                if pending:
                    pairs.setdefault(pending, "")
                pending = labels[squashed]
                continue
            if pending:
                pairs.setdefault(pending, cell.strip())
                pending = None
                continue
            _add_inline_pairs(cell, pairs)
    if pending:
        pairs.setdefault(pending, "")
    return pairs


def _add_inline_pairs(cell: str, pairs: dict[str, str]) -> None:
    """Pairs written inside one cell, "文号：…" or several ("索引号：… 发文机关：…"), each up to the next label."""
    pattern, labels = _disclosure_labels()
    starts = [m for m in pattern.finditer(cell) if _LABEL_COLON.match(cell, m.end())]
    for index, match in enumerate(starts):
        end = starts[index + 1].start() if index + 1 < len(starts) else len(cell)
        value = cell[_LABEL_COLON.match(cell, match.end()).end():end].strip()
        pairs.setdefault(labels[squash_label(match.group())], value)
