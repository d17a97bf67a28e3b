"""Markdown as people export it → plain text with its line structure (one line per paragraph line, heading,
list item or table row), parsed with markdown-it-py, and hints from its front matter or `**key**: value`
head block.

What web captures put in Markdown: empty or YAML front matter, Setext headings, `**（四）…。**` bold
item headings, `[TOP](javascript:…)` links, pandoc/HTML `<table>` blocks, and MIME parts with base64
after the text (cut before parsing)."""

from __future__ import annotations

import re

import lxml.etree
import lxml.html
import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token

from gongwen.reading.columns import add_hint, hint_columns
from gongwen.reading.html_lines import element_lines
from gongwen.reading.junk import cut_trailing_mime_parts

MARKDOWN_SUFFIXES = {".md", ".markdown"}

_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n(?:.*?\n)??(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
# A reader service's head (Jina Reader: `Title: …` / `URL Source: …` / `Published Time: …` / `Markdown Content:`),
# its `Key: value` lines set apart by blank lines.
_READER_HEAD = re.compile(r"\A\ufeff?((?:[A-Z][A-Za-z ]{1,20}:[^\n]*\n\s*){1,8})Markdown Content:[ \t]*\n")
# `**发布日期**: 2024-03-05` or `- **发布机构**：国务院办公厅`: a metadata line of an export's head.
_KEY_VALUE_LINE = re.compile(r"^[ \t]*(?:[-*+][ \t]+)?\*\*([^*\n]{1,12}?)[:：]?\*\*[ \t]*[:：]?[ \t]*(.*?)[ \t]*$")
_HEAD_LINES = 20  # a head metadata block sits within the first lines
_HTML_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_HTML_TAG = re.compile(r"</?[A-Za-z][^>\n]*>")
_TABLE_OPEN = re.compile(r"<table\b", re.IGNORECASE)
_TABLE_CLOSE = re.compile(r"</table\s*>", re.IGNORECASE)
# CommonMark does not close `**（四）…。**鼓励` (a run after punctuation and before a letter does not end
# emphasis), so the markers stay in the text: they are dropped there.
_LEFT_STRONG_MARKER = re.compile(r"\*\*|__")
_LEFT_EMPHASIS = re.compile(r"(?<![*A-Za-z0-9])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![*A-Za-z0-9])")
_DROPPED_LINK = re.compile(r"^\s*(?:javascript|mailto):", re.IGNORECASE)


def _parser() -> MarkdownIt:
    parser = MarkdownIt("commonmark", {"html": True}).enable("table")
    # markdown-it leaves a javascript: link as literal text (it renders HTML); here it is parsed, then dropped.
    parser.validateLink = lambda url: True
    return parser


_MARKDOWN = _parser()


def front_matter_hints(markdown: str) -> dict[str, str]:
    """Hints (title, publish_date, source_url, publisher …) from a Markdown file's YAML front matter or reader
    service's head and its `**key**: value` head block, by the same column names as exports; {} when there is none."""
    hints: dict[str, str] = {}
    head = _head(markdown)
    if head and head.re is _FRONT_MATTER:
        _add_yaml_hints(hints, head.group())
    reader = [line.partition(":")[::2] for line in head.group(1).splitlines()] if head and head.re is _READER_HEAD else []
    _, block = _split_key_value_head(markdown[head.end():] if head else markdown)
    for key, value in [*reader, *block]:
        hint = hint_columns().get(key.strip().lower())
        if hint:
            add_hint(hints, hint, value)
    return hints


def _head(markdown: str) -> re.Match[str] | None:
    """The file's front matter or reader service's head, the text after it its body."""
    return _FRONT_MATTER.match(markdown) or _READER_HEAD.match(markdown)


def _add_yaml_hints(hints: dict[str, str], front_matter: str) -> None:
    body = "\n".join(front_matter.lstrip("\ufeff").strip().split("\n")[1:-1])  # between the fences
    try:
        data = yaml.safe_load(body) if body.strip() else None
    except yaml.YAMLError:
        return
    if not isinstance(data, dict):
        return
    columns = hint_columns()
    for key, value in data.items():
        hint = columns.get(str(key).strip().lower())
        if hint and value is not None and not isinstance(value, (list, dict)):
            add_hint(hints, hint, str(value))


def _split_key_value_head(markdown: str) -> tuple[str, list[tuple[str, str]]]:
    """The Markdown without its head block of `**key**: value` lines whose key is a metadata column,
    and the block's (key, value) pairs."""
    lines = markdown.split("\n")
    columns = hint_columns()
    pairs: list[tuple[str, str]] = []
    kept: list[str] = []
    seen = 0
    for n, line in enumerate(lines):
        if seen >= _HEAD_LINES:
            kept.extend(lines[n:])
            break
        seen += bool(line.strip())
        match = _KEY_VALUE_LINE.match(line)
        if match and match.group(1).strip().lower() in columns:
            pairs.append((match.group(1).strip(), _link_text(match.group(2))))
            continue
        kept.append(line)
    return "\n".join(kept), pairs


def _link_text(value: str) -> str:
    """`[https://…](https://…)` or `<https://…>` → the address."""
    value = re.sub(r"^\[([^\]]*)\]\(([^)]*)\)$", lambda m: m.group(2) if m.group(2) else m.group(1), value)
    return value.strip("<>")


def markdown_to_text(markdown: str) -> str:
    """Plain text of a Markdown document, one line per paragraph line, heading, list item or table row
    (cells joined by tabs, like an HTML table row); no front matter or reader's head, head metadata block, markup, link
    targets, javascript links, images or trailing MIME parts."""
    head = _head(markdown)
    body = markdown[head.end():] if head else markdown.lstrip("\ufeff")
    body, _ = _split_key_value_head(cut_trailing_mime_parts(body))
    lines: list[str] = []
    tokens = _MARKDOWN.parse(body)
    index = 0
    while index < len(tokens):
        index = _add_block(tokens, index, lines)
    return "\n".join(line for line in (x.strip() for x in lines) if line) + "\n"


def _add_block(tokens: list[Token], index: int, lines: list[str]) -> int:
    """Add the lines of the block token at index; the index of the next token to read."""
    token = tokens[index]
    if token.type == "inline":
        prefix = ""
        if index >= 2 and tokens[index - 2].type == "list_item_open" and tokens[index - 2].info:
            prefix = tokens[index - 2].info + tokens[index - 2].markup  # "1." of an ordered item
        lines.extend((prefix + _inline_text(token.children or [])).split("\n"))
    elif token.type in ("fence", "code_block"):
        lines.extend(token.content.split("\n"))
    elif token.type == "html_block":
        return _add_html_blocks(tokens, index, lines)
    elif token.type == "tr_open":
        return _add_table_row(tokens, index, lines)
    elif (token.type == "list_item_open" and token.info and index + 1 < len(tokens)
          and tokens[index + 1].type == "list_item_close"):
        # `1.` alone on its line (a table's group cell written down the column): an empty item, its
        # ordinal still text.
        lines.append(token.info + token.markup)
    return index + 1


def _add_table_row(tokens: list[Token], index: int, lines: list[str]) -> int:
    cells: list[str] = []
    index += 1
    while tokens[index].type != "tr_close":
        if tokens[index].type == "inline":
            cells.append(_inline_text(tokens[index].children or []).replace("\n", "").replace("\t", " ").strip())
        index += 1
    if any(cells):
        lines.append("\t".join(cells))
    return index + 1


def _add_html_blocks(tokens: list[Token], index: int, lines: list[str]) -> int:
    """An HTML block, read by the HTML reader; a `<table>` split by blank lines into several blocks is
    gathered until it closes."""
    html = tokens[index].content
    index += 1
    while len(_TABLE_OPEN.findall(html)) > len(_TABLE_CLOSE.findall(html)) and index < len(tokens):
        token = tokens[index]
        html += "\n" + (token.content if token.type == "html_block" else _plain_source(token))
        index += 1
    lines.extend(_html_lines(html))
    return index


def _plain_source(token: Token) -> str:
    return token.content if token.type == "inline" else ""


def _html_lines(html: str) -> list[str]:
    try:
        fragments = lxml.html.fragments_fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return [_HTML_TAG.sub("", html)]
    lines: list[str] = []
    for fragment in fragments:
        if isinstance(fragment, str):
            lines.append(fragment)
        else:
            lines.extend(element_lines(fragment))
            if fragment.tail:
                lines.append(fragment.tail)
    return lines


def _inline_text(children: list[Token]) -> str:
    """The text of an inline run: emphasis markers, link targets, images and inline tags dropped; soft and
    hard breaks kept as line breaks (a Chinese capture's lines are its paragraphs)."""
    parts: list[str] = []
    skipping = 0  # inside a javascript: link
    for child in children:
        if child.type == "link_open":
            if skipping or _DROPPED_LINK.match(str(child.attrs.get("href", ""))):
                skipping += 1
            continue
        if child.type == "link_close":
            skipping = max(0, skipping - 1)
            continue
        if skipping:
            continue
        if child.type == "text":
            parts.append(_LEFT_EMPHASIS.sub(r"\1", _LEFT_STRONG_MARKER.sub("", child.content)))
        elif child.type == "code_inline":
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak") or child.type == "html_inline" and _HTML_BREAK.match(child.content):
            parts.append("\n")
    return "".join(parts)
