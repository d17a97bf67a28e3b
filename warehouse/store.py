"""The DuckDB warehouse: connections, transactional table rebuilds and batched writes.

Every table is rebuilt inside one transaction, so a killed run leaves the previous version of each
table intact. Rows arrive as dicts and are cast to the registry's Arrow schema on the way in.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from warehouse.registry import TABLES, Table

# warehouse/sql/ by role: build/ (a table's rows, named after the table), extract/ (reads that feed the
# extractors), ops/ (quarantine merge, run metadata counts, the run summary, table_exists), report/ (the
# run's gate results for the HTML report).
SQL_DIR = Path(__file__).parent / "sql"
# DuckDB would take up to 80 % of RAM for its buffers; the run's memory budget is 1.5 GB in all, of
# which the imports take ~460 MB. Past this DuckDB spills to <warehouse>.tmp/ (a large sort when
# publishing) or drops cached blocks; at 5,000 plans a run is no slower with 512 MB than with 1 GB.
DUCKDB_CONFIG = {"memory_limit": "512MB"}


def load_sql(name: str, folder: Path = SQL_DIR) -> str:
    """The text of <folder>/<name>.sql (by default warehouse/sql/, so name is e.g. "extract/lineage_pairs")."""
    return (folder / f"{name}.sql").read_text(encoding="utf-8")


def create_table(con: duckdb.DuckDBPyConnection, table: Table, keep_existing: bool = False) -> None:
    """Create a table from the registry, with its meaning and its columns' as DuckDB comments."""
    con.execute(table.ddl(keep_existing))
    con.execute(";\n".join(table.comments()))  # one call: a statement per call costs ~8 ms each


def _count(con: duckdb.DuckDBPyConnection, name: str) -> int:
    return con.table(TABLES[name].name).count("*").fetchall()[0][0]


class RowShapeError(ValueError):
    """A row whose keys or NULLs do not fit its table in the registry."""


def check_row(table: Table, row: dict[str, Any]) -> None:
    """Raise RowShapeError unless `row` has exactly the table's columns and a value in each NOT NULL one.

    Arrow would turn a misspelt or missing key into a silent NULL; comparing key sets is cheap.
    """
    keys = row.keys()
    if keys != table.column_set:
        problems = []
        if unknown := sorted(keys - table.column_set):
            problems.append(f"unknown key(s) {', '.join(unknown)}")
        if missing := sorted(table.column_set - keys):
            problems.append(f"missing column(s) {', '.join(missing)}")
        raise RowShapeError(f"row for table {table.name}: {'; '.join(problems)}")
    for name in table.required_columns:
        if row[name] is None:
            raise RowShapeError(f"row for table {table.name}: None in NOT NULL column {name}")


class TableWriter:
    """Buffers rows for one table and appends them in Arrow batches, enforcing the registry schema."""

    def __init__(self, con: duckdb.DuckDBPyConnection, table: Table):
        self.con = con
        self.table = table
        self.schema = table.arrow_schema()
        self.buffer: list[dict[str, Any]] = []
        self.n_rows = 0

    def add(self, row: dict[str, Any]) -> None:
        check_row(self.table, row)
        self.buffer.append(row)
        if len(self.buffer) >= self.table.rows_per_append:
            self.flush()

    def extend(self, rows: Sequence[dict[str, Any]]) -> None:
        for row in rows:
            self.add(row)

    def flush(self) -> None:
        if not self.buffer:
            return
        # Column by column: from_pylist makes the same table several times slower (9x on core_tasks).
        batch = pa.Table.from_pydict({name: [row[name] for row in self.buffer] for name in self.schema.names},
                                     schema=self.schema)
        self.con.from_arrow(batch).insert_into(self.table.name)
        self.n_rows += len(self.buffer)
        self.buffer = []


def most_of(part: int, whole: int) -> bool:
    """More than half: with most documents to redo, building a table whole costs less than a filter on a
    list of most of its documents."""
    return 2 * part > whole


class Rebuild:
    """Writers for the tables one asset rebuilds; all of them commit together or not at all."""

    def __init__(self, con: duckdb.DuckDBPyConnection):
        self.con = con
        self.writers: dict[str, TableWriter] = {}

    def writer(self, name: str) -> TableWriter:
        if name not in self.writers:
            create_table(self.con, TABLES[name])
            self.writers[name] = TableWriter(self.con, TABLES[name])
        return self.writers[name]

    def keep(self, name: str) -> bool:
        """Append to table `name` as it stands when it has the registry's columns, else create it anew;
        whether it was kept."""
        table = TABLES[name]
        found = self.con.execute(load_sql("ops/table_columns"), {"name": table.name}).fetchall()
        kept = found == [(c.name, c.type) for c in table.columns]
        if not kept:
            create_table(self.con, table)
        self.writers[name] = TableWriter(self.con, table)
        return kept

    def drop_documents(self, name: str, doc_ids: Sequence[str], stage: str) -> None:
        """Delete from table `name` the rows of documents `doc_ids` and of documents stage `stage` has no
        longer on record (ops_extracted)."""
        self.flush()
        query = load_sql("ops/drop_documents").format(table=TABLES[name].name)  # the name from the registry
        self.con.execute(query, {"doc_ids": list(doc_ids), "stage": stage})

    def from_sql(self, name: str, sql_name: str | None = None, params: Sequence[Any] = ()) -> int:
        """Recreate table `name` from the query in warehouse/sql/build/<sql_name or name>.sql; a table with
        a key query (warehouse/sql/keys/<name>.sql) is rebuilt by document instead (by_document)."""
        if sql_name is None and not params and (SQL_DIR / "keys" / f"{name}.sql").exists():
            return self.by_document(name)
        table = TABLES[name]
        create_table(self.con, table)
        query = load_sql(f"build/{sql_name or name}")
        self.con.execute(f"insert into {table.name} by name {query}", list(params))
        return self.count(name)

    def by_document(self, name: str) -> int:
        """Table `name` as warehouse/sql/build/<name>.sql makes it, whose rows of a document depend on that
        document's rows alone: warehouse/sql/keys/<name>.sql gives each document a key of everything the
        query reads of it. The rows of a document built from the same key by the same queries (their hash
        is the version on record in ops_extracted) stay; those of documents new, changed or gone are made
        again or go. A table of another shape than the registry's, or with most documents to do, is made
        anew whole (a filter on a list of most documents costs more than building them all)."""
        query, keys_query = load_sql(f"build/{name}"), load_sql(f"keys/{name}")
        version = hashlib.sha256(f"{query}\0{keys_query}".encode()).hexdigest()[:16]
        kept = self.keep(name)
        self.keep("ops_extracted")
        done = self.extracted(name, version) if kept else {}
        keys = self.con.execute(keys_query).fetchall()
        todo = [doc_id for doc_id, key in keys if done.get(doc_id) != key]
        self.record_extracted(name, version, keys)
        if not kept or most_of(len(todo), len(keys)):
            create_table(self.con, TABLES[name])
            self.con.execute(f"insert into {TABLES[name].name} by name {query}")
        else:
            self.drop_documents(name, todo, name)
            insert = load_sql("ops/insert_documents").format(table=TABLES[name].name, query=query)
            self.con.execute(insert, {"doc_ids": todo})
        return self.count(name)

    def extracted(self, stage: str, version: str) -> dict[str, str]:
        """doc_id → input key of the documents whose rows stage `stage` last made at `version` (ops_extracted)."""
        return dict(self.rows("extract/extracted_documents", {"stage": stage, "version": version}))

    def record_extracted(self, stage: str, version: str, doc_keys: Sequence[tuple[str, str]]) -> None:
        """What stage `stage`'s rows are now made from: (doc_id, input key) pairs at `version`."""
        self.execute("extract/forget_extracted", {"stage": stage})
        self.execute("extract/record_extracted", {"stage": stage, "version": version,
                                                  "doc_ids": [d for d, _ in doc_keys], "keys": [k for _, k in doc_keys]})

    def stream(self, sql_name: str, params: Sequence[Any] = (), batch_rows: int = 256) -> Iterator[tuple]:
        """Rows of a committed query, fetched a batch at a time on a cursor of their own."""
        cursor = self.con.cursor()
        try:
            result = cursor.execute(load_sql(sql_name), params)
            while rows := result.fetchmany(batch_rows):
                yield from rows
        finally:
            cursor.close()

    def rows(self, sql_name: str, params: Sequence[Any] = ()) -> list[tuple]:
        """The rows of a query, seeing this transaction's writes."""
        self.flush()
        # fetchall: a result left half-read would block the relation API on this connection.
        return self.con.execute(load_sql(sql_name), params).fetchall()

    def scalar(self, sql_name: str) -> Any:
        """The single value of a query, seeing this transaction's writes."""
        return self.rows(sql_name)[0][0]

    def execute(self, sql_name: str, params: Sequence[Any] = ()) -> None:
        self.flush()
        self.con.execute(load_sql(sql_name), params)

    def count(self, name: str) -> int:
        return _count(self.con, name)

    def count_and_head(self, name: str, n: int = 5) -> tuple[int, pa.Table]:
        """The row count of a table and its first `n` rows in their deterministic order (a preview),
        seeing this transaction's writes."""
        self.flush()
        table = TABLES[name]
        rel = self.con.table(table.name).select(*table.column_names)
        if table.order_by:
            rel = rel.order(", ".join(table.order_by))
        return _count(self.con, name), rel.limit(n).to_arrow_table()

    def flush(self) -> None:
        for writer in self.writers.values():
            writer.flush()


class Warehouse:
    """The warehouse file at $GONGWEN_HOME/warehouse.duckdb."""

    def __init__(self, path: Path):
        self.path = Path(path)

    @contextmanager
    def connect(self) -> Iterator[duckdb.DuckDBPyConnection]:
        # Always read-write: DuckDB refuses a second connection in one process with another config.
        self.path.parent.mkdir(parents=True, exist_ok=True)
        con = duckdb.connect(str(self.path), config=DUCKDB_CONFIG)
        try:
            yield con
        finally:
            con.close()

    @contextmanager
    def held(self) -> Iterator[None]:
        """Keep the database open for the block (a run): every connect() inside reuses the open database
        instead of opening the file, replaying its log and checkpointing it again at close (~20 ms to
        seconds each, some thirty times a run)."""
        with self.connect():
            yield

    @contextmanager
    def rebuild(self) -> Iterator[Rebuild]:
        """One transaction in which an asset recreates its tables; rolled back on any error."""
        with self.connect() as con:
            con.begin()
            rebuild = Rebuild(con)
            try:
                yield rebuild
                rebuild.flush()
                con.commit()
            except BaseException:
                con.rollback()
                raise

    def ensure(self, name: str) -> None:
        """Create a table that accumulates across runs (ops_quarantine, dq_results) if it is missing."""
        with self.connect() as con:
            create_table(con, TABLES[name], keep_existing=True)

    def query(self, sql_name: str, params: Sequence[Any] = ()) -> list[tuple]:
        with self.connect() as con:
            return con.execute(load_sql(sql_name), params).fetchall()

    def count(self, name: str) -> int:
        with self.connect() as con:
            return _count(con, name)

    def append(self, name: str, rows: Sequence[dict[str, Any]]) -> None:
        """Add rows to a table that accumulates across runs, creating it if needed."""
        self.ensure(name)
        with self.connect() as con:
            writer = TableWriter(con, TABLES[name])
            writer.extend(rows)
            writer.flush()

    def arrow(self, name: str) -> pa.Table:
        """A whole table in its registry schema and deterministic row order."""
        return pa.Table.from_batches(list(self.batches(name)), schema=TABLES[name].arrow_schema())

    def batches(self, name: str, batch_rows: int = 1 << 17) -> Iterator[pa.RecordBatch]:
        """A whole table in its registry schema and deterministic row order, `batch_rows` rows at a time."""
        table = TABLES[name]
        schema = table.arrow_schema()
        with self.connect() as con:
            rel = con.table(table.name).select(*table.column_names)
            if table.order_by:
                rel = rel.order(", ".join(table.order_by))
            for batch in rel.to_arrow_reader(batch_rows):
                yield batch.cast(schema)

    def has_table(self, name: str) -> bool:
        if not self.path.exists():
            return False
        with self.connect() as con:
            return con.execute(load_sql("ops/table_exists"), {"name": name}).fetchone()[0]
