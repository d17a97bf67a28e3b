"""The inbox's content hashes taken once a run (warehouse/inbox_hashes.py): a file whose status has not
changed since it was hashed is not read again; a changed or racy one always is."""

import os

from warehouse import inbox_hashes
from warehouse.inbox_hashes import InboxHashes


def test_a_file_hashed_before_is_not_read_again_while_its_status_holds(tmp_path, monkeypatch):
    monkeypatch.setattr(inbox_hashes, "RACY_SECONDS", -60.0)  # every status counts as settled
    path = tmp_path / "a.txt"
    path.write_text("一、总体要求", encoding="utf-8")
    hashes = InboxHashes()
    first = hashes.sha256(path)
    hashes.save(tmp_path)
    again = InboxHashes.load(tmp_path)
    assert again.sha256(path) == first
    assert (hashes.read, again.read) == (1, 0)


def test_a_changed_file_is_read_again_whatever_its_size_and_mtime_say(tmp_path, monkeypatch):
    monkeypatch.setattr(inbox_hashes, "RACY_SECONDS", -60.0)
    path = tmp_path / "a.txt"
    path.write_bytes(b"aaaa")
    hashes = InboxHashes()
    first = hashes.sha256(path)
    mtime = path.stat().st_mtime_ns
    path.write_bytes(b"bbbb")  # same size, and the mtime set back: only the ctime tells
    os.utime(path, ns=(mtime, mtime))
    assert hashes.sha256(path) != first
    assert hashes.read == 2


def test_a_file_written_just_before_it_was_read_is_read_again(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"aaaa")  # written now: within RACY_SECONDS of the read, so never remembered
    hashes = InboxHashes()
    hashes.sha256(path)
    hashes.sha256(path)
    assert hashes.read == 2 and not hashes.known


def test_nothing_saved_or_unreadable_gives_an_empty_set(tmp_path):
    assert InboxHashes.load(tmp_path).known == {}
    (tmp_path / inbox_hashes.HASHES_FILE).write_bytes(b"not a pickle")
    assert InboxHashes.load(tmp_path).known == {}
    InboxHashes.discard(tmp_path)
    assert not (tmp_path / inbox_hashes.HASHES_FILE).exists()


def test_the_hashes_kept_for_the_next_run_are_those_of_the_files_asked_about(tmp_path, monkeypatch):
    monkeypatch.setattr(inbox_hashes, "RACY_SECONDS", -60.0)
    inbox, home = tmp_path / "inbox", tmp_path / "home"
    inbox.mkdir()
    home.mkdir()
    kept, gone = inbox / "kept.txt", inbox / "gone.txt"
    kept.write_text("一、总体要求", encoding="utf-8")
    gone.write_text("二、重点任务", encoding="utf-8")
    last_run = InboxHashes()
    first = last_run.sha256(kept)
    last_run.sha256(gone)
    last_run.keep(home)
    this_run = InboxHashes.load(home, inbox_hashes.KEPT_FILE)
    assert this_run.sha256(kept) == first and this_run.read == 0  # not read: its status held since
    this_run.keep(home)  # gone.txt was not asked about this run: forgotten
    assert set(InboxHashes.load(home, inbox_hashes.KEPT_FILE).known) == {str(kept)}
