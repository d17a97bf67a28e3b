"""Raw layer: every inbox file read, cleaned and identified; what cannot be read is quarantined."""


import traceback
from pathlib import Path

import dagster as dg

from assets.pool import parallel_map
from assets.resources import Gongwen
from assets.specs import table_spec
from expectations.screening import screen_documents
from gongwen.documents import parse_record
from gongwen.model import ParsedDocument, Rejection, SourceRecord
from gongwen.reading import list_inbox, read_file
from gongwen.rows import citation_rows, document_row, file_row, quarantine_row
from gongwen.vocabulary import DUPLICATE, PUBLISHED, QUARANTINED
from warehouse.quarantine import record_quarantine

Outcome = tuple[SourceRecord | Rejection, ParsedDocument | Rejection | None]


def ingest_file(job: tuple[Path, Path]) -> list[Outcome]:
    """Read one inbox file (several records for a CSV/JSONL export) and parse each record."""
    root, path = job
    try:
        items = read_file(root, path)
    except Exception as exc:  # a reader bug must cost one file, not the run
        rel = path.relative_to(root).as_posix()
        return [(Rejection(rel, "read", "reader failed", _last_line(exc)), None)]
    outcomes: list[Outcome] = []
    for item in items:
        if isinstance(item, Rejection):
            outcomes.append((item, None))
            continue
        try:
            outcomes.append((item, parse_record(item)))
        except Exception as exc:
            outcomes.append((item, Rejection(item.source_file, "parse", "parser failed", _last_line(exc))))
    return outcomes


def _last_line(exc: Exception) -> str:
    return traceback.format_exception_only(exc)[-1].strip()


@dg.multi_asset(
    specs=[
        table_spec("raw_files", "raw"),
        table_spec("raw_documents", "raw"),
        table_spec("raw_citations", "raw"),
    ],
)
def raw_inbox(context: dg.AssetExecutionContext, gongwen: Gongwen):
    """Read every file under the inbox (recursively), clean its text and read its metadata.

    The same text twice is one document (the later file is marked `duplicate`); a file that cannot
    be read or parsed becomes a row of ops_quarantine with its reason, and the rest goes on.
    """
    root = gongwen.inbox_path
    if not root.is_dir():
        raise dg.Failure(f"inbox {root} is not a folder (set GONGWEN_INBOX)")
    seen: set[str] = set()
    rejected: list[Rejection] = []
    with gongwen.warehouse.rebuild() as rb:
        files, docs, cites = rb.writer("raw_files"), rb.writer("raw_documents"), rb.writer("raw_citations")
        jobs = ((root, path) for path in list_inbox(root))
        for outcomes in parallel_map(ingest_file, jobs, gongwen.n_workers):
            for item, parsed in outcomes:
                if isinstance(parsed, ParsedDocument):
                    status = DUPLICATE if parsed.doc_id in seen else PUBLISHED
                    files.add(file_row(item, parsed.doc_id, status, (*item.flags, *parsed.clean.flags)))
                    if status == "published":
                        seen.add(parsed.doc_id)
                        docs.add(document_row(item, parsed))
                        cites.extend(citation_rows(parsed.doc_id, parsed.citations))
                    continue
                rejection = parsed if isinstance(parsed, Rejection) else item
                rejection = _with_file_facts(rejection, item)
                rejected.append(rejection)
                files.add(file_row(rejection, None, QUARANTINED, getattr(item, "flags", ())))
        rb.flush()
        held_back = screen_documents(rb.con, "raw_documents")  # before the gate: see expectations/screening.py
        record_quarantine(rb.con, [quarantine_row(r) for r in rejected] + held_back, context.run_id)
        n_docs, n_cites = rb.count("raw_documents"), rb.count("raw_citations")
    for r in rejected:
        context.log.warning(f"quarantined {r.source_file} at {r.stage}: {r.reason} ({r.detail})")
    for row in held_back:
        context.log.warning(f"held back {row['source_file']}: {row['reason']} ({row['detail']})")
    yield dg.MaterializeResult(
        asset_key="raw_files",
        metadata={
            "rows": files.n_rows,
            "quarantined": len(rejected),
            "held_back": len({row["source_file"] for row in held_back}),
            "inbox": str(root),
        },
    )
    yield dg.MaterializeResult(asset_key="raw_documents", metadata={"rows": n_docs})
    yield dg.MaterializeResult(asset_key="raw_citations", metadata={"rows": n_cites})


def _with_file_facts(rejection: Rejection, item: SourceRecord | Rejection) -> Rejection:
    """A parse-stage rejection keeps the byte facts of the record it came from."""
    if rejection.sha256 or isinstance(item, Rejection):
        return rejection
    return Rejection(
        rejection.source_file, rejection.stage, rejection.reason, rejection.detail,
        item.sha256, item.n_bytes, item.format, item.encoding,
    )
