"""The result cache (warehouse/cache.py): entries written in the background, all there once flushed."""

import pytest

from warehouse.cache import MAX_PENDING_WRITES, ResultCache, forget_stages, wait_forgotten


def test_entries_stored_in_the_background_are_all_there_after_a_flush(tmp_path):
    cache = ResultCache(tmp_path, "stage", "v1")
    entries = [(f"key-{i}", {"rows": [i] * 10}) for i in range(MAX_PENDING_WRITES * 2 + 7)]
    cache.store(entries)
    cache.flush()
    again = ResultCache(tmp_path, "stage", "v1")
    assert again.lookup([key for key, _ in entries]) == dict(entries)
    assert not list(again.folder.glob("*.partial"))


def test_a_failed_write_raises_at_the_flush(tmp_path):
    cache = ResultCache(tmp_path, "stage", "v1")
    cache.folder.rmdir()  # the folder is gone: the entry cannot be written
    cache.store([("key", {"rows": []})])
    with pytest.raises(FileNotFoundError):
        cache.flush()


def test_forget_unused_waits_for_the_writes_and_keeps_what_this_run_used(tmp_path):
    cache = ResultCache(tmp_path, "stage", "v1")
    cache.store([("old", 1)])
    cache.flush()
    cache = ResultCache(tmp_path, "stage", "v1")
    cache.retain(["new"])
    cache.store([("new", 2)])
    cache.forget_unused()
    wait_forgotten()
    assert ResultCache(tmp_path, "stage", "v1").lookup(["old", "new"]) == {"new": 2}


def test_forget_stages_drops_the_folders_of_stages_no_longer_kept(tmp_path):
    for stage in ("raw_inbox", "raw_inbox.rows"):
        cache = ResultCache(tmp_path, stage, "v1")
        cache.store([("key", 1)])
        cache.flush()
    forget_stages(tmp_path, ["raw_inbox", "core_task_ledger"])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["raw_inbox"]
    assert ResultCache(tmp_path, "raw_inbox", "v1").lookup(["key"]) == {"key": 1}


def test_present_and_lookup_see_only_entries_of_the_version_and_count_every_key_as_used(tmp_path):
    cache = ResultCache(tmp_path, "stage", "v1")
    cache.store([("a", 1), ("b", 2)])
    cache.flush()
    other = ResultCache(tmp_path, "stage", "v2")
    other.store([("c", 3)])
    other.flush()
    again = ResultCache(tmp_path, "stage", "v1")
    assert again.present(["a", "c", "d"]) == {"a"}
    assert again.lookup(["b", "c"]) == {"b": 2}
    assert again.used == {"a", "b", "c", "d"}
    again.forget_unused()  # v2's folder and nothing of v1's that was asked for
    wait_forgotten()
    assert [p.name for p in (tmp_path / "stage").iterdir()] == ["v1"]
    assert ResultCache(tmp_path, "stage", "v1").lookup(["a", "b"]) == {"a": 1, "b": 2}
