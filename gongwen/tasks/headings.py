"""The heading of an item or table row: the lead phrase of its first line."""

from __future__ import annotations

import re

from gongwen.tasks.ordinals import read_ordinal
from gongwen.vocabulary import MAX_HEADING_CHARS

SENTENCE_END = re.compile(r"[。！？!?]")
_GROUP_LABEL_LENGTH = 40  # a table cell that names a group of rows is no longer, and holds no sentence
_HEADING_TRIM = "。；;：:，,、 \u3000"
_CLAUSE_ENDS = "；;，,"


def lead_phrase(line: str) -> str:
    """The lead phrase of an item's first line: its first sentence, or the whole line.

    `健全常住地提供基本公共服务制度。适时调整…` → `健全常住地提供基本公共服务制度`. A colon does not end it:
    `公共课：农业政策与法规、…等。` names the item and what it holds in one phrase, read to the `。`. A sentence
    longer than MAX_HEADING_CHARS ends the heading at the last clause's end within it."""
    found = SENTENCE_END.search(line)
    end = found.start() if found else len(line)
    if end > MAX_HEADING_CHARS:  # a sentence too long to head a ledger's row: up to the end of a clause
        end = max(line.rfind(mark, 0, MAX_HEADING_CHARS) for mark in _CLAUSE_ENDS)
        end = end if end > 0 else MAX_HEADING_CHARS
    return line[:end].strip(_HEADING_TRIM)


def cell_lead_phrase(cell: str) -> str:
    """The lead phrase of a table cell, without the ordinal the cell's text opens with (`1. 强化…`, `1、完善…`):
    the row is numbered by its own column, the cell's `1.` is no part of what it says."""
    ordinal = read_ordinal(cell)
    return lead_phrase(cell[ordinal.length:] if ordinal is not None and ordinal.length < len(cell) else cell)


def names_a_group(cell: str) -> bool:
    """A table cell short enough and without a sentence, so that it can name a group of rows (行动一：再造发展新极
    行动（…）, 旧区改造) or the row it opens (海绵城市系统方案), not say what is done."""
    return len(cell) <= _GROUP_LABEL_LENGTH and SENTENCE_END.search(cell) is None
