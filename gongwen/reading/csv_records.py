"""CSV records that survive a broken row: one unbalanced quote costs its own row, not the rows after it.

A row is parsed as Python's csv module parses it. A row that a strict reader would refuse (a quote left
open, a closing quote followed by text) and whose fields do not match the header, or whose lines hold the
start of a later record, is broken: reading starts again at the next line that starts a record of the
header's shape (as many fields as the header, followed by another such record or the end of the file),
and the lines skipped become one broken record that names them.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass

_PHYSICAL_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")


@dataclass(frozen=True)
class CsvRecord:
    """One record: its fields, or None for a broken row; first_line/last_line are 1-based physical lines."""

    fields: list[str] | None
    first_line: int
    last_line: int
    raw: str  # the record's lines as written


class _Lines:
    """The file's physical lines and csv parses starting at any of them (memoized: resync re-reads)."""

    def __init__(self, text: str, delimiter: str):
        self.lines = _PHYSICAL_LINE.findall(text)
        self.delimiter = delimiter
        self._parsed: dict[tuple[int, bool], tuple[list[str] | None, int]] = {}

    def parse(self, start: int, strict: bool = False) -> tuple[list[str] | None, int]:
        """The record starting at line `start` and the index of the line after it; fields None when csv
        refuses it (strict: also a quote left open or followed by text)."""
        key = (start, strict)
        if key not in self._parsed:
            lines = (self.lines[k] for k in range(start, len(self.lines)))
            reader = csv.reader(lines, delimiter=self.delimiter, strict=strict)
            try:
                fields = next(reader, [])
            except csv.Error:
                fields = None
            self._parsed[key] = (fields, start + max(reader.line_num, 1))
        return self._parsed[key]

    def is_blank(self, index: int) -> bool:
        return not self.lines[index].strip("\r\n")

    def starts_record(self, index: int, n_fields: int) -> bool:
        """A line that starts a record of the header's shape: a first field on this line, n_fields fields,
        and after it the end of the file or another record of n_fields fields."""
        line = self.lines[index]
        if self.delimiter not in line or self.is_blank(index) or line.startswith(self.delimiter):
            return False
        fields, after = self.parse(index)
        if fields is None or len(fields) != n_fields:
            return False
        after = self.next_nonblank(after)
        if after == len(self.lines):
            return True
        following, _ = self.parse(after)
        return following is not None and len(following) == n_fields

    def next_nonblank(self, index: int) -> int:
        while index < len(self.lines) and self.is_blank(index):
            index += 1
        return index

    def is_sound(self, start: int, fields: list[str] | None, end: int, n_fields: int) -> bool:
        if fields is None:
            return False
        strict_fields, _ = self.parse(start, strict=True)
        if strict_fields is not None and (len(fields) == n_fields or '"' not in self.text(start, end)):
            return True  # well formed (a row of another width without quotes is read as before)
        # Malformed quoting: sound only if it kept the header's shape and swallowed no later record.
        return len(fields) == n_fields and not any(
            self.starts_record(k, n_fields) for k in range(start + 1, end)
        )

    def text(self, start: int, end: int) -> str:
        return "".join(self.lines[start:end])


def read_csv_records(text: str, delimiter: str) -> tuple[list[str], Iterator[CsvRecord]]:
    """The header's fields and the records after it; blank lines are skipped."""
    lines = _Lines(text, delimiter)
    start = lines.next_nonblank(0)
    if start == len(lines.lines):
        return [], iter(())
    header, after = lines.parse(start)
    return header or [], _records(lines, len(header or []), after)


def _records(lines: _Lines, n_fields: int, index: int) -> Iterator[CsvRecord]:
    while (index := lines.next_nonblank(index)) < len(lines.lines):
        fields, end = lines.parse(index)
        if not lines.is_sound(index, fields, end, n_fields):
            end = next((k for k in range(index + 1, len(lines.lines)) if lines.starts_record(k, n_fields)),
                       len(lines.lines))
            fields = None
        yield CsvRecord(fields, index + 1, end, lines.text(index, end))
        index = end
