"""Publishing: one Parquet file per published table, a read-only DuckDB copy and _manifest.json,
swapped in atomically.

Each run writes a complete release under $GONGWEN_HOME/releases/<run_id>/ and then repoints the
symlink $GONGWEN_HOME/published at it with a single rename, so a reader sees the old set or the
new set, never a mix; a run killed before the swap leaves the last published set untouched.
The release's gongwen.duckdb is what analysts connect to (read_only=True): it is a file of its own,
never written again once published, so an open connection on it never blocks the next run, which
writes only the private $GONGWEN_HOME/warehouse.duckdb and a new release.
"""

from __future__ import annotations

import atexit
import datetime as dt
import hashlib
import json
import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pyarrow.parquet as pq

from warehouse.changes import changes_since
from warehouse.database import DATABASE_FILE, connect_copy, load_tables
from warehouse.datapackage import write_datapackage
from warehouse.manifest import MANIFEST_FILE, current_manifest
from warehouse.provenance import REPO, provenance
from warehouse.registry import CONTRACT_VERSION, PUBLISHED_TABLES, TABLES
from warehouse.report import write_report
from warehouse.store import Warehouse
from warehouse.workbook import SOURCE_TABLES

KEEP_RELEASES = 2  # the current one and the one before, for readers still holding it open
# Copied into the release's database beside the published tables, as the run left them: what was
# read and what was held back, so an analyst never needs the run's private warehouse.
DATABASE_EXTRA_TABLES = ("raw_files", "ops_quarantine")
# The manifest's entry for the database copy.
DATABASE_ENTRY = {
    "file": DATABASE_FILE,
    "tables": [*PUBLISHED_TABLES, *DATABASE_EXTRA_TABLES],
    "open_with": f"duckdb.connect('<GONGWEN_HOME>/published/{DATABASE_FILE}', read_only=True)",
}
# The tables 任务台账.xlsx is made from: staged early by stage_ledger.
LEDGER_TABLES = SOURCE_TABLES


@dataclass
class Staged:
    """A release begun by stage_ledger: its folder, the tables written and the exports under way, of which
    `database` loads the tables into the database copy (publish adds the rest once it has finished)."""

    folder: Path
    tables: dict
    exports: list[subprocess.Popen]
    database: subprocess.Popen | None = None


_STAGED: dict[str, Staged] = {}  # run_id → the release stage_ledger began in this process


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def same_tables(manifest: dict | None, tables: dict) -> bool:
    """Whether a published set has exactly these tables with these Parquet bytes (by SHA-256)."""
    if manifest is None or manifest.get("contract_version") != CONTRACT_VERSION:
        return False
    published = {name: t["sha256"] for name, t in manifest["tables"].items()}
    return published == {name: t["sha256"] for name, t in tables.items()}


def publish(warehouse: Warehouse, home: Path, run_id: str) -> dict:
    """Write every published table of the warehouse as Parquet and swap the new set in.

    When every Parquet file is byte-identical to the published set's, nothing new is published: the
    current set stays (its manifest is returned, with `"new_release": False`). What stage_ledger staged
    for this run in this process (the ledger's tables, the workbook, their CSVs and their tables of the
    database copy under way) is taken over.
    """
    releases = home / "releases"
    staged = _STAGED.pop(run_id, None)
    staging = staged.folder if staged else _fresh_staging(home, f".staging-{run_id}")
    tables = dict(staged.tables) if staged else {}
    exports = list(staged.exports) if staged else []
    try:
        for name in PUBLISHED_TABLES:
            if name not in tables:
                tables[name] = _write_table(warehouse, name, staging)
    except BaseException:
        _stop(exports)
        raise
    tables = {name: tables[name] for name in PUBLISHED_TABLES}
    current = current_manifest(home)
    if same_tables(current, tables):
        _stop(exports)
        shutil.rmtree(staging)
        return {**current, "new_release": False}
    if staged:
        exports += _start_exports(staging, ("csv", *[name for name in PUBLISHED_TABLES if name not in LEDGER_TABLES]))
    else:
        exports += _start_exports(staging, ("workbook",), ("csv",))
    loaded = staged.database if staged else None
    try:
        # The database copy is written on a thread (DuckDB works outside the GIL) while this one writes the
        # manifest and the report, which read the Parquet, not the copy. Both connect to the warehouse: it is
        # held open meanwhile, else one thread's connect may race the other's close of the same database
        # ("Unique file handle conflict: Cannot attach").
        with warehouse.held(), ThreadPoolExecutor(max_workers=1, thread_name_prefix="publish-database") as beside:
            copied = beside.submit(_write_database, warehouse, staging, loaded)
            manifest = _write_manifest_and_report(warehouse, home, staging, run_id, tables)
            copied.result()
        _finish_exports([process for process in exports if process is not loaded])  # `loaded`: finished
    finally:
        _stop(exports)  # those still going when this process failed first: they go with the staging folder

    release = releases / run_id
    if release.exists():
        shutil.rmtree(release)
    staging.rename(release)
    _point_published_at(home, release)
    _prune(releases, keep=release)
    return {**manifest, "new_release": True}


def stage_ledger(warehouse: Warehouse, home: Path, run_id: str) -> dict:
    """Begin this run's release early: the tables 任务台账.xlsx reads (LEDGER_TABLES) as Parquet in its
    staging folder, and the workbook, their CSVs and their tables of the database copy started in processes
    of their own, which go on while the run builds and gates the other tables; publish takes them over. Nothing is published here: a run
    that publishes nothing leaves the folder to the next publication, which removes it (the processes are
    stopped when this one exits). Returns the staged tables' manifest entries."""
    staging = _fresh_staging(home, f".staging-{run_id}.ledger")
    tables = {name: _write_table(warehouse, name, staging) for name in LEDGER_TABLES}
    database = _start_exports(staging, ("database", *LEDGER_TABLES))
    exports = _start_exports(staging, ("workbook",), ("csv", *LEDGER_TABLES))
    _STAGED[run_id] = Staged(staging, tables, database + exports, database=database[0] if database else None)
    return tables


def _fresh_staging(home: Path, name: str) -> Path:
    staging = home / "releases" / name
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    return staging


def _write_table(warehouse: Warehouse, name: str, staging: Path) -> dict:
    """Table `name` as <staging>/<name>.parquet; its manifest entry."""
    path = staging / f"{name}.parquet"
    _write_parquet(warehouse, name, path)
    return {
        "file": path.name,
        "rows": pq.ParquetFile(path).metadata.num_rows,
        "columns": [{"name": c.name, "type": c.type} for c in TABLES[name].columns],
        "sha256": _sha256(path),
    }


def _start_exports(staging: Path, *exports: tuple[str, ...]) -> list[subprocess.Popen]:
    """csv/<table>.csv and 任务台账.xlsx (warehouse.exports: an export and its arguments), made from the staged
    Parquet alone, each by a process of its own while this one writes the rest."""
    return [subprocess.Popen([sys.executable, "-m", "warehouse.exports", str(staging), *export], cwd=REPO,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True) for export in exports]


def _stop(exports: list[subprocess.Popen]) -> None:
    for process in exports:
        if process.poll() is None:
            process.kill()
            process.wait()


@atexit.register
def _stop_staged() -> None:
    """Exports staged for a run that never published (a gate blocked it): stopped with this process."""
    for staged in _STAGED.values():
        _stop(staged.exports)


def _finish_exports(exports: list[subprocess.Popen]) -> None:
    failed = []
    for process in exports:
        _, errors = process.communicate()
        if process.returncode != 0:
            failed.append(f"{' '.join(process.args[-2:])} (exit {process.returncode}):\n{errors[-3000:]}")
    if failed:
        raise RuntimeError("writing the CSVs and the workbook failed: " + "\n".join(failed))


# Rows per row group of a published Parquet file: a batch in memory at a time (with 131,072, writing the
# 436,000 tasks of 20,000 plans took 170 MB more at its peak), still large enough to scan fast.
ROW_GROUP_ROWS = 1 << 15


def _write_parquet(warehouse: Warehouse, name: str, path: Path) -> None:
    """Table `name` as Parquet, a batch of rows at a time (a row group each): a large table is never
    whole in memory. No statistics timestamps or writer ids vary between runs: identical rows give
    identical bytes."""
    schema = TABLES[name].arrow_schema()
    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        empty = True
        for batch in warehouse.batches(name, batch_rows=ROW_GROUP_ROWS):
            writer.write_batch(batch)
            empty = False
        if empty:  # one row group of no rows, as for any table written whole
            writer.write_table(schema.empty_table())


def _write_manifest_and_report(warehouse: Warehouse, home: Path, staging: Path, run_id: str, tables: dict) -> dict:
    manifest = {
        "contract_version": CONTRACT_VERSION,
        "run_id": run_id,
        "finished_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        **provenance(warehouse),
        "tables": tables,
        "database": DATABASE_ENTRY,
        "changes": changes_since(home / "published", staging),
    }
    write_datapackage(staging, tables, manifest["package_version"])
    (staging / MANIFEST_FILE).write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    write_report(staging, warehouse)  # report/index.html: swapped in with the Parquet it plots
    return manifest


def _write_database(warehouse: Warehouse, staging: Path, loaded: subprocess.Popen | None = None) -> None:
    """The release's DuckDB copy (warehouse/database.py): every published table loaded from the staged
    Parquet, plus the extra ops tables. `loaded`: the process stage_ledger started to load the ledger's
    tables, which is waited for and only the other tables loaded here."""
    if loaded is not None:
        _finish_exports([loaded])
    con = connect_copy(staging)
    try:
        load_tables(con, staging, [name for name in PUBLISHED_TABLES if loaded is None or name not in LEDGER_TABLES])
        for name in DATABASE_EXTRA_TABLES:
            con.execute(TABLES[name].ddl())
            if warehouse.has_table(name):
                con.from_arrow(warehouse.arrow(name)).insert_into(TABLES[name].name)
        con.execute("checkpoint")
    finally:
        con.close()


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
