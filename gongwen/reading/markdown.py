"""Markdown → plain text (no markup, pipe-table rows as tab-joined cells), and hints from its YAML front matter."""

from __future__ import annotations

import re

import yaml

from gongwen.reading.columns import add_hint, hint_columns

MARKDOWN_SUFFIXES = {".md", ".markdown"}

_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n.*?\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.MULTILINE)
_MD_SETEXT_UNDERLINE = re.compile(r"^[ \t]*(?:=+|-{3,})[ \t]*$", re.MULTILINE)
# A link target may hold one level of brackets: [打印本页](javascript:window.print()).
_MD_TARGET = r"\((?:[^()\n]|\([^()\n]*\))*\)"
_MD_IMAGE = re.compile(rf"!\[[^\]\n]*\]{_MD_TARGET}")
_MD_LINK = re.compile(rf"\[([^\]\n]*)\]{_MD_TARGET}")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EMPHASIS = re.compile(r"(?<![*A-Za-z0-9])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![*A-Za-z0-9])")
_MD_QUOTE = re.compile(r"^[ \t]*>[ \t]?", re.MULTILINE)
_MD_BULLET = re.compile(r"^[ \t]*[-*+][ \t]+", re.MULTILINE)
_MD_CODE_FENCE = re.compile(r"^[ \t]*(?:```|~~~).*$", re.MULTILINE)
_MD_TABLE_RULE = re.compile(
    r"^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$", re.MULTILINE
)
_MD_HTML_TAG = re.compile(r"</?[A-Za-z][^>\n]*>")


def front_matter_hints(markdown: str) -> dict[str, str]:
    """Hints (title, publish_date, source_url …) from a Markdown file's YAML front matter, by the same
    column names as exports; {} when there is none or it is not YAML."""
    match = _FRONT_MATTER.match(markdown)
    if not match:
        return {}
    body = "\n".join(match.group().lstrip("\ufeff").strip().split("\n")[1:-1])  # between the fences
    try:
        data = yaml.safe_load(body)
    except yaml.YAMLError:
        return {}
    if not isinstance(data, dict):
        return {}
    columns = hint_columns()
    hints: dict[str, str] = {}
    for key, value in data.items():
        hint = columns.get(str(key).strip().lower())
        if hint and value is not None and not isinstance(value, (list, dict)):
            add_hint(hints, hint, str(value))
    return hints


def markdown_to_text(markdown: str) -> str:
    """Plain text of a Markdown document: no front matter, headings' #, emphasis, links or images.
    A pipe table row becomes its cells joined by tabs, like an HTML table row."""
    text = _FRONT_MATTER.sub("", markdown, count=1)
    text = _MD_CODE_FENCE.sub("", text)
    text = _MD_TABLE_RULE.sub("", text)
    text = _MD_HEADING.sub(r"\1", text)
    text = _MD_SETEXT_UNDERLINE.sub("", text)
    text = _MD_IMAGE.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_STRONG.sub(r"\2", text)
    text = _MD_EMPHASIS.sub(r"\1", text)
    text = _MD_QUOTE.sub("", text)
    text = _MD_BULLET.sub("", text)
    text = _MD_HTML_TAG.sub("", text)
    return "\n".join(_pipe_row_as_cells(line) for line in text.split("\n"))


def _pipe_row_as_cells(line: str) -> str:
    stripped = line.strip()
    if stripped.startswith("|") and stripped.endswith("|") and stripped.count("|") >= 3:
        return "\t".join(cell.strip() for cell in stripped[1:-1].split("|"))
    return line
