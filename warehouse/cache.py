"""The result cache: what an extraction stage made of one input, kept across runs in cache_results.

An entry is keyed by the input's content hash (`cache_key`, chosen by the asset) and the stage's code
version (assets/code_versions.json), so a changed input or a bumped version is a miss and is extracted
again. Entries are read and written inside the asset's rebuild transaction: the cache and the table
built from it commit together. Payloads are pickled domain values (dataclasses, row dicts).
"""

from __future__ import annotations

import pickle
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import duckdb
import pyarrow as pa

from warehouse.store import load_sql

_PAYLOAD_SCHEMA = pa.schema([("stage", pa.string()), ("cache_key", pa.string()),
                             ("version", pa.string()), ("payload", pa.binary())])


class ResultCache:
    """One stage's entries at one version, on the connection of the caller's transaction."""

    def __init__(self, con: duckdb.DuckDBPyConnection, stage: str, version: str):
        self.con, self.stage, self.version = con, stage, version
        self.used: set[str] = set()
        con.execute(load_sql("cache/create_cache"))

    def lookup(self, keys: Sequence[str]) -> dict[str, Any]:
        """The cached values of those keys that have an entry; every key counts as used by this run."""
        return {key: pickle.loads(payload) for key, payload in self._entries_of("cache/lookup", keys)}

    def present(self, keys: Sequence[str]) -> set[str]:
        """Which of these keys have an entry (without reading payloads); all count as used by this run."""
        return {key for (key,) in self._entries_of("cache/present", keys)}

    def _entries_of(self, sql_name: str, keys: Sequence[str]) -> list[tuple]:
        self.used.update(keys)
        if not keys:
            return []
        with self._registered("wanted_keys", pa.table({"cache_key": pa.array(list(set(keys)), pa.string())})):
            return self.con.execute(load_sql(sql_name), {"stage": self.stage, "version": self.version}).fetchall()

    def store(self, entries: Iterable[tuple[str, Any]]) -> None:
        """Keep (key, value) pairs; a key already kept at this version is left as it is."""
        rows = [{"stage": self.stage, "cache_key": key, "version": self.version,
                 "payload": pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)} for key, value in entries]
        if not rows:
            return
        with self._registered("new_entries", pa.Table.from_pylist(rows, schema=_PAYLOAD_SCHEMA)):
            self.con.execute(load_sql("cache/insert_entries"))

    def forget_unused(self) -> None:
        """Drop the entries this run did not look up (removed or changed inputs) and older versions."""
        with self._registered("used_keys", pa.table({"cache_key": pa.array(sorted(self.used), pa.string())})):
            self.con.execute(load_sql("cache/forget_unused"), {"stage": self.stage, "version": self.version})

    @contextmanager
    def _registered(self, name: str, table: pa.Table) -> Iterator[None]:
        """`table` visible to this connection's SQL as `name` for the block."""
        self.con.register(name, table)
        try:
            yield
        finally:
            self.con.unregister(name)

    def size(self) -> int:
        return self.con.execute(load_sql("cache/count_entries"),
                                {"stage": self.stage, "version": self.version}).fetchall()[0][0]
