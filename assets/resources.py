"""The one resource every asset uses: where the inbox, the warehouse and the published set live."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import dagster as dg

from assets.pool import on_ray, one_pool_per_run
from assets.versions import cache_version, versioned_assets
from expectations.suites import GX_EXPECTATIONS
from warehouse.cache import CACHE_DIR, ResultCache, forget_stages, wait_forgotten
from warehouse.history import append_run_to_log
from warehouse.integrity import checkpoint, ensure_sound
from warehouse.packed_cache import PackedCache
from warehouse.runlock import run_lock
from warehouse.store import Warehouse

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_INBOX = REPO_ROOT / "data" / "samples"
DEFAULT_LOCK_TIMEOUT_S = 30 * 60  # a nightly run of a large inbox takes minutes, not half an hour
# Stages whose cache entries are small (raw_inbox's: a file's outcomes, no text), all read back every run:
# one pack each (warehouse/packed_cache.py), not a file an entry.
PACKED_STAGES = frozenset({"raw_inbox"})


class Gongwen(dg.ConfigurableResource):
    """Paths of one deployment; by default from GONGWEN_INBOX and GONGWEN_HOME (see docs/contract.md)."""

    inbox: str
    home: str
    workers: int = 0  # 0: one worker process per core
    lock_timeout_s: int = DEFAULT_LOCK_TIMEOUT_S  # how long a run waits for another run on the same home
    ray_address: str = ""  # "": local worker processes; "auto" or a Ray address: per-document work on Ray

    @classmethod
    def from_env(cls) -> Gongwen:
        return cls(
            inbox=os.environ.get("GONGWEN_INBOX") or str(DEFAULT_INBOX),
            home=os.environ.get("GONGWEN_HOME") or ".gongwen",
            workers=int(os.environ.get("GONGWEN_WORKERS") or 0),
            lock_timeout_s=int(os.environ.get("GONGWEN_LOCK_TIMEOUT") or DEFAULT_LOCK_TIMEOUT_S),
            ray_address=os.environ.get("GONGWEN_RAY_ADDRESS") or "",
        )

    @contextmanager
    def yield_for_execution(self, context: dg.InitResourceContext) -> Iterator[Gongwen]:
        """For a run: hold the home's run lock, check the warehouse first, log history and checkpoint last.

        With the in-process executor the resource is set up once per run, so the lock spans every step.
        Sensors and schedules (no run) only read paths and take no lock.
        """
        if context.run is None:
            yield self
            return
        run_id = context.run.run_id
        log = context.log
        with run_lock(self.home_path, f"run {run_id}", self.lock_timeout_s, log.warning):
            report = ensure_sound(self.warehouse, self.home_path)
            if not report.sound:
                log.error(f"warehouse {self.warehouse.path} was corrupt ({report.problem}); moved to "
                          f"{report.moved_to}, rebuilding from the inbox, history restored: {report.restored}")
            try:
                with (self.warehouse.held(), on_ray(self.ray_address),
                      one_pool_per_run(self.n_workers, then_import=(GX_EXPECTATIONS,))):
                    yield self
                forget_stages(self.home_path / CACHE_DIR, versioned_assets())
            finally:
                wait_forgotten()  # the cache entries dropped in the background, before the home is let go
                with self.warehouse.connect() as con:
                    append_run_to_log(con, self.home_path, run_id)
                checkpoint(self.warehouse)

    @property
    def inbox_path(self) -> Path:
        return Path(self.inbox).resolve()

    @property
    def home_path(self) -> Path:
        return Path(self.home).resolve()

    @property
    def warehouse(self) -> Warehouse:
        return Warehouse(self.home_path / "warehouse.duckdb")

    def cache(self, stage: str) -> ResultCache | PackedCache:
        """The result cache of extraction stage `stage` at its current code version."""
        kind = PackedCache if stage in PACKED_STAGES else ResultCache
        return kind(self.home_path / CACHE_DIR, stage, cache_version(stage))

    @property
    def n_workers(self) -> int | None:
        return self.workers or None
