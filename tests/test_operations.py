"""Safe to leave running: readers never block a run, runs wait for each other, a corrupt warehouse is
rebuilt with its history, and one document's typo holds back that document only.

One small inbox (two plans of Hunan, a Guizhou plan whose period reads `(2028—2024年)` and a Liuyang
plan with a target `到2300年`) is run once into a base home; each test copies that home and runs again in its own way.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import duckdb
import pytest

from tests.conftest import SAMPLES, materialization_metadata, materialize_all


def _rows(db: Path, sql: str, read_only: bool = False, params: tuple = ()) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=read_only)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def _manifest(home: Path) -> dict:
    return json.loads((home / "published" / "_manifest.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    inbox = tmp_path_factory.mktemp("ops-inbox")
    for name in ("hunan-2024.txt", "chenzhou-2025.txt"):
        (inbox / name).write_bytes((SAMPLES / name).read_bytes())
    guizhou = (SAMPLES / "guizhou-2024.txt").read_text(encoding="utf-8")
    assert "(2024—2028年)" in guizhou
    (inbox / "guizhou-2024.txt").write_text(guizhou.replace("(2024—2028年)", "(2028—2024年)"), encoding="utf-8")
    liuyang = (SAMPLES / "liuyang-2025.txt").read_text(encoding="utf-8")
    assert liuyang.count("完成燃气“瓶改管”改造1000户") == 1
    (inbox / "liuyang-2025.txt").write_text(
        liuyang.replace("完成燃气“瓶改管”改造1000户", "到2300年完成燃气“瓶改管”改造1000户"), encoding="utf-8")
    home = tmp_path_factory.mktemp("ops-base") / "home"
    result = materialize_all(inbox, home)
    return inbox, home, result


def _copy(base_home: Path, tmp_path: Path) -> Path:
    home = tmp_path / "home"
    shutil.copytree(base_home, home, symlinks=True)
    return home


def test_a_document_with_a_bad_period_is_held_back_while_the_rest_publish(base):
    _, home, result = base
    assert result.success
    db = home / "published" / "gongwen.duckdb"
    assert _rows(db, "select source_file from core_documents order by source_file", read_only=True) == [
        ("chenzhou-2025.txt",), ("hunan-2024.txt",)
    ]
    assert _rows(db, "select source_file, stage, reason, detail from ops_quarantine "
                     "where source_file = 'guizhou-2024.txt'", read_only=True) == [(
        "guizhou-2024.txt",
        "raw_documents",
        "document expectation period_ok failed: the plan period starts no later than it ends",
        "period_start=2028, period_end=2024",
    )]
    assert _rows(db, "select status, flags[-1] from raw_files where source_file = 'guizhou-2024.txt'",
                 read_only=True) == [("quarantined", "held_back:period_ok")]


def test_a_document_with_a_target_year_out_of_range_is_held_back_while_the_rest_publish(base):
    """到2300年 in Liuyang's plan fails core_indicators' year_ok for Liuyang only."""
    _, home, result = base
    assert result.success
    db = home / "published" / "gongwen.duckdb"
    assert _rows(db, "select source_file, stage, reason, detail from ops_quarantine "
                     "where source_file = 'liuyang-2025.txt'", read_only=True) == [(
        "liuyang-2025.txt",
        "core_indicators",
        "document expectation year_ok failed: every target year lies between 1949 and 2100 and not before "
        "the document's year less one",
        "indicator_id=6b95555e0c3824eb-i14, target_year=2300 (and 1 more)",  # 改造1000户 and 新建基站260个
    )]
    assert _rows(db, "select status, doc_id, flags[-1] from raw_files where source_file = 'liuyang-2025.txt'",
                 read_only=True) == [("quarantined", None, "held_back:year_ok")]
    for table in ("core_documents", "core_tasks", "core_indicators", "out_theme_coverage"):
        assert _rows(db, f"select count(*) from {table} where doc_id = '6b95555e0c3824eb'", True) == [(0,)]
    assert _rows(db, "select count(distinct doc_id) from core_tasks", read_only=True) == [(2,)]


def test_a_document_held_back_in_the_core_is_held_back_again_by_the_next_run(base, tmp_path):
    """Its rows left the core tables, so its extraction is off the record: the rerun extracts it again (from
    the cache), screens it again and holds it back again, while the others keep their rows."""
    inbox, base_home, _ = base
    home = _copy(base_home, tmp_path)
    result = materialize_all(inbox, home)
    assert result.success
    metadata = materialization_metadata(result)
    assert [metadata["core_indicators"][key].value for key in ("extracted", "reused", "kept", "held_back")] == [
        0, 1, 2, 1]
    db = home / "warehouse.duckdb"
    assert _rows(db, "select status, flags[-1] from raw_files where source_file = 'liuyang-2025.txt'") == [
        ("quarantined", "held_back:year_ok")]
    for table in ("core_tasks", "core_task_units", "core_indicators", "ops_extracted"):
        assert _rows(db, f"select count(*) from {table} where doc_id = '6b95555e0c3824eb'") == [(0,)]
    assert _rows(db, "select stage, count(*) from ops_extracted group by stage order by stage") == [
        ("core_indicators", 2), ("core_indicators:task_spans", 2), ("core_task_ledger", 2),
        ("out_department_load", 2), ("out_indicator_comparison", 2), ("out_task_alignment", 1),
        ("out_theme_coverage", 2), ("raw_inbox", 2)]


def _soft_actual_in_liuyang(doc):
    """Liuyang's figures with a slip of extraction: its first figure an actual that commits (strength soft)."""
    from gongwen.indicators import extract_figures
    from gongwen.rows import indicator_rows
    doc_id, text, admin_level, region, doc_year = doc
    rows = indicator_rows(doc_id, extract_figures(text, doc_year), admin_level, region)
    if text.startswith("浏阳市人民政府") and rows:
        rows[0] = {**rows[0], "kind": "actual", "target_year": None, "as_of_year": 2024, "strength": "soft"}
    return rows


def test_a_document_whose_figures_break_a_promise_of_every_row_is_held_back_while_the_rest_publish(
        tmp_path, monkeypatch):
    """An actual with a commitment's strength fails core_indicators' strength_ok for that document only: held back
    (dev-gg's 绍兴 table once stopped a whole corpus so), the others published."""
    from assets import core
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in ("hunan-2024.txt", "chenzhou-2025.txt", "liuyang-2025.txt"):
        (inbox / name).write_bytes((SAMPLES / name).read_bytes())
    monkeypatch.setattr(core, "indicators_of", _soft_actual_in_liuyang)  # (the pool's workers fork after it)
    home = tmp_path / "home"
    result = materialize_all(inbox, home)
    assert result.success
    db = home / "published" / "gongwen.duckdb"
    assert _rows(db, "select source_file, reason from ops_quarantine", read_only=True) == [(
        "liuyang-2025.txt", "document expectation strength_ok failed: every actual commits to nothing (its strength "
        "is neutral)")]
    assert _rows(db, "select count(distinct doc_id) from core_indicators", read_only=True) == [(2,)]


def test_the_summary_says_which_documents_were_held_back_and_why(base, capsys, monkeypatch):
    from pipelines import summary

    inbox, home, _ = base
    monkeypatch.setenv("GONGWEN_HOME", str(home))
    monkeypatch.setenv("GONGWEN_INBOX", str(inbox))
    summary.main()
    out = capsys.readouterr().out
    assert "held back by a document expectation (2)" in out
    assert ("  liuyang-2025.txt: document expectation year_ok failed: every target year lies between 1949 "
            "and 2100 and not before the document's year less one — indicator_id=6b95555e0c3824eb-i14, "
            "target_year=2300 (and 1 more)") in out
    assert ("  guizhou-2024.txt: document expectation period_ok failed: the plan period starts no later "
            "than it ends — period_start=2028, period_end=2024") in out
    assert "documents since nothing (first release): 2 added, 0 changed, 0 removed" in out


def test_a_read_only_connection_on_the_published_copy_does_not_block_the_next_run(base, tmp_path):
    inbox, base_home, _ = base
    home = _copy(base_home, tmp_path)
    smaller = tmp_path / "inbox"
    smaller.mkdir()
    shutil.copy(inbox / "hunan-2024.txt", smaller / "hunan-2024.txt")  # chenzhou-2025.txt removed
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_READ_ONLY, str(home / "published" / "gongwen.duckdb")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "2"  # connected, sees the base run's two documents
        result = materialize_all(smaller, home, raise_on_error=False)
        out, _ = holder.communicate("\n")
    finally:
        holder.kill()
    assert result.success
    assert out.strip() == "2"  # the held connection still reads the set it opened
    assert _rows(home / "published" / "gongwen.duckdb", "select count(*) from core_documents", True) == [(1,)]
    assert [d["source_file"] for d in _manifest(home)["changes"]["removed"]] == ["chenzhou-2025.txt"]


HOLD_READ_ONLY = """
import sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
print(con.execute("select count(*) from core_documents").fetchone()[0], flush=True)
sys.stdin.readline()
print(con.execute("select count(*) from core_documents").fetchone()[0], flush=True)
"""

def test_two_runs_started_together_both_succeed_one_after_the_other(base, tmp_path):
    inbox, base_home, _ = base
    home = _copy(base_home, tmp_path)
    with ThreadPoolExecutor(max_workers=2) as pool:
        runs = [pool.submit(materialize_all, inbox, home, False) for _ in range(2)]
        results = [run.result() for run in runs]
    assert [r.success for r in results] == [True, True]
    spans = _rows(home / "warehouse.duckdb", """
        select min(checked_at), max(checked_at) from dq_results group by run_id order by 1
    """)
    assert len(spans) == 3  # the base run and the two new ones
    assert spans[0][1] < spans[1][0] and spans[1][1] < spans[2][0]  # no two runs' gates interleave


def test_a_half_truncated_warehouse_is_rebuilt_with_its_history(base, tmp_path):
    inbox, base_home, base_result = base
    home = _copy(base_home, tmp_path)
    warehouse = home / "warehouse.duckdb"
    history = _rows(warehouse, "select stage, expectation, success from dq_results order by all")
    os.truncate(warehouse, warehouse.stat().st_size // 2)
    result = materialize_all(inbox, home, raise_on_error=False)
    assert result.success
    assert len(list(home.glob("warehouse.corrupt-*.duckdb"))) == 1
    first_run = base_result.run_id
    restored = "select stage, expectation, success from dq_results where run_id = ? order by all"
    assert _rows(warehouse, restored, params=(first_run,)) == history
    assert _rows(warehouse, "select source_file, stage from ops_quarantine order by all") == [
        ("guizhou-2024.txt", "raw_documents"), ("liuyang-2025.txt", "core_indicators")]
