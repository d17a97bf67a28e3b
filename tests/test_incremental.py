"""Incremental runs: only new or changed files are read and extracted again, removed ones leave no rows,
and the published tables are byte for byte those of a run from scratch on the same inbox."""

import json
import shutil

import duckdb

from tests.conftest import SAMPLES, materialization_metadata, materialize_all
from warehouse.packed_cache import PACK, read_records

FILES = ("chenzhou-2025.txt", "hunan-2024.txt", "liuyang-2025.txt")


def _reuse(result) -> dict[str, tuple[int, int]]:
    """(extracted, not extracted: from the cache or kept in the table) of each extraction stage, from its
    materialization's metadata; for raw_files, files (its `kept` counts documents)."""
    metadata = materialization_metadata(result)
    return {name: (metadata[name]["extracted"].value,
                   metadata[name]["reused"].value + (metadata[name]["kept"].value if name != "raw_files" else 0))
            for name in ("raw_files", "core_task_units", "core_indicators", "out_theme_coverage", "out_task_alignment")}


def _published(home) -> dict[str, str]:
    manifest = json.loads((home / "published" / "_manifest.json").read_text(encoding="utf-8"))
    return {name: table["sha256"] for name, table in manifest["tables"].items()}


def _cache_entries(stage) -> int:
    """Entries in a stage's cache: one file each, or records of its pack (raw_inbox, warehouse/packed_cache.py)."""
    packed = sum(1 for pack in stage.glob(f"*/{PACK}") for _ in read_records(pack))
    return sum(1 for _ in stage.glob("*/*.pickle")) + packed


def test_a_changed_file_is_the_only_one_extracted_and_removed_files_leave_no_rows(tmp_path):
    inbox, home, fresh_home = tmp_path / "inbox", tmp_path / "home", tmp_path / "fresh"
    inbox.mkdir()
    for name in FILES:
        shutil.copy(SAMPLES / name, inbox / name)
    # Both plans implement hunan-2024: two parent/child pairs to align.
    assert _reuse(materialize_all(inbox, home)) == {"raw_files": (3, 0), "core_task_units": (3, 0),
                                                   "core_indicators": (3, 0), "out_theme_coverage": (3, 0),
                                                   "out_task_alignment": (2, 0)}

    changed = inbox / "liuyang-2025.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\n（五）加强督查考核。各责任单位要按月报送进展。\n",
                       encoding="utf-8")
    rerun = materialize_all(inbox, home)
    assert _reuse(rerun) == {"raw_files": (1, 2), "core_task_units": (1, 2), "core_indicators": (1, 2),
                             "out_theme_coverage": (1, 2), "out_task_alignment": (1, 1)}
    # The core tables and the marts keep the rows of the unchanged documents (of the child plan whose pair
    # did not change): nothing of them is read again.
    metadata = materialization_metadata(rerun)
    assert [(metadata[name]["kept"].value, metadata[name]["reused"].value)
            for name in ("core_task_units", "core_indicators", "out_theme_coverage", "out_task_alignment")
            ] == [(2, 0), (2, 0), (2, 0), (1, 0)]
    # The unchanged files' outcomes come from the cache, and their documents' rows stay in the raw tables.
    assert (metadata["raw_files"]["reused"].value, metadata["raw_files"]["kept"].value) == (2, 2)
    assert materialize_all(inbox, fresh_home).success
    assert _published(home) == _published(fresh_home)

    (inbox / "hunan-2024.txt").unlink()
    assert _reuse(materialize_all(inbox, home)) == {"raw_files": (0, 2), "core_task_units": (0, 2),
                                                   "core_indicators": (0, 2), "out_theme_coverage": (0, 2),
                                                   "out_task_alignment": (0, 0)}
    with duckdb.connect(str(home / "published" / "gongwen.duckdb"), read_only=True) as con:
        files = con.execute("select source_file from core_documents order by source_file").fetchall()
        stale = con.execute("select count(*) from core_tasks where doc_id not in "
                            "(select doc_id from core_documents)").fetchone()[0]
        marts = con.execute("select (select count(distinct doc_id) from out_theme_coverage), "
                            "(select count(*) from out_task_alignment)").fetchone()
    kept = sorted((stage.name, _cache_entries(stage)) for stage in (home / "cache").iterdir())
    assert files == [("chenzhou-2025.txt",), ("liuyang-2025.txt",)] and stale == 0 and marts == (2, 0)
    # The parent is gone: no pair is left to align, and the alignment cache keeps nothing.
    assert kept == [("core_indicators", 2), ("core_task_ledger", 2), ("out_task_alignment", 0),
                    ("out_theme_coverage", 2), ("raw_inbox", 2)]
    # The files' outcomes are read back from one pack, not a file each.
    assert [path.name for path in (home / "cache" / "raw_inbox").glob("*/*")] == [PACK]


def test_a_copy_that_sorts_first_becomes_the_documents_source_and_the_raw_rows_follow(tmp_path):
    # The document's rows were kept by the file that published it: a copy under a name that comes first now
    # publishes it (the first file stays, as its duplicate), so its row is made again from the copy.
    inbox, home, fresh_home = tmp_path / "inbox", tmp_path / "home", tmp_path / "fresh"
    inbox.mkdir()
    shutil.copy(SAMPLES / "liuyang-2025.txt", inbox / "liuyang-2025.txt")
    assert materialize_all(inbox, home).success
    shutil.copy(SAMPLES / "liuyang-2025.txt", inbox / "a-copy.txt")
    rerun = materialize_all(inbox, home)
    assert materialization_metadata(rerun)["raw_files"]["kept"].value == 0
    with duckdb.connect(str(home / "published" / "gongwen.duckdb"), read_only=True) as con:
        assert con.execute("select source_file from core_documents").fetchall() == [("a-copy.txt",)]
        assert con.execute("select source_file, status from raw_files order by 1").fetchall() == [
            ("a-copy.txt", "published"), ("liuyang-2025.txt", "duplicate")]
    assert materialize_all(inbox, fresh_home).success
    assert _published(home) == _published(fresh_home)


def test_targets_are_linked_again_only_where_they_or_their_documents_task_spans_changed(samples_run, tmp_path):
    from assets.core import link_to_tasks
    from warehouse.store import Warehouse

    shutil.copytree(samples_run[1], tmp_path / "home")
    warehouse = Warehouse(tmp_path / "home" / "warehouse.duckdb")
    with warehouse.connect() as con:
        [(indicator_id, doc_id, task_id)] = con.execute(
            "select indicator_id, doc_id, task_id from core_indicators where task_id is not null "
            "order by indicator_id limit 1").fetchall()
    unlinked = "update core_indicators set task_id = null where indicator_id = ?"
    link_of = "select task_id from core_indicators where indicator_id = ?"

    def link_after(change: str | None, redone: list[str]) -> str | None:
        with warehouse.rebuild() as rb:
            rb.con.execute(unlinked, [indicator_id])  # a link only a linking of its document sets again
            if change:
                rb.con.execute(change, [doc_id])
            link_to_tasks(rb, redone)
            return rb.con.execute(link_of, [indicator_id]).fetchone()[0]

    assert link_after(None, []) is None  # nothing changed: the document's targets are not linked again
    assert link_after(None, [doc_id]) == task_id  # its targets written anew
    assert link_after("update core_tasks set char_end = char_end + 1 where doc_id = ?", []) == task_id
