"""The formats offices receive, through the whole graph (materialize_all): a PDF with a red header, 文号,
running heads and `— N —` page numbers, and the same document as an OFD; a DOCX with Word list numbering and a
重点任务分工 table; a Markdown web capture (empty front matter, Setext title, pandoc <table>, bold item headings,
javascript links, MIME parts after the text); and the files that are quarantined with what to do: a scanned PDF, a
scanned OFD, a Word 97 .doc. The files were made with LibreOffice from texts in the repo
(tests/fixtures/formats/SOURCES.md); the expected rows (expected.json) were written before the run."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pytest

from tests.conftest import materialize_all

FORMATS = Path(__file__).resolve().parent / "fixtures" / "formats"
EXPECTED = json.loads((FORMATS / "expected.json").read_text(encoding="utf-8"))
DOCUMENTS = sorted(EXPECTED["documents"])


@pytest.fixture(scope="module")
def formats_run(tmp_path_factory):
    inbox = tmp_path_factory.mktemp("inbox")
    for name in [*EXPECTED["documents"], *EXPECTED["quarantined"]]:
        shutil.copy(FORMATS / name, inbox / name)
    home = tmp_path_factory.mktemp("home")
    result = materialize_all(inbox, home)
    con = duckdb.connect(str(home / "warehouse.duckdb"), read_only=True)
    yield result, con
    con.close()


def test_the_run_succeeds_with_every_gate_held(formats_run):
    result, _ = formats_run
    assert result.success
    assert all(check.passed for check in result.get_asset_check_evaluations())


def test_each_file_is_published_or_quarantined_under_its_real_format(formats_run):
    _, con = formats_run
    rows = con.execute("select source_file, format, status from raw_files order by source_file").fetchall()
    expected = [(name, label["format"], "published") for name, label in EXPECTED["documents"].items()]
    expected += [(name, fmt, "quarantined") for name, (fmt, _) in EXPECTED["quarantined"].items()]
    assert rows == sorted(expected)


def test_quarantined_files_say_what_to_do(formats_run):
    _, con = formats_run
    rows = con.execute("select source_file, reason from ops_quarantine order by source_file").fetchall()
    assert rows == [(name, reason) for name, (_, reason) in sorted(EXPECTED["quarantined"].items())]


@pytest.mark.parametrize("name", DOCUMENTS)
def test_metadata_is_the_expected_one(formats_run, name):
    _, con = formats_run
    row = con.execute(
        "select title, notice_title, issuer, doc_number, cast(issue_date as varchar), admin_level, region "
        "from core_documents where source_file = ?", [name]).fetchone()
    label = EXPECTED["documents"][name]
    assert row == tuple(label[k] for k in ("title", "notice_title", "issuer", "doc_number", "issue_date",
                                          "admin_level", "region"))


@pytest.mark.parametrize("name", DOCUMENTS)
def test_tasks_and_their_units_are_the_expected_ones(formats_run, name):
    _, con = formats_run
    tasks = con.execute(
        "select t.task_id, t.path from core_tasks t join core_documents d using (doc_id) "
        "where d.source_file = ? order by t.seq", [name]).fetchall()
    units = con.execute("select task_id, unit, role from core_task_units order by task_id, position").fetchall()
    by_task: dict[str, list[list[str]]] = {}
    for task_id, unit, role in units:
        by_task.setdefault(task_id, []).append([unit, role])
    assert [[path, by_task.get(task_id, [])] for task_id, path in tasks] == EXPECTED["documents"][name]["tasks"]


def test_a_merged_deadline_cell_of_the_docx_table_carries_down(formats_run):
    _, con = formats_run
    rows = con.execute(
        "select t.deadline from core_tasks t join core_documents d using (doc_id) "
        "where d.source_file = 'jingmen-rural-living-2025.docx' order by t.seq").fetchall()
    assert [r[0] for r in rows] == EXPECTED["documents"]["jingmen-rural-living-2025.docx"]["deadlines"]
