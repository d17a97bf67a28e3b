"""The result cache of a stage whose entries are small (an inbox file's outcomes: a few hundred bytes and no
text), kept as one pack per stage and version instead of a file per entry (warehouse/cache.py).

Reading 20,000 entries back from 20,000 files cost a rerun an open, a read and a close each (~0.6 s at
20,000 files, more on a busy disk); the pack is one file read in one go. Its entries are keyed as the
files' are (the input's content hash, chosen by the asset; the folder is the stage's code version), and
held in memory as their pickled bytes (~400 bytes each: ~10 MB at 20,000), unpickled when looked up.

<root>/<stage>/<version>/ holds:
  - `pack`: the entries the last finished run used, as framed records (below);
  - `journal.*`: the entries a run made, appended as it makes them (flushed a batch at a time), in the
    same records. A finished run writes the new pack (every entry it used, its journal's included) to a
    temporary file, renames it into place, then removes the journals; a killed run leaves the previous
    pack and its journal, which the next run reads too.
A record is its CRC-32, the lengths of its key and value, the key and the pickled value: a reader takes
the records up to the first one cut short or damaged (what a killed run's last write may leave), so a
killed run leaves whole entries only, and a pack that cannot be read is an empty one (every input a miss).
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pickle
import struct
import zlib
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from warehouse.cache import StageFolder, forget_in_background
from warehouse.replaced import replaced

PACK = "pack"
_JOURNAL = "journal."
_HEADER = struct.Struct("<III")  # CRC-32 of key and value, key length, value length
_SERIAL = itertools.count()


class PackedCache(StageFolder):
    """One stage's entries at one version, in <root>/<stage>/<version>/ (the interface of ResultCache)."""

    def __init__(self, root: Path, stage: str, version: str):
        super().__init__(root, stage, version)
        self._entries: dict[str, bytes] | None = None  # key → pickled value: the pack's, the journals', new
        self._packed: set[str] = set()  # the keys of the pack as read
        self._journals: list[Path] = []  # read, or written by this run: they go once the new pack is in place
        self._journal: BinaryIO | None = None

    @property
    def entries(self) -> dict[str, bytes]:
        if self._entries is None:
            self._entries = dict(read_records(self.folder / PACK))
            self._packed = set(self._entries)
            for path in sorted(self.folder.glob(_JOURNAL + "*")):
                self._entries.update(read_records(path))
                self._journals.append(path)
        return self._entries

    def lookup(self, keys: Sequence[str]) -> dict[str, Any]:
        """The cached values of those keys that have an entry; every key counts as used by this run."""
        self.used.update(keys)
        entries = self.entries
        return {key: pickle.loads(entries[key]) for key in keys if key in entries}

    def present(self, keys: Sequence[str]) -> set[str]:
        """Which of these keys have an entry (without unpickling it); all count as used by this run."""
        self.used.update(keys)
        entries = self.entries
        return {key for key in keys if key in entries}

    def store(self, entries: Iterable[tuple[str, Any]]) -> None:
        """Keep (key, value) pairs: appended to this run's journal, whole once flushed (at the end of each call)."""
        known, records = self.entries, []
        for key, value in entries:
            data = known[key] = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
            records.append(_record(key, data))
        if not records:
            return
        if self._journal is None:
            path = _new_file(self.folder, _JOURNAL)
            self._journal = path.open("wb")
            self._journals.append(path)
        self._journal.write(b"".join(records))
        self._journal.flush()

    def flush(self) -> None:
        """Close this run's journal (every entry stored is then in it, for another run to read)."""
        if self._journal is not None:
            self._journal.close()
            self._journal = None

    def forget_unused(self) -> None:
        """Write the pack of the entries this run used (none of removed or changed inputs), in place of the
        previous one, and drop the journals; older versions and what a killed run left go in the background."""
        self.flush()
        entries = self.entries
        kept = [key for key in entries if key in self.used]
        if set(kept) != self._packed:
            write_records(self.folder / PACK, ((key, entries[key]) for key in sorted(kept)))
            self._packed = set(kept)
        self._entries = {key: entries[key] for key in kept}
        for path in self._journals:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        self._journals = []
        others = [other for other in self.stage_dir.iterdir() if other != self.folder]
        strays = [entry.path for entry in os.scandir(self.folder) if entry.name != PACK]
        forget_in_background(others, strays)


def _record(key: str, data: bytes) -> bytes:
    name = key.encode("utf-8")
    return _HEADER.pack(zlib.crc32(data, zlib.crc32(name)), len(name), len(data)) + name + data


def read_records(path: Path) -> Iterator[tuple[str, bytes]]:
    """The whole records of a pack or journal, up to the first cut short or damaged (none if it is missing)."""
    try:
        buffer = path.read_bytes()
    except FileNotFoundError:
        return
    view, at, end = memoryview(buffer), 0, len(buffer)
    while at + _HEADER.size <= end:
        crc, n_key, n_data = _HEADER.unpack_from(view, at)
        start = at + _HEADER.size
        at = start + n_key + n_data
        if at > end:
            return
        name, data = view[start:start + n_key], view[start + n_key:at]
        if zlib.crc32(data, zlib.crc32(name)) != crc:
            return
        try:
            key = str(name, "utf-8")
        except UnicodeDecodeError:
            return
        yield key, bytes(data)


def write_records(path: Path, entries: Iterable[tuple[str, bytes]]) -> None:
    """Write the entries to `path` whole or not at all: to a temporary file first, renamed into place."""
    with replaced(path) as partial, partial.open("wb") as fh:
        fh.writelines(_record(key, data) for key, data in entries)


def _new_file(folder: Path, prefix: str) -> Path:
    """A new empty file of a name no other has (this process's id and a counter), with the mode a file
    written by open() gets (mkstemp's would be 0600)."""
    while True:
        path = folder / f"{prefix}{os.getpid()}.{next(_SERIAL)}"
        try:
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
            return path
        except FileExistsError:
            continue
