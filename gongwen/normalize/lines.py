"""Lines as extractors read them: stripped, runs of spaces collapsed, spaced-out characters joined."""

from __future__ import annotations

import re
from itertools import groupby

from gongwen.text.chars import HAN
from gongwen.text.patterns import PAGE_NUMBER, PIPE_CELL_BREAK

_SPACES = re.compile(r" {2,}")
# The border of a table row a capture left around a line's text (`X关于…的紧急通知 |`, `| |`, the empty cells after
# it: `…任务分解 | ||`), and the bullet
# of a list: no text of it.
_ROW_BORDER = re.compile(r"^(?:\||[•▪])\s*|(?:\s*\|)+$")  # and a list's bullet (• 新密市人民政府办公室 关于…)
# The marker of a Markdown heading in text that is no Markdown file (a capture pasted into a Word file or saved
# as text: `# 上海市青浦区金泽镇人民政府关于…的通知`): no text of the heading.
_HEADING_MARK = re.compile(rf"^#{{1,6}} +(?=[{HAN}《“(（])")
# A character a capture could not encode, written `?` where it opened a line (an icon before a headline:
# `?东山街道…实施方案`): no text of it.
_LOST_CHARACTER = re.compile(rf"^\?+(?=[{HAN}])")
# `—、总体要求`: the first section's 一 typed or read as a dash (a dash before 、 opens no other line).
_DASH_FOR_ONE = re.compile(r"^[—─](?=、)")
_MARKED_OPENINGS = "|•▪#?—─"  # the first characters of _ROW_BORDER, _HEADING_MARK, _LOST_CHARACTER, _DASH_FOR_ONE
# "的 通 知", "重 点 任 务": a single character set apart by spaces (a typesetting habit) is joined back.
_SPACE_BEFORE_SINGLE = re.compile(rf"(?<=[{HAN}]) +(?=[{HAN}](?:[^{HAN}]|$))", re.MULTILINE)
_SPACE_AFTER_SINGLE = re.compile(rf"(?:(?<=^[{HAN}])|(?<=[^{HAN}][{HAN}])) +(?=[{HAN}])", re.MULTILINE)

# "比 2020 年下降 10% 以上", "新建 860 套": text taken from PDFs (and pages pasted from them) sets numbers
# apart from the characters around them; Chinese never separates a number from its measure word. A space
# before a number is joined only when the number stands apart on both sides or ends a clause: in
# "办公室 2025年3月12日印发" it separates two fields of a colophon and stays; so is one before a number of 万 or 亿
# ("推进 3.1万亩绿色蔬菜保供基地建设", "蔬菜播种面积 36万亩次": no date is written so).
_SPACE_AROUND_NUMBER = re.compile(
    rf"(?<=[{HAN}]) (?=[0-9][0-9.]*(?:%?(?: |[，。；、,;]|$)|[万亿]))|(?<=[0-9%]) (?=[{HAN}])"
)

# A share's decimal point a mirror set apart (经济增长6 . 5%左右): one number (not an item's number before a year: 1. 2025年).
_SPACED_DECIMAL = re.compile(r"(?<=[^\s\d]\d) ?[.．] (?=\d{1,2}%)|(?<=[^\s\d]\d) [.．](?=\d{1,2}%)")
# A number a page's markup broke with a blank inside its decimals (污水收集管网4.5 2万公里): one number.
_SPLIT_DECIMALS = re.compile(rf"(?<=[{HAN}])(\d{{1,4}}[.．]\d{{1,3}}) (?=\d{{1,3}}[万亿%])")
_MIN_PIPE_CELLS = 3
_MIN_PIPE_ROWS = 2
_SPACE_AT_SLASH = re.compile(rf"(?<=[{HAN}]) */ +(?=[{HAN}])|(?<=[{HAN}]) +/ *(?=[{HAN}])")
# `第1页共14页国务院 关于印发…`, `Page 6 - 内蒙古自治区人民政府关于…`: a page's marker a conversion ran into the text after it.
_INLINE_PAGE_MARK = re.compile(r"(?<=[^\d\s])\s+[-－—]\s?\d{1,3}\s?[-－—]\s+(?=\S)")  # not 3 - 4 - 5
_PAGE_DASH = re.compile("[-－—]")  # what an inline page mark holds: a line without one is not split
_PAGE_MARK_OPENING = re.compile(
    r"^(?:第\s*\d{1,4}\s*页\s*[/，,]?\s*共\s*\d{1,4}\s*页|Page\s*\d{1,4}(?:\s*of\s*\d{1,4})?\s*[-:|])\s*(?=\S)", re.IGNORECASE)

# Lines of a body a text repeats line for line before the later copy is taken for the same body again (a document
# does not restate five paragraphs verbatim; a scraped row or page may carry its content twice).
_MIN_REPEATED_RUN = 5
_MIN_REPEATED_CHARS = 200  # and so many characters: not a list of names (a joint document's bodies, above and signing)


def join_spaced_characters(line: str) -> str:
    if " " not in line:
        return line
    line = _SPACE_BEFORE_SINGLE.sub("", line)
    return _SPACE_AFTER_SINGLE.sub("", line)


def join_spaced_numbers(lines: list[str]) -> list[str]:
    """The body's lines with numbers joined back to their words (after the page chrome is gone: a
    chrome line such as `时间:2025-03-12 09:30 来源:…` is recognised by its spacing), a share's decimal point set apart
    joined back (6 . 5%), a number broken inside its decimals joined (4.5 2万), and the two halves of a unit written
    with a slash joined back (40微克/ 立方米)."""
    return [_SPACE_AT_SLASH.sub("/", _SPACE_AROUND_NUMBER.sub("", _SPACED_DECIMAL.sub(".", _SPLIT_DECIMALS.sub(r"\1", line))))
            if " " in line else line for line in lines]


def pipe_rows_to_cells(lines: list[str]) -> tuple[list[str], int]:
    """A table a capture wrote with ` | ` between cells (序号 | 工作事项 | 进度安排 / 1 | 启动… | …), at least
    _MIN_PIPE_ROWS rows of _MIN_PIPE_CELLS cells or more running on, with its cells set apart by tabs as every other
    reader gives a table's row; and how many rows were so set. A lone line with a | or two is left as written."""
    out, changed, at = list(lines), 0, 0
    for is_row, run in groupby(lines, key=lambda line: len(PIPE_CELL_BREAK.split(line)) >= _MIN_PIPE_CELLS):
        rows = list(run)
        if is_row and len(rows) >= _MIN_PIPE_ROWS:
            out[at:at + len(rows)] = ["\t".join(PIPE_CELL_BREAK.split(row)) for row in rows]
            changed += len(rows)
        at += len(rows)
    return out, changed


def drop_page_numbers(lines: list[str]) -> tuple[list[str], int]:
    """The lines without the page numbers and page markers a PDF's or an OCR's text keeps between its pages
    (`-2-`, `—3一`, `--- 第 4 页 OCR ---`), which would otherwise split the paragraph running over the break,
    nor a `第1页共14页` a conversion ran into the line after it; and how many lines were dropped. A page's number a
    copy ran into its line between blanks (…2022年2月27日 -1- 双凤乡…应急预案) breaks the line there."""
    lines = [piece for line in lines
             for piece in (_INLINE_PAGE_MARK.split(line) if _PAGE_DASH.search(line) else [line])]
    kept = [_PAGE_MARK_OPENING.sub("", line) for line in lines if not PAGE_NUMBER.match(line)]
    return kept, len(lines) - len(kept)


def tidy_lines(text: str) -> list[str]:
    """The non-blank lines, each stripped (table cells too, a heading's Markdown marker) with spaced-out characters
    joined and a dash read as the 一 of `一、`."""
    lines = []
    for raw in text.split("\n"):
        line = raw.strip()
        if line[:1] in _MARKED_OPENINGS or "|" in line:  # what a row's border, a heading's mark, a lost character
            # or a dash for 一 opens with (or a border ends with): most lines have none of them
            line = _LOST_CHARACTER.sub("", _HEADING_MARK.sub("", _ROW_BORDER.sub("", line)))
            line = _SPACES.sub(" ", line)
            line = _DASH_FOR_ONE.sub("一", line)
        elif "  " in line:
            line = _SPACES.sub(" ", line)
        line = "\t".join(cell.strip() for cell in line.split("\t")) if "\t" in line else line
        if line.strip():
            lines.append(join_spaced_characters(line))
    return lines


def drop_repeated_body(lines: list[str]) -> tuple[list[str], int]:
    """A run of at least _MIN_REPEATED_RUN lines (of _MIN_REPEATED_CHARS) written again, line for line, further on
    (a scraper's row holding the content column twice, a page carrying its article twice) is the same body: the
    later copy is dropped. Returns the lines and how many were dropped."""
    seen: dict[str, int] = {}
    for at, line in enumerate(lines):
        seen.setdefault(line, at)
    kept, at, dropped = [], 0, 0
    while at < len(lines):
        first = seen[lines[at]]
        run = 0
        while (first < at and at + run < len(lines) and first + run < at
               and lines[first + run] == lines[at + run] and lines[at + run].strip()):
            run += 1
        if run >= _MIN_REPEATED_RUN and sum(map(len, lines[at : at + run])) >= _MIN_REPEATED_CHARS:
            at += run
            dropped += run
            continue
        kept.append(lines[at])
        at += 1
    return kept, dropped
