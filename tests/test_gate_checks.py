"""The check columns of out_task_alignment (expectations/sql/checks/out_task_alignment.sql), row by row."""

import duckdb

from tests.conftest import REPO

CHECKS = REPO / "expectations" / "sql" / "checks" / "out_task_alignment.sql"


def test_alignment_rows_check_their_tasks_headings_lineage_and_rank():
    con = duckdb.connect()
    con.execute("create table core_tasks (task_id varchar, doc_id varchar, heading varchar)")
    con.execute("insert into core_tasks values ('c-1', 'c', '城市更新'), ('p-1', 'p', '更新城市'), ('q-1', 'q', '其他')")
    con.execute("create table out_doc_lineage (doc_id varchar, parent_doc_id varchar)")
    con.execute("insert into out_doc_lineage values ('c', 'p'), ('c', 'p')")  # a pair twice counts once
    con.execute("""create table out_task_alignment (child_task_id varchar, doc_id varchar, parent_task_id varchar,
                   parent_doc_id varchar, child_heading varchar, parent_heading varchar, score double, rank int)""")
    con.execute("""insert into out_task_alignment values
        ('c-1', 'c', 'p-1', 'p', '城市更新', '更新城市', 0.9, 1),  -- as it should be
        ('c-1', 'c', 'x-1', 'p', '城市更新', '更新城市', 0.5, 2),  -- a parent task that is not there
        ('c-1', 'c', 'q-1', 'q', '城市更新', '其他', 0.4, 1),      -- no lineage c -> q
        ('c-1', 'x', 'p-1', 'p', '城市更新', '别的', 0.3, 3)       -- the child in another document, a heading changed
    """)
    rows = con.execute(f"select parent_task_id, doc_id, refs_ok, headings_ok, rank_ok from ({CHECKS.read_text()}) "
                       "order by score desc").fetchall()
    assert rows == [
        ("p-1", "c", True, True, True),
        ("x-1", "c", False, None, True),
        ("q-1", "c", False, True, True),
        ("p-1", "x", False, False, True),
    ]
