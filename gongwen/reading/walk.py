"""Walking the inbox: every entry under it, each either a regular file to read or a reason it is skipped.

Links are never followed out of the inbox, nothing but regular files is opened (a FIFO would block the
run), hidden entries are listed but not read, and names of any bytes are kept (gongwen.reading.names).
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from gongwen.reading.names import escape_name

LINK_OUTSIDE = "link outside the inbox"
SYMLINK_LOOP = "symlink loop"
DANGLING_LINK = "dangling link: its target does not exist"
LINK_TO_FOLDER = "link to a folder: its files are read where they are"
HIDDEN_FILE = "hidden file"
HIDDEN_FOLDER = "hidden folder: not read"

_SPECIAL_KINDS = (
    (stat.S_ISFIFO, "FIFO"),
    (stat.S_ISSOCK, "socket"),
    (stat.S_ISCHR, "character device"),
    (stat.S_ISBLK, "block device"),
)


@dataclass(frozen=True)
class InboxEntry:
    """One entry under the inbox: `name` is its escaped path relative to the inbox ('/'-joined)."""

    path: Path  # where the entry is (a link: the link itself)
    name: str
    skip_reason: str | None = None  # None: a regular file to read
    target: Path | None = None  # a link inside the inbox: the file it resolves to, read in its place

    @property
    def readable(self) -> bool:
        return self.skip_reason is None

    @property
    def file_to_read(self) -> Path:
        return self.target or self.path


def walk_inbox(root: Path) -> list[InboxEntry]:
    """Every entry under root, recursively, sorted by name; folders are walked, not listed themselves,
    except a hidden folder or a folder that cannot be listed (one skipped entry each)."""
    root = Path(root)
    entries: list[InboxEntry] = []
    _walk(root, Path(os.path.realpath(root)), (), entries)
    return sorted(entries, key=lambda e: e.name)


def entry_name(parts: tuple[str, ...]) -> str:
    return "/".join(escape_name(part) for part in parts)


def _walk(folder: Path, real_root: Path, parts: tuple[str, ...], entries: list[InboxEntry]) -> None:
    try:
        with os.scandir(folder) as listing:
            children = sorted(listing, key=lambda child: child.name)
    except OSError as exc:
        if not parts:
            raise  # the inbox itself: the run is misconfigured, not one entry
        reason = f"folder cannot be listed ({errno.errorcode.get(exc.errno, type(exc).__name__)})"
        entries.append(InboxEntry(folder, entry_name(parts), reason))
        return
    for child in children:
        path, child_parts = Path(child.path), (*parts, child.name)
        name = entry_name(child_parts)
        if child.is_symlink():
            entries.append(_link_entry(path, name, real_root))
            continue
        mode = child.stat(follow_symlinks=False).st_mode
        if child.name.startswith("."):
            entries.append(InboxEntry(path, name, HIDDEN_FOLDER if stat.S_ISDIR(mode) else HIDDEN_FILE))
        elif stat.S_ISDIR(mode):
            _walk(path, real_root, child_parts, entries)
        elif stat.S_ISREG(mode):
            entries.append(InboxEntry(path, name))
        else:
            entries.append(InboxEntry(path, name, f"not a regular file ({_special_kind(mode)})"))


def _link_entry(path: Path, name: str, real_root: Path) -> InboxEntry:
    """A symbolic link: read in place of its target only when that is a regular file inside the inbox.
    Where it points is decided from the path alone, before anything outside is touched."""
    target = Path(os.path.realpath(path))
    if not target.is_relative_to(real_root):
        return InboxEntry(path, name, LINK_OUTSIDE)
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return InboxEntry(path, name, SYMLINK_LOOP)
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):
            return InboxEntry(path, name, DANGLING_LINK)
        return InboxEntry(path, name, f"link cannot be followed ({errno.errorcode.get(exc.errno, '?')})")
    if stat.S_ISDIR(mode):
        return InboxEntry(path, name, LINK_TO_FOLDER)
    if not stat.S_ISREG(mode):
        return InboxEntry(path, name, f"link to a {_special_kind(mode)}, not a regular file")
    return InboxEntry(path, name, target=target)


def _special_kind(mode: int) -> str:
    return next((kind for test, kind in _SPECIAL_KINDS if test(mode)), "special file")


def read_regular_file(path: Path) -> bytes:
    """The bytes of a regular file, opened without following a link and without blocking on a FIFO that
    replaced it since the walk."""
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "not a regular file")
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read()
    finally:
        os.close(fd)
