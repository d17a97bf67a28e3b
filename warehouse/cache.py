"""The result cache: what an extraction stage made of one input, kept across runs as files.

An entry is keyed by the input's content hash (`cache_key`, chosen by the asset) and the stage's code
version (assets/code_versions.json), so a changed input or a bumped version is a miss and is extracted
again. Entries live under $GONGWEN_HOME/cache/<stage>/<version>/, one pickled domain value (dataclasses,
row dicts) per file named after the SHA-256 of its key.

Files, not a warehouse table: an entry holds a document's text and rows (~20–40 KB), and DuckDB keeps
such blobs in memory until the asset's transaction commits (about four times their size), so the run's
memory grew with the corpus. A file is written and forgotten. An entry is right whatever happens to
the run that wrote it (its key is its input's content), so entries need not commit with the tables:
each is written to a temporary name and renamed into place, and a killed run leaves whole entries only.
Files are written by a thread of their own (creating a file costs ~0.2–1 ms of system calls, during
which the process that stores goes on with its rows), at most MAX_PENDING_WRITES behind. A stage whose
entries are small and all read back every run (raw_inbox's outcomes) keeps them in one pack instead
(warehouse/packed_cache.py, the same interface).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import shutil
from collections import deque
from collections.abc import Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from warehouse.replaced import write_replacing

CACHE_DIR = "cache"  # under $GONGWEN_HOME
_SUFFIX = ".pickle"
MAX_PENDING_WRITES = 512


class StageFolder:
    """The folder of one stage's entries at one version, <root>/<stage>/<version>/, and the keys this run used
    (their entries outlive forget_unused): what ResultCache and PackedCache (warehouse/packed_cache.py) share."""

    def __init__(self, root: Path, stage: str, version: str):
        self.stage, self.version = stage, version
        self.stage_dir = Path(root) / stage
        self.folder = self.stage_dir / version
        self.folder.mkdir(parents=True, exist_ok=True)
        self.used: set[str] = set()

    def retain(self, keys: Sequence[str]) -> None:
        """Count these keys as used by this run without reading them: their entries outlive forget_unused."""
        self.used.update(keys)


class ResultCache(StageFolder):
    """One stage's entries at one version, in <root>/<stage>/<version>/, a file each."""

    def __init__(self, root: Path, stage: str, version: str):
        super().__init__(root, stage, version)
        self._writer: ThreadPoolExecutor | None = None
        self._pending: deque[Future] = deque()
        self._names: dict[str, str] = {}  # key → its entry's file name (a SHA-256 each: worth keeping)

    def _name(self, key: str) -> str:
        name = self._names.get(key)
        if name is None:
            name = self._names[key] = hashlib.sha256(key.encode("utf-8")).hexdigest() + _SUFFIX
        return name

    def _path(self, key: str) -> Path:
        return self.folder / self._name(key)

    def lookup(self, keys: Sequence[str]) -> dict[str, Any]:
        """The cached values of those keys that have an entry; every key counts as used by this run."""
        self.used.update(keys)
        folder, values = os.fspath(self.folder), {}
        for key in keys:
            try:
                with open(os.path.join(folder, self._name(key)), "rb") as fh:
                    values[key] = pickle.loads(fh.read())
            except FileNotFoundError:
                continue
        return values

    def present(self, keys: Sequence[str]) -> set[str]:
        """Which of these keys have an entry (without reading it); all count as used by this run."""
        self.used.update(keys)
        if not keys:
            return set()
        entries = set(os.listdir(self.folder))  # one listing, not a stat a key
        return {key for key in keys if self._name(key) in entries}

    def store(self, entries: Iterable[tuple[str, Any]]) -> None:
        """Keep (key, value) pairs (written in the background: see flush)."""
        self.store_pickled((key, pickled(value)) for key, value in entries)

    def store_pickled(self, entries: Iterable[tuple[str, bytes]]) -> None:
        """Keep (key, pickled(value)) pairs: values a worker process pickled already (see store)."""
        if self._writer is None:
            self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"cache-{self.stage}")
        for key, data in entries:
            self._pending.append(self._writer.submit(_write_entry, self._path(key), data))
            while len(self._pending) > MAX_PENDING_WRITES:
                self._pending.popleft().result()

    def flush(self) -> None:
        """Wait until every entry stored is written (a failed write raises here)."""
        while self._pending:
            self._pending.popleft().result()
        if self._writer is not None:
            self._writer.shutdown()
            self._writer = None

    def forget_unused(self) -> None:
        """Drop the entries this run did not look up (removed or changed inputs), older versions and
        what a killed run left half-written. The files go in the background (removing one costs ~1-2 ms
        of file system work): the run goes on, and its process waits for them before it exits."""
        self.flush()
        others = [other for other in self.stage_dir.iterdir() if other != self.folder]
        wanted = {self._name(key) for key in self.used}
        unused = [entry.path for entry in os.scandir(self.folder) if entry.name not in wanted]
        forget_in_background(others, unused)


def pickled(value: Any) -> bytes:
    """An entry's bytes, as ResultCache.store writes them and lookup reads them back."""
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


_JANITOR = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cache-forget")


def forget_in_background(folders: list[Path], files: list[str]) -> None:
    """Remove these folders and files on the janitor's thread (see wait_forgotten)."""
    if folders or files:
        _JANITOR.submit(_remove, folders, files)


def wait_forgotten() -> None:
    """Wait until every entry forget_unused dropped is gone (a run does, before it lets the home go)."""
    _JANITOR.submit(lambda: None).result()  # one worker, in order: done when everything before it is


def _remove(folders: list[Path], files: list[str]) -> None:
    for folder in folders:
        shutil.rmtree(folder, ignore_errors=True)
    for path in files:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)


def forget_stages(root: Path, stages: Iterable[str]) -> None:
    """Drop the cache folders under `root` of stages not among `stages` (a stage that no longer keeps a cache)."""
    root, known = Path(root), set(stages)
    if root.is_dir():
        for folder in root.iterdir():
            if folder.is_dir() and folder.name not in known:
                shutil.rmtree(folder, ignore_errors=True)


def _write_entry(path: Path, data: bytes) -> None:
    write_replacing(path, data)
