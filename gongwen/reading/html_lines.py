"""An HTML tree → lines of text: one line per block, a data table's rows as tab-joined cells, inline
elements joined without spaces (Word splits numbers across spans), Word's list-number padding dropped."""

from __future__ import annotations

import re

from gongwen.text.chars import HAN
from gongwen.text.patterns import NUMBERED_HEADING

SKIPPED_TAGS = {
    "script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed", "select",
    "option", "button", "input", "textarea", "head", "title", "nav", "map", "audio", "video", "meta",
    "link", "xml",
}
BLOCK_TAGS = {
    "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead",
    "tbody", "tfoot", "tr", "td", "th", "caption", "section", "article", "header", "footer", "aside", "main",
    "blockquote", "pre", "address", "center", "hr", "form", "fieldset", "figure", "figcaption", "body",
    "html", "details", "summary",
}
_CELL_TAGS = {"td", "th"}
# CSS Text drops a source line break between two East Asian wide characters; in Chinese text a break
# next to one wide character is no word space either (Word wraps "8月\n<span>25</span>日"). Wide is more
# than Han: radicals, kana, CJK punctuation and full-width forms too.
_WIDE = f"{HAN}\u2e80-\u9fff\uff00-\uffef\u3000-\u303f"
_SEGMENT_BREAK_BESIDE_WIDE = re.compile(
    rf"(?<=[{_WIDE}])[ \t\r\f]*\n[ \t\r\n\f]*|[ \t\r\f]*\n[ \t\r\n\f]*(?=[{_WIDE}])"
)
_HTML_WHITESPACE = re.compile(r"[ \t\r\n\f]+")
# A data table holds short cells; a layout table wraps the page (nested tables, long multi-paragraph cells).
_LAYOUT_CELL_CHARS = 1500
_LAYOUT_CELL_BLOCKS = 12
_MSO_LIST_NUMBER = re.compile(r"mso-list\s*:\s*ignore", re.IGNORECASE)
# A bold numbered heading (<b>一、各地自查</b>) inside a block's running text, after its start or a sentence's
# end: a page that sets its items in one <div> and marks their headings bold only; the heading is a line.
_EMPHASIS_TAGS = {"b", "strong"}
_BEFORE_HEADING = ("。", "：", ":", "；", ";")


def collapse_html_whitespace(text: str) -> str:
    return _HTML_WHITESPACE.sub(" ", _SEGMENT_BREAK_BESIDE_WIDE.sub("", text))


def tag(element) -> str | None:
    """The element's lower-case tag without namespace; None for comments and processing instructions."""
    name = element.tag
    if not isinstance(name, str):
        return None
    return name.lower().rsplit("}", 1)[-1]


class Lines:
    """Collects inline fragments into lines; a block boundary closes the current line."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self._fragments: list[str] = []

    def add(self, text: str | None) -> None:
        if text:
            self._fragments.append(text)

    def add_line(self, finished: str) -> None:
        self.close()
        if finished.strip():
            self.lines.append(finished)

    def at_sentence_start(self) -> bool:
        """Whether the current line is empty or ends a sentence."""
        pending = collapse_html_whitespace("".join(self._fragments)).strip()
        return not pending or pending.endswith(_BEFORE_HEADING)

    def close(self) -> None:
        if self._fragments:
            line = collapse_html_whitespace("".join(self._fragments)).strip()  # &nbsp; and U+3000 too
            if line:
                self.lines.append(line)
            self._fragments = []


def element_lines(element) -> list[str]:
    """The lines of one element on its own."""
    out = Lines()
    walk(element, out)
    out.close()
    return out.lines


def walk(element, out: Lines) -> None:
    """Add the visible text of element and everything under it to out, block by block."""
    name = tag(element)
    if name is None or name in SKIPPED_TAGS:
        return
    if name == "br":
        out.close()
        return
    if name == "table" and is_data_table(element):
        _add_table_rows(element, out)
        return
    if _MSO_LIST_NUMBER.search(element.get("style") or ""):
        # Word's list number ("1.", "（一）") padded with &nbsp; to the tab stop: the padding is no space.
        out.add(collapse_html_whitespace(element.text_content()).strip())
        return
    block = name in BLOCK_TAGS or (
        name in _EMPHASIS_TAGS and out.at_sentence_start()
        and NUMBERED_HEADING.match(collapse_html_whitespace(element.text_content()).strip()) is not None
    )
    if block:
        out.close()
    out.add(element.text)
    for child in element:
        walk(child, out)
        out.add(child.tail)
    if block:
        out.close()


def _add_table_rows(table, out: Lines) -> None:
    out.close()
    for caption in table.iter("caption"):  # the table's title (…考核细则), a line above its rows
        text = _cell_text(caption)
        if text:
            out.add_line(text)
    carried: dict[int, list] = {}  # column → [text of a cell merged down (rowspan), rows it still covers]
    for row in table.iter("tr"):
        # Empty cells are kept so that a column (e.g. 配合单位) stays in its place.
        cells = _row_cells([c for c in row if tag(c) in _CELL_TAGS], carried)
        if any(cells):
            out.add_line("\t".join(cells))
    out.close()


def _span(cell, attribute: str) -> int:
    value = (cell.get(attribute) or "1").strip()
    return max(1, min(int(value), 1000)) if value.isdigit() else 1


def _row_cells(cells: list, carried: dict[int, list]) -> list[str]:
    """A row's cell texts with the value of a cell merged down from a row above (rowspan) in its column."""
    texts: list[str] = []
    column = 0

    def take_carried() -> None:
        nonlocal column
        while column in carried:
            texts.append(carried[column][0])
            carried[column][1] -= 1
            if carried[column][1] == 0:
                del carried[column]
            column += 1

    for cell in cells:
        take_carried()
        text = _cell_text(cell)
        texts.append(text)
        if _span(cell, "rowspan") > 1:
            carried[column] = [text, _span(cell, "rowspan") - 1]
        column += _span(cell, "colspan")
    take_carried()
    return texts


def _cell_text(cell) -> str:
    """A table cell's text on one line: its paragraphs joined without a break."""
    parts: list[str] = []

    def visit(element) -> None:
        name = tag(element)
        if name is None or name in SKIPPED_TAGS:
            return
        parts.append(element.text or "")
        for child in element:
            visit(child)
            parts.append(child.tail or "")

    visit(cell)
    return collapse_html_whitespace("".join(parts)).replace("\t", " ").strip()


def is_data_table(table) -> bool:
    """A table of data (read row by row), not a layout table wrapping the page."""
    if table.find(".//table") is not None:
        return False
    for cell in table.iter("td", "th"):
        text = cell.text_content()
        if len(text) > _LAYOUT_CELL_CHARS:
            return False
        if sum(1 for e in cell.iter("p", "div", "br", "li") if e is not cell) > _LAYOUT_CELL_BLOCKS:
            return False
    return True
