"""The result cache: what an extraction stage made of one input, kept across runs in cache_results.

An entry is keyed by the input's content hash (`cache_key`, chosen by the asset) and the stage's code
version (assets/code_versions.json), so a changed input or a bumped version is a miss and is extracted
again. Entries are read and written inside the asset's rebuild transaction: the cache and the table
built from it commit together. Payloads are pickled domain values (dataclasses, row dicts).
"""

from __future__ import annotations

import pickle
from collections.abc import Iterable, Sequence
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
        self.used.update(keys)
        if not keys:
            return {}
        self.con.register("wanted_keys", pa.table({"cache_key": pa.array(list(set(keys)), pa.string())}))
        try:
            rows = self.con.execute(load_sql("cache/lookup"), {"stage": self.stage, "version": self.version}).fetchall()
        finally:
            self.con.unregister("wanted_keys")
        return {key: pickle.loads(payload) for key, payload in rows}

    def present(self, keys: Sequence[str]) -> set[str]:
        """Which of these keys have an entry (without reading payloads); all count as used by this run."""
        self.used.update(keys)
        if not keys:
            return set()
        self.con.register("wanted_keys", pa.table({"cache_key": pa.array(list(set(keys)), pa.string())}))
        try:
            rows = self.con.execute(load_sql("cache/present"), {"stage": self.stage, "version": self.version}).fetchall()
        finally:
            self.con.unregister("wanted_keys")
        return {key for (key,) in rows}

    def store(self, entries: Iterable[tuple[str, Any]]) -> None:
        """Keep (key, value) pairs; a key already kept at this version is left as it is."""
        rows = [{"stage": self.stage, "cache_key": key, "version": self.version,
                 "payload": pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)} for key, value in entries]
        if not rows:
            return
        self.con.register("new_entries", pa.Table.from_pylist(rows, schema=_PAYLOAD_SCHEMA))
        try:
            self.con.execute(load_sql("cache/insert_entries"))
        finally:
            self.con.unregister("new_entries")

    def forget_unused(self) -> None:
        """Drop the entries this run did not look up (removed or changed inputs) and older versions."""
        self.con.register("used_keys", pa.table({"cache_key": pa.array(sorted(self.used), pa.string())}))
        try:
            self.con.execute(load_sql("cache/forget_unused"), {"stage": self.stage, "version": self.version})
        finally:
            self.con.unregister("used_keys")

    def size(self) -> int:
        return self.con.execute(load_sql("cache/count_entries"),
                                {"stage": self.stage, "version": self.version}).fetchall()[0][0]
