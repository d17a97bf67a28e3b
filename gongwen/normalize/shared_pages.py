"""The pages of a document-sharing site's text view (《X.docx》由会员分享…, then `1、…`, `2、…`), joined back.

Such a site shows a file as its pages' text, each page one run of text after its number and cut wherever the
page ended (`…重点任务责任分工表序号工作内容…` / `2、住建局、市城管委…` / `3、施建2021年2月底`): the numbers are the
site's, not the document's items, and each page goes on from where the one before it stopped."""

from __future__ import annotations

import re

from gongwen.text.patterns import SHARED_FILE

_HEAD_LINES = 5  # where the site's line naming the file it shows (SHARED_FILE) stands
_PAGE = re.compile(r"^(\d{1,3})、")
_MIN_PAGE = 200  # characters of a page's text: a site's page holds paragraphs, not one item of a list
_SENTENCE_END = tuple("。！？!?；;：:”")


def join_shared_pages(text: str) -> tuple[str, int]:
    """The text with a sharing site's page numbers gone and each page run on from the one before it, where
    every line opening with `N、` numbers the pages 1, 2, 3 … in order and the text names a shared file at its head
    or is those pages alone, each cut mid-sentence before the next (1、乡镇2023年工作要点…坚决禁用高度 / 2、高残农药,…);
    and how many pages were joined."""
    lines = text.split("\n")
    pages = [(index, found) for index, line in enumerate(lines) if (found := _PAGE.match(line))]
    if len(pages) < 2 or [int(found.group(1)) for _, found in pages] != list(range(1, len(pages) + 1)):
        return text, 0
    if not (any(SHARED_FILE.match(line.strip()) for line in lines[:_HEAD_LINES]) or _pages_alone(lines, len(pages))):
        return text, 0
    numbers = dict(pages)
    first = pages[0][0]
    kept: list[str] = []
    last_filled = None  # the kept line the next page runs on from: the last that is not blank
    for index, line in enumerate(lines):
        found = numbers.get(index)
        if found and index > first and last_filled is not None:
            kept[last_filled] += line[found.end():]  # the page goes on from where the one before it was cut
            continue
        kept.append(line[found.end():] if found else line)
        if kept[-1].strip():
            last_filled = len(kept) - 1
    return "\n".join(kept), len(pages) - 1


def _pages_alone(lines: list[str], pages: int) -> bool:
    """The text is its numbered pages and nothing else, each but the last long and cut mid-sentence."""
    filled = [line.strip() for line in lines if line.strip()]
    return len(filled) == pages and all(
        len(page) >= _MIN_PAGE and not page.endswith(_SENTENCE_END) for page in filled[:-1])
