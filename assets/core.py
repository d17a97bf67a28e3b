"""Core layer: the normalized tables users came for — tasks, their units, targets, documents, citations."""


import hashlib
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import dagster as dg

from assets.incremental import Reuse, kept_in_place
from assets.materialization import table_result
from assets.resources import Gongwen
from assets.specs import table_asset, table_spec
from assets.versions import code_version
from expectations.screening import screen_documents
from gongwen.indicators import extract_figures
from gongwen.reading import printable
from gongwen.rows import indicator_rows, task_rows
from gongwen.tasks import extract_tasks
from warehouse.quarantine import record_quarantine
from warehouse.store import Rebuild, load_sql, most_of

Doc = tuple[str, str, str, str | None, int | None]  # doc_id, text, admin_level, region, doc_year


def tasks_of(doc: Doc) -> tuple[list[dict], list[dict]]:
    doc_id, text, admin_level, region, _ = doc
    return task_rows(doc_id, extract_tasks(text), admin_level, region)


def indicators_of(doc: Doc) -> list[dict]:
    doc_id, text, admin_level, region, doc_year = doc
    return indicator_rows(doc_id, extract_figures(text, doc_year), admin_level, region)


def per_document(gongwen: Gongwen, rb: Rebuild, stage: str, fn: Callable[[Doc], Any], tables: Sequence[str],
                 reuse: Reuse) -> Iterator[Any]:
    """fn over the documents of raw_documents whose rows in `tables` were not made from their current inputs
    (text, level, region, year: their SHA-256), in doc_id order (see kept_in_place)."""
    def inputs(doc_ids: list[str]) -> Iterator[Doc]:
        return rb.stream("extract/documents_to_extract", {"doc_ids": doc_ids})

    doc_keys = list(rb.stream("extract/document_input_keys"))
    yield from kept_in_place(gongwen, rb, stage, tables, doc_keys, inputs, fn, reuse)


@dg.multi_asset(
    specs=[
        table_spec("core_tasks", "core", deps=["raw_documents"], code_version=code_version("core_task_ledger")),
        table_spec("core_task_units", "core", deps=["raw_documents"], code_version=code_version("core_task_ledger")),
    ],
)
def core_task_ledger(context: dg.AssetExecutionContext, gongwen: Gongwen):
    """Split every document into its tasks (the lowest numbered items) and their responsible units.

    Units the department gazetteer does not know are listed in the run's metadata so that
    gongwen/resources/departments.csv can grow; they are never guessed.
    """
    reuse = Reuse()
    with gongwen.warehouse.rebuild() as rb:
        tables = ("core_tasks", "core_task_units")
        for task_rows_, unit_rows in per_document(gongwen, rb, "core_task_ledger", tasks_of, tables, reuse):
            rb.writers["core_tasks"].extend(task_rows_)
            rb.writers["core_task_units"].extend(unit_rows)
        unknown = dict(rb.rows("ops/unknown_units", {"limit": None}))
        results = [
            table_result(rb, "core_tasks", asset_key="core_tasks"),
            table_result(
                rb, "core_task_units", asset_key="core_task_units",
                unknown_units=dg.MetadataValue.json(unknown),
                extracted=reuse.extracted, reused=reuse.reused, kept=reuse.kept,
            ),
        ]
    context.log.info(reuse.line("core_task_ledger"))
    if unknown:
        context.log.warning(f"{len(unknown)} units not in the department gazetteer: {sorted(unknown)[:50]}")
    yield from results


LINKED = "core_indicators:task_spans"  # ops_extracted: the task spans each document's targets were linked by


def link_to_tasks(rb: Rebuild, redone: list[str]) -> None:
    """Set each target's task_id to the task whose span holds it, in the documents whose targets were
    written anew (`redone`) or whose task spans are not those their targets were linked by (their key on
    record): in every other document the link would set the task_ids it set before."""
    version = hashlib.sha256(load_sql("build/link_indicators_to_tasks").encode()).hexdigest()[:16]
    spans = rb.rows("extract/task_span_keys")
    linked = rb.extracted(LINKED, version)
    todo = set(redone) | {doc_id for doc_id, key in spans if linked.get(doc_id) != key}
    every = most_of(len(todo), len(spans))  # a first run, new code: every document, unfiltered
    rb.execute("build/link_indicators_to_tasks", {"every": every, "doc_ids": [] if every else sorted(todo)})
    rb.record_extracted(LINKED, version, spans)


@table_asset("core_indicators", "core", deps=["raw_documents", "core_tasks"])
def core_indicators(context: dg.AssetExecutionContext, gongwen: Gongwen) -> dg.MaterializeResult:
    """Every quantitative target and every figure stated as achieved (kind = actual), linked to the task
    whose text holds it, its scope resolved to a region.

    A document whose own years are impossible (到2300年) is held back here, before the gate: its rows
    leave the core and raw tables, its files are quarantined with the expectation as the reason."""
    reuse = Reuse()
    with gongwen.warehouse.rebuild() as rb:
        for indicator_rows_ in per_document(gongwen, rb, "core_indicators", indicators_of, ("core_indicators",), reuse):
            rb.writers["core_indicators"].extend(indicator_rows_)
        link_to_tasks(rb, reuse.redone)
        held_back = screen_documents(rb.con, "core_indicators")  # see expectations/screening.py
        record_quarantine(rb.con, held_back, context.run.run_id)
        n_linked = rb.scalar("ops/count_indicators_in_tasks")
        result = table_result(rb, "core_indicators", linked_to_tasks=n_linked,
                              extracted=reuse.extracted, reused=reuse.reused, kept=reuse.kept,
                              held_back=len({row["source_file"] for row in held_back}))
    context.log.info(reuse.line("core_indicators"))
    for row in held_back:
        context.log.warning(printable(f"held back {row['source_file']}: {row['reason']} ({row['detail']})"))
    return result


@table_asset("core_documents", "core", deps=["raw_files", "raw_documents", "core_tasks", "core_indicators"])
def core_documents(gongwen: Gongwen) -> dg.MaterializeResult:
    """One row per document: metadata read in the raw layer, with its task and target counts."""
    with gongwen.warehouse.rebuild() as rb:
        rb.from_sql("core_documents")
        return table_result(rb, "core_documents")


@table_asset("core_citations", "core", deps=["raw_citations", "core_documents"])
def core_citations(gongwen: Gongwen) -> dg.MaterializeResult:
    """Citations with their 文号 resolved from the corpus and the cited document where it is in it."""
    with gongwen.warehouse.rebuild() as rb:
        rb.from_sql("core_citations")
        resolved = rb.scalar("ops/count_citations_in_corpus")
        return table_result(rb, "core_citations", cited_in_corpus=resolved)
