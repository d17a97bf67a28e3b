"""The content hashes of a run's inbox files, taken once and handed on within the run.

`gongwen run` hashes every inbox file before it starts Dagster (is the published set up to date?), the
raw_inbox asset hashes every file again for its cache keys, and after the run the command hashes them a
third time (did the inbox hold still while the run read it?). An InboxHashes remembers, for each file it
hashed, the file's status (device, inode, size, mtime and ctime in ns) beside the SHA-256 of its bytes;
asked again about a file whose status is the same, it gives the hash without reading the file.

A changed file always has another status: any write sets its ctime to the time of the write, and ctime
cannot be set back. A hash is remembered only when the file's status was the same before and after the
read and its ctime lies more than RACY_SECONDS before the read began, so a write during or just after
the read (within one tick of the file system's clock) is never hidden. The command saves what it hashed
in the home (HASHES_FILE) for the run's raw_inbox asset, and removes it after the run; any other run (UI,
schedule, sensor) finds none and hashes every file, as before.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import time
from pathlib import Path

from gongwen.reading.walk import read_regular_file
from warehouse.replaced import write_replacing

HASHES_FILE = ".inbox-hashes.pickle"  # in the home, for the run of the command that wrote it
KEPT_FILE = ".inbox-hashes-kept.pickle"  # in the home, from the last `gongwen run` for the next one
RACY_SECONDS = 2.0

Status = tuple[int, int, int, int, int]


def _status(path: Path) -> Status:
    st = os.stat(path, follow_symlinks=False)
    return st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns


class InboxHashes:
    """SHA-256 of inbox files by path, each remembered with the file's status when it was read."""

    def __init__(self, known: dict[str, tuple[Status, str]] | None = None):
        self.known = dict(known or {})
        self.read = 0  # files read and hashed through this object (the rest came from `known`)
        self.asked: set[str] = set()  # files asked about through this object

    def sha256(self, path: Path) -> str:
        """The SHA-256 of the regular file's bytes (raises OSError as read_regular_file does)."""
        name = str(path)
        self.asked.add(name)
        before = _status(path)
        remembered = self.known.get(name)
        if remembered is not None and remembered[0] == before:
            return remembered[1]
        started_ns = time.time_ns()
        digest = hashlib.sha256(read_regular_file(path)).hexdigest()
        self.read += 1
        after = _status(path)
        if after == before and after[4] < started_ns - int(RACY_SECONDS * 1e9):
            self.known[name] = (after, digest)
        else:
            self.known.pop(name, None)
        return digest

    def save(self, home: Path, name: str = HASHES_FILE) -> None:
        """Keep what was hashed for this run's raw_inbox (written whole, then renamed into place)."""
        write_replacing(Path(home) / name, pickle.dumps(self.known, protocol=pickle.HIGHEST_PROTOCOL))

    def keep(self, home: Path) -> None:
        """Keep, for the next run, the hashes of the files asked about through this object (a file no
        longer in the inbox is forgotten)."""
        InboxHashes({name: self.known[name] for name in self.asked if name in self.known}).save(home, KEPT_FILE)

    @classmethod
    def load(cls, home: Path, name: str = HASHES_FILE) -> InboxHashes:
        """What the command hashed for this run (or, as KEPT_FILE, for the last one); empty when it saved
        nothing (or it cannot be read)."""
        try:
            known = pickle.loads((Path(home) / name).read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, ValueError):
            return cls()
        return cls(known if isinstance(known, dict) else None)

    @staticmethod
    def discard(home: Path) -> None:
        (Path(home) / HASHES_FILE).unlink(missing_ok=True)
