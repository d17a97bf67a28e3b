"""The ledger's rows written by polars (warehouse/sheet_rows.py) make the very file xlsxwriter writes cell by cell."""

from __future__ import annotations

import zipfile

import openpyxl
import polars as pl
import pytest
import xlsxwriter

from warehouse import sheet_rows
from warehouse.sheet_rows import SheetRows, append_rows
from warehouse.workbook import FIXED_CREATED

FRAME = pl.DataFrame({
    "序号": [1, 2, 3, 4, 5],
    "重点任务": ["推进城镇化。", "R&D投入<2.5%>占比", " 前有空格", "控制符\x07与_x0041_字面", None],
    "完成时限": ["2025年底前", "", "2027年", "长期坚持\n", "2030年"],
    "目标值": [65.0, None, 1.5e-7, 12345678901234567.0, 3.0],
})


def _book(path, frame: pl.DataFrame, cell_by_cell: bool) -> list[SheetRows]:
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    book.set_properties({"created": FIXED_CREATED})  # else the creation second differs between two books
    number, text = book.add_format({"align": "center"}), book.add_format({"text_wrap": True})
    styles = [number, text, text, number]
    sheet = book.add_worksheet("全部任务")
    for col, name in enumerate(frame.columns):
        sheet.write_string(0, col, name)
    rows = frame if cell_by_cell else frame.head(1)
    for row, values in enumerate(rows.iter_rows(), start=1):
        for col, (value, style) in enumerate(zip(values, styles, strict=True)):
            if isinstance(value, int | float):
                sheet.write_number(row, col, value, style)
            elif value:
                sheet.write_string(row, col, value, style)
    book.close()
    return [SheetRows("xl/worksheets/sheet1.xml", frame, styles)]


@pytest.mark.parametrize("rows_per_slice", [2, 20_000])
def test_appended_rows_give_the_bytes_xlsxwriter_writes_cell_by_cell(tmp_path, monkeypatch, rows_per_slice):
    monkeypatch.setattr(sheet_rows, "ROWS_PER_SLICE", rows_per_slice)
    monkeypatch.setattr(sheet_rows, "ROWS_COMPRESSLEVEL", None)  # zlib's default, as xlsxwriter compresses
    _book(tmp_path / "reference.xlsx", FRAME, cell_by_cell=True)
    append_rows(tmp_path / "fast.xlsx", _book(tmp_path / "fast.xlsx", FRAME, cell_by_cell=False))
    assert (tmp_path / "fast.xlsx").read_bytes() == (tmp_path / "reference.xlsx").read_bytes()


def test_rows_compressed_faster_hold_the_same_parts(tmp_path):
    """At the level publishing uses, only the sheet's compressed bytes differ: every part, as read, is the same."""
    _book(tmp_path / "reference.xlsx", FRAME, cell_by_cell=True)
    append_rows(tmp_path / "fast.xlsx", _book(tmp_path / "fast.xlsx", FRAME, cell_by_cell=False))
    with zipfile.ZipFile(tmp_path / "fast.xlsx") as fast, zipfile.ZipFile(tmp_path / "reference.xlsx") as reference:
        assert [(i.filename, i.date_time) for i in fast.infolist()] == [
            (i.filename, i.date_time) for i in reference.infolist()]
        assert all(fast.read(name) == reference.read(name) for name in reference.namelist())


def test_appended_rows_read_back_as_written(tmp_path):
    append_rows(tmp_path / "fast.xlsx", _book(tmp_path / "fast.xlsx", FRAME, cell_by_cell=False))
    sheet = openpyxl.load_workbook(tmp_path / "fast.xlsx")["全部任务"]
    assert sheet.dimensions == "A1:D6"
    texts = [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)]
    # Row 4's control character stays in Excel's _x0007_ escape: Excel reads it back, openpyxl does not.
    assert texts[:3] + texts[4:] == ["推进城镇化。", "R&D投入<2.5%>占比", " 前有空格", None]
    assert [row[3] for row in sheet.iter_rows(min_row=2, values_only=True)] == [65, None, 1.5e-7, 1.234567890123457e16, 3]


def test_a_number_excel_cannot_hold_is_refused(tmp_path):
    frame = FRAME.with_columns(pl.Series("目标值", [1.0, float("inf"), 2.0, 3.0, 4.0]))
    with pytest.raises(ValueError, match="NaN or infinity"):
        append_rows(tmp_path / "fast.xlsx", _book(tmp_path / "fast.xlsx", frame, cell_by_cell=False))


@pytest.mark.parametrize("values", [
    ["控制符\x07在中", "平常"], ["_x0041_字面"], ["\ufffe", "\uffff"], ["制表\t换行\n"], ["R&D<2.5%>"], ["平常", None], [],
])
def test_cheap_searches_escape_as_the_full_search_does(values):
    """_text searches a slice with the escape regex only when a cheaper search says a value may need it, and
    replaces &<> only when one is there: the text is what the full searches make, also for a slice whose
    Arrow buffers hold control characters of values outside it."""

    def full(series: pl.Series) -> list:
        special = series.str.contains(sheet_rows._NEEDS_EXCEL_ESCAPE).fill_null(False)
        escaped = [sheet_rows._excel_escape(v) if v is not None and hit else v
                   for v, hit in zip(series.to_list(), special.to_list(), strict=True)]
        return pl.Series(escaped, dtype=pl.String).str.replace_many(["&", "<", ">"], ["&amp;", "&lt;", "&gt;"]).to_list()

    whole = pl.Series("v", values, dtype=pl.String)
    sliced = pl.Series("v", ["\x01前", *values, "\x02后"], dtype=pl.String).slice(1, len(values))
    for series in (whole, sliced):
        assert sheet_rows._text(series.clone()).to_list() == full(series)


def test_chunks_deflated_on_a_thread_are_written_in_order():
    """append_rows deflates a chunk on a thread while it builds the next: the archive entry gets the chunks
    in the order they were made, each whole."""
    import io
    from concurrent.futures import ThreadPoolExecutor

    chunks = [f"<row r=\"{i}\">{'单元格' * (i % 7)}</row>".encode() for i in range(500)]
    out = io.BytesIO()
    with ThreadPoolExecutor(1) as deflate:
        sheet_rows._write_overlapped(out, iter(chunks), deflate)
    assert out.getvalue() == b"".join(chunks)
