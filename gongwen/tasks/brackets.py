"""Brackets in clauses and unit lists: splitting outside them, text without them, and the bracketed
groups of a line."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

OPENING_BRACKETS = "（([【〔"
CLOSING_BRACKETS = "）)]】〕"
BRACKET = re.compile(r"[（(\[【〔）)\]】〕]")


def top_level_split(text: str, separators: str) -> list[str]:
    """Split on any of `separators` outside brackets: 市委组织部(市委人才办、市人才中心) stays whole."""
    if not BRACKET.search(text):
        return _separator_pattern(separators).split(text)
    parts, depth, begin = [], 0, 0
    for i, ch in enumerate(text):
        if ch in OPENING_BRACKETS:
            depth += 1
        elif ch in CLOSING_BRACKETS:
            depth = max(depth - 1, 0)
        elif depth == 0 and ch in separators:
            parts.append(text[begin:i])
            begin = i + 1
    parts.append(text[begin:])
    return parts


def inside_brackets(text: str, position: int) -> bool:
    """Whether `position` of `text` lies inside a bracket opened before it (各省（区、市）: the 、 does)."""
    depth = 0
    for ch in text[:position]:
        if ch in OPENING_BRACKETS:
            depth += 1
        elif ch in CLOSING_BRACKETS:
            depth = max(depth - 1, 0)
    return depth > 0


def closing_bracket(text: str) -> int | None:
    """Where the bracket that opens `text` closes, or None where the text leaves it open."""
    depth = 0
    for index, ch in enumerate(text):
        if ch in OPENING_BRACKETS:
            depth += 1
        elif ch in CLOSING_BRACKETS:
            depth -= 1
            if depth == 0:
                return index
    return None


@functools.cache
def _separator_pattern(separators: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(separators)}]")


def strip_brackets(text: str) -> str:
    """The text with bracketed parts removed (for suffix tests only)."""
    if not BRACKET.search(text):
        return text
    out, depth = [], 0
    for ch in text:
        if ch in OPENING_BRACKETS:
            depth += 1
        elif ch in CLOSING_BRACKETS:
            depth = max(depth - 1, 0)
        elif depth == 0:
            out.append(ch)
    return "".join(out)


def bracket_groups(line: str) -> Iterator[tuple[int, int]]:
    """Spans (start, end) of outermost bracketed groups, and of text closed by an unopened bracket.

    A clause whose opening bracket was lost (GBK mojibake swallowed it: `…潜力。省发改委…负责)`)
    is yielded from the last sentence end before its closing bracket."""
    depth, opened = 0, -1
    for found in BRACKET.finditer(line):
        i = found.start()
        if line[i] in OPENING_BRACKETS:
            if depth == 0:
                opened = i
            depth += 1
        elif depth > 0:
            depth -= 1
            if depth == 0:
                yield opened, i + 1
        else:
            begin = max(line.rfind(mark, 0, i) for mark in "。？?！!；;") + 1
            yield begin - 1 if begin > 0 and line[begin - 1] in OPENING_BRACKETS else begin, i + 1
