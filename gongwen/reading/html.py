"""HTML pages (Word HTML, government CMS pages) → the article as lines, plus the hints of its 信息公开 field
table; and telling an HTML text from a plain one, whatever the file is called."""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.etree
import lxml.html

from gongwen.reading.columns import add_hint, hint_columns
from gongwen.reading.html_article import main_content
from gongwen.reading.html_fields import take_fields
from gongwen.reading.html_lines import Lines, walk
from gongwen.text.chars import HAN_CHAR, han_count

HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}

_HTML_SNIFF = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
    re.IGNORECASE | re.DOTALL,
)
_HTML_TAG = re.compile(r"</?(?:p|div|br|span|table|td|tr|body|html)\b[^>]*>", re.IGNORECASE)
_ANY_TAG = re.compile(r"<[A-Za-z!/]")
TITLE_HINT = "title"
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
# A spam mirror's decoys: empty elements of any tag sharing one made-up id (<legend id="h4sia"></legend>
# <label id="h4sia"></label> …) above a text whose lines hold no markup.
_DECOY = re.compile(r'<([a-z]+) id="([a-z0-9]{4,8})">\s*</\1>')
_MIN_DECOYS = 3  # an id an HTML page may give one element only
_OUTSIDE_SHARE = 0.9  # of the Chinese characters, on lines without markup
_MARKUP = re.compile(r"</?[A-Za-z][^<>\n]{0,200}>")


def looks_like_html(text: str) -> bool:
    """True for an HTML document or fragment, whatever the file is called; not for a mirror's text strewn with
    empty decoy elements (see _decoy_strewn)."""
    head = text[:4096].lstrip("\ufeff")
    if _HTML_SNIFF.match(head):
        return True
    return len(_HTML_TAG.findall(head)) >= 4 and not _decoy_strewn(head)


def _decoy_strewn(head: str) -> bool:
    """Decoys sharing one id, and the Chinese text on lines without markup."""
    ids = [found.group(2) for found in _DECOY.finditer(head)]
    if not ids or max(map(ids.count, set(ids))) < _MIN_DECOYS:
        return False
    lines = head.splitlines()
    han = [han_count(line) for line in lines]
    outside = sum(n for n, line in zip(han, lines, strict=True) if "<" not in line)
    return outside >= _OUTSIDE_SHARE * max(sum(han), 1)


def without_decoys(text: str) -> str | None:
    """A mirror's text strewn with decoy elements (see _decoy_strewn) without its markup and the lines that held
    nothing else (`1. <blockquote id="h4sia"></blockquote>`); None for any other text."""
    if not _decoy_strewn(text[:4096].lstrip("\ufeff")):
        return None
    lines = text.split("\n")
    return "\n".join(bare for line in lines if (bare := _MARKUP.sub("", line)) == line or HAN_CHAR.search(bare))


def looks_like_html_page(text: str) -> bool:
    """True for a whole HTML page (doctype, <html>, <head> …), not a text with some tags in it."""
    return _HTML_SNIFF.match(text[:4096].lstrip("\ufeff")) is not None


def is_html_file(text: str, suffix: str) -> bool:
    """HTML by its content, or an .html file with any tag in it at all."""
    return looks_like_html(text) or (suffix in HTML_SUFFIXES and _ANY_TAG.search(text) is not None)


@dataclass(frozen=True)
class HtmlPage:
    text: str  # the article, one line per block
    fields: dict[str, str]  # hints read from the page's 信息公开 field table (doc_number, written_date …)


def html_to_text(html: str) -> str:
    """Visible article text of an HTML page: one line per block, table rows as cells joined by tabs,
    inline elements joined without spaces (Word splits numbers across spans)."""
    return read_html(html).text


def read_html(html: str) -> HtmlPage:
    """The article of an HTML page and the fields of its 信息公开 table (索引号/发文机关/成文日期/发文字号 …),
    which is taken out of the page so that it does not reach the body."""
    html = _XML_DECLARATION.sub("", html.lstrip("\ufeff"), count=1)
    if not html.strip():
        return HtmlPage("", {})
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        root = lxml.html.document_fromstring(html.encode("utf-8", "surrogatepass"), parser=parser)
    except (lxml.etree.ParserError, ValueError):
        return HtmlPage("", {})
    body = root.find(".//body")
    if body is None:
        body = root
    fields = take_fields(body)
    _add_title_meta(root, fields)
    out = Lines()
    for element in main_content(body):
        walk(element, out)
        out.close()
    out.close()
    return HtmlPage("\n".join(out.lines), fields)


def _add_title_meta(root, fields: dict[str, str]) -> None:
    """The title a CMS writes in the page's head (<meta name="ArticleTitle" content="…">) as the title hint, for
    a page whose article leaves its title in a cell of the layout around it. Only the title: a head's dates are
    the page's, not the document's."""
    for meta in root.iter("meta"):
        if hint_columns().get((meta.get("name") or "").strip().lower()) == TITLE_HINT:
            add_hint(fields, TITLE_HINT, meta.get("content") or "")
