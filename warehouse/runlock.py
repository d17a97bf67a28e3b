"""One run at a time on a home: an exclusive `flock` on $GONGWEN_HOME/run.lock, held for the whole run.

A second run waits for the first (up to a bounded time) instead of failing midway on DuckDB's own
file lock; the kernel drops the lock when its holder exits, so a killed run never leaves it stuck.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

LOCK_FILE = "run.lock"
POLL_SECONDS = 1.0


class RunLockTimeout(RuntimeError):
    """Another run held the home for longer than we were willing to wait."""


@contextmanager
def run_lock(
    home: Path, owner: str, timeout_s: float, wait_notice: Callable[[str], None] = lambda _: None
) -> Iterator[None]:
    """Hold the home's run lock; wait at most `timeout_s` for another run to release it."""
    home.mkdir(parents=True, exist_ok=True)
    path = home / LOCK_FILE
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        _acquire(fd, path, timeout_s, wait_notice)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{owner} pid {os.getpid()}\n".encode(), 0)
        try:
            yield
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _acquire(fd: int, path: Path, timeout_s: float, wait_notice: Callable[[str], None]) -> None:
    deadline = time.monotonic() + timeout_s
    noticed = False
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            holder = _holder(path)
            if time.monotonic() >= deadline:
                raise RunLockTimeout(
                    f"another gongwen run ({holder}) still holds {path} after {timeout_s:.0f} s; "
                    "nothing was done. Wait for it to finish, or raise GONGWEN_LOCK_TIMEOUT."
                ) from None
            if not noticed:
                wait_notice(f"another gongwen run ({holder}) holds {path}: waiting up to {timeout_s:.0f} s")
                noticed = True
            time.sleep(POLL_SECONDS)


def _holder(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8").strip() or "unknown"
    except OSError:
        return "unknown"
