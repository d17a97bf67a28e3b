"""Reading stage: inbox files → decoded SourceRecords (one per document), or Rejections that say why not.

inbox (listing, dispatch) · decode (bytes → text) · junk (binary files, MIME parts) · exports (CSV/JSON(L)
rows) · html, html_lines, html_article, html_fields (pages) · markdown · columns (metadata_columns.csv).
"""

from gongwen.reading.decode import decode_bytes
from gongwen.reading.exports import CSV_SUFFIXES, JSONL_SUFFIXES
from gongwen.reading.html import HTML_SUFFIXES, HtmlPage, html_to_text, looks_like_html, read_html
from gongwen.reading.inbox import list_inbox, read_bytes, read_file
from gongwen.reading.junk import strip_mime_junk
from gongwen.reading.markdown import MARKDOWN_SUFFIXES, front_matter_hints, markdown_to_text

__all__ = [
    "CSV_SUFFIXES",
    "HTML_SUFFIXES",
    "JSONL_SUFFIXES",
    "MARKDOWN_SUFFIXES",
    "HtmlPage",
    "decode_bytes",
    "front_matter_hints",
    "html_to_text",
    "list_inbox",
    "looks_like_html",
    "markdown_to_text",
    "read_bytes",
    "read_file",
    "read_html",
    "strip_mime_junk",
]
