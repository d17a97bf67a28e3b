"""A document's table of contents (目录): the headings of its parts listed before the parts themselves."""

from __future__ import annotations

import re

from gongwen.text.chars import HAN

_MIN_ENTRIES = 4  # a table of contents lists at least this many headings
_MIN_OUTLINE = 8  # …and one with no label, set apart from its parts or cut off before them, at least this many
_MAX_ENTRY_CHARS = 40
_TITLE_AFTER_CONTENTS = 2  # lines (the title repeated) that may stand between a table of contents and the first part
_CONTENTS_LABEL = re.compile(r"^目\s*录$")
_ENTRY = re.compile(r"^(?:\d|第[一二三四五六七八九十]|[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])")
# The rank an entry's number gives it: 第一章, 第一节 (or 第一条), 一、, （一）, 1.
_RANK = re.compile(r"^(?:(?P<chapter>第[一二三四五六七八九十]+章)|(?P<part>第[一二三四五六七八九十]+[节条])"
                   r"|(?P<section>[一二三四五六七八九十]+、)|(?P<group>[(（])|(?P<number>\d))")
_NOT_A_HEADING = re.compile("[。，；,;：:]")
_SPACES = re.compile(r"\s+")
_LEADERS = re.compile(r"\s*[.…·．\-—]{3,}\s*\d*\s*$")  # …………28: a heading's leaders to its page
_SENTENCE_END = re.compile("[。；;]")
_YEAR_OPENING = re.compile(r"^\s*(?:19|20)\d\d年")
_WORDS = re.compile(rf"[{HAN}]{{2}}")  # a heading's words (not a flattened table's cells of figures)


def drop_table_of_contents(lines: list[str]) -> tuple[list[str], int]:
    """Lines without a table of contents, and the number of lines dropped. Contents are:
    - a run of at least _MIN_ENTRIES short headings (1 总则 / 1.1编制目的 / … / 8.2预案实施) whose first heading reappears
      right after it (or after the title repeated), where the part it heads begins;
    - an outline of at least _MIN_OUTLINE headings whose first heading reappears further down, below the title and the
      opening that follow it (2026年通城县政府工作报告 / 各位代表: / …), or that no heading follows at all, of two ranks at
      least (一、 and （一）): a page cut before the parts it lists;
    - a 目录 label and the headings below it to the end of a page cut before its first part.
    The 目录 label above contents goes with them; the title and opening below an outline stay."""
    keys = [_SPACES.sub("", _LEADERS.sub("", line)) for line in lines]  # (an entry with its leaders to its page)
    entries = [_is_entry(line) for line in lines]
    run_end = [len(lines)] * (len(lines) + 1)  # where the run of headings holding each line ends
    for at in range(len(lines) - 1, -1, -1):
        run_end[at] = run_end[at + 1] if entries[at] else at

    def without(start: int, end: int) -> tuple[list[str], int]:
        first = start - 1 if start > 0 and _CONTENTS_LABEL.match(keys[start - 1]) else start
        return lines[:first] + lines[end:], end - first

    seen: dict[str, int] = {}
    for at, key in enumerate(keys):
        start = seen.get(key)
        if start is not None and at - start >= _MIN_ENTRIES and _runs_up_to(lines, run_end[start], at):
            return without(start, at)
        end = _outline_end(lines, start, run_end[start]) if start is not None else 0
        if start is not None and end - start >= _MIN_OUTLINE and at >= end:
            return without(start, end)
        if entries[at]:
            seen.setdefault(key, at)
    for start in (at for at in range(len(lines)) if entries[at] and (at == 0 or not entries[at - 1])):
        end = _outline_end(lines, start, run_end[start])
        if _outlines_parts_cut_off(lines[start:end], entries[end:]):
            return without(start, end)
    label = next((at for at, key in enumerate(keys) if _CONTENTS_LABEL.match(key)), None)
    if label is not None and _lists_to_the_end(lines[label + 1:]):
        return lines[:label], len(lines) - label
    return lines, 0


def _outline_end(lines: list[str], start: int, run_end: int) -> int:
    """Where an outline starting at `start` ends: before the title below it that opens with a year (2026年通城县政府
    工作报告), which runs on with its headings."""
    end = run_end
    while end > start and _YEAR_OPENING.match(lines[end - 1]):
        end -= 1
    return end


def _outlines_parts_cut_off(run: list[str], entries_after: list[bool]) -> bool:
    """An outline of _MIN_OUTLINE headings or more, of two ranks at least (一、 and （一）, 第一章 and 第一节: not the
    one-rank list of a year's projects), with no heading after it."""
    return len(run) >= _MIN_OUTLINE and len({_rank(line) for line in run}) >= 2 and not any(entries_after)


def _rank(line: str) -> str | None:
    found = _RANK.match(line)
    return found.lastgroup if found else None


def _lists_to_the_end(lines: list[str]) -> bool:
    """At least _MIN_ENTRIES headings, and no sentence, up to the end of the text: contents a page was cut after
    (目录 / 序言 / 第一章 把握发展机遇,开启…新征程 / 第一节 … / …, or with leaders to its pages: 培育路衍经济产业集群……28)."""
    listed = [_LEADERS.sub("", line) for line in lines if line.strip()]
    return sum(bool(_ENTRY.match(line)) for line in listed) >= _MIN_ENTRIES and all(
        len(line) <= _MAX_ENTRY_CHARS and not _SENTENCE_END.search(line) for line in listed)


def _runs_up_to(lines: list[str], run_end: int, at: int) -> bool:
    """The run of headings ends at `at`, or a line or two short of it that repeat the title, no sentence among them
    (…6.2预案实施 / 随州市重污染天气应急预案 / 1总则)."""
    between = lines[run_end:at]
    return len(between) <= _TITLE_AFTER_CONTENTS and all(
        len(line) <= _MAX_ENTRY_CHARS and not _NOT_A_HEADING.search(line) for line in between)


def _is_entry(line: str) -> bool:
    """A heading of a table of contents: short, numbered, no sentence, words after its number (not a cell of
    figures a capture wrote on a line of its own); a heading with leaders to its page may hold a comma ((六)坚决落实
    碧水保卫战,确保废水无直排... 13)."""
    heading = _LEADERS.sub("", line)
    return (0 < len(heading) <= _MAX_ENTRY_CHARS and _ENTRY.match(heading) is not None
            and (heading != line or not _NOT_A_HEADING.search(heading)) and _WORDS.search(heading) is not None)
