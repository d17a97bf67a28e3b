"""Document-level expectations: a document whose own values fail one is held back, the rest go on.

A check column of a table's check SQL (expectations/sql/checks/<table>.sql) is either about one
document's values — its plan period, its date of issue — or about the table as a whole. A failing
document-level check says that document is wrong (a typo such as `(2028—2024年)`), so the document
is taken out of the table before its gate, sent to ops_quarantine with the check as its reason, and
its files marked `quarantined`. The gate still runs every check: the document-level ones now hold,
and a table-level failure (keys, references, row counts, too many documents held back) still blocks.
"""

from __future__ import annotations

import duckdb

from expectations.gate import CHECKS
from gongwen.vocabulary import HELD_BACK
from warehouse.quarantine import hold_back_documents
from warehouse.store import load_sql

# Per table: each document-level check column, what it expects (for a person), the columns it reads.
DOCUMENT_CHECKS: dict[str, dict[str, tuple[str, tuple[str, ...]]]] = {
    "raw_documents": {
        "period_ok": ("the plan period starts no later than it ends", ("period_start", "period_end")),
        "issue_date_ok": ("the date of issue lies between 1949-10-01 and a year from today", ("issue_date",)),
    },
}


def screen_documents(con: duckdb.DuckDBPyConnection, table: str) -> list[dict]:
    """Hold back the documents of `table` that fail a document-level check (inside the caller's
    transaction); returns their files' ops_quarantine rows, one per file and failed check."""
    checks = DOCUMENT_CHECKS.get(table, {})
    if not checks:
        return []
    cursor = con.execute(load_sql(table, CHECKS))
    names = [d[0] for d in cursor.description]
    failures: dict[str, list[tuple[str, str]]] = {}  # doc_id → (check, what was seen)
    for row in (dict(zip(names, values, strict=True)) for values in cursor.fetchall()):
        for check, (_, columns) in checks.items():
            if row[check] is False:
                seen = ", ".join(f"{c}={row[c]}" for c in columns)
                failures.setdefault(row["doc_id"], []).append((check, seen))
    flags = {doc_id: f"{HELD_BACK}:{fails[0][0]}" for doc_id, fails in sorted(failures.items())}
    reasons = {doc_id: _reason(fails[0][0], checks) for doc_id, fails in failures.items()}
    rows = []
    for source_file, sha256, doc_id in hold_back_documents(con, flags, reasons):
        for check, seen in failures[doc_id]:
            rows.append({
                "source_file": source_file,
                "stage": table,
                "reason": _reason(check, checks),
                "detail": seen,
                "sha256": sha256,
            })
    return rows



def _reason(check: str, checks: dict) -> str:
    return f"document expectation {check} failed: {checks[check][0]}"
