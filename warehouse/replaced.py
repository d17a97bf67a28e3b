"""Replacing a file whole: written under a temporary name beside it, then renamed over it, so a reader (or
the next run, after a killed one) finds the old file or the new one, never a part of either."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_SERIAL = itertools.count()  # with the process id, a temporary name no other writer uses


@contextmanager
def replaced(path: Path) -> Iterator[Path]:
    """The temporary path to write `path`'s new content to (`.<name>.<pid>.<n>.partial` beside it): renamed
    over `path` when the block ends, removed when it raises."""
    path = Path(path)
    partial = path.with_name(f".{path.name}.{os.getpid()}.{next(_SERIAL)}.partial")
    try:
        yield partial
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def write_replacing(path: Path, data: bytes) -> None:
    """Replace the file at `path` with `data`, whole (see replaced)."""
    with replaced(path) as partial:
        partial.write_bytes(data)
