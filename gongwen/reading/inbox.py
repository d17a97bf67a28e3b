"""The inbox: listing its files, and reading one file into SourceRecords (one per document; exports one
per row) or Rejections that say why not, each file dispatched by its content and suffix."""

from __future__ import annotations

import dataclasses
import errno
import hashlib
from pathlib import Path

from gongwen.model import Rejection, SourceRecord
from gongwen.reading.columns import INVALID_SOURCE_URL
from gongwen.reading.decode import Decoded, Undecodable, charset_tag_flags, decode_bytes
from gongwen.reading.exports import read_export
from gongwen.reading.html import is_html_file, looks_like_html_page, read_html, without_decoys
from gongwen.reading.junk import binary_kind, cut_trailing_mime_parts, strip_mime_junk, strip_stray_bytes
from gongwen.reading.markdown import MARKDOWN_SUFFIXES, front_matter_hints, markdown_to_text
from gongwen.reading.office import read_office_file
from gongwen.reading.text_fields import text_field_hints
from gongwen.reading.walk import InboxEntry, entry_name, read_regular_file
from gongwen.vocabulary import PAGE_HINT_PREFIX


def read_file(root: Path, path: Path) -> list[SourceRecord | Rejection]:
    """Read one inbox file into records (one per document; CSV/JSONL: one per row) or rejections.

    Never raises for bad content: unreadable bytes, binary files and empty exports become Rejections.
    """
    root, path = Path(root), Path(path)
    try:
        parts = path.relative_to(root).parts
    except ValueError:
        parts = (path.name,)
    return read_entry(InboxEntry(path, entry_name(parts)))


def read_entry(entry: InboxEntry) -> list[SourceRecord | Rejection]:
    """Read one readable entry of walk_inbox (a link inside the inbox: its target) under the entry's name."""
    try:
        data = read_regular_file(entry.file_to_read)
    except OSError as exc:
        why = errno.errorcode.get(exc.errno, type(exc).__name__) if exc.errno else type(exc).__name__
        return [Rejection(entry.name, "read", "file cannot be opened", f"{why}: {exc.strerror or exc}")]
    return read_bytes(entry.name, data, suffix=entry.path.suffix.lower())


def read_bytes(source_file: str, data: bytes, suffix: str = "") -> list[SourceRecord | Rejection]:
    """Like read_file, for bytes already in memory (the suffix picks CSV/JSONL/Markdown handling)."""
    try:
        return [_checked_source_url(item) for item in _read_bytes(source_file, data, suffix)]
    except Exception as exc:  # a bug must cost one file, not the run
        return [Rejection(source_file, "read", "file could not be converted to text",
                          f"{type(exc).__name__}: {exc}", hashlib.sha256(data).hexdigest(), len(data))]


def _read_bytes(source_file: str, data: bytes, suffix: str) -> list[SourceRecord | Rejection]:
    sha256 = hashlib.sha256(data).hexdigest()
    office = read_office_file(source_file, data, suffix, sha256)
    if office is not None:
        return [office]
    decoded = _decode_text(source_file, data, sha256)
    if isinstance(decoded, Rejection):
        return [decoded]
    rows = read_export(source_file, suffix, decoded, sha256, len(data))
    if rows is not None:
        return rows
    return [_read_document(source_file, decoded, suffix, sha256, len(data))]


def _decode_text(source_file: str, data: bytes, sha256: str) -> Decoded | Rejection:
    """The file's text, or why it has none: empty, binary, undecodable, or whitespace only."""

    def reject(reason: str, detail: str) -> Rejection:
        return Rejection(source_file, "read", reason, detail, sha256, len(data))

    if not data.strip():
        return reject("empty file", f"{len(data)} bytes, none of them text")
    kind = binary_kind(data)
    if kind:
        return reject(f"binary content, not text ({kind})", f"first bytes: {data[:8].hex(' ')}")
    text_bytes, n_stray = strip_stray_bytes(data)
    try:
        decoded = decode_bytes(text_bytes)
    except Undecodable as exc:
        return reject(
            f"undecodable bytes at offset {exc.offset} under every candidate encoding",
            f"tried utf-8, utf-16, gb18030 and charset-normalizer; bytes there: "
            f"{text_bytes[exc.offset:exc.offset + 8].hex(' ')}",
        )
    if not decoded.text.strip():
        return reject("empty file", f"{len(data)} bytes decode to whitespace only ({decoded.encoding})")
    if n_stray:
        return dataclasses.replace(decoded, flags=(*decoded.flags, f"control_bytes_removed:{n_stray}"))
    return decoded


def _checked_source_url(item: SourceRecord | Rejection) -> SourceRecord | Rejection:
    """A source_url that is not a plain http(s) address is dropped, and the record says so."""
    if isinstance(item, Rejection) or INVALID_SOURCE_URL not in item.hints:
        return item
    hints = {k: v for k, v in item.hints.items() if k != INVALID_SOURCE_URL}
    flags = item.flags if "source_url" in hints else (*item.flags, "source_url_invalid")
    return dataclasses.replace(item, hints=hints, flags=flags)


def _read_document(source_file: str, decoded: Decoded, suffix: str, sha256: str,
                   n_bytes: int) -> SourceRecord | Rejection:
    """One document: an HTML page's article, Markdown without its markup, or plain text; MIME junk dropped."""
    flags = list(decoded.flags)
    if suffix in MARKDOWN_SUFFIXES and not looks_like_html_page(decoded.text):
        # A Markdown capture holds <table> blocks; only a whole HTML page saved as .md is read as HTML.
        markdown = cut_trailing_mime_parts(decoded.text)
        if markdown != decoded.text:
            flags.append("mime_junk_removed")
        text, fmt, hints = markdown_to_text(markdown), "md", front_matter_hints(markdown)
        hints = {**text_field_hints(text), **hints}
    elif is_html_file(decoded.text, suffix):
        flags.extend(charset_tag_flags(decoded.text, decoded.encoding))
        page = read_html(decoded.text)
        # (and when its text says it was posted, 2026-01-28 22:06 over the lead, where its markup does not)
        posted = {key: value for key, value in text_field_hints(page.text).items() if key.startswith(PAGE_HINT_PREFIX)}
        text, fmt, hints = page.text, "html", {**posted, **page.fields}
        if not text.strip():
            return Rejection(source_file, "read", "HTML page without body text",
                             "only markup, scripts or navigation", sha256, n_bytes, "html", decoded.encoding)
    else:
        bare = without_decoys(decoded.text)
        if bare is not None:
            flags.append("decoy_markup_removed")
        text = decoded.text if bare is None else bare
        fmt, hints = "txt", text_field_hints(text)
    text, removed_junk = strip_mime_junk(text)
    if removed_junk:
        flags.append("mime_junk_removed")
    return SourceRecord(source_file, fmt, decoded.encoding, sha256, n_bytes, text, hints, tuple(flags))
