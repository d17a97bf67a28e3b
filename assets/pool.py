"""Map a pure function over a stream of items on every core, or on a Ray cluster, in bounded batches.

Batches keep memory flat: only two batches of `batch_size` inputs and their results are alive at once,
whatever the size of the corpus (the next batch is queued while the results of one are taken, so the
workers never wait for the writer). Results come back in input order, so runs are deterministic and the
Ray path writes the same bytes as the local one. Within a run (one_pool_per_run) every stage shares one
pool of worker processes: a worker loads the dictionaries once per run, not once per stage.
"""

from __future__ import annotations

import contextlib
import fcntl
import importlib
import multiprocessing as mp
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import islice
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Where parallel_map sends work during a run: None for local processes, else a Ray address ("auto",
# "ray://head:10001", "10.0.0.5:6379"). Set for the length of a run by the resource (on_ray).
_ray_address: str | None = None

# The run's pool (see one_pool_per_run); None outside a run.
_run_pool: _RunPool | None = None

# Bytes the pool's pipes hold (Linux's default is 64 KB, its limit for a user 1 MB): a shard's inputs (a
# document's text ~20 KB) and results (its task rows ~25 KB) come to several hundred KB. Through a pipe
# of 64 KB, a worker's send waited, piece after piece, for this process to take each one, which it does
# on a thread that needs the interpreter lock while the writer holds it.
PIPE_BYTES = 1 << 20

# Shards in flight on Ray per cluster CPU: enough to keep every worker busy while the one writer
# takes the oldest shard's results, few enough that memory stays flat.
SHARDS_IN_FLIGHT_PER_CPU = 2


@contextmanager
def on_ray(address: str | None) -> Iterator[None]:
    """Within the block, parallel_map runs on the Ray cluster at `address` (no-op when empty)."""
    global _ray_address
    if not address:
        yield
        return
    import ray  # the optional extra: pip install '.[ray]'

    connected_here = not ray.is_initialized()
    if connected_here:
        ray.init(address=address, log_to_driver=False, logging_level="warning")
    previous, _ray_address = _ray_address, address
    try:
        yield
    finally:
        _ray_address = previous
        if connected_here:
            ray.shutdown()


# A thread importing modules ahead of their use (see one_pool_per_run); None when none runs.
_prefetch: threading.Thread | None = None


class _RunPool:
    def __init__(self, workers: int | None):
        self.workers = workers or os.cpu_count() or 1
        self.pool: mp.pool.Pool | None = None

    def get(self) -> mp.pool.Pool:
        if self.pool is None:
            self.pool = _fork_pool(self.workers)
        return self.pool

    def close(self, failed: bool) -> None:
        if self.pool is not None:
            if failed:
                self.pool.terminate()
            else:
                self.pool.close()
            self.pool.join()
            self.pool = None


@contextmanager
def one_pool_per_run(workers: int | None, then_import: Sequence[str] = ()) -> Iterator[None]:
    """Within the block, parallel_map with the default number of workers (or `workers`) uses one pool of
    processes, closed at the end. Without `then_import` the pool is forked when first needed (a run with
    nothing to extract forks none). With it, the pool is forked at once, then those modules are imported
    on a thread while the run goes on (this process mostly waits on the workers meanwhile); a fork while
    another thread imports could leave the child an import lock held for ever, so a later fork waits."""
    global _run_pool, _prefetch
    previous, _run_pool = _run_pool, _RunPool(workers)
    failed = True
    try:
        if then_import:
            if _run_pool.workers > 1 and not _ray_address:
                _run_pool.get()
            _prefetch = threading.Thread(target=_import_quietly, args=(then_import,), daemon=True)
            _prefetch.start()
        yield
        failed = False
    finally:
        _run_pool.close(failed)
        _run_pool = previous


def _import_quietly(modules: Sequence[str]) -> None:
    for module in modules:
        try:
            importlib.import_module(module)
        except Exception:  # noqa: BLE001 - the module's user imports it again and meets the error there
            return


def _fork_pool(workers: int) -> mp.pool.Pool:
    # fork: workers inherit loaded modules and dictionaries instead of loading them again.
    if _prefetch is not None:
        _prefetch.join()
    pool = mp.get_context("fork").Pool(workers, initializer=_default_signals)
    _widen_pipes(pool)
    return pool


def _widen_pipes(pool: mp.pool.Pool) -> None:
    """Give the pool's task and result pipes PIPE_BYTES each where the system allows (see PIPE_BYTES)."""
    set_size = getattr(fcntl, "F_SETPIPE_SZ", None)  # Linux only
    for queue in (getattr(pool, "_inqueue", None), getattr(pool, "_outqueue", None)):
        reader = getattr(queue, "_reader", None)
        if set_size is not None and reader is not None:
            with contextlib.suppress(OSError):
                fcntl.fcntl(reader.fileno(), set_size, PIPE_BYTES)


def _local(workers: int | None) -> tuple[_RunPool | None, int]:
    """The run's pool when parallel_map with `workers` uses it (else None), and how many processes it maps on."""
    shared = _run_pool if _run_pool is not None and workers in (None, _run_pool.workers) else None
    return shared, shared.workers if shared else workers or os.cpu_count() or 1


def maps_elsewhere(workers: int | None = None) -> bool:
    """Whether parallel_map with `workers` sends its work to other processes (a pool or Ray), not map."""
    return bool(_ray_address) or _local(workers)[1] > 1


def parallel_map(
    fn: Callable[[T], R], items: Iterable[T], workers: int | None = None, batch_size: int = 256
) -> Iterator[R]:
    """`map(fn, items)` on `workers` processes (default: one per core), or as Ray tasks when the run is
    on Ray (see on_ray); fn must be module-level (or a partial of one)."""
    if _ray_address:
        yield from _ray_map(fn, items, batch_size)
        return
    shared, workers = _local(workers)
    if workers == 1:
        yield from map(fn, items)
        return
    pool = shared.get() if shared else _fork_pool(workers)
    try:
        yield from _in_batches(pool, fn, iter(items), workers, batch_size)
        if not shared:
            pool.close()
    except BaseException:
        if shared:  # tasks of an abandoned map may still run: the next map forks a fresh pool
            shared.close(failed=True)
        else:
            pool.terminate()
        raise
    finally:
        if not shared:
            pool.join()


def _in_batches(pool: mp.pool.Pool, fn: Callable[[T], R], iterator: Iterator[T], workers: int,
                batch_size: int) -> Iterator[R]:
    """Results batch by batch, the next batch queued before the results of one are taken."""
    pending: deque = deque()
    while True:
        while len(pending) < 2 and (batch := list(islice(iterator, batch_size))):
            pending.append(pool.imap(fn, batch, chunksize=max(1, len(batch) // (workers * 4))))
        if not pending:
            return
        yield from pending.popleft()


def _apply_to_shard(fn: Callable[[T], R], shard: list[T]) -> list[R]:
    return [fn(item) for item in shard]


def _ray_map(fn: Callable[[T], R], items: Iterable[T], batch_size: int) -> Iterator[R]:
    """One Ray task per shard of consecutive items; results yielded shard by shard in input order."""
    import ray

    n_cpus = max(1, int(ray.cluster_resources().get("CPU", 1)))
    in_flight_limit = n_cpus * SHARDS_IN_FLIGHT_PER_CPU
    # Shards small enough to spread a batch over every CPU, large enough to amortise a task (~1 ms).
    shard_size = max(1, batch_size // n_cpus)
    remote = ray.remote(_apply_to_shard)
    fn_ref = ray.put(fn)
    iterator = iter(items)
    pending: deque = deque()
    try:
        while True:
            while len(pending) < in_flight_limit and (shard := list(islice(iterator, shard_size))):
                pending.append(remote.remote(fn_ref, shard))
            if not pending:
                return
            yield from ray.get(pending.popleft())
    finally:
        for ref in pending:
            ray.cancel(ref)


def _default_signals() -> None:
    # Workers inherit the orchestrator's signal handlers; an interrupt is the parent's to handle.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
