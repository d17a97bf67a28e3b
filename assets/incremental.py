"""Incremental extraction: per-input results come from the cache when the input's content hash and the
stage's code version match, and only the rest goes through the worker pool (warehouse/cache.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, Any

from assets.pool import parallel_map
from assets.versions import cache_version
from warehouse.cache import ResultCache
from warehouse.store import Rebuild

if TYPE_CHECKING:
    from assets.resources import Gongwen

LOOKUP_BATCH = 256  # cached payloads read at once: bounded memory whatever the corpus size
# Fewer inputs than this to extract run in this process: forking a pool whose workers each load the
# dictionaries (jieba's alone ~1 s) costs more than the work of a daily handful of documents, and what
# this process loads, the pools it forks later inherit.
POOL_MIN_INPUTS = 200


@dataclass
class Reuse:
    """What one stage did this run: inputs extracted, inputs whose results came from the cache, documents
    whose rows stayed in the tables as they were."""

    extracted: int = 0
    reused: int = 0
    kept: int = 0

    def line(self, stage: str) -> str:
        return f"{stage}: extracted={self.extracted}, reused={self.reused}, kept={self.kept}"


def cached_map(
    fn: Callable[[Any], Any],
    keys: Sequence[str | None],
    misses: Callable[[list[int]], Iterable[Any]],
    cache: ResultCache,
    workers: int | None,
    reuse: Reuse,
    cacheable: Callable[[Any], bool] = lambda _: True,
) -> Iterator[Any]:
    """fn's result for every input, in input order; `keys[i]` is input i's cache key (None: never cached).

    `misses(positions)` yields the inputs at those positions (in order) for fn: inputs found in the cache
    are never read again. New results are stored unless `cacheable` says otherwise.
    """
    present = cache.present([k for k in keys if k is not None])
    missing = [i for i, key in enumerate(keys) if key is None or key not in present]
    reuse.extracted += len(missing)
    reuse.reused += len(keys) - len(missing)
    workers = workers if len(missing) >= POOL_MIN_INPUTS else 1
    fresh = parallel_map(fn, misses(missing), workers) if missing else iter(())
    cached = _cached_values(cache, [k for k in keys if k is not None and k in present])
    missing_set, new_entries = set(missing), []
    for i, key in enumerate(keys):
        if i in missing_set:
            result = next(fresh)
            if key is not None and cacheable(result):
                new_entries.append((key, result))
                if len(new_entries) >= LOOKUP_BATCH:
                    cache.store(new_entries)
                    new_entries = []
            yield result
        else:
            yield next(cached)
    cache.store(new_entries)
    # Run the pool's generator to its end, so that it closes its pool and joins the workers: left
    # suspended, it would be closed by the garbage collector, terminating workers that may hold a
    # queue lock (multiprocessing's terminate can then wait forever).
    for _ in fresh:
        raise RuntimeError("the pool returned more results than it was given inputs")


def kept_in_place(gongwen: Gongwen, rb: Rebuild, stage: str, tables: Sequence[str],
                  doc_keys: list[tuple[str, str]], inputs: Callable[[list[str]], Iterable[Any]],
                  fn: Callable[[Any], Any], reuse: Reuse) -> Iterator[Any]:
    """fn over the documents of `doc_keys` (doc_id, the key of what fn reads of it) whose rows in `tables`
    were not made from that key by this stage's code version; `inputs(doc_ids)` yields fn's arguments for
    those documents, in order; the caller writes the rows fn returns. The rows of every other document stay
    as they are, those of changed documents and of documents no longer in `doc_keys` go, and a document
    to do again whose key was seen before comes from the result cache. Tables of another shape than the
    registry's, or made by another version, are made anew."""
    version = cache_version(stage)
    kept = all([rb.keep(name) for name in tables])  # a list: every table gets its writer, kept or made anew
    rb.keep("ops_extracted")
    done = dict(rb.stream("extract/extracted_documents", {"stage": stage, "version": version})) if kept else {}
    todo = [(doc_id, key) for doc_id, key in doc_keys if done.get(doc_id) != key]
    reuse.kept += len(doc_keys) - len(todo)
    rb.execute("extract/forget_extracted", {"stage": stage})
    rb.execute("extract/record_extracted", {"stage": stage, "version": version,
                                            "doc_ids": [d for d, _ in doc_keys], "keys": [k for _, k in doc_keys]})
    for name in tables:
        rb.drop_documents(name, [doc_id for doc_id, _ in todo], stage)
    cache = gongwen.cache(stage)
    cache.retain([key for _, key in doc_keys])
    yield from cached_map(fn, [key for _, key in todo], lambda positions: inputs([todo[i][0] for i in positions]),
                          cache, gongwen.n_workers, reuse)
    cache.forget_unused()


def _cached_values(cache: ResultCache, keys: list[str]) -> Iterator[Any]:
    iterator = iter(keys)
    while batch := list(islice(iterator, LOOKUP_BATCH)):
        values = cache.lookup(batch)
        yield from (values[key] for key in batch)
