"""Reading stage: inbox files → decoded SourceRecords (one per document), or Rejections that say why not.

walk (the inbox's entries: what is read, what is skipped and why) · names (escaping names of any bytes) ·
inbox (dispatch) · decode (bytes → text) · junk (binary files, MIME parts) · exports (CSV/JSON(L)
rows) · html, html_lines, html_article, html_fields (pages) · markdown · columns (metadata_columns.csv).
"""

from gongwen.reading.decode import decode_bytes
from gongwen.reading.exports import CSV_SUFFIXES, JSONL_SUFFIXES
from gongwen.reading.html import HTML_SUFFIXES, HtmlPage, html_to_text, looks_like_html, read_html
from gongwen.reading.inbox import read_bytes, read_entry, read_file
from gongwen.reading.junk import strip_mime_junk
from gongwen.reading.markdown import MARKDOWN_SUFFIXES, front_matter_hints, markdown_to_text
from gongwen.reading.names import escape_name, printable
from gongwen.reading.walk import InboxEntry, walk_inbox

__all__ = [
    "CSV_SUFFIXES",
    "HTML_SUFFIXES",
    "JSONL_SUFFIXES",
    "MARKDOWN_SUFFIXES",
    "HtmlPage",
    "InboxEntry",
    "decode_bytes",
    "escape_name",
    "front_matter_hints",
    "html_to_text",
    "looks_like_html",
    "markdown_to_text",
    "printable",
    "read_bytes",
    "read_entry",
    "read_file",
    "read_html",
    "strip_mime_junk",
    "walk_inbox",
]
