"""The heading of an item or table row: the lead phrase of its first line."""

from __future__ import annotations

import re

SENTENCE_END = re.compile(r"[。！？!?]")
_HEADING_COLON = re.compile(r"[：:]")
_HEADING_TRIM = "。；;：:，,、 \u3000"
_EARLY_COLON = 21  # a colon within the first 20 characters ends a heading (目标任务：…)


def lead_phrase(line: str) -> str:
    """The lead phrase of an item's first line: its first sentence, or the whole line.

    `健全常住地提供基本公共服务制度。适时调整…` → `健全常住地提供基本公共服务制度`. A colon early in
    the line also ends it (`目标任务：到2025年…` → `目标任务`)."""
    end = len(line)
    found = SENTENCE_END.search(line)
    if found:
        end = found.start()
    colon = _HEADING_COLON.search(line, 0, min(end, _EARLY_COLON))
    if colon and colon.start() > 0:
        end = colon.start()
    return line[:end].strip(_HEADING_TRIM)
