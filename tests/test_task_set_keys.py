"""warehouse/sql/extract/task_set_keys.sql: the key the theme and alignment marts keep a document's rows by
tells its tasks (ids, headings, texts, order) from any other version of them, and nothing else."""

import duckdb

from warehouse.store import load_sql

TASKS = [("t1", "加强组织领导", "各地要加强组织领导。"), ("t2", "强化督查", "按月报送进展。")]


def _keys(documents: dict[str, list[tuple[str, str, str]]]) -> dict[str, str]:
    con = duckdb.connect()
    con.execute("create table core_tasks (doc_id varchar, seq integer, task_id varchar, heading varchar, "
                "text varchar)")
    for doc_id, tasks in documents.items():
        for seq, (task_id, heading, text) in reversed(list(enumerate(tasks, 1))):  # stored out of order
            con.execute("insert into core_tasks values (?, ?, ?, ?, ?)", [doc_id, seq, task_id, heading, text])
    rows = con.execute(load_sql("extract/task_set_keys")).fetchall()
    assert [doc_id for doc_id, _ in rows] == sorted(documents)
    return dict(rows)


def test_a_documents_key_follows_its_tasks_and_nothing_else():
    keys = _keys({
        "same": TASKS,
        "copy": TASKS,
        "reordered": TASKS[::-1],
        "text": [TASKS[0], ("t2", "强化督查", "按季报送进展。")],
        "heading": [TASKS[0], ("t2", "强化督导", "按月报送进展。")],
        "id": [TASKS[0], ("t3", "强化督查", "按月报送进展。")],
        "fewer": TASKS[:1],
    })
    assert keys["same"] == keys["copy"]
    assert len({keys[name] for name in keys if name != "copy"}) == 6
    assert all(len(key) == 64 for key in keys.values())


def test_fields_are_hashed_apart_whatever_they_hold():
    # Joined with a separator (as the MD5 of concat_ws did), these two tasks read the same.
    keys = _keys({"a": [("t1", "甲\x1f乙", "丙")], "b": [("t1", "甲", "乙\x1f丙")]})
    assert keys["a"] != keys["b"]
