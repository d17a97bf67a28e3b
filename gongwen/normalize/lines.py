"""Lines as extractors read them: stripped, runs of spaces collapsed, spaced-out characters joined."""

from __future__ import annotations

import re

from gongwen.text.chars import HAN
from gongwen.text.patterns import PAGE_NUMBER

_SPACES = re.compile(r" {2,}")
# The border of a table row a capture left around a line's text (`X关于…的紧急通知 |`, `| |`), and the bullet
# of a list: no text of it.
_ROW_BORDER = re.compile(r"^(?:\||[•▪])\s*|\s*\|$")  # and a list's bullet (• 新密市人民政府办公室 关于…)
# A character a capture could not encode, written `?` where it opened a line (an icon before a headline:
# `?东山街道…实施方案`): no text of it.
_LOST_CHARACTER = re.compile(rf"^\?+(?=[{HAN}])")
# "的 通 知", "重 点 任 务": a single character set apart by spaces (a typesetting habit) is joined back.
_SPACE_BEFORE_SINGLE = re.compile(rf"(?<=[{HAN}]) +(?=[{HAN}](?:[^{HAN}]|$))", re.MULTILINE)
_SPACE_AFTER_SINGLE = re.compile(rf"(?:(?<=^[{HAN}])|(?<=[^{HAN}][{HAN}])) +(?=[{HAN}])", re.MULTILINE)

# "比 2020 年下降 10% 以上", "新建 860 套": text taken from PDFs (and pages pasted from them) sets numbers
# apart from the characters around them; Chinese never separates a number from its measure word. A space
# before a number is joined only when the number stands apart on both sides or ends a clause: in
# "办公室 2025年3月12日印发" it separates two fields of a colophon and stays.
_SPACE_AROUND_NUMBER = re.compile(
    rf"(?<=[{HAN}]) (?=[0-9][0-9.]*%?(?: |[，。；、,;]|$))|(?<=[0-9%]) (?=[{HAN}])"
)


def join_spaced_characters(line: str) -> str:
    if " " not in line:
        return line
    line = _SPACE_BEFORE_SINGLE.sub("", line)
    return _SPACE_AFTER_SINGLE.sub("", line)


def join_spaced_numbers(lines: list[str]) -> list[str]:
    """The body's lines with numbers joined back to their words (after the page chrome is gone: a
    chrome line such as `时间:2025-03-12 09:30 来源:…` is recognised by its spacing)."""
    return [_SPACE_AROUND_NUMBER.sub("", line) if " " in line else line for line in lines]


def drop_page_numbers(lines: list[str]) -> tuple[list[str], int]:
    """The lines without the page numbers and page markers a PDF's or an OCR's text keeps between its pages
    (`-2-`, `—3一`, `--- 第 4 页 OCR ---`), which would otherwise split the paragraph running over the break;
    and how many were dropped."""
    kept = [line for line in lines if not PAGE_NUMBER.match(line)]
    return kept, len(lines) - len(kept)


def tidy_lines(text: str) -> list[str]:
    """The non-blank lines, each stripped (table cells too) with spaced-out characters joined."""
    lines = []
    for raw in text.split("\n"):
        line = _SPACES.sub(" ", _LOST_CHARACTER.sub("", _ROW_BORDER.sub("", raw.strip())))
        line = "\t".join(cell.strip() for cell in line.split("\t")) if "\t" in line else line
        if line.strip():
            lines.append(join_spaced_characters(line))
    return lines
