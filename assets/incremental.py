"""Incremental extraction: per-input results come from the cache when the input's content hash and the
stage's code version match, and only the rest goes through the worker pool (warehouse/cache.py)."""

from __future__ import annotations

import pickle
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from itertools import islice
from typing import TYPE_CHECKING, Any

from assets.pool import maps_elsewhere, parallel_map
from assets.versions import cache_version
from warehouse.cache import ResultCache, pickled
from warehouse.packed_cache import PackedCache
from warehouse.store import Rebuild

if TYPE_CHECKING:
    from assets.resources import Gongwen

LOOKUP_BATCH = 256  # cached payloads read at once: bounded memory whatever the corpus size
# Fewer inputs than this to extract run in this process: a pool whose workers each load the dictionaries
# (jieba's alone ~0.5 s) costs more than the work of a daily handful of documents.
POOL_MIN_INPUTS = 200


@dataclass
class Reuse:
    """What one stage did this run: inputs extracted, inputs whose results came from the cache, documents
    whose rows stayed in the tables as they were."""

    extracted: int = 0
    reused: int = 0
    kept: int = 0
    redone: list[str] = field(default_factory=list)  # documents whose rows were written anew this run

    def line(self, stage: str) -> str:
        return f"{stage}: extracted={self.extracted}, reused={self.reused}, kept={self.kept}"


def map_over(fn: Callable[[Any], Any], inputs: Iterable[Any], n_inputs: int, workers: int | None) -> Iterator[Any]:
    """fn over the `n_inputs` inputs, in order: on the pool, or in this process when they are too few."""
    if not n_inputs:
        return iter(())
    return parallel_map(fn, inputs, workers if n_inputs >= POOL_MIN_INPUTS else 1)


def _as_is(result: Any) -> Any:
    return result


def _always(_: Any) -> bool:
    return True


def _pickling(fn: Callable[[Any], Any], item: Any) -> bytes:
    """fn's result pickled as the result cache keeps it (see cached_map)."""
    return pickled(fn(item))


def cached_map(
    fn: Callable[[Any], Any],
    keys: Sequence[str | None],
    misses: Callable[[list[int]], Iterable[Any]],
    cache: ResultCache | PackedCache,
    workers: int | None,
    reuse: Reuse,
    cacheable: Callable[[Any], bool] = _always,
    stored: Callable[[Any], Any] = _as_is,
) -> Iterator[Any]:
    """fn's result for every input, in input order; `keys[i]` is input i's cache key (None: never cached).

    `misses(positions)` yields the inputs at those positions (in order) for fn: inputs found in the cache
    are never read again. New results are stored (as `stored` makes them: what the cache keeps of a
    result, and gives back next time) unless `cacheable` says otherwise. A result a pool's worker makes for
    a cache of files that keeps it whole comes back pickled as the cache keeps it: this process unpickles
    it, as it would unpickle any result, and stores those bytes instead of pickling the result again
    (~0.3 ms a document's tasks, on the process the writer's work waits for).
    """
    present = cache.present([k for k in keys if k is not None])
    missing = [i for i, key in enumerate(keys) if key is None or key not in present]
    reuse.extracted += len(missing)
    reuse.reused += len(keys) - len(missing)
    pickling = (stored is _as_is and isinstance(cache, ResultCache) and len(missing) >= POOL_MIN_INPUTS
                and maps_elsewhere(workers))
    store = cache.store_pickled if pickling else cache.store
    fresh = map_over(partial(_pickling, fn) if pickling else fn, misses(missing), len(missing), workers)
    cached = _cached_values(cache, [k for k in keys if k is not None and k in present])
    missing_set, new_entries = set(missing), []
    for i, key in enumerate(keys):
        if i in missing_set:
            made = next(fresh)
            result = pickle.loads(made) if pickling else made
            if key is not None and cacheable(result):
                new_entries.append((key, made if pickling else stored(result)))
                if len(new_entries) >= LOOKUP_BATCH:
                    store(new_entries)
                    new_entries = []
            yield result
        else:
            yield next(cached)
    store(new_entries)
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
    done = _on_record(rb, stage, tables)
    todo = [(doc_id, key) for doc_id, key in doc_keys if done.get(doc_id) != key]
    reuse.kept += len(doc_keys) - len(todo)
    reuse.redone += [doc_id for doc_id, _ in todo]
    _record(rb, stage, doc_keys)
    for name in tables:
        rb.drop_documents(name, [doc_id for doc_id, _ in todo], stage)
    cache = gongwen.cache(stage)
    cache.retain([key for _, key in doc_keys])
    yield from cached_map(fn, [key for _, key in todo], lambda positions: inputs([todo[i][0] for i in positions]),
                          cache, gongwen.n_workers, reuse)
    cache.forget_unused()


def _on_record(rb: Rebuild, stage: str, tables: Sequence[str]) -> dict[str, str]:
    """doc_id → input key of the documents whose rows in `tables` stage `stage` made at its code version
    (ops_extracted); none when a table is made anew (another shape than the registry's). Every table gets
    its writer, kept or made anew."""
    kept = all([rb.keep(name) for name in tables])  # a list: every table is kept or made anew
    rb.keep("ops_extracted")
    return rb.extracted(stage, cache_version(stage)) if kept else {}


def _record(rb: Rebuild, stage: str, doc_keys: Iterable[tuple[str, str]]) -> None:
    """What stage `stage`'s rows are now made from: (doc_id, input key) pairs at its code version."""
    rb.record_extracted(stage, cache_version(stage), list(doc_keys))


class DocumentRows:
    """raw_documents and raw_citations kept in place across runs. Their documents are known only once an inbox
    file is parsed, so the rows are kept by the key of the file a document is published from: a document
    published from the same file key by the same code version as when its rows were written keeps them; the
    others get theirs from the parse of this run, or, when the file's outcome came from the cache (which
    keeps no rows: they live in the tables), from parsing the file again; the rows of documents no longer
    published go."""

    STAGE = "raw_inbox"
    TABLES = ("raw_documents", "raw_citations")

    def __init__(self, rb: Rebuild, reuse: Reuse):
        self.rb, self.reuse = rb, reuse
        self.done = _on_record(rb, self.STAGE, self.TABLES)
        _record(rb, self.STAGE, self.done.items())
        for name in self.TABLES:  # rows written by another code version go
            rb.drop_documents(name, [], self.STAGE)
        self.publishers: dict[str, str] = {}
        self.replaced: list[str] = []  # documents whose rows came from another file: they go before theirs come
        self.pending: list[tuple[dict, list[dict]]] = []  # rows parsed this run that wait for those to go
        self.deferred: list[tuple[int, str]] = []  # (input position, doc_id) of rows to parse again

    def published(self, doc_id: str, key: str | None, rows: dict | None, position: int) -> None:
        """Document `doc_id` is published from the input at `position` (its key, its rows if parsed now)."""
        self.publishers[doc_id] = key or ""
        if key is not None and self.done.get(doc_id) == key:
            self.reuse.kept += 1
            return
        replacing = doc_id in self.done
        if replacing:
            self.replaced.append(doc_id)
        if rows is None:
            self.deferred.append((position, doc_id))
        elif replacing:
            self.pending.append(rows[doc_id])
        else:
            self._write(rows[doc_id])

    def finish(self, reread: Callable[[list[int]], Iterable[dict]]) -> None:
        """Record what the rows are made from, drop those of documents replaced or no longer published, and
        write the rows that waited and those of files parsed again (`reread(positions)`: their rows, in
        order)."""
        self.rb.flush()
        _record(self.rb, self.STAGE, self.publishers.items())
        for name in self.TABLES:
            self.rb.drop_documents(name, self.replaced, self.STAGE)
        for rows in self.pending:
            self._write(rows)
        reparsed = reread([position for position, _ in self.deferred])
        for (_, doc_id), rows in zip(self.deferred, reparsed, strict=True):
            self._write(rows[doc_id])

    def _write(self, rows: tuple[dict, list[dict]]) -> None:
        document, citations = rows
        self.rb.writer("raw_documents").add(document)
        self.rb.writer("raw_citations").extend(citations)


def _cached_values(cache: ResultCache | PackedCache, keys: list[str]) -> Iterator[Any]:
    iterator = iter(keys)
    while batch := list(islice(iterator, LOOKUP_BATCH)):
        values = cache.lookup(batch)
        yield from (values[key] for key in batch)
