"""CSV/TSV, JSONL and JSON exports: one document per row, its text from the first text column and its
hints from the metadata columns; rows and files that hold no document become Rejections."""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, replace

from gongwen.model import Rejection, SourceRecord
from gongwen.reading.columns import add_hint, hint_columns, text_columns
from gongwen.reading.csv_records import CsvRecord, read_csv_records
from gongwen.reading.decode import Decoded
from gongwen.reading.html import looks_like_html, read_html

CSV_SUFFIXES = {".csv", ".tsv"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}


def read_export(source_file: str, suffix: str, decoded: Decoded, sha256: str,
                n_bytes: int) -> list[SourceRecord | Rejection] | None:
    """The rows of a .csv/.tsv/.jsonl/.ndjson/.json file; None when the suffix names no export."""
    if suffix in CSV_SUFFIXES:
        export = _Export(source_file, "csv", decoded, sha256, n_bytes)
        return list(_read_csv_rows(export, delimiter="\t" if suffix == ".tsv" else None))
    if suffix in JSONL_SUFFIXES:
        return list(_read_jsonl_rows(_Export(source_file, "jsonl", decoded, sha256, n_bytes)))
    if suffix == ".json":
        return list(_read_json_rows(_Export(source_file, "json", decoded, sha256, n_bytes)))
    return None


@dataclass(frozen=True)
class _Export:
    """A CSV/JSON(L) export being split into rows: what every row record and rejection carries."""

    source_file: str
    format: str
    decoded: Decoded
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
        row_name = f"{self.source_file}#{number}"
        lowered = {str(k).strip().lstrip("\ufeff").lower(): v for k, v in values.items() if k is not None}
        text = next((lowered[c] for c in text_columns() if isinstance(lowered.get(c), str)), "") or ""
        hints: dict[str, str] = {}
        for column, hint in hint_columns().items():
            value = lowered.get(column)
            if value is not None and str(value).strip():
                add_hint(hints, hint, str(value).strip())
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
    return ", ".join(text_columns()[:4])


def _read_csv_rows(export: _Export, delimiter: str | None) -> Iterator[SourceRecord | Rejection]:
    text = export.decoded.text.lstrip("\ufeff")
    first_line = text.split("\n", 1)[0]
    if delimiter is None:
        delimiter = max((",", "\t", ";"), key=first_line.count)
    csv.field_size_limit(1 << 30)
    header, records = read_csv_records(text, delimiter)
    columns = [str(c).strip().lower() for c in header]
    if not any(c in columns for c in text_columns()):
        yield export.reject_file(f"CSV has no text column (looked for {_looked_for()})",
                                 f"columns found: {', '.join(columns) or 'none'}")
        return
    for number, record in enumerate(records, start=1):
        if record.fields is None:
            yield _broken_csv_row(export, number, record)
            continue
        # As csv.DictReader maps a row: extra fields under None, missing ones None.
        row = dict(zip(header, record.fields, strict=False))
        if len(record.fields) > len(header):
            row[None] = record.fields[len(header):]
        row.update((name, None) for name in header[len(record.fields):])
        yield export.row(row, number)


def _broken_csv_row(export: _Export, number: int, record: CsvRecord) -> Rejection:
    """A row whose quoting is broken: it alone is lost, reading went on at the next record."""
    encoded = record.raw.encode("utf-8")
    lines = (f"line {record.first_line}" if record.first_line == record.last_line
             else f"lines {record.first_line}-{record.last_line}")
    return Rejection(f"{export.source_file}#{number}", "read", "CSV row with unbalanced quotes",
                     f"{lines}: its quotes do not close into a row of the header's columns; "
                     f"the next record is read from the line after",
                     hashlib.sha256(encoded).hexdigest(), len(encoded), export.format, export.decoded.encoding)


def _json_row(export: _Export, row: object, number: int, where: str) -> SourceRecord | Rejection:
    if not isinstance(row, dict):
        return export.reject_row(number, "export row is not a JSON object",
                                 f"{where} holds a {type(row).__name__}")
    keys = {str(k).strip().lower() for k in row}
    if not any(c in keys for c in text_columns()):
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
    columns = text_columns()
    if not any(isinstance(row, dict) and any(str(k).strip().lower() in columns for k in row) for row in rows):
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
