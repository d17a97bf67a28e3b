"""Publication is atomic and deterministic: identical tables give identical Parquet bytes."""

import json
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from warehouse import publish as publish_module
from warehouse.publish import publish
from warehouse.registry import PUBLISHED_TABLES, TABLES
from warehouse.store import Warehouse


def _warehouse_with_one_document(tmp_path: Path) -> Warehouse:
    wh = Warehouse(tmp_path / "warehouse.duckdb")
    with wh.rebuild() as rb:
        for name in PUBLISHED_TABLES:
            rb.writer(name)
        rb.writer("core_documents").add({
            "doc_id": "0123456789abcdef", "source_file": "hunan-2024.txt", "title": "湖南省实施方案",
            "notice_title": None, "issuer": "湖南省人民政府", "doc_number": "湘政发〔2024〕15号",
            "issue_date": None, "admin_level": "province", "region": "湖南省", "period_start": 2024,
            "period_end": 2028, "script": "simplified", "n_chars": 1234, "n_tasks": 0, "n_indicators": 0,
            "source_url": None, "implicit_units": None, "n_actuals": 0, "n_hard_tasks": 0, "n_soft_tasks": 0,
            "published_date": None,
        })
    return wh


def test_publish_writes_every_table_and_a_manifest(tmp_path):
    wh = _warehouse_with_one_document(tmp_path)
    manifest = publish(wh, tmp_path, "run-1")
    published = tmp_path / "published"
    assert published.is_symlink()
    assert sorted(p.name for p in published.iterdir()) == sorted(
        [f"{name}.parquet" for name in PUBLISHED_TABLES] + ["_manifest.json", "datapackage.json", "report", "gongwen.duckdb", "csv",
         "任务台账.xlsx"]
    )
    on_disk = json.loads((published / "_manifest.json").read_text(encoding="utf-8"))
    assert on_disk["run_id"] == "run-1" and on_disk["contract_version"] == "2"
    assert manifest["tables"]["core_documents"]["rows"] == 1
    assert manifest["tables"]["core_tasks"]["rows"] == 0
    assert pq.read_schema(published / "core_documents.parquet").names == TABLES["core_documents"].column_names
    assert pq.read_table(published / "core_documents.parquet").column("doc_number").to_pylist() == [
        "湘政发〔2024〕15号"
    ]


def test_identical_tables_give_identical_parquet_bytes(tmp_path):
    wh = _warehouse_with_one_document(tmp_path)
    first = publish(wh, tmp_path / "one", "run-1")
    second = publish(wh, tmp_path / "two", "run-2")
    assert {n: t["sha256"] for n, t in first["tables"].items()} == {
        n: t["sha256"] for n, t in second["tables"].items()
    }


def test_identical_tables_publish_nothing_new(tmp_path):
    wh = _warehouse_with_one_document(tmp_path)
    assert publish(wh, tmp_path, "run-1")["new_release"] is True
    again = publish(wh, tmp_path, "run-2")
    assert (again["new_release"], again["run_id"]) == (False, "run-1")
    assert (tmp_path / "published").resolve().name == "run-1"
    assert sorted(p.name for p in (tmp_path / "releases").iterdir()) == ["run-1"]


def test_a_publication_killed_midway_leaves_the_last_set_in_place(tmp_path, monkeypatch):
    wh = _warehouse_with_one_document(tmp_path)
    publish(wh, tmp_path, "run-1")

    def crash(*args, **kwargs):
        raise KeyboardInterrupt("killed")

    monkeypatch.setattr(publish_module, "_write_parquet", crash)
    with pytest.raises(KeyboardInterrupt):
        publish(wh, tmp_path, "run-2")
    manifest = json.loads((tmp_path / "published" / "_manifest.json").read_text(encoding="utf-8"))
    assert manifest["run_id"] == "run-1"
    assert (tmp_path / "published" / "core_documents.parquet").exists()


def test_exports_that_fail_in_their_process_fail_the_publication_and_leave_the_last_set(tmp_path, monkeypatch):
    wh = _warehouse_with_one_document(tmp_path)
    publish(wh, tmp_path, "run-1")
    (tmp_path / "more").mkdir()
    wh2 = _warehouse_with_one_document(tmp_path / "more")
    with wh2.rebuild() as rb:  # a second document: a new set to publish
        rb.con.execute("insert into core_documents select * replace ('fedcba9876543210' as doc_id) from core_documents")
    # The exports' process gets a release folder without Parquet: polars fails there, as a full disk would.
    monkeypatch.setattr(publish_module, "_start_exports",
                        lambda staging, *exports: [publish_module.subprocess.Popen(
                            [publish_module.sys.executable, "-m", "warehouse.exports", str(tmp_path / "missing"),
                             "workbook"], stderr=publish_module.subprocess.PIPE, text=True)])
    with pytest.raises(RuntimeError, match="writing the CSVs and the workbook failed"):
        publish(wh2, tmp_path, "run-2")
    assert (tmp_path / "published").resolve().name == "run-1"
    assert not (tmp_path / "releases" / "run-2").exists()  # its staging folder goes with the next publication


def test_the_published_database_opens_read_only_from_any_folder(tmp_path, monkeypatch):
    wh = _warehouse_with_one_document(tmp_path)
    publish(wh, tmp_path, "run-1")
    monkeypatch.chdir(tmp_path.parent)
    con = duckdb.connect(str(tmp_path / "published" / "gongwen.duckdb"), read_only=True)
    try:
        assert con.execute("select doc_number, period_end from core_documents").fetchall() == [
            ("湘政发〔2024〕15号", 2028)
        ]
        assert con.execute("select count(*) from core_tasks").fetchall() == [(0,)]
    finally:
        con.close()


def test_the_manifest_lists_documents_removed_since_the_last_set(tmp_path):
    wh = _warehouse_with_one_document(tmp_path)
    publish(wh, tmp_path, "run-1")
    with wh.rebuild() as rb:
        rb.writer("core_documents")  # recreated empty: hunan-2024.txt left the inbox
    manifest = publish(wh, tmp_path, "run-2")
    assert manifest["changes"] == {
        "since_run_id": "run-1",
        "added": [],
        "changed": [],
        "removed": [{"source_file": "hunan-2024.txt", "doc_id": "0123456789abcdef"}],
    }


def _file_hashes(folder: Path) -> dict[str, str]:
    import hashlib

    skip = {"_manifest.json", "gongwen.duckdb", "index.html"}  # a run's id and time, a database file's layout
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and p.name not in skip}


def test_a_release_begun_by_stage_ledger_is_the_release_publish_makes_alone(tmp_path):
    wh = _warehouse_with_one_document(tmp_path / "a")
    publish(wh, tmp_path / "a", "run-1")
    staged = publish_module.stage_ledger(wh, tmp_path / "b", "run-1")
    assert sorted(staged) == sorted(publish_module.LEDGER_TABLES)
    manifest = publish(wh, tmp_path / "b", "run-1")
    assert manifest["new_release"] and "run-1" not in publish_module._STAGED
    assert _file_hashes(tmp_path / "b" / "published") == _file_hashes(tmp_path / "a" / "published")
    assert [p.name for p in (tmp_path / "b" / "releases").iterdir()] == ["run-1"]  # no staging folder left


def test_a_staged_release_that_turns_out_identical_is_dropped_with_its_exports(tmp_path):
    wh = _warehouse_with_one_document(tmp_path)
    publish(wh, tmp_path, "run-1")
    publish_module.stage_ledger(wh, tmp_path, "run-2")
    exports = list(publish_module._STAGED["run-2"].exports)
    manifest = publish(wh, tmp_path, "run-2")
    assert not manifest["new_release"] and manifest["run_id"] == "run-1"
    assert all(process.poll() is not None for process in exports)
    assert [p.name for p in (tmp_path / "releases").iterdir()] == ["run-1"]


def _database_rows(path: Path) -> dict[str, list]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        names = [name for (name,) in con.execute("select table_name from duckdb_tables() order by table_name").fetchall()]
        return {name: con.execute(f"select * from {name}").fetchall() for name in names}
    finally:
        con.close()


def test_stage_ledger_loads_the_ledgers_tables_into_the_database_copy_in_a_process_of_its_own(tmp_path):
    wh = _warehouse_with_one_document(tmp_path / "a")
    publish(wh, tmp_path / "a", "run-1")
    publish_module.stage_ledger(wh, tmp_path / "b", "run-1")
    staged = publish_module._STAGED["run-1"]
    assert staged.database is not None and staged.database in staged.exports
    assert staged.database.wait() == 0
    assert sorted(_database_rows(staged.folder / "gongwen.duckdb")) == sorted(publish_module.LEDGER_TABLES)
    publish(wh, tmp_path / "b", "run-1")  # adds the other tables to the copy the process began
    assert _database_rows(tmp_path / "b" / "published" / "gongwen.duckdb") == _database_rows(
        tmp_path / "a" / "published" / "gongwen.duckdb")
