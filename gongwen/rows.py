"""Domain objects → rows of the contract's tables (plain dicts keyed by column name).

Kept apart from the extractors so that identity rules (task_id, indicator_id, roles of a unit list)
are written once, whatever engine stores the rows.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from gongwen.departments import classify_unit
from gongwen.indicators.metrics import is_flow, metric_better
from gongwen.indicators.scopes import scope_region
from gongwen.metadata import cited_document_name
from gongwen.model import Citation, DocumentMeta, Indicator, ParsedDocument, Rejection, SourceRecord, Task
from gongwen.normalize.punctuation import to_gongwen_punctuation as shown
from gongwen.reading.names import printable
from gongwen.strength import strongest_strength
from gongwen.tasks import implicit_units, read_deadline
from gongwen.vocabulary import LEAD, SKIPPED, UNKNOWN_FORMAT, UNKNOWN_LEVEL


def task_id(doc_id: str, seq: int) -> str:
    return f"{doc_id}-{seq}"


def indicator_id(doc_id: str, n: int) -> str:
    return f"{doc_id}-i{n}"


def file_row(item: SourceRecord | Rejection, doc_id: str | None, status: str, flags: Sequence[str]) -> dict:
    return {
        "source_file": item.source_file,
        "sha256": item.sha256,
        "n_bytes": item.n_bytes,
        "format": item.format or UNKNOWN_FORMAT,
        "encoding": item.encoding or None,
        "doc_id": doc_id,
        "status": status,
        "flags": list(flags),
        "reason": printable(item.reason) if isinstance(item, Rejection) else None,
    }


def skipped_file_row(source_file: str, reason: str) -> dict:
    """An inbox entry that is not read (a link outside the inbox, a FIFO, a hidden file …): no bytes."""
    return {
        "source_file": source_file,
        "sha256": "",
        "n_bytes": 0,
        "format": UNKNOWN_FORMAT,
        "encoding": None,
        "doc_id": None,
        "status": SKIPPED,
        "flags": [],
        "reason": reason,
    }


def quarantine_row(rejection: Rejection) -> dict:
    # An exception's message may quote a file name in any bytes: stored escaped, never raw.
    return {
        "source_file": rejection.source_file,
        "stage": rejection.stage,
        "reason": printable(rejection.reason),
        "detail": printable(rejection.detail),
        "sha256": rejection.sha256,
    }


def extraction_key(doc_id: str, text: str, meta: DocumentMeta) -> str:
    """SHA-256 of everything the per-document extractors read of a document (its text, level, region and
    the dates its year comes from): their rows of it are kept while it stays the same."""
    fields = (doc_id, text, meta.admin_level, meta.region or "", str(meta.issue_date or ""),
              str(meta.published_date or ""), str(meta.period_start or ""))
    return hashlib.sha256("\x1f".join(fields).encode("utf-8")).hexdigest()


def document_row(record: SourceRecord, parsed: ParsedDocument) -> dict:
    meta = parsed.meta
    return {
        "doc_id": parsed.doc_id,
        "source_file": record.source_file,
        "source_url": record.hints.get("source_url") or None,
        "title": shown(meta.title),
        "notice_title": shown(meta.notice_title),
        "issuer": shown(meta.issuer),
        "doc_number": meta.doc_number,
        "issue_date": meta.issue_date,
        "admin_level": meta.admin_level,
        "region": meta.region,
        "period_start": meta.period_start,
        "period_end": meta.period_end,
        "published_date": meta.published_date,
        "script": parsed.clean.script,
        "n_chars": len(parsed.clean.text),
        "implicit_units": [shown(u) for u in implicit_units(parsed.clean.text)],
        "text": parsed.clean.text,
        "extraction_key": extraction_key(parsed.doc_id, parsed.clean.text, meta),
    }


def citation_rows(doc_id: str, citations: Sequence[Citation]) -> list[dict]:
    return [
        {
            "doc_id": doc_id,
            "position": n,
            "cited_title": shown(c.cited_title),
            "cited_name": shown(cited_document_name(c.cited_title)),
            "cited_number": c.cited_number,
            "relation": c.relation,
            "char_start": c.char_start,
        }
        for n, c in enumerate(citations, start=1)
    ]


def task_rows(
    doc_id: str, tasks: Sequence[Task], admin_level: str, region: str | None
) -> tuple[list[dict], list[dict]]:
    """Rows of core_tasks and core_task_units for one document's tasks."""
    tasks_out, units_out = [], []
    for task in tasks:
        tid = task_id(doc_id, task.seq)
        names = [shown(u.unit) for u in task.units]
        leads = [shown(u.unit) for u in task.units if u.role == LEAD]
        deadline = read_deadline(task.deadline)
        tasks_out.append({
            "task_id": tid,
            "doc_id": doc_id,
            "seq": task.seq,
            "path": task.path,
            "section_title": shown(task.section_title),
            "group_title": shown(task.group_title),
            "heading": shown(task.heading),
            "text": shown(task.text),
            "lead_unit": leads[0] if leads else None,
            "first_unit": names[0] if names else None,
            "units": names,
            "deadline": shown(task.deadline),
            "strength": strongest_strength(task.text),
            "deadline_date": deadline.last_day,
            "deadline_kind": deadline.kind,
            "char_start": task.char_start,
            "char_end": task.char_end,
        })
        for position, unit in enumerate(task.units, start=1):
            found = classify_unit(unit.unit, admin_level, region)
            units_out.append({
                "task_id": tid,
                "doc_id": doc_id,
                "position": position,
                "unit": shown(unit.unit),
                "role": unit.role,
                "is_lead": unit.role == LEAD,
                "department": found.department,
                "level": found.level,
                "is_known_unit": found.known,
            })
    return tasks_out, units_out


def indicator_rows(
    doc_id: str, indicators: Sequence[Indicator], admin_level: str = UNKNOWN_LEVEL, region: str | None = None
) -> list[dict]:
    """Rows of core_indicators (targets and actuals); task_id is filled in by span once the task table
    exists. The document's level and region resolve each figure's scope to a region."""
    return [
        {
            "indicator_id": indicator_id(doc_id, n),
            "doc_id": doc_id,
            "task_id": None,
            "metric": shown(ind.metric),
            "canonical_metric": ind.canonical_metric,
            "scope": shown(ind.scope),
            "scope_region": scope_region(ind.scope, admin_level, region),
            "value": ind.value,
            "unit": ind.unit,
            "value_base": ind.value_base,
            "unit_base": ind.unit_base,
            "qualifier": ind.qualifier,
            "comparator": ind.comparator,
            "target_year": ind.target_year,
            "sentence": shown(ind.sentence),
            "char_start": ind.char_start,
            "char_end": ind.char_end,
            "kind": ind.kind,
            "as_of_year": ind.as_of_year,
            "as_of_start_year": ind.as_of_start_year,
            "strength": ind.strength,
            "better": metric_better(ind.canonical_metric),
            "is_flow": is_flow(ind.canonical_metric),
        }
        for n, ind in enumerate(indicators, start=1)
    ]
