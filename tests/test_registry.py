"""The table registry is the one source of every table's shape: DDL and Arrow schema agree with it."""

import duckdb
import pyarrow as pa

from warehouse.registry import PUBLISHED_TABLES, TABLES


def test_every_published_table_carries_doc_id():
    assert all("doc_id" in TABLES[name].column_names for name in PUBLISHED_TABLES)


def test_published_tables_are_the_contracts_core_and_out_tables():
    assert sorted(PUBLISHED_TABLES) == [
        "core_citations", "core_documents", "core_indicators", "core_task_units", "core_tasks",
        "out_department_load", "out_doc_lineage", "out_indicator_comparison", "out_target_cascade",
        "out_target_tracking", "out_task_alignment", "out_theme_coverage",
    ]


def test_ddl_creates_the_columns_of_the_arrow_schema():
    con = duckdb.connect()
    for table in TABLES.values():
        con.execute(table.ddl())
        created = con.table(table.name).to_arrow_table().schema
        assert created.names == table.arrow_schema().names
        assert [f.type for f in created] == [
            pa.timestamp("us") if f.type == pa.timestamp("us") else f.type for f in table.arrow_schema()
        ]


def test_ddl_keep_existing_does_not_drop_rows():
    con = duckdb.connect()
    con.execute(TABLES["dq_results"].ddl())
    con.execute("insert into dq_results values ('r1', 'core_tasks', 'x', true, '1', now())")
    con.execute(TABLES["dq_results"].ddl(keep_existing=True))
    assert con.execute("select count(*) from dq_results").fetchone()[0] == 1
