"""TableWriter refuses a row that does not fit its table: no misspelt key becomes a silent NULL."""

import datetime as dt

import duckdb
import pytest

from gongwen.model import (
    Citation,
    CleanText,
    DocumentMeta,
    Indicator,
    ParsedDocument,
    Rejection,
    SourceRecord,
    Task,
    TaskUnit,
)
from gongwen.rows import citation_rows, document_row, file_row, indicator_rows, quarantine_row, task_rows
from warehouse.quarantine import INCOMING_COLUMNS, record_quarantine
from warehouse.registry import TABLES
from warehouse.store import RowShapeError, TableWriter, check_row


def _file_row(**changes):
    row = {
        "source_file": "a.txt", "sha256": "0" * 64, "n_bytes": 3, "format": "txt", "encoding": "utf-8",
        "doc_id": "0" * 16, "status": "published", "flags": [], "reason": None,
    }
    row.update(changes)
    return row


def _writer(name: str) -> TableWriter:
    con = duckdb.connect()
    con.execute(TABLES[name].ddl())
    return TableWriter(con, TABLES[name])


def test_a_row_with_every_column_is_written():
    writer = _writer("raw_files")
    writer.add(_file_row())
    writer.flush()
    assert writer.con.execute("select count(*) from raw_files").fetchone()[0] == 1


def test_a_misspelt_key_names_the_table_and_the_key():
    row = _file_row()
    row["encodng"] = row.pop("encoding")
    with pytest.raises(RowShapeError, match=r"raw_files: unknown key\(s\) encodng; missing column\(s\) encoding"):
        _writer("raw_files").add(row)


def test_a_missing_column_is_refused():
    row = _file_row()
    del row["flags"]
    with pytest.raises(RowShapeError, match=r"raw_files: missing column\(s\) flags"):
        _writer("raw_files").extend([row])


def test_none_in_a_not_null_column_is_refused():
    with pytest.raises(RowShapeError, match="raw_files: None in NOT NULL column status"):
        _writer("raw_files").add(_file_row(status=None))


def test_none_in_a_nullable_column_is_fine():
    check_row(TABLES["raw_files"], _file_row(doc_id=None, encoding=None))


def test_a_refused_row_is_not_buffered():
    writer = _writer("raw_files")
    with pytest.raises(RowShapeError):
        writer.extend([_file_row(), _file_row(source_file="b.txt", extra=1)])
    assert writer.buffer == [_file_row()]


def test_a_quarantine_row_has_the_columns_the_merge_receives():
    row = quarantine_row(Rejection("a.txt", "read", "empty file", "0 bytes"))
    assert set(row) == set(INCOMING_COLUMNS) <= TABLES["ops_quarantine"].column_set


def test_a_quarantine_row_with_a_wrong_key_is_refused():
    row = quarantine_row(Rejection("a.txt", "read", "empty file", "0 bytes"))
    row["reasn"] = row.pop("reason")
    with pytest.raises(RowShapeError, match="quarantine row"):
        record_quarantine(duckdb.connect(), [row], "run-1")


def test_every_row_builder_makes_rows_of_its_table():
    record = SourceRecord("a.txt", "txt", "utf-8", "0" * 64, 3, "正文", {"source_url": "http://x"})
    meta = DocumentMeta("标题", None, "郴州市人民政府", None, dt.date(2025, 1, 1), "prefecture", "湖南省郴州市",
                        2025, 2027)
    parsed = ParsedDocument("0" * 16, CleanText("正文", "simplified"), meta,
                            (Citation("《某规划》", None, "implements", 0),))
    task = Task(1, "1", None, None, "加强", "加强某事", (TaskUnit("市发展改革委", "lead"),), None, 0, 4)
    indicator = Indicator("城镇化率", "常住人口城镇化率", None, 65.0, "%", 65.0, "%", "左右", "≈", 2027,
                          "城镇化率达到65%左右", 0, 9)
    tasks, units = task_rows(parsed.doc_id, [task], meta.admin_level, meta.region)
    built = {
        "raw_files": [file_row(record, parsed.doc_id, "published", ())],
        "raw_documents": [document_row(record, parsed)],
        "raw_citations": citation_rows(parsed.doc_id, parsed.citations),
        "core_tasks": tasks,
        "core_task_units": units,
        "core_indicators": indicator_rows(parsed.doc_id, [indicator]),
    }
    for table, rows in built.items():
        assert rows, table
        for row in rows:
            check_row(TABLES[table], row)
