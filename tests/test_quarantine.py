"""ops_quarantine keeps when bytes were first quarantined across runs; the latest reason wins."""

import duckdb

from warehouse.quarantine import record_quarantine

EMPTY = {"source_file": "empty.txt", "stage": "read", "reason": "empty file", "detail": "0 bytes", "sha256": "e3b0"}


def test_rerun_keeps_first_seen_and_updates_run():
    con = duckdb.connect()
    record_quarantine(con, [EMPTY], "run-1")
    first_seen = con.execute("select first_seen from ops_quarantine").fetchone()[0]
    record_quarantine(con, [EMPTY], "run-2")
    rows = con.execute("select source_file, reason, first_seen, run_id from ops_quarantine").fetchall()
    assert rows == [("empty.txt", "empty file", first_seen, "run-2")]


def test_changed_bytes_are_a_new_row():
    con = duckdb.connect()
    record_quarantine(con, [EMPTY], "run-1")
    record_quarantine(con, [{**EMPTY, "sha256": "ffff", "reason": "binary content, not text"}], "run-2")
    assert con.execute("select count(*) from ops_quarantine").fetchone()[0] == 2
