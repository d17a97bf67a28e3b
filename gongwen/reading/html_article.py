"""Finding the article in a web page: the container holding most of the page's sentences, with its title
and date lines above it, without the navigation, toolbars, footers and related-links boxes around it."""

from __future__ import annotations

import re

from gongwen.reading.html_lines import BLOCK_TAGS, SKIPPED_TAGS, element_lines, is_data_table, tag
from gongwen.text.chars import han_count

# Class/id words CMS templates give the blocks after an article (footer, copyright, share, related links).
_FURNITURE_NAME = re.compile(r"foot|copyright|bottom|share|related|relevant|xglj|xgwz|comment", re.IGNORECASE)
_PROSE_END = re.compile(r"[。；;！？]")
_MIN_PROSE_HAN = 8


def main_content(body) -> list:
    """The elements that hold the article: the container with most of the page's prose, plus the short
    heading-like blocks before it (title, date line; toolbars between them are passed over) and the
    blocks after it up to the first list of links, at each level above it."""
    weights = _weights(body)
    descent = _prose_weights(body)
    if not descent.get(body):
        descent = weights  # no sentence anywhere: fall back to all non-link text
    path = _path_to_prose(body, descent)
    if len(path) == 1:
        return [body]
    picked = [path[-1]]
    for container in reversed(path[1:]):
        picked = _heading_blocks_before(container, weights) + picked + _blocks_after(container, weights)
    return picked


def _path_to_prose(body, descent: dict) -> list:
    """body, then at each level the child holding nearly all (85 %) of its parent's prose."""
    path = [body]
    node = body
    while True:
        children = [c for c in node if tag(c)]
        if not children:
            break
        best = max(children, key=lambda c: descent.get(c, 0))
        if descent.get(best, 0) < 0.85 * max(descent.get(node, 0), 1) or descent.get(best, 0) == 0:
            break
        node = best
        path.append(node)
        if tag(node) == "table" and is_data_table(node):
            break  # a table of data is read whole, row by row
    return path


def _heading_blocks_before(container, weights: dict) -> list:
    """The title and date lines just above container, in page order; toolbars between them are passed over."""
    preceding = []
    sibling = container.getprevious()
    while sibling is not None:
        if tag(sibling) is not None and weights.get(sibling, 0) > 0:
            if _heading_like(sibling, weights):
                preceding.append(sibling)
            elif not _toolbar_like(sibling, weights):
                break
        sibling = sibling.getprevious()
    return list(reversed(preceding))


def _blocks_after(container, weights: dict) -> list:
    """The blocks after container up to the first list of links or piece of page furniture."""
    following = []
    sibling = container.getnext()
    while sibling is not None:
        if tag(sibling) is not None and _text_weight(sibling.text_content()) > 0:
            if _link_density(sibling, weights) > 0.5 or _is_page_furniture(sibling):
                break
            following.append(sibling)
        sibling = sibling.getnext()
    return following


def _weights(root) -> dict:
    """Non-link text characters under each element (link text is navigation more often than body)."""
    weights: dict = {}

    def visit(element, in_link: bool) -> int:
        name = tag(element)
        if name is None or name in SKIPPED_TAGS:
            weights[element] = 0
            return 0
        in_link = in_link or name == "a"
        total = 0 if in_link else _text_weight(element.text)
        for child in element:
            total += visit(child, in_link)
            if not in_link:
                total += _text_weight(child.tail)
        weights[element] = total
        return total

    visit(root, False)
    return weights


def _text_weight(text: str | None) -> int:
    if not text:
        return 0
    return sum(1 for ch in text if not ch.isspace())


def _link_density(element, weights: dict) -> float:
    total = _text_weight(element.text_content()) if tag(element) else 0
    if total == 0:
        return 0.0
    return 1.0 - weights.get(element, 0) / total


def _prose_weights(root) -> dict:
    """Chinese characters of sentence-bearing blocks under each element: article paragraphs end in 。 or ；,
    page chrome (navigation, field tables, toolbars, footers) almost never does."""
    weights: dict = {}

    def visit(element, in_link: bool) -> tuple[int, list[str]]:
        name = tag(element)
        if name is None or name in SKIPPED_TAGS:
            weights[element] = 0
            return 0, []
        in_link = in_link or name == "a"
        own: list[str] = [] if in_link else [element.text or ""]
        total = 0
        for child in element:
            below, fragments = visit(child, in_link)
            total += below
            own.extend(fragments)
            if not in_link:
                own.append(child.tail or "")
        if name in BLOCK_TAGS:
            total += _prose_weight("".join(own))
            own = []
        weights[element] = total
        return total, own

    visit(root, False)
    return weights


def _prose_weight(text: str) -> int:
    if not _PROSE_END.search(text):
        return 0
    n_han = han_count(text)
    return n_han if n_han >= _MIN_PROSE_HAN else 0


def _is_page_furniture(element) -> bool:
    """A footer, share bar or related-links box, as the page's own markup names it."""
    if tag(element) in ("footer", "aside", "nav"):
        return True
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    return bool(_FURNITURE_NAME.search(names))


def _toolbar_like(element, weights: dict) -> bool:
    """A short strip of links (font size, print, share) between an article's title and its text."""
    return weights.get(element, 0) <= 40 and _link_density(element, weights) > 0.5


def _heading_like(element, weights: dict) -> bool:
    """A short block of one line, mostly not links: an article title, a date/source line."""
    if tag(element) == "table" or element.find(".//table") is not None:
        return False
    lines = element_lines(element)
    return len(lines) <= 2 and weights.get(element, 0) <= 200 and _link_density(element, weights) <= 0.5
