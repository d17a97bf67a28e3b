"""Raw layer: every inbox entry accounted for; files read, cleaned and identified; what cannot be read
is quarantined, what must not be read (links out of the inbox, FIFOs, hidden files) is skipped."""


import traceback

import dagster as dg

from assets.materialization import table_result
from assets.pool import parallel_map
from assets.resources import Gongwen
from assets.specs import table_spec
from expectations.screening import screen_documents
from gongwen.documents import parse_record
from gongwen.model import ParsedDocument, Rejection, SourceRecord
from gongwen.reading import InboxEntry, printable, read_entry, walk_inbox
from gongwen.rows import citation_rows, document_row, file_row, quarantine_row, skipped_file_row
from gongwen.vocabulary import DUPLICATE, PUBLISHED, QUARANTINED
from warehouse.quarantine import record_quarantine

Outcome = tuple[SourceRecord | Rejection, ParsedDocument | Rejection | None]


def ingest_file(entry: InboxEntry) -> list[Outcome]:
    """Read one inbox file (several records for a CSV/JSONL export) and parse each record."""
    try:
        items = read_entry(entry)
    except Exception as exc:  # a reader bug must cost one file, not the run
        return [(Rejection(entry.name, "read", "reader failed", _last_line(exc)), None)]
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
    be read or parsed becomes a row of ops_quarantine with its reason, and the rest goes on; an entry
    that must not be read is a `skipped` row with its reason.
    """
    root = gongwen.inbox_path
    if not root.is_dir():
        raise dg.Failure(f"inbox {root} is not a folder (set GONGWEN_INBOX)")
    seen: set[str] = set()
    rejected: list[Rejection] = []
    with gongwen.warehouse.rebuild() as rb:
        files, docs, cites = rb.writer("raw_files"), rb.writer("raw_documents"), rb.writer("raw_citations")
        entries = walk_inbox(root)
        skipped = [entry for entry in entries if not entry.readable]
        files.extend([skipped_file_row(entry.name, entry.skip_reason) for entry in skipped])
        jobs = (entry for entry in entries if entry.readable)
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
        results = [
            table_result(rb, "raw_files", asset_key="raw_files", quarantined=len(rejected), skipped=len(skipped),
                         held_back=len({row["source_file"] for row in held_back}), inbox=printable(str(root))),
            table_result(rb, "raw_documents", asset_key="raw_documents"),
            table_result(rb, "raw_citations", asset_key="raw_citations"),
        ]
    for entry in skipped:
        context.log.info(printable(f"skipped {entry.name}: {entry.skip_reason}"))
    for r in rejected:
        context.log.warning(printable(f"quarantined {r.source_file} at {r.stage}: {r.reason} ({r.detail})"))
    for row in held_back:
        context.log.warning(printable(f"held back {row['source_file']}: {row['reason']} ({row['detail']})"))
    yield from results


def _with_file_facts(rejection: Rejection, item: SourceRecord | Rejection) -> Rejection:
    """A parse-stage rejection keeps the byte facts of the record it came from."""
    if rejection.sha256 or isinstance(item, Rejection):
        return rejection
    return Rejection(
        rejection.source_file, rejection.stage, rejection.reason, rejection.detail,
        item.sha256, item.n_bytes, item.format, item.encoding,
    )
