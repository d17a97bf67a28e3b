"""Publishing: one Parquet file per published table plus _manifest.json, swapped in atomically.

Each run writes a complete release under $GONGWEN_HOME/releases/<run_id>/ and then repoints the
symlink $GONGWEN_HOME/published at it with a single rename, so a reader sees the old set or the
new set, never a mix; a run killed before the swap leaves the last published set untouched.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
from pathlib import Path

import pyarrow.parquet as pq

from warehouse.exports import write_exports
from warehouse.registry import CONTRACT_VERSION, PUBLISHED_TABLES, TABLES
from warehouse.store import Warehouse

KEEP_RELEASES = 2  # the current one and the one before, for readers still holding it open


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def publish(warehouse: Warehouse, home: Path, run_id: str) -> dict:
    """Write every published table of the warehouse as Parquet and swap the new set in."""
    releases = home / "releases"
    staging = releases / f".staging-{run_id}"
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)

    tables = {}
    for name in PUBLISHED_TABLES:
        path = staging / f"{name}.parquet"
        # No statistics timestamps or writer ids vary between runs: identical rows give identical bytes.
        pq.write_table(warehouse.arrow(name), path, compression="zstd")
        tables[name] = {
            "file": path.name,
            "rows": pq.ParquetFile(path).metadata.num_rows,
            "columns": [{"name": c.name, "type": c.type} for c in TABLES[name].columns],
            "sha256": _sha256(path),
        }
    manifest = {
        "contract_version": CONTRACT_VERSION,
        "run_id": run_id,
        "finished_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "tables": tables,
    }
    (staging / "_manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    write_exports(staging)  # csv/<table>.csv and 任务台账.xlsx, swapped in with the Parquet

    release = releases / run_id
    if release.exists():
        shutil.rmtree(release)
    staging.rename(release)
    _point_published_at(home, release)
    _prune(releases, keep=release)
    return manifest


def _point_published_at(home: Path, release: Path) -> None:
    link = home / "published"
    tmp_link = home / f".published-{release.name}"
    if tmp_link.is_symlink() or tmp_link.exists():
        tmp_link.unlink()
    tmp_link.symlink_to(release.relative_to(home), target_is_directory=True)
    if link.exists() and not link.is_symlink():
        # A folder left by hand (or an older layout): move it aside rather than lose it.
        link.rename(home / f"published.old-{release.name}")
    os.replace(tmp_link, link)  # rename(2) is atomic: readers see the old target or the new one


def _prune(releases: Path, keep: Path) -> None:
    done = sorted(
        (p for p in releases.iterdir() if p.is_dir() and not p.name.startswith(".")),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    survivors = {keep.name} | {p.name for p in done[:KEEP_RELEASES]}
    for path in done:
        if path.name not in survivors:
            shutil.rmtree(path, ignore_errors=True)
    for path in releases.glob(".staging-*"):
        shutil.rmtree(path, ignore_errors=True)
