"""Web chrome: the lines a page wraps around a document (toolbars, breadcrumbs, source/date/view-count
fields, footers, trailing related-article lists), recognised by the patterns in resources/boilerplate.txt."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from gongwen.metadata.doc_numbers import DOC_NUMBER_LINE
from gongwen.text.patterns import NUMBERED_HEADING, PIPE_CELL_BREAK
from gongwen.text.resources import read_lines


@dataclass(frozen=True)
class _Boilerplate:
    line: re.Pattern
    label: re.Pattern
    token_line: re.Pattern
    footer: re.Pattern
    breadcrumb: re.Pattern
    tail: re.Pattern
    strip_piece: re.Pattern  # one piece of an info/toolbar strip: a token, a "label: value", a date or time
    strip_label: re.Pattern  # a piece that is a field label or a toolbar word (what makes a strip chrome)


@cache
def boilerplate_sections() -> dict[str, list[str]]:
    """The patterns of resources/boilerplate.txt by [section]."""
    sections: dict[str, list[str]] = {}
    current = None
    for entry in read_lines("boilerplate.txt"):
        if entry.startswith("[") and entry.endswith("]") and entry[1:-1].isalpha():
            current = entry[1:-1]
            sections[current] = []
        elif current is None:
            raise ValueError(f"boilerplate.txt: pattern {entry!r} before any [section]")
        else:
            sections[current].append(entry)
    return sections


def either(name: str) -> str:
    """One regex matching any pattern of a section (none when the section is missing)."""
    return "|".join(f"(?:{p})" for p in boilerplate_sections().get(name, ["(?!)"]))


@cache
def _boilerplate() -> _Boilerplate:
    tokens = sorted(boilerplate_sections().get("token", []), key=len, reverse=True)
    return _Boilerplate(
        line=re.compile(rf"^(?:{either('line')})$"),
        label=re.compile(rf"^[【\[]?(?:{either('label')})(?:\s*:\s*(?P<value>.*)|[】\]]?)$"),
        token_line=re.compile(rf"^(?:[\s【】\[\]|/·•>»<«\-:]|{'|'.join(tokens)})+$"),
        footer=re.compile(either("footer")),
        breadcrumb=re.compile(rf"^(?:{either('breadcrumb')})$"),
        tail=re.compile(rf"^(?:{either('tail')})$"),
        strip_piece=re.compile(
            rf"^(?:(?:{'|'.join(tokens)})|(?:{either('label')}|时间|日期)\s*:.*|{_DATE_OR_TIME})$"
        ),
        strip_label=re.compile(rf"^(?:(?:{'|'.join(tokens)})|(?:{either('label')})\s*:.*)$"),
    )


_WRITTEN_DAY = r"\d{4}年\d{1,2}月\d{1,2}日"
_DATE_OR_TIME = rf"\d{{4}}-\d{{1,2}}-\d{{1,2}}|\d{{1,2}}:\d{{2}}(?::\d{{2}})?|{_WRITTEN_DAY}"
_SIGNED_DAY = re.compile(rf"^{_WRITTEN_DAY}(?=\s+[【\[]?[^\d\s])")  # no time of day after it
_STRIP_SPLIT = re.compile(r"[\s【】\[\]|]+")
_EMPTY_LABEL = re.compile(r":$")


def _is_chrome_strip(line: str) -> bool:
    """A line of page fields and toolbar words only ("2025-03-14 17:00 来源: 中国政府网 【字体:大 中 小】",
    "【我要纠错】 责任编辑:王洋"); a bare date, the signature's, is not one."""
    if len(line) > _MAX_CHROME_VALUE * 2:
        return False  # before splitting it: a paragraph is long
    bp = _boilerplate()
    pieces = [piece for piece in _STRIP_SPLIT.split(line) if piece]
    if len(pieces) < 2:
        return False
    labelled = False
    index = 0
    while index < len(pieces):
        piece = pieces[index]
        if not bp.strip_piece.match(piece):
            return False
        labelled = labelled or bool(bp.strip_label.match(piece))
        if _EMPTY_LABEL.search(piece) and index + 1 < len(pieces):
            index += 1  # "来源: 中国政府网": the value is the next piece
        index += 1
    return labelled


_SENTENCE_END = re.compile(r"[。;；!?！？]")
_CRUMB_SEPARATOR = re.compile(r"^[>»›/\-|]+$")
_MAX_CHROME_VALUE = 60
_MAX_CRUMB = 14
_MIN_MENU_ITEMS = 5
_HOME = "首页"  # 首页, 网站首页: a menu's first item
_MAX_FOOTER_LINE = 200
# A site's menus saved as numbered lists (1. 目录 / 2. 旗人民政府 / 1. 旗政府工作部门 / 2. 苏木镇人民政府 / 1. 国民经济…):
# a run of at least _MIN_MENU_RUN short numbered items without punctuation whose numbering starts again at 1 at
# least _MIN_MENU_RESTARTS times (a document's list of short items counts on).
_MENU_ITEM = re.compile(r"^(?P<number>\d{1,2})\.(?!\d)\s*[^\s。,，;；:：、]{1,14}$")
_MIN_MENU_RUN = 8
_MIN_MENU_RESTARTS = 3


def _is_short_value(line: str) -> bool:
    return len(line) <= _MAX_CHROME_VALUE and not _SENTENCE_END.search(line) and "," not in line


def remove_web_chrome(lines: list[str]) -> tuple[list[str], int]:
    """Drop the lines a web page wraps around a document (toolbars, breadcrumbs, source/date/view-count
    fields, footers, trailing related-article lists), also when an export split them one per line."""
    bp = _boilerplate()
    kept: list[str] = []
    removed = 0
    pending_value = False  # the previous line was a label whose value may sit on this line
    in_breadcrumb = False
    tail_from = len(lines) // 2  # a site's link lists may run as long as a short article (友情链接: 35 lines)
    menu: set[str] = set()  # the items of the site's menus seen so far
    menu_lists = _numbered_menus(lines)
    for number, line in enumerate(lines):
        if number in menu_lists:
            removed += 1
            continue
        items = _menu_items(line)
        if items or line in menu:
            menu |= items  # 首页 | 政策法规 | … | 地名查询: the menu, and an item of it repeated on a line of its own
            removed += 1
            continue
        if number >= tail_from and bp.tail.match(line):
            removed += len(lines) - number
            break
        if in_breadcrumb:
            if _CRUMB_SEPARATOR.match(line) or (
                len(line) <= _MAX_CRUMB and _is_short_value(line) and _crumb_continues(lines, number)
            ):
                removed += 1
                continue
            in_breadcrumb = False
        if pending_value:
            pending_value = False
            # a 文号 line below an empty label (• 来源: / 甘政发〔2012〕53号) is the document's, not the label's value; nor
            # is a row of cells (浏览次数: / 序号 | 工作事项 | 进度安排: the header of the table the page holds)
            if (_is_short_value(line) and not bp.label.match(line) and not NUMBERED_HEADING.match(line)
                    and not DOC_NUMBER_LINE.match(line) and not PIPE_CELL_BREAK.search(line) and "\t" not in line):
                removed += 1
                continue
        if bp.breadcrumb.match(line):
            removed += 1
            in_breadcrumb = line.endswith((":", "位置"))  # its crumbs follow one per line
            continue
        label = bp.label.match(line)
        if label and _is_short_value(label.group("value") or ""):
            removed += 1
            pending_value = not (label.group("value") or "").strip(" 】]")
            continue
        if bp.line.match(line) or bp.token_line.match(line):
            removed += 1
            continue
        if _is_chrome_strip(line):
            day = _SIGNED_DAY.match(line)  # 2024年11月12日 【编辑:梁异】 新闻结尾: the signature's day, the page's editor after it
            kept.extend([day.group()] if day else [])
            removed += not day
            continue
        if len(line) <= _MAX_FOOTER_LINE and not line.endswith("。") and bp.footer.search(line):
            removed += 1
            continue
        kept.append(line)
    return kept, removed


def _menu_items(line: str) -> set[str]:
    """The items of a site's menu written on one line (首页 | 政策法规 | 行政区划 | 工作动态): at least
    _MIN_MENU_ITEMS short ones set apart by |, no sentence among them, one the site's home page (not a table's
    row of short cells); else none."""
    items = [item.strip() for item in line.split("|")]
    if (len(items) < _MIN_MENU_ITEMS or not any(item.endswith(_HOME) for item in items)
            or not all(0 < len(item) <= _MAX_CRUMB and _is_short_value(item) for item in items)):
        return set()
    return set(items)


def _numbered_menus(lines: list[str]) -> set[int]:
    """The numbers of the lines that are a site's menus saved as numbered lists (see _MENU_ITEM)."""
    found: set[int] = set()
    run: list[int] = []
    for number, line in enumerate([*lines, ""]):
        if _MENU_ITEM.match(line):
            run.append(number)
            continue
        restarts = sum(1 for at in run if _MENU_ITEM.match(lines[at])["number"] == "1")
        if len(run) >= _MIN_MENU_RUN and restarts >= _MIN_MENU_RESTARTS:
            found.update(run)
        run = []
    return found


def _crumb_continues(lines: list[str], number: int) -> bool:
    """In a breadcrumb split one crumb per line, a crumb sits next to a separator line (the last crumb
    right after one), or is the first crumb right after the "当前位置:" line."""
    previous = lines[number - 1] if number > 0 else ""
    following = lines[number + 1] if number + 1 < len(lines) else ""
    return bool(_CRUMB_SEPARATOR.match(previous) or _CRUMB_SEPARATOR.match(following)
                or _boilerplate().breadcrumb.match(previous))
