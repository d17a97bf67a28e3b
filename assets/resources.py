"""The one resource every asset uses: where the inbox, the warehouse and the published set live."""

from __future__ import annotations

import os
from pathlib import Path

import dagster as dg

from warehouse.store import Warehouse

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_INBOX = REPO_ROOT / "data" / "samples"


class Gongwen(dg.ConfigurableResource):
    """Paths of one deployment; by default from GONGWEN_INBOX and GONGWEN_HOME (see docs/contract.md)."""

    inbox: str
    home: str
    workers: int = 0  # 0: one worker process per core

    @classmethod
    def from_env(cls) -> Gongwen:
        return cls(
            inbox=os.environ.get("GONGWEN_INBOX") or str(DEFAULT_INBOX),
            home=os.environ.get("GONGWEN_HOME") or ".gongwen",
            workers=int(os.environ.get("GONGWEN_WORKERS") or 0),
        )

    @property
    def inbox_path(self) -> Path:
        return Path(self.inbox).resolve()

    @property
    def home_path(self) -> Path:
        return Path(self.home).resolve()

    @property
    def warehouse(self) -> Warehouse:
        return Warehouse(self.home_path / "warehouse.duckdb")

    @property
    def n_workers(self) -> int | None:
        return self.workers or None
