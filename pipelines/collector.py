"""Fewer and smaller collections of Python's cyclic garbage collector during a `gongwen run`.

By the time the run starts, its process holds some 240,000 objects of the modules it imported and of the
Definitions (Dagster, pandas, polars, DuckDB, the vocabularies): none of them becomes garbage before the
process ends, yet every full collection went through all of them again. A 1 %-changed rerun of 20,000 plans
made about 2,400 young and 12 full collections, 3.5-3.9 s of the run's own process. Within the block those
objects are frozen (gc.freeze: no collection looks at them) and a young collection waits for 10,000 new
objects instead of 700: 150 young and no full collection, about 2.1 s. The pool's worker processes, forked
inside the block, inherit both. Nothing else changes: garbage in a reference cycle is collected later,
never left (the frozen objects are not garbage), and the peak memory measured the same (1.30 GB).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

YOUNG_THRESHOLD = 10_000  # new objects between two young collections (Python's default: 700)
_depth = 0  # blocks of fewer_collections open in this process


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Within the block, what exists now is frozen and young collections are rarer; both undone after.

    Within an enclosing block (`gongwen run` around its run, the check that the inbox held still and the
    summary), the inner block ends by freezing what it made too, and the outer one undoes all: thawed after
    the run, the 1.6 million objects a run of 20,000 plans leaves made the check's walk of the inbox pay a full
    collection over all of them (0.3 → 0.9 s)."""
    global _depth
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(YOUNG_THRESHOLD, *thresholds[1:])
    _depth += 1
    try:
        yield
    finally:
        _depth -= 1
        if _depth:
            gc.freeze()
        else:
            gc.set_threshold(*thresholds)
            gc.unfreeze()
