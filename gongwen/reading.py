"""Reading stage: inbox files → decoded SourceRecords (one per document), or Rejections that say why not.

Bytes decide the encoding (BOM, strict UTF-8, UTF-16 without BOM, GB18030 — or Big5 when that reads as
commoner characters —, then charset-normalizer), never a page's own charset tag. HTML becomes one line
per block with table rows as tab-joined cells, the article picked from the page by where its sentences
are; a 信息公开 field table (索引号/发文机关/成文日期/发文字号 …) is taken out of the page into the record's
hints. Markdown loses its markup, its YAML front matter becomes hints; CSV/JSON/JSONL exports give one
record per row.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from pathlib import Path

import charset_normalizer
import lxml.etree
import lxml.html
import opencc
import yaml

from gongwen.model import Rejection, SourceRecord

HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
CSV_SUFFIXES = {".csv", ".tsv"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}

# Signatures of the binary files that land in a policy inbox (attachments, scans, archives).
_MAGIC_NUMBERS: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"BM", "BMP image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office document (doc/xls/ppt)"),
    (b"{\\rtf", "RTF document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"Rar!", "RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ", "Windows executable"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"RIFF", "RIFF media (wav/avi/webp)"),
    (b"SQLite format 3\x00", "SQLite database"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_HTML_SNIFF = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
    re.IGNORECASE | re.DOTALL,
)
_HTML_TAG = re.compile(r"</?(?:p|div|br|span|table|td|tr|body|html)\b[^>]*>", re.IGNORECASE)
_ANY_TAG = re.compile(r"<[A-Za-z!/]")
_CHARSET_TAG = re.compile(r"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)


class _Undecodable(Exception):
    """The bytes are text of no encoding we accept; carries the first offending byte offset."""

    def __init__(self, offset: int):
        super().__init__(offset)
        self.offset = offset


@dataclass(frozen=True)
class _Decoded:
    text: str
    encoding: str
    flags: tuple[str, ...]


def list_inbox(root: Path) -> list[Path]:
    """Every file under root, recursively, sorted by relative path; hidden files and folders are skipped."""
    root = Path(root)
    found = []
    for path in root.rglob("*"):
        relative = path.relative_to(root)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if path.is_file():
            found.append(path)
    return sorted(found, key=lambda p: p.relative_to(root).as_posix())


def read_file(root: Path, path: Path) -> list[SourceRecord | Rejection]:
    """Read one inbox file into records (one per document; CSV/JSONL: one per row) or rejections.

    Never raises for bad content: unreadable bytes, binary files and empty exports become Rejections.
    """
    root, path = Path(root), Path(path)
    try:
        source_file = path.relative_to(root).as_posix()
    except ValueError:
        source_file = path.name
    try:
        data = path.read_bytes()
    except OSError as exc:
        return [Rejection(source_file, "read", "file cannot be opened", f"{type(exc).__name__}: {exc}")]
    return read_bytes(source_file, data, suffix=path.suffix.lower())


def read_bytes(source_file: str, data: bytes, suffix: str = "") -> list[SourceRecord | Rejection]:
    """Like read_file, for bytes already in memory (the suffix picks CSV/JSONL/Markdown handling)."""
    try:
        return _read_bytes(source_file, data, suffix)
    except Exception as exc:  # a bug must cost one file, not the run
        return [Rejection(source_file, "read", "file could not be converted to text",
                          f"{type(exc).__name__}: {exc}", hashlib.sha256(data).hexdigest(), len(data))]


def _read_bytes(source_file: str, data: bytes, suffix: str) -> list[SourceRecord | Rejection]:
    sha256 = hashlib.sha256(data).hexdigest()
    reject = _rejecter(source_file, sha256, len(data))
    if not data.strip():
        return [reject("empty file", f"{len(data)} bytes, none of them text")]
    binary_kind = _binary_kind(data)
    if binary_kind:
        return [reject(f"binary content, not text ({binary_kind})", f"first bytes: {data[:8].hex(' ')}")]
    try:
        decoded = decode_bytes(data)
    except _Undecodable as exc:
        return [
            reject(
                f"undecodable bytes at offset {exc.offset} under every candidate encoding",
                f"tried utf-8, utf-16, gb18030 and charset-normalizer; bytes there: "
                f"{data[exc.offset:exc.offset + 8].hex(' ')}",
            )
        ]
    if not decoded.text.strip():
        return [reject("empty file", f"{len(data)} bytes decode to whitespace only ({decoded.encoding})")]

    if suffix in CSV_SUFFIXES:
        export = _Export(source_file, "csv", decoded, sha256, len(data))
        return list(_read_csv_rows(export, delimiter="\t" if suffix == ".tsv" else None))
    if suffix in JSONL_SUFFIXES:
        return list(_read_jsonl_rows(_Export(source_file, "jsonl", decoded, sha256, len(data))))
    if suffix == ".json":
        return list(_read_json_rows(_Export(source_file, "json", decoded, sha256, len(data))))

    flags = list(decoded.flags)
    if looks_like_html(decoded.text) or (suffix in HTML_SUFFIXES and _ANY_TAG.search(decoded.text)):
        flags.extend(_charset_tag_flags(decoded.text, decoded.encoding))
        page = read_html(decoded.text)
        text, fmt, hints = page.text, "html", page.fields
        if not text.strip():
            return [
                Rejection(source_file, "read", "HTML page without body text",
                          "only markup, scripts or navigation", sha256, len(data), "html", decoded.encoding)
            ]
    elif suffix in MARKDOWN_SUFFIXES:
        text, fmt, hints = markdown_to_text(decoded.text), "md", front_matter_hints(decoded.text)
    else:
        text, fmt, hints = decoded.text, "txt", {}
    text, removed_junk = strip_mime_junk(text)
    if removed_junk:
        flags.append("mime_junk_removed")
    return [SourceRecord(source_file, fmt, decoded.encoding, sha256, len(data), text, hints, tuple(flags))]


def _rejecter(source_file: str, sha256: str, n_bytes: int):
    def reject(reason: str, detail: str) -> Rejection:
        return Rejection(source_file, "read", reason, detail, sha256, n_bytes)

    return reject


# ---------------------------------------------------------------------------------------------- bytes


def _binary_kind(data: bytes) -> str | None:
    """Name the binary type of data, or None when it may be text (UTF-16 text has NULs but is text)."""
    for magic, kind in _MAGIC_NUMBERS:
        if data.startswith(magic):
            # "BM"/"MZ" are also how a text may start; only call them binary when NULs follow.
            if magic in (b"BM", b"MZ") and b"\x00" not in data[:64]:
                continue
            return kind
    head = data[:4096]
    n_nul = head.count(0)
    if n_nul and not _looks_like_utf16(data):
        return f"unknown type, {n_nul} NUL bytes in the first {len(head)}"
    return None


def _looks_like_utf16(data: bytes) -> bool:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    return _utf16_without_bom(data) is not None


def _utf16_without_bom(data: bytes) -> str | None:
    """The codec ("utf-16-le"/"utf-16-be") under which data reads as plausible text, else None."""
    if len(data) < 4 or len(data) % 2:
        return None
    best, best_share = None, 0.0
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        share = _plausible_share(text)
        if share > best_share:
            best, best_share = codec, share
    return best if best_share >= 0.9 else None


def _plausible_share(text: str) -> float:
    """Share of characters that Chinese policy text is made of: CJK, ASCII, CJK and full-width punctuation."""
    if not text:
        return 0.0
    good = 0
    for ch in text:
        code = ord(ch)
        if (
            0x20 <= code < 0x7F
            or ch in "\n\r\t"
            or 0x4E00 <= code <= 0x9FFF
            or 0x3000 <= code <= 0x303F
            or 0xFF00 <= code <= 0xFFEF
            or 0x2010 <= code <= 0x2027
        ):
            good += 1
    return good / len(text)


@cache
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def _common_share(text: str) -> float:
    """Share of Chinese characters among the 3755 most common (GB2312 level 1), Traditional ones counted
    by their Simplified form: ~0.9 for real text, far lower for text decoded with the wrong codec."""
    sample = "".join(re.findall(r"[\u4e00-\u9fff]", text[:4000]))
    if not sample:
        return 0.0
    common = 0
    for ch in _t2s().convert(sample):
        encoded = ch.encode("gb2312", "ignore")
        common += bool(encoded) and 0xB0 <= encoded[0] <= 0xD7
    return common / len(sample)


def decode_bytes(data: bytes) -> _Decoded:
    """Decode by the bytes alone: BOM, strict UTF-8 (a cut last character is dropped), UTF-16, GB18030,
    then charset-normalizer. Raises _Undecodable with the offset of the first bad byte otherwise."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _Decoded(data.decode(codec), codec, ())
            except UnicodeDecodeError as exc:
                raise _Undecodable(exc.start) from exc
    try:
        return _Decoded(data.decode("utf-8"), "utf-8", ())
    except UnicodeDecodeError as exc:
        utf8_error = exc
    # A file cut mid-character: everything before the last 1-3 bytes is valid UTF-8.
    if utf8_error.reason == "unexpected end of data" and len(data) - utf8_error.start <= 3:
        return _Decoded(data[: utf8_error.start].decode("utf-8"), "utf-8", ("truncated_utf8",))
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _Decoded(data.decode(utf16), "utf-16", ())
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = None
    if text is not None and _plausible_share(text) >= 0.8:
        # Big5 bytes (Taiwan, Hong Kong) are mostly valid GBK too, decoding to rare characters.
        try:
            big5 = data.decode("big5")
        except UnicodeDecodeError:
            big5 = None
        if big5 is not None and _common_share(big5) > _common_share(text):
            return _Decoded(big5, "big5", ())
        return _Decoded(text, "gb18030", ())
    guess = charset_normalizer.from_bytes(data).best()
    if guess is not None and guess.encoding and _plausible_share(str(guess)) >= 0.8:
        return _Decoded(str(guess), guess.encoding.replace("_", "-"), ())
    raise _Undecodable(utf8_error.start)


def _encoding_family(name: str) -> str:
    name = name.lower().replace("_", "-")
    if name in {"gb2312", "gbk", "gb18030", "x-gbk", "euc-cn", "cp936", "hz-gb-2312"}:
        return "gb"
    if name.startswith("utf-8") or name == "utf8":
        return "utf-8"
    if name.startswith("utf-16") or name == "unicode":
        return "utf-16"
    return name


def _charset_tag_flags(text: str, encoding: str) -> list[str]:
    match = _CHARSET_TAG.search(text[:8192])
    if not match:
        return []
    declared = match.group(1).lower()
    if _encoding_family(declared) != _encoding_family(encoding):
        return [f"charset_tag_lied:{declared}"]
    return []


# ----------------------------------------------------------------------------------------- exports


@cache
def _column_aliases() -> tuple[tuple[str, ...], dict[str, str]]:
    """(text column names in order of preference, {metadata column name: hint key}) from resources."""
    text_columns: list[str] = []
    hint_columns: dict[str, str] = {}
    source = resources.files("gongwen") / "resources" / "metadata_columns.csv"
    with source.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            column, target = row["column"].strip().lower(), row["field"].strip()
            if target == "text":
                text_columns.append(column)
            else:
                hint_columns[column] = target
    return tuple(text_columns), hint_columns


@dataclass(frozen=True)
class _Export:
    """A CSV/JSON(L) export being split into rows: what every row record and rejection carries."""

    source_file: str
    format: str
    decoded: _Decoded
    sha256: str
    n_bytes: int

    def reject_file(self, reason: str, detail: str) -> Rejection:
        return Rejection(self.source_file, "read", reason, detail, self.sha256, self.n_bytes, self.format,
                         self.decoded.encoding)

    def reject_row(self, number: int, reason: str, detail: str) -> Rejection:
        return Rejection(f"{self.source_file}#{number}", "read", reason, detail, format=self.format,
                         encoding=self.decoded.encoding)

    def row(self, values: dict, number: int) -> SourceRecord | Rejection:
        """One document from one row: text from the first text column, hints from the metadata columns."""
        text_columns, hint_columns = _column_aliases()
        row_name = f"{self.source_file}#{number}"
        lowered = {str(k).strip().lstrip("\ufeff").lower(): v for k, v in values.items() if k is not None}
        text = next((lowered[c] for c in text_columns if isinstance(lowered.get(c), str)), "") or ""
        hints: dict[str, str] = {}
        for column, hint in hint_columns.items():
            value = lowered.get(column)
            if value is not None and str(value).strip():
                _add_hint(hints, hint, str(value).strip())
        encoded = text.encode("utf-8")
        sha256 = hashlib.sha256(encoded).hexdigest()
        if not text.strip():
            return Rejection(row_name, "read", "empty text in export row",
                             f"row {number} has no text in its text column", sha256, len(encoded),
                             self.format, self.decoded.encoding)
        flags = list(self.decoded.flags)
        if looks_like_html(text):
            page = read_html(text)
            text = page.text
            for hint, value in page.fields.items():
                hints.setdefault(hint, value)
            flags.append("html_in_cell")
        return SourceRecord(row_name, self.format, self.decoded.encoding, sha256, len(encoded), text, hints,
                            tuple(flags))


def _looked_for() -> str:
    return ", ".join(_column_aliases()[0][:4])


def _read_csv_rows(export: _Export, delimiter: str | None) -> Iterator[SourceRecord | Rejection]:
    text = export.decoded.text.lstrip("\ufeff")
    first_line = text.split("\n", 1)[0]
    if delimiter is None:
        delimiter = max((",", "\t", ";"), key=first_line.count)
    csv.field_size_limit(1 << 30)
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        columns = [str(c).strip().lower() for c in (reader.fieldnames or [])]
        text_columns, _ = _column_aliases()
        if not any(c in columns for c in text_columns):
            yield export.reject_file(f"CSV has no text column (looked for {_looked_for()})",
                                     f"columns found: {', '.join(columns) or 'none'}")
            return
        for number, row in enumerate(reader, start=1):
            yield export.row(row, number)
    except csv.Error as exc:
        yield export.reject_file("CSV cannot be parsed", f"line {reader.line_num}: {exc}")


def _json_row(export: _Export, row: object, number: int, where: str) -> SourceRecord | Rejection:
    if not isinstance(row, dict):
        return export.reject_row(number, "export row is not a JSON object",
                                 f"{where} holds a {type(row).__name__}")
    keys = {str(k).strip().lower() for k in row}
    if not any(c in keys for c in _column_aliases()[0]):
        reason = f"{export.format.upper()} row has no text field (looked for {_looked_for()})"
        return export.reject_row(number, reason, f"{where} has fields: {', '.join(sorted(keys)) or 'none'}")
    flat = {str(k): ("" if v is None else v if isinstance(v, str) else json.dumps(v, ensure_ascii=False))
            for k, v in row.items()}
    return export.row(flat, number)


def _read_jsonl_rows(export: _Export) -> Iterator[SourceRecord | Rejection]:
    number = 0
    for line_number, line in enumerate(export.decoded.text.lstrip("\ufeff").splitlines(), start=1):
        if not line.strip():
            continue
        number += 1
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield export.reject_row(number, "invalid JSON in export row", f"line {line_number}: {exc.msg}")
            continue
        yield _json_row(export, row, number, f"line {line_number}")


def _read_json_rows(export: _Export) -> Iterator[SourceRecord | Rejection]:
    """A .json export: an array of row objects, or one object."""
    try:
        data = json.loads(export.decoded.text.lstrip("\ufeff"))
    except json.JSONDecodeError as exc:
        yield export.reject_file("invalid JSON", f"line {exc.lineno} column {exc.colno}: {exc.msg}")
        return
    rows = data if isinstance(data, list) else [data]
    text_columns = _column_aliases()[0]
    if not any(isinstance(row, dict) and any(str(k).strip().lower() in text_columns for k in row) for row in rows):
        # Not an export at all (a config, a label file, an API response dropped in the inbox): one reason.
        # Its format is "unknown": JSON, but none of the input formats (raw_files.format takes no "json").
        kinds = sorted({type(row).__name__ for row in rows}) or ["nothing"]
        rejection = export.reject_file(f"JSON file is not a document export: no item has a text field "
                                       f"(looked for {_looked_for()})",
                                       f"{len(rows)} item(s) of type {', '.join(kinds)}")
        yield replace(rejection, format="unknown")
        return
    for number, row in enumerate(rows, start=1):
        yield _json_row(export, row, number, f"item {number}")


# -------------------------------------------------------------------------------------------- html


def looks_like_html(text: str) -> bool:
    """True for an HTML document or fragment, whatever the file is called."""
    head = text[:4096].lstrip("\ufeff")
    if _HTML_SNIFF.match(head):
        return True
    return len(_HTML_TAG.findall(head)) >= 4


_SKIPPED_TAGS = {
    "script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed", "select",
    "option", "button", "input", "textarea", "head", "title", "nav", "map", "audio", "video", "meta",
    "link", "xml",
}
_BLOCK_TAGS = {
    "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead",
    "tbody", "tfoot", "tr", "td", "th", "caption", "section", "article", "header", "footer", "aside", "main",
    "blockquote", "pre", "address", "center", "hr", "form", "fieldset", "figure", "figcaption", "body",
    "html", "details", "summary",
}
_CELL_TAGS = {"td", "th"}
# CSS Text drops a source line break between two East Asian wide characters; in Chinese text a break
# next to one wide character is no word space either (Word wraps "8月\n<span>25</span>日").
_WIDE = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f"
_SEGMENT_BREAK_BESIDE_WIDE = re.compile(
    rf"(?<=[{_WIDE}])[ \t\r\f]*\n[ \t\r\n\f]*|[ \t\r\f]*\n[ \t\r\n\f]*(?=[{_WIDE}])"
)
_HTML_WHITESPACE = re.compile(r"[ \t\r\n\f]+")
# A data table holds short cells; a layout table wraps the page (nested tables, long multi-paragraph cells).
_LAYOUT_CELL_CHARS = 1500
_LAYOUT_CELL_BLOCKS = 12
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
# Class/id words CMS templates give the blocks after an article (footer, copyright, share, related links).
_FURNITURE_NAME = re.compile(r"foot|copyright|bottom|share|related|relevant|xglj|xgwz|comment", re.IGNORECASE)
_MSO_LIST_NUMBER = re.compile(r"mso-list\s*:\s*ignore", re.IGNORECASE)
_PROSE_END = re.compile(r"[。；;！？]")
_FULL_STOP = re.compile(r"[。！？]")  # 主题词 are listed with ；, a field table has no full stop
_MIN_PROSE_CJK = 8


def _collapse_html_whitespace(text: str) -> str:
    return _HTML_WHITESPACE.sub(" ", _SEGMENT_BREAK_BESIDE_WIDE.sub("", text))


def _tag(element) -> str | None:
    tag = element.tag
    if not isinstance(tag, str):  # comments, processing instructions
        return None
    return tag.lower().rsplit("}", 1)[-1]


class _Lines:
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

    def close(self) -> None:
        if self._fragments:
            line = _collapse_html_whitespace("".join(self._fragments)).strip()  # &nbsp; and U+3000 too
            if line:
                self.lines.append(line)
            self._fragments = []


def _cell_text(cell) -> str:
    """A table cell's text on one line: its paragraphs joined without a break."""
    parts: list[str] = []

    def walk(element) -> None:
        tag = _tag(element)
        if tag is None or tag in _SKIPPED_TAGS:
            return
        parts.append(element.text or "")
        for child in element:
            walk(child)
            parts.append(child.tail or "")

    walk(cell)
    return _collapse_html_whitespace("".join(parts)).replace("\t", " ").strip()


def _is_data_table(table) -> bool:
    if table.find(".//table") is not None:
        return False
    for cell in table.iter("td", "th"):
        text = cell.text_content()
        if len(text) > _LAYOUT_CELL_CHARS:
            return False
        if sum(1 for e in cell.iter("p", "div", "br", "li") if e is not cell) > _LAYOUT_CELL_BLOCKS:
            return False
    return True


def _walk(element, out: _Lines) -> None:
    tag = _tag(element)
    if tag is None or tag in _SKIPPED_TAGS:
        return
    if tag == "br":
        out.close()
        return
    if tag == "table" and _is_data_table(element):
        out.close()
        for row in element.iter("tr"):
            # Empty cells are kept so that a column (e.g. 配合单位) stays in its place.
            cells = [_cell_text(c) for c in row if _tag(c) in _CELL_TAGS]
            if any(cells):
                out.add_line("\t".join(cells))
        out.close()
        return
    if _MSO_LIST_NUMBER.search(element.get("style") or ""):
        # Word's list number ("1.", "（一）") padded with &nbsp; to the tab stop: the padding is no space.
        out.add(_collapse_html_whitespace(element.text_content()).strip())
        return
    block = tag in _BLOCK_TAGS
    if block:
        out.close()
    out.add(element.text)
    for child in element:
        _walk(child, out)
        out.add(child.tail)
    if block:
        out.close()


def _weights(root) -> dict:
    """Non-link text characters under each element (link text is navigation more often than body)."""
    weights: dict = {}

    def visit(element, in_link: bool) -> int:
        tag = _tag(element)
        if tag is None or tag in _SKIPPED_TAGS:
            weights[element] = 0
            return 0
        in_link = in_link or tag == "a"
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
    total = _text_weight(element.text_content()) if _tag(element) else 0
    if total == 0:
        return 0.0
    return 1.0 - weights.get(element, 0) / total


def _prose_weights(root) -> dict:
    """Chinese characters of sentence-bearing blocks under each element: article paragraphs end in 。 or ；,
    page chrome (navigation, field tables, toolbars, footers) almost never does."""
    weights: dict = {}

    def visit(element, in_link: bool) -> tuple[int, list[str]]:
        tag = _tag(element)
        if tag is None or tag in _SKIPPED_TAGS:
            weights[element] = 0
            return 0, []
        in_link = in_link or tag == "a"
        own: list[str] = [] if in_link else [element.text or ""]
        total = 0
        for child in element:
            below, fragments = visit(child, in_link)
            total += below
            own.extend(fragments)
            if not in_link:
                own.append(child.tail or "")
        if tag in _BLOCK_TAGS:
            total += _prose_weight("".join(own))
            own = []
        weights[element] = total
        return total, own

    visit(root, False)
    return weights


def _prose_weight(text: str) -> int:
    if not _PROSE_END.search(text):
        return 0
    n_cjk = len(_CJK_CHAR.findall(text))
    return n_cjk if n_cjk >= _MIN_PROSE_CJK else 0


def _main_content(body) -> list:
    """The elements that hold the article: the container with most of the page's prose, plus the short
    heading-like blocks before it (title, date line; toolbars between them are passed over) and the
    blocks after it up to the first list of links, at each level above it."""
    weights = _weights(body)
    descent = _prose_weights(body)
    if not descent.get(body):
        descent = weights  # no sentence anywhere: fall back to all non-link text
    path = [body]
    node = body
    while True:
        children = [c for c in node if _tag(c)]
        if not children:
            break
        best = max(children, key=lambda c: descent.get(c, 0))
        if descent.get(best, 0) < 0.85 * max(descent.get(node, 0), 1) or descent.get(best, 0) == 0:
            break
        node = best
        path.append(node)
        if _tag(node) == "table" and _is_data_table(node):
            break  # a table of data is read whole, row by row
    if node is body:
        return [body]
    picked = [node]
    for container in reversed(path[1:]):
        preceding = []
        sibling = container.getprevious()
        while sibling is not None:
            if _tag(sibling) is not None and weights.get(sibling, 0) > 0:
                if _heading_like(sibling, weights):
                    preceding.append(sibling)
                elif not _toolbar_like(sibling, weights):
                    break
            sibling = sibling.getprevious()
        following = []
        sibling = container.getnext()
        while sibling is not None:
            if _tag(sibling) is not None and _text_weight(sibling.text_content()) > 0:
                if _link_density(sibling, weights) > 0.5 or _is_page_furniture(sibling):
                    break
                following.append(sibling)
            sibling = sibling.getnext()
        picked = list(reversed(preceding)) + picked + following
    return picked


def _is_page_furniture(element) -> bool:
    """A footer, share bar or related-links box, as the page's own markup names it."""
    if _tag(element) in ("footer", "aside", "nav"):
        return True
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    return bool(_FURNITURE_NAME.search(names))


def _toolbar_like(element, weights: dict) -> bool:
    """A short strip of links (font size, print, share) between an article's title and its text."""
    return weights.get(element, 0) <= 40 and _link_density(element, weights) > 0.5


def _heading_like(element, weights: dict) -> bool:
    """A short block of one line, mostly not links: an article title, a date/source line."""
    if _tag(element) == "table" or element.find(".//table") is not None:
        return False
    lines = _Lines()
    _walk(element, lines)
    lines.close()
    return len(lines.lines) <= 2 and weights.get(element, 0) <= 200 and _link_density(element, weights) <= 0.5


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
    fields = {}
    block = _disclosure_block(body)
    if block is not None:
        fields = _disclosure_fields(block)
        block.drop_tree()
    out = _Lines()
    for element in _main_content(body):
        _walk(element, out)
        out.close()
    out.close()
    return HtmlPage("\n".join(out.lines), fields)


# The 信息公开 table government CMSs put above a document: a few "label: value" pairs in a table or list.
_DISCLOSURE_CONTAINERS = ("table", "ul", "ol", "dl", "div", "section")
_MAX_DISCLOSURE_CHARS = 1200
_MIN_DISCLOSURE_LABELS = 3


@cache
def _disclosure_labels() -> tuple[re.Pattern, dict[str, str]]:
    """(pattern of a field label as CMSs write it — 索 引 号, 标　　题 —, {squashed label: hint key})."""
    _, hint_columns = _column_aliases()
    labels = {column: hint for column, hint in hint_columns.items() if _CJK_CHAR.search(column)}
    spaced = sorted((r"[ \u3000\xa0]*".join(map(re.escape, label)) for label in labels), key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(spaced)})"), labels


def _squash_label(text: str) -> str:
    return re.sub(r"[\s\u3000\xa0]+", "", text).rstrip(":：")


def _disclosure_block(body):
    """The innermost container holding at least three field labels (the table, not its single rows, when
    each row holds fewer) and no sentence, so not the article; None if the page has none."""
    counts: dict = {}

    def n_labels(element) -> int:
        if element not in counts:
            text = element.text_content()
            # Fields are short values: a container with a sentence in it holds (part of) the article.
            fields_only = len(text) <= _MAX_DISCLOSURE_CHARS and not _FULL_STOP.search(text)
            counts[element] = len(_disclosure_pairs(element)) if fields_only else 0
        return counts[element]

    for element in body.iter(*_DISCLOSURE_CONTAINERS):
        count = n_labels(element)
        if count < _MIN_DISCLOSURE_LABELS:
            continue
        if any(n_labels(inner) >= count for inner in element.iter(*_DISCLOSURE_CONTAINERS) if inner is not element):
            continue  # an inner container holds them all: take that one
        return element
    return None


def _disclosure_fields(block) -> dict[str, str]:
    fields: dict[str, str] = {}
    for hint, value in _disclosure_pairs(block).items():
        _add_hint(fields, hint, value)
    return fields


def _disclosure_pairs(block) -> dict[str, str]:
    """{hint key: value, possibly empty} from a field table: label and value in neighbouring cells
    ("发文字号：" | "…") or lines (<dt>/<dd>), or in one cell or list item ("文号：…"), several per row."""
    pattern, labels = _disclosure_labels()
    lines = _Lines()
    _walk(block, lines)
    lines.close()
    pairs: dict[str, str] = {}
    pending = None  # a label whose value is in the next cell, or on the next line (<dt>/<dd>)
    for line in lines.lines:
        for cell in line.split("\t"):
            squashed = _squash_label(cell)
            if squashed in labels:
                if pending:
                    pairs.setdefault(pending, "")
                pending = labels[squashed]
                continue
            if pending:
                pairs.setdefault(pending, cell.strip())
                pending = None
                continue
            starts = [m for m in pattern.finditer(cell) if _LABEL_COLON.match(cell, m.end())]
            for index, match in enumerate(starts):
                end = starts[index + 1].start() if index + 1 < len(starts) else len(cell)
                value = cell[_LABEL_COLON.match(cell, match.end()).end():end].strip()
                pairs.setdefault(labels[_squash_label(match.group())], value)
    if pending:
        pairs.setdefault(pending, "")
    return pairs


_LABEL_COLON = re.compile("[ \u3000\xa0]*[:：]")
_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)


def _add_hint(hints: dict[str, str], hint: str, value: str) -> None:
    """Keep the first non-empty value of each hint; a source_url must be a URL ("来源: 人民网" is not)."""
    value = value.strip()
    if not value or value in {"无", "-", "—", "/"}:
        return
    if hint == "source_url" and not _URL.match(value):
        return
    hints.setdefault(hint, value)


# ---------------------------------------------------------------------------------------- markdown

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
    _, hint_columns = _column_aliases()
    hints: dict[str, str] = {}
    for key, value in data.items():
        hint = hint_columns.get(str(key).strip().lower())
        if hint and value is not None and not isinstance(value, (list, dict)):
            _add_hint(hints, hint, str(value))
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
    lines = []
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped.startswith("|") and stripped.endswith("|") and stripped.count("|") >= 3:
            line = "\t".join(cell.strip() for cell in stripped[1:-1].split("|"))
        lines.append(line)
    return "\n".join(lines)


# --------------------------------------------------------------------------------------- MIME junk

_MIME_BOUNDARY = re.compile(
    r"^-{2,}[ \t]*=?_?(?:NextPart|Part|boundary|=_)[\w.=\-]*[ \t]*$"  # ------=_NextPart_000_…
    r"|^-{2}[\w'()+,./:=?\-]{16,}-{0,2}$"  # --boundary-string, --boundary-string--
)
_MIME_HEADER = re.compile(
    r"^(?:Content-(?:Type|Transfer-Encoding|Location|ID|Disposition|Description)|MIME-Version|X-[\w-]+)\s*:",
    re.IGNORECASE,
)
_BASE64_LINE = re.compile(r"^[A-Za-z0-9+/]{40,}={0,2}$")
_QUOTED_PRINTABLE_LINE = re.compile(r"(?:=[0-9A-F]{2}){4,}")


def strip_mime_junk(text: str) -> tuple[str, bool]:
    """Drop MIME parts glued after a document (boundaries, part headers, base64 or quoted-printable lines).
    Returns the text and whether anything was removed."""
    if "Content-" not in text and "NextPart" not in text and not _has_base64_line(text):
        return text, False
    kept, removed = [], False
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped and (
            _MIME_BOUNDARY.match(stripped)
            or _MIME_HEADER.match(stripped)
            or _BASE64_LINE.match(stripped)
            or (_QUOTED_PRINTABLE_LINE.search(stripped) and not re.search(r"[\u4e00-\u9fff]", stripped))
        ):
            removed = True
            continue
        kept.append(line)
    return "\n".join(kept), removed


def _has_base64_line(text: str) -> bool:
    return any(_BASE64_LINE.match(line.strip()) for line in text.split("\n") if len(line) >= 40)
