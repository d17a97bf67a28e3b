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


INDICATOR_CHECKS = REPO / "expectations" / "sql" / "checks" / "core_indicators.sql"


def test_a_percentage_over_100_is_a_change_and_a_negative_one_is_wrong():
    """增长263.3% (a Baoding report's actual) passes; a negative percentage fails; the check stops no run
    that reads a growth over 100 %."""
    con = duckdb.connect()
    sentence = "其中来自京津106.6万人次、增长263.3%"
    con.execute("create table raw_documents (doc_id varchar, text varchar, issue_date date, published_date date,"
                " period_start int)")
    con.execute("insert into raw_documents values ('d', ?, null, null, null)", [sentence])
    con.execute("create table core_tasks (task_id varchar, doc_id varchar)")
    con.execute("""create table core_indicators (indicator_id varchar, doc_id varchar, task_id varchar, value double,
                   value_base double, unit varchar, target_year int, as_of_year int, as_of_start_year int,
                   kind varchar, strength varchar, canonical_metric varchar, better varchar, sentence varchar,
                   char_start int, char_end int, qualifier varchar, comparator varchar)""")
    con.execute("""insert into core_indicators values
        ('d-i1', 'd', null, 263.3, 263.3, '%', null, 2024, null, 'actual', 'neutral', null, null, ?, 14, 22,
         null, '='),
        ('d-i2', 'd', null, -5.0, -5.0, '%', null, 2024, null, 'actual', 'neutral', null, null, ?, 14, 22,
         '5%—5.5%', '≥')
    """, [sentence, sentence])
    rows = con.execute(f"select indicator_id, percent_ok, span_ok, qualifier_comparator from "
                       f"({INDICATOR_CHECKS.read_text()}) order by indicator_id").fetchall()
    assert rows == [("d-i1", True, True, None), ("d-i2", False, True, "5%—5.5%|≥")]
