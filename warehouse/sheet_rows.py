"""The data rows of the ledger's sheets, written as SpreadsheetML by polars instead of cell by cell.

xlsxwriter writes a cell in ~10 µs of Python; a national ledger has millions of cells (20,000 plans:
some 600,000 tasks on 全部任务 and again on the department sheets), which made the workbook most of
what publishing cost. xlsxwriter still writes every sheet's layout (columns, header, first data row,
frozen pane, filter, borders) and the workbook's other parts; the rest of each sheet's rows are built
a slice at a time with polars string expressions, as the same inline-string XML xlsxwriter writes in
constant_memory mode, and put into the sheet's part of the finished file before `</sheetData>`.
"""

from __future__ import annotations

import copy
import re
import zipfile
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import polars as pl
import pyarrow as pa
import pyarrow.compute as pc
from xlsxwriter.format import Format

from warehouse.replaced import replaced

ROWS_PER_SLICE = 20_000  # rows turned into XML at once: bounded memory whatever the ledger's size
# zlib level of the sheets' rows: level 3 deflates the repetitive cell XML ~3x faster than the default 6
# (a third of the workbook's time at 20,000 plans) for a file ~30 % larger (level 1: ~3.5x larger here).
ROWS_COMPRESSLEVEL = 3
# What Excel stores as a _xHHHH_ escape (xlsxwriter's rule): control characters, non-characters, and a
# literal _xHHHH_ (its underscore escaped). Rare in 公文 text, so done in Python on those values only.
_LITERAL = r"_x[0-9a-fA-F]{4}_"
_CONTROL_CHARS = r"[\x00-\x08\x0b-\x1f]"
_NEEDS_EXCEL_ESCAPE = f"{_CONTROL_CHARS}|[\ufffe\uffff]|{_LITERAL}"
_LITERAL_ESCAPE = re.compile(f"({_LITERAL})")
_CONTROL = re.compile(f"({_CONTROL_CHARS})")
# A value needing an escape holds one of these literally (a SIMD search, ~15x faster than the regex above
# over the ledger's text) or a control character, found as a byte of its UTF-8 (below 0x20, never part of a
# longer character's bytes); only a slice that has one is searched with _NEEDS_EXCEL_ESCAPE.
_ESCAPE_LITERALS = "_x|\ufffe|\uffff"
_XML_SPECIAL = "[&<>]"
_TAB, _NEWLINE, _SPACE = (pa.scalar(byte, pa.uint8()) for byte in (0x09, 0x0A, 0x20))


@dataclass
class SheetRows:
    """Rows to append to one sheet: `frame`'s rows after its first (which the sheet's row 2 already holds),
    a cell per column in the style of `styles`; numeric columns are numbers, the others inline strings."""

    part: str  # the sheet's part in the file: xl/worksheets/sheetN.xml
    frame: pl.DataFrame
    styles: list[Format]  # xlsxwriter's formats: their style ids are known once the book is closed


def _excel_escape(value: str) -> str:
    value = _LITERAL_ESCAPE.sub(r"_x005F\1", value)
    value = _CONTROL.sub(lambda m: f"_x{ord(m.group(1)):04X}_", value)
    return value.replace("\ufffe", "_xFFFE_").replace("\uffff", "_xFFFF_")


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _has_control_bytes(values: pl.Series) -> bool:
    """Whether the UTF-8 bytes behind the column hold a control character other than tab and newline (the
    Arrow data buffers may hold bytes beyond the column's own, which can only say yes where no value has one:
    then the values are searched one by one all the same)."""
    arrow = values.to_arrow()
    if not (pa.types.is_large_string(arrow.type) or pa.types.is_string(arrow.type)):
        arrow = arrow.cast(pa.large_string())  # a string view keeps short values out of its data buffers
    for chunk in arrow.chunks if isinstance(arrow, pa.ChunkedArray) else [arrow]:
        data = chunk.buffers()[-1]
        if data is None:
            continue
        raw = pa.Array.from_buffers(pa.uint8(), data.size, [None, data])
        low = pc.filter(raw, pc.less(raw, _SPACE))  # scalars of the bytes' own type: no cast of the buffer
        if pc.any(pc.and_(pc.not_equal(low, _TAB), pc.not_equal(low, _NEWLINE))).as_py():
            return True
    return False


def _text(values: pl.Series) -> pl.Series:
    """A string column with Excel's escapes and XML's: what goes between <t> and </t>. Each search over the
    whole slice runs only when a cheaper one says a value may need it (same result, less scanning)."""
    if values.str.contains(_ESCAPE_LITERALS).fill_null(False).any() or _has_control_bytes(values):
        special = values.str.contains(_NEEDS_EXCEL_ESCAPE).fill_null(False)
        if special.any():
            values = values.scatter(special.arg_true(), [_excel_escape(v) for v in values.filter(special)])
    if values.str.contains(_XML_SPECIAL).fill_null(False).any():
        values = values.str.replace_many(["&", "<", ">"], ["&amp;", "&lt;", "&gt;"])
    return values


def _number(values: pl.Series) -> pl.Series:
    """A numeric column as xlsxwriter writes a number (%.16G); Excel has no NaN or infinity."""
    if values.dtype.is_float() and not values.is_finite().fill_null(True).all():
        raise ValueError(f"column {values.name!r} holds NaN or infinity, which no Excel cell holds")
    if values.dtype.is_integer() and (values.abs().max() or 0) < 10**16:
        return values.cast(pl.String)  # what %.16G writes of an integer of up to 16 digits
    return pl.Series(values.name, [None if v is None else f"{v:.16G}" for v in values], dtype=pl.String)


def _cell(letter: str, value: pl.Expr, style: int, numeric: bool) -> pl.Expr:
    if numeric:
        return pl.when(value.is_not_null()).then(pl.concat_str(
            [pl.lit(f'<c r="{letter}'), pl.col("__row"), pl.lit(f'" s="{style}"><v>'), value, pl.lit("</v></c>")]))
    # Two anchored tests: one regex `^\s|\s$` scans every whole value (~70x slower).
    edge_space = value.str.contains(r"^\s") | value.str.contains(r"\s$")
    preserve = pl.when(edge_space).then(pl.lit(' xml:space="preserve"')).otherwise(pl.lit(""))
    return pl.when(value != "").then(pl.concat_str(
        [pl.lit(f'<c r="{letter}'), pl.col("__row"), pl.lit(f'" s="{style}" t="inlineStr"><is><t'), preserve,
         pl.lit(">"), value, pl.lit("</t></is></c>")]))


def _rows_xml(rows: SheetRows, start: int, height: int) -> bytes:
    """XML of frame rows [start, start + height) (sheet rows start + 2 …), each cell as xlsxwriter writes
    it; a null or an empty string writes no cell."""
    part = rows.frame.slice(start, height)
    numeric = [dtype.is_numeric() for dtype in part.dtypes]
    columns = [_number(part[name]) if is_number else _text(part[name])
               for name, is_number in zip(part.columns, numeric, strict=True)]
    cells = [
        _cell(_column_letter(i), pl.col(column.name), style.xf_index, is_number).fill_null(pl.lit(""))
        for i, (column, style, is_number) in enumerate(zip(columns, rows.styles, numeric, strict=True))
    ]
    row = pl.int_range(start + 2, start + 2 + height, eager=True).cast(pl.String).alias("__row")
    xml = pl.DataFrame([*columns, row]).select(
        pl.concat_str([pl.lit('<row r="'), pl.col("__row"), pl.lit('">'), *cells, pl.lit("</row>")]).alias("xml"))
    return xml["xml"].str.join("").cast(pl.Binary).item()  # UTF-8 bytes, never a Python str per row


def _sheet_xml_chunks(head: bytes, rows: SheetRows, tail: bytes) -> Iterator[bytes]:
    yield head
    for start in range(1, rows.frame.height, ROWS_PER_SLICE):
        yield _rows_xml(rows, start, min(ROWS_PER_SLICE, rows.frame.height - start))
    yield tail


def _dimension(part: bytes, rows: SheetRows) -> bytes:
    """The sheet's <dimension> spanning every row: A1 to the last column any row fills."""
    filled = [i for i, column in enumerate(rows.frame.iter_columns())
              if (column.is_not_null() & (column.cast(pl.String) != "")).any()]
    last = f"{_column_letter(max(filled, default=0))}{rows.frame.height + 1}"
    return re.sub(rb'<dimension ref="[^"]*"/>', f'<dimension ref="A1:{last}"/>'.encode(), part, count=1)


def append_rows(path: Path, sheets: Sequence[SheetRows]) -> None:
    """Rewrite the .xlsx at `path` with each sheet's remaining rows in its part; every other part is copied
    as it is (same names, order, timestamps and compression), so the file stays deterministic."""
    by_part = {rows.part: rows for rows in sheets if rows.frame.height > 1}
    if not by_part:
        return
    path = Path(path)
    with replaced(path) as partial, zipfile.ZipFile(path) as source, \
            zipfile.ZipFile(partial, "w", allowZip64=True) as target:
        for info in source.infolist():
            data = source.read(info)
            rows = by_part.get(info.filename)
            if rows is None:
                target.writestr(info, data)
                continue
            head, tail = _dimension(data, rows).split(b"</sheetData>", 1)
            # Streamed into the archive (zipfile writes the sizes and CRC into the entry's header after
            # it); an entry under 2 GB needs no ZIP64 fields, as before when its size was known first.
            entry = copy.copy(info)
            entry._compresslevel = ROWS_COMPRESSLEVEL  # zipfile's only way to set it on a ZipInfo (3.11-3.12)
            with target.open(entry, "w") as out, ThreadPoolExecutor(1, thread_name_prefix="deflate") as deflate:
                _write_overlapped(out, _sheet_xml_chunks(head, rows, b"</sheetData>" + tail), deflate)


def _write_overlapped(out: BinaryIO, chunks: Iterator[bytes], deflate: ThreadPoolExecutor) -> None:
    """Write the chunks in order, each deflated on the `deflate` thread while this one builds the next (zlib
    and polars both work outside the GIL): the same bytes as writing them one after the other, two chunks
    in memory at most."""
    writing: Future | None = None
    for chunk in chunks:
        if writing is not None:
            writing.result()
        writing = deflate.submit(out.write, chunk)
    if writing is not None:
        writing.result()
