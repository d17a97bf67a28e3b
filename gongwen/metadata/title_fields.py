"""A page's or an export's title field beside the title block the text gives: where the field is the fuller title;
when two titles differ by one character slipped."""

from __future__ import annotations

import re

from gongwen.metadata.issuers import is_organization
from gongwen.metadata.keywords import keywords
from gongwen.text.patterns import squash

_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")
_SLIP_MIN_CHARS = 12  # a shorter title with one character changed is another title


def completes(block: str, field: str) -> bool:
    """The field is the title the block gives only in part: the block is a document type alone under a field naming
    which (政府工作报告 under `title: 2025年河北省政府工作报告`), or the same words without the brackets the field adds
    (《…三年行动计划》政策解读 under a field giving its years, 2025—2027年), or the field under a body's name the block
    took in (滦南县人民政府 / 2024年政府工作报告 (摘登)), the field then no 关于… notice title (which a body's name opens)."""
    if block == field:
        return False
    if block in keywords().document_types:
        return field.endswith(block)
    if _BRACKETED.sub("", field) == _BRACKETED.sub("", block):
        return True
    block, field = squash(block), squash(field)
    body = block[: len(block) - len(field)]
    return bool(body) and block.endswith(field) and not field.startswith("关于") and is_organization(body)


def one_slip(a: str, b: str) -> bool:
    """Equal but for one character dropped, added or changed, in titles of at least _SLIP_MIN_CHARS."""
    if min(len(a), len(b)) < _SLIP_MIN_CHARS or abs(len(a) - len(b)) > 1:
        return False
    i = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return a[i + 1:] == b[i + 1:] or a[i + 1:] == b[i:] or a[i:] == b[i + 1:]
