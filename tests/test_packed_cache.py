"""The packed result cache (warehouse/packed_cache.py): one pack per stage and version, read in one go; a
killed run leaves whole entries only; what a run did not use is forgotten; a rerun changes nothing."""

import os

import pytest

from warehouse import packed_cache
from warehouse.cache import ResultCache, wait_forgotten
from warehouse.packed_cache import PACK, PackedCache, read_records


def _finished_run(root, entries, stage="stage", version="v1"):
    cache = PackedCache(root, stage, version)
    cache.present([key for key, _ in entries])
    cache.store(entries)
    cache.forget_unused()
    wait_forgotten()
    return cache


def test_a_finished_run_leaves_one_pack_that_the_next_run_reads(tmp_path):
    entries = [(f"key-{i}", {"outcomes": [i] * 3}) for i in range(600)]
    cache = _finished_run(tmp_path, entries)
    assert sorted(os.listdir(cache.folder)) == [PACK]  # no file an entry, no journal
    again = PackedCache(tmp_path, "stage", "v1")
    assert again.present(["key-1", "key-599", "other"]) == {"key-1", "key-599"}
    assert again.lookup([key for key, _ in entries]) == dict(entries)
    assert again.used == {key for key, _ in entries} | {"other"}


def test_entries_stored_are_read_by_another_run_once_flushed_before_any_pack(tmp_path):
    cache = PackedCache(tmp_path, "stage", "v1")
    cache.store([("a", 1)])
    cache.store([("b", (2, "二"))])
    cache.flush()
    assert not (cache.folder / PACK).exists()
    assert PackedCache(tmp_path, "stage", "v1").lookup(["a", "b", "c"]) == {"a": 1, "b": (2, "二")}


def test_a_run_killed_mid_write_leaves_whole_entries_only(tmp_path):
    _finished_run(tmp_path, [("old", "kept")])
    cache = PackedCache(tmp_path, "stage", "v1")
    cache.store([("new", "whole")])
    cache.store([("cut", "x" * 100)])
    cache.flush()
    [journal] = [path for path in cache.folder.iterdir() if path.name != PACK]
    journal.write_bytes(journal.read_bytes()[:-10])  # the last write cut short by the kill
    again = PackedCache(tmp_path, "stage", "v1")
    assert again.lookup(["old", "new", "cut"]) == {"old": "kept", "new": "whole"}
    again.forget_unused()
    wait_forgotten()
    assert sorted(os.listdir(again.folder)) == [PACK]
    assert dict(read_records(again.folder / PACK)).keys() == {"old", "new"}


def test_a_damaged_record_ends_what_is_read(tmp_path):
    cache = _finished_run(tmp_path, [("a", 1), ("b", 2), ("c", 3)])
    data = bytearray((cache.folder / PACK).read_bytes())
    data[len(data) // 2] ^= 0xFF  # inside the second record (sorted: b)
    (cache.folder / PACK).write_bytes(bytes(data))
    assert PackedCache(tmp_path, "stage", "v1").lookup(["a", "b", "c"]) == {"a": 1}


def test_a_pack_write_killed_before_its_rename_leaves_the_previous_pack(tmp_path, monkeypatch):
    cache = _finished_run(tmp_path, [("a", 1)])
    before = (cache.folder / PACK).read_bytes()

    def killed(*_):
        raise KeyboardInterrupt

    monkeypatch.setattr(packed_cache.os, "replace", killed)
    cache = PackedCache(tmp_path, "stage", "v1")
    cache.present(["a", "b"])
    cache.store([("b", 2)])
    with pytest.raises(KeyboardInterrupt):
        cache.forget_unused()
    assert (cache.folder / PACK).read_bytes() == before
    assert not list(cache.folder.glob(".pack.*"))  # the temporary pack is gone
    monkeypatch.undo()
    again = PackedCache(tmp_path, "stage", "v1")
    assert again.lookup(["a", "b"]) == {"a": 1, "b": 2}  # b from the journal the killed run left
    again.forget_unused()
    wait_forgotten()
    assert dict(read_records(cache.folder / PACK)).keys() == {"a", "b"}


def test_entries_of_removed_or_changed_inputs_are_forgotten_and_a_rerun_rewrites_nothing(tmp_path):
    cache = _finished_run(tmp_path, [("a", 1), ("b", 2), ("c", 3)])
    _finished_run(tmp_path, [("a", 1), ("c", 3)])  # b's input removed
    pack = cache.folder / PACK
    assert dict(read_records(pack)).keys() == {"a", "c"}
    inode, data = pack.stat().st_ino, pack.read_bytes()
    rerun = PackedCache(tmp_path, "stage", "v1")
    assert rerun.lookup(["a", "c"]) == {"a": 1, "c": 3}
    rerun.forget_unused()
    wait_forgotten()
    assert (pack.stat().st_ino, pack.read_bytes()) == (inode, data)  # the same pack, not written again


def test_other_versions_per_entry_files_and_stray_temporaries_go(tmp_path):
    old = ResultCache(tmp_path, "stage", "v1")  # the layout before the pack: a file an entry
    old.store([("a", 1)])
    old.flush()
    (old.folder / ".pack.killed").write_bytes(b"half a pack")
    ResultCache(tmp_path, "stage", "v0").store([])
    cache = _finished_run(tmp_path, [("b", 2)])
    assert [p.name for p in (tmp_path / "stage").iterdir()] == ["v1"]
    assert sorted(os.listdir(cache.folder)) == [PACK]
    assert PackedCache(tmp_path, "stage", "v1").lookup(["a", "b"]) == {"b": 2}
