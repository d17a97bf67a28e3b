"""Meaning and provenance where users look: DuckDB comments, Parquet field metadata, datapackage.json,
the manifest's stamps and every materialization's row count and preview."""

import hashlib
import json
import re

import duckdb
import pyarrow.parquet as pq

from assets.materialization import markdown_table
from warehouse.datapackage import datapackage
from warehouse.provenance import git_commit
from warehouse.registry import PUBLISHED_TABLES, TABLES
from warehouse.store import Warehouse

HAN = re.compile(r"[\u4e00-\u9fff]")


def test_every_table_and_column_has_a_chinese_description():
    missing = [t.name for t in TABLES.values() if not HAN.search(t.description_zh)]
    missing += [f"{t.name}.{c.name}" for t in TABLES.values() for c in t.columns if not HAN.search(c.description_zh)]
    assert missing == []


def test_warehouse_tables_carry_their_meaning_as_comments(tmp_path):
    wh = Warehouse(tmp_path / "warehouse.duckdb")
    with wh.rebuild() as rb:
        rb.writer("core_tasks")
    with duckdb.connect(str(wh.path)) as con:
        table = con.execute("select comment from duckdb_tables() where table_name = 'core_tasks'").fetchone()[0]
        column = con.execute(
            "select comment from duckdb_columns() where table_name = 'core_tasks' and column_name = 'first_unit'"
        ).fetchone()[0]
    assert table == ("每项任务一行：文件正文最低一级编号条目及其责任单位。 — "
                     "One row per task: the lowest numbered item of a plan's body, with its responsible units.")
    assert column == ("列出的第一个单位，不论其角色（即契约 v1 的 lead_unit） — "
                      "the first unit named, whatever its role (lead_unit of contract v1)")


def test_parquet_fields_carry_their_meaning(samples_run):
    _, home, _ = samples_run
    schema = pq.read_schema(home / "published" / "core_tasks.parquet")
    assert schema.field("deadline").metadata == {
        b"description": b"completion time as written",
        b"description_zh": "完成时限（原文）".encode(),
    }
    assert schema.metadata[b"table"] == b"core_tasks"


def test_datapackage_lists_every_published_file_with_its_schema(samples_run):
    _, home, _ = samples_run
    published = home / "published"
    package = json.loads((published / "datapackage.json").read_text(encoding="utf-8"))
    manifest = json.loads((published / "_manifest.json").read_text(encoding="utf-8"))
    assert package == datapackage(manifest["tables"], "0.1.0")
    resources = {r["name"]: r for r in package["resources"]}
    assert sorted(resources) == sorted(PUBLISHED_TABLES)
    tasks = resources["core_tasks"]
    assert (tasks["path"], tasks["hash"], tasks["schema"]["primaryKey"]) == (
        "core_tasks.parquet", f"sha256:{manifest['tables']['core_tasks']['sha256']}", ["task_id"]
    )
    kind = next(f for f in tasks["schema"]["fields"] if f["name"] == "deadline_kind")
    assert kind["constraints"] == {"required": True, "enum": ["date", "ongoing", "none", "unknown"]}


def test_the_manifest_is_stamped_with_version_commit_and_inbox(samples_run):
    inbox, home, _ = samples_run
    manifest = json.loads((home / "published" / "_manifest.json").read_text(encoding="utf-8"))
    read = sorted(
        (p.relative_to(inbox).as_posix(), hashlib.sha256(p.read_bytes()).hexdigest())
        for p in inbox.rglob("*") if p.is_file()
    )
    expected = hashlib.sha256("".join(f"{name}\t{sha}\n" for name, sha in read).encode()).hexdigest()
    assert manifest["package_version"] == "0.1.0"
    assert manifest["inbox_fingerprint"] == expected
    assert manifest["git_commit"] is None or re.fullmatch(r"[0-9a-f]{40}", manifest["git_commit"])


def test_no_git_means_no_commit_and_no_failure(monkeypatch):
    monkeypatch.setenv("PATH", "")
    assert git_commit() == (None, None)


def test_every_materialization_shows_its_row_count_and_first_rows(samples_run):
    _, home, result = samples_run
    events = {e.asset_key.to_user_string(): e.materialization.metadata for e in
              result.get_asset_materialization_events()}
    assert all({"dagster/row_count", "preview"} <= set(m) for m in events.values())
    assert events["core_documents"]["dagster/row_count"].value == 5
    header = events["core_tasks"]["preview"].value.split("\n")[0]
    assert header == "| " + " | ".join(TABLES["core_tasks"].column_names) + " |"


def test_a_preview_cell_is_one_short_line():
    long_text = "推进城市更新。" * 10
    assert markdown_table(["heading", "units"], [(long_text, ["市住建局", "市财政局"]), ("a|b\nc", None)]) == (
        "| heading | units |\n| --- | --- |\n"
        "| 推进城市更新。推进城市更新。推进城市更新。推进城市更新。推进城市更新。推进城市… | 市住建局、市财政局 |\n"
        "| a\\|b c |  |"
    )
