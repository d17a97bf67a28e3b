"""Raw layer: every inbox entry accounted for; files read, cleaned and identified; what cannot be read
is quarantined, what must not be read (links out of the inbox, FIFOs, hidden files) is skipped."""


import traceback
from dataclasses import dataclass, replace

import dagster as dg

from assets.incremental import DocumentRows, Reuse, cached_map, map_over
from assets.materialization import table_result
from assets.resources import Gongwen
from assets.specs import table_spec
from assets.versions import code_version
from expectations.screening import screen_documents
from gongwen.documents import parse_record
from gongwen.model import Rejection, SourceRecord
from gongwen.reading import InboxEntry, printable, read_entry, walk_inbox
from gongwen.rows import citation_rows, document_row, file_row, quarantine_row, skipped_file_row
from gongwen.vocabulary import DUPLICATE, PUBLISHED, QUARANTINED
from warehouse.inbox_hashes import InboxHashes
from warehouse.quarantine import record_quarantine


@dataclass(frozen=True)
class Parsed:
    """What became of a parsed record: its document and the flags reading and cleaning set."""

    doc_id: str
    flags: tuple[str, ...]


Outcome = tuple[SourceRecord | Rejection, Parsed | Rejection | None]
Rows = tuple[dict, list[dict]]  # a document's raw_documents row and its raw_citations rows


@dataclass(frozen=True)
class Ingested:
    """One inbox file read: what became of each of its records, and the rows of the documents it parsed,
    made in the worker with the parse. The outcomes are cached for every file and read back every run;
    the rows are not (`rows` None in what the cache holds): they live in raw_documents, and a document it
    does not hold already is parsed again."""

    outcomes: list[Outcome]
    rows: dict[str, Rows] | None


def _parsed(item: SourceRecord, rows: dict[str, Rows]) -> Parsed | Rejection:
    """The record parsed and its rows made, or the parser's rejection of it (no sentence, too little text)."""
    parsed = parse_record(item)
    if isinstance(parsed, Rejection):
        return parsed
    rows.setdefault(parsed.doc_id, (document_row(item, parsed), citation_rows(parsed.doc_id, parsed.citations)))
    return Parsed(parsed.doc_id, parsed.clean.flags)


def ingest_file(entry: InboxEntry) -> Ingested:
    """Read one inbox file (several records for a CSV/JSONL export), parse each record and make its rows."""
    rows: dict[str, Rows] = {}
    try:
        items = read_entry(entry)
    except Exception as exc:  # a reader bug must cost one file, not the run
        return Ingested([(Rejection(entry.name, "read", "reader failed", _last_line(exc)), None)], rows)
    outcomes: list[Outcome] = []
    for item in items:
        if isinstance(item, Rejection):
            outcomes.append((item, None))
            continue
        try:
            # The record's text lives on in the document row: not carried (and cached) twice.
            outcomes.append((replace(item, text=""), _parsed(item, rows)))
        except Exception as exc:
            outcomes.append((item, Rejection(item.source_file, "parse", "parser failed", _last_line(exc))))
    return Ingested(outcomes, rows)


def _last_line(exc: Exception) -> str:
    return traceback.format_exception_only(exc)[-1].strip()


def file_key(entry: InboxEntry, hashes: InboxHashes) -> str | None:
    """The cache key of an inbox file: the SHA-256 of its bytes and the name it is read under (the name
    becomes source_file); None when it cannot be read now (then it is read again, and not cached).

    Every file is hashed on every run, whatever its size and mtime say: the content hash is the truth.
    A file `gongwen run` hashed for this run before it started it, and whose status (inode, size, mtime,
    ctime) has not changed since, is not read again (warehouse/inbox_hashes.py).
    """
    try:
        return f"{hashes.sha256(entry.file_to_read)}:{entry.name}"
    except OSError:
        return None


def _worth_keeping(ingested: Ingested) -> bool:
    """A file that could not be opened, or whose reader crashed, is tried again next run."""
    return not any(isinstance(item, Rejection) and not item.sha256 for item, _ in ingested.outcomes)


@dg.multi_asset(
    specs=[
        table_spec("raw_files", "raw", code_version=code_version("raw_inbox")),
        table_spec("raw_documents", "raw", code_version=code_version("raw_inbox")),
        table_spec("raw_citations", "raw", code_version=code_version("raw_inbox")),
    ],
)
def raw_inbox(context: dg.AssetExecutionContext, gongwen: Gongwen):
    """Read every file under the inbox (recursively), clean its text and read its metadata.

    The same text twice is one document (the later file is marked `duplicate`); a file that cannot
    be read or parsed becomes a row of ops_quarantine with its reason, and the rest goes on; an entry
    that must not be read is a `skipped` row with its reason. A file whose bytes (and name) were read
    before by the same code_version is not decoded again: its outcome comes from the cache.
    """
    root = gongwen.inbox_path
    if not root.is_dir():
        raise dg.Failure(f"inbox {root} is not a folder (set GONGWEN_INBOX)")
    seen: set[str] = set()
    rejected: list[Rejection] = []
    with gongwen.warehouse.rebuild() as rb:
        files = rb.writer("raw_files")
        entries = walk_inbox(root)
        skipped = [entry for entry in entries if not entry.readable]
        files.extend([skipped_file_row(entry.name, entry.skip_reason) for entry in skipped])
        readable = [entry for entry in entries if entry.readable]
        cache, reuse = gongwen.cache("raw_inbox"), Reuse()
        hashes = InboxHashes.load(gongwen.home_path)
        keys = [file_key(entry, hashes) for entry in readable]
        documents = DocumentRows(rb, reuse)
        ingested_in_order = cached_map(ingest_file, keys, lambda positions: (readable[i] for i in positions),
                                       cache, gongwen.n_workers, reuse, cacheable=_worth_keeping,
                                       stored=lambda ingested: replace(ingested, rows=None))
        for position, (key, ingested) in enumerate(zip(keys, ingested_in_order, strict=True)):
            for item, parsed in ingested.outcomes:
                if isinstance(parsed, Parsed):
                    status = DUPLICATE if parsed.doc_id in seen else PUBLISHED
                    files.add(file_row(item, parsed.doc_id, status, (*item.flags, *parsed.flags)))
                    if status == PUBLISHED:
                        seen.add(parsed.doc_id)
                        documents.published(parsed.doc_id, key, ingested.rows, position)
                    continue
                rejection = parsed if isinstance(parsed, Rejection) else item
                rejection = _with_file_facts(rejection, item)
                rejected.append(rejection)
                files.add(file_row(rejection, None, QUARANTINED, getattr(item, "flags", ())))
        documents.finish(lambda positions: (ingested.rows for ingested in map_over(
            ingest_file, (readable[i] for i in positions), len(positions), gongwen.n_workers)))
        cache.forget_unused()
        rb.flush()
        held_back = screen_documents(rb.con, "raw_documents")  # before the gate: see expectations/screening.py
        record_quarantine(rb.con, [quarantine_row(r) for r in rejected] + held_back, context.run.run_id)
        results = [
            table_result(rb, "raw_files", asset_key="raw_files", quarantined=len(rejected), skipped=len(skipped),
                         held_back=len({row["source_file"] for row in held_back}), inbox=printable(str(root)),
                         extracted=reuse.extracted, reused=reuse.reused, kept=reuse.kept),
            table_result(rb, "raw_documents", asset_key="raw_documents"),
            table_result(rb, "raw_citations", asset_key="raw_citations"),
        ]
    context.log.info(reuse.line("raw_inbox"))
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
