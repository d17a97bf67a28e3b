"""Document-level expectations: a document whose own values fail one is held back, the rest go on.

A check column of a table's check SQL (expectations/sql/checks/<table>.sql) is either about one
document's values — its plan period, its date of issue — or about the table as a whole. A failing
document-level check says that document is wrong (a typo such as `(2028—2024年)` or `到2300年`), or that what
extraction made of its own figures breaks a promise made of every row (an actual with a commitment's strength), so
the document is taken out of the table before its gate (and out of every table built from it so far), sent to
ops_quarantine with the check as its reason, and its files marked `quarantined`. The gate still runs every check:
the document-level ones now hold, and a table-level failure (keys, references, row counts, too many documents held
back) still blocks.
"""

from __future__ import annotations

import duckdb

from expectations.gate import CHECKS, SQL_DIR
from gongwen.vocabulary import HELD_BACK
from warehouse.quarantine import hold_back_documents
from warehouse.store import load_sql

# Per table: each document-level check column, what it expects (for a person), the columns it reads.
DOCUMENT_CHECKS: dict[str, dict[str, tuple[str, tuple[str, ...]]]] = {
    "raw_documents": {
        "period_ok": ("the plan period starts no later than it ends", ("period_start", "period_end")),
        "issue_date_ok": ("the date of issue lies between 1949-10-01 and a year from today", ("issue_date",)),
    },
    "core_indicators": {
        "year_ok": ("every target year lies between 1949 and 2100 and not before the document's year less one",
                    ("indicator_id", "target_year")),
        "as_of_year_ok": ("every actual's year lies between 1949 and 2100 and not after the document's year",
                          ("indicator_id", "as_of_year")),
        # what extraction made of one document's own figures: a slip costs that document, not the run
        "kind_ok": ("every target has a target year only, every actual an as-of year only",
                    ("indicator_id", "kind", "target_year", "as_of_year")),
        "strength_ok": ("every actual commits to nothing (its strength is neutral)", ("indicator_id", "kind", "strength")),
    },
}
SCREENING = SQL_DIR / "screening"
# Tables screened after core tables were built from the documents: those rows go too.
SCREENED_IN_CORE = frozenset({"core_indicators"})


def screen_documents(con: duckdb.DuckDBPyConnection, table: str) -> list[dict]:
    """Hold back the documents of `table` that fail a document-level check (inside the caller's
    transaction); returns their files' ops_quarantine rows, one per file: the first failed check is
    the reason, what each failed check saw (its first failing row) the detail."""
    checks = DOCUMENT_CHECKS.get(table, {})
    if not checks:
        return []
    con.execute(f"create or replace temp view screened as {load_sql(table, CHECKS)}")
    shown = sorted({column for _, columns in checks.values() for column in columns} - {"doc_id"})
    cursor = con.execute(load_sql("failing", SCREENING), {"checks": list(checks), "columns": shown})
    names = [d[0] for d in cursor.description]
    failures: dict[str, dict[str, list[str]]] = {}  # doc_id → check → what each failing row showed
    for row in (dict(zip(names, values, strict=True)) for values in cursor.fetchall()):
        for check, (_, columns) in checks.items():
            if row[check] is False:
                seen = ", ".join(f"{c}={row[c]}" for c in columns)
                failures.setdefault(row["doc_id"], {}).setdefault(check, []).append(seen)
    first = {doc_id: next(iter(fails)) for doc_id, fails in sorted(failures.items())}
    flags = {doc_id: f"{HELD_BACK}:{check}" for doc_id, check in first.items()}
    reasons = {doc_id: _reason(check, checks) for doc_id, check in first.items()}
    held = hold_back_documents(con, flags, reasons, from_core=table in SCREENED_IN_CORE)
    return [
        {"source_file": source_file, "stage": table, "reason": reasons[doc_id],
         "detail": "; ".join(_seen(check, seen, len(failures[doc_id]) > 1)
                             for check, seen in failures[doc_id].items()),
         "sha256": sha256}
        for source_file, sha256, doc_id in held
    ]


def _seen(check: str, seen: list[str], name_it: bool) -> str:
    """`period_start=2028, period_end=2024`; a check failed by several rows shows its first and a count."""
    text = seen[0] + (f" (and {len(seen) - 1} more)" if len(seen) > 1 else "")
    return f"{check}: {text}" if name_it else text


def _reason(check: str, checks: dict) -> str:
    return f"document expectation {check} failed: {checks[check][0]}"
