"""What people open besides Parquet, written into each release folder before it is swapped in.

csv/<table>.csv for every published table (UTF-8 with a BOM, so Excel on Chinese Windows reads it;
list columns joined with 、), 任务台账.xlsx (warehouse.workbook) and the ledger's tables of the database
copy (warehouse.database). Built from the release's own Parquet files, so they always describe the same set.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TypeVar

import polars as pl

from warehouse.registry import PUBLISHED_TABLES

CSV_FOLDER = "csv"
UNIT_SEPARATOR = "、"  # between the items of a list column, in the CSVs and in the workbook's cells
Frame = TypeVar("Frame", pl.DataFrame, pl.LazyFrame)


def flat_frame(frame: Frame) -> Frame:
    """The frame with every list column joined into one string with 、 (CSV has no lists)."""
    lists = [name for name, dtype in frame.collect_schema().items() if isinstance(dtype, pl.List)]
    return frame.with_columns(pl.col(name).list.join(UNIT_SEPARATOR) for name in lists)


def write_csvs(release: Path, *tables: str) -> list[Path]:
    """csv/<table>.csv for these published tables of the release folder (by default every one)."""
    folder = Path(release) / CSV_FOLDER
    folder.mkdir(exist_ok=True)
    written = []
    for name in tables or PUBLISHED_TABLES:
        path = folder / f"{name}.csv"
        # Streamed from the Parquet file to the CSV file: a large table is never whole in memory.
        flat_frame(pl.scan_parquet(Path(release) / f"{name}.parquet")).sink_csv(path, include_bom=True)
        written.append(path)
    return written


def write_workbook(release: Path, *_tables: str) -> Path:
    from warehouse.workbook import write_workbook as write

    return write(release)


def write_database(release: Path, *tables: str) -> None:
    from warehouse.database import write_database as write

    write(release, *tables)


# The exports of a release folder that holds the published Parquet, each made on its own (in a process of
# its own when publishing). Each imports only what it needs: a process that writes CSVs or loads the
# database copy does not pay the workbook's imports (~0.7 s of a process's start).
EXPORTS = {"csv": write_csvs, "workbook": write_workbook, "database": write_database}


if __name__ == "__main__":  # python -m warehouse.exports <release folder> <export> [table …]: how publish runs each
    EXPORTS[sys.argv[2]](Path(sys.argv[1]), *sys.argv[3:])
