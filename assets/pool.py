"""Map a pure function over a stream of items on every core, in bounded batches.

Batches keep memory flat: only `batch_size` inputs and their results are alive at once, whatever
the size of the corpus. Results come back in input order, so runs are deterministic.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


def parallel_map(
    fn: Callable[[T], R], items: Iterable[T], workers: int | None = None, batch_size: int = 256
) -> Iterator[R]:
    """`map(fn, items)` on `workers` processes (default: one per core); fn must be module-level."""
    workers = workers or os.cpu_count() or 1
    iterator = iter(items)
    if workers == 1:
        yield from map(fn, iterator)
        return
    # fork: workers inherit loaded dictionaries (jieba, OpenCC, gazetteers) instead of reloading them.
    pool = mp.get_context("fork").Pool(workers, initializer=_default_signals)
    try:
        while batch := list(islice(iterator, batch_size)):
            chunk = max(1, len(batch) // (workers * 4))
            yield from pool.imap(fn, batch, chunksize=chunk)
        pool.close()
    except BaseException:
        pool.terminate()
        raise
    finally:
        pool.join()


def _default_signals() -> None:
    # Workers inherit the orchestrator's signal handlers; an interrupt is the parent's to handle.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
