"""Out layer (marts): how plans travel down the levels — lineage, department load, targets side by side,
targets against actuals and down the levels, task alignment and theme coverage."""


import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from itertools import groupby
from typing import Any

import dagster as dg

from assets.incremental import Reuse, kept_in_place
from assets.materialization import table_result
from assets.resources import Gongwen
from assets.specs import table_asset
from gongwen.rollup.alignment import align_tasks, is_counterpart, task_terms
from gongwen.rollup.themes import assign_theme
from warehouse.store import Rebuild

TaskText = tuple[str, str, str]  # task_id, heading, text
Plan = tuple[str, str | None, list[TaskText]]  # doc_id, title, its tasks
Pair = tuple[Plan, Plan]  # a parent plan and a plan that implements it
# Inputs whose tasks are read from the warehouse at once: bounded memory whatever the corpus size.
READ_BATCH = 64


def _sql_mart(gongwen: Gongwen, name: str) -> dg.MaterializeResult:
    with gongwen.warehouse.rebuild() as rb:
        rb.from_sql(name)
        return table_result(rb, name)


@table_asset("out_doc_lineage", "out", deps=["core_citations"])
def out_doc_lineage(gongwen: Gongwen) -> dg.MaterializeResult:
    """Which document implements which, from the citations resolved against the corpus."""
    return _sql_mart(gongwen, "out_doc_lineage")


@table_asset("out_department_load", "out", deps=["core_task_units", "core_documents"])
def out_department_load(gongwen: Gongwen) -> dg.MaterializeResult:
    """Per canonical department and document: tasks led, supported and shared."""
    return _sql_mart(gongwen, "out_department_load")


@table_asset("out_indicator_comparison", "out", deps=["core_indicators", "core_documents"])
def out_indicator_comparison(gongwen: Gongwen) -> dg.MaterializeResult:
    """Each known metric's headline target per document, for comparison across levels."""
    return _sql_mart(gongwen, "out_indicator_comparison")


@table_asset("out_target_tracking", "out", deps=["core_indicators", "core_documents"])
def out_target_tracking(gongwen: Gongwen) -> dg.MaterializeResult:
    """Every target of a known metric against the latest actual of the same metric and region in the
    corpus: gap, pace needed, pace achieved, status."""
    return _sql_mart(gongwen, "out_target_tracking")


@table_asset("out_target_cascade", "out", deps=["out_doc_lineage", "out_indicator_comparison", "core_indicators"])
def out_target_cascade(gongwen: Gongwen) -> dg.MaterializeResult:
    """Each child plan's headline targets beside its parent's: stricter (层层加码), equal or looser."""
    return _sql_mart(gongwen, "out_target_cascade")


class AlignmentConfig(dg.Config):
    top_k: int = 3  # parent tasks kept per child task, best first


def align_pair(pair: Pair, top_k: int = 3) -> list[dict]:
    """Rank the parent's tasks for every task of the child. Children come in the order of their first
    parent, so a worker segments a parent's tasks once (alignment.task_terms caches them)."""
    (parent_doc_id, parent_title, parent_tasks), (child_doc_id, child_title, child_tasks) = pair
    parents = [(tid, task_terms(heading, text)) for tid, heading, text in parent_tasks]
    parent_headings = {tid: heading for tid, heading, _ in parent_tasks}
    kids = [(tid, task_terms(heading, text)) for tid, heading, text in child_tasks]
    child_headings = {tid: heading for tid, heading, _ in child_tasks}
    return [
        {
            "doc_id": child_doc_id,
            "child_task_id": child_id,
            "parent_doc_id": parent_doc_id,
            "parent_task_id": parent_id,
            "score": score,
            "rank": rank,
            "is_counterpart": is_counterpart(score),
            "child_title": child_title,
            "child_heading": child_headings[child_id],
            "parent_title": parent_title,
            "parent_heading": parent_headings[parent_id],
        }
        for child_id, parent_id, score, rank in align_tasks(kids, parents, top_k=top_k)
    ]


def _tasks_of(rb: Rebuild, doc_ids: Iterable[str]) -> dict[str, list[TaskText]]:
    rows = rb.stream("extract/tasks_of_documents", {"doc_ids": sorted(set(doc_ids))})
    return {doc_id: [row[1:] for row in group] for doc_id, group in groupby(rows, key=lambda row: row[0])}


def _key(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()


def _with_tasks(rb: Rebuild, doc_ids: list[str], documents_of: Callable[[str], Iterable[str]],
                to_input: Callable[[str, dict], Any]) -> Iterator[Any]:
    """to_input(doc_id, tasks by doc_id) for each document of doc_ids, the tasks of the documents
    `documents_of(doc_id)` names read from the warehouse a batch of documents at a time."""
    for i in range(0, len(doc_ids), READ_BATCH):
        batch = doc_ids[i : i + READ_BATCH]
        tasks = _tasks_of(rb, (other for doc_id in batch for other in documents_of(doc_id)))
        yield from (to_input(doc_id, tasks) for doc_id in batch)


def align_child(pairs: tuple[Pair, ...], top_k: int = 3) -> list[dict]:
    """align_pair for each parent of one child plan."""
    return [row for pair in pairs for row in align_pair(pair, top_k)]


@table_asset("out_task_alignment", "out", deps=["out_doc_lineage", "core_tasks", "core_documents"])
def out_task_alignment(context: dg.AssetExecutionContext, config: AlignmentConfig,
                       gongwen: Gongwen) -> dg.MaterializeResult:
    """For each task of a document whose parent is in the corpus, the parent's best-matching tasks.

    The rows of a child plan whose own tasks and title and its parents' are those aligned before (by
    content, same code_version and top_k) stay as they are."""
    reuse = Reuse()
    with gongwen.warehouse.rebuild() as rb:
        parents_of: dict[str, list[tuple]] = {}  # child: (parent, parent_title, child, child_title), parents first
        for row in rb.stream("extract/lineage_pairs"):
            parents_of.setdefault(row[2], []).append(row)
        task_keys = dict(rb.stream("extract/task_set_keys"))
        doc_keys = [(child, _key(config.top_k, *(part for parent, parent_title, _, child_title in rows
                                                for part in (parent, parent_title, task_keys.get(parent),
                                                             child_title)), task_keys.get(child)))
                    for child, rows in parents_of.items()]

        def pairs(child: str, tasks: dict) -> tuple[Pair, ...]:
            return tuple(((parent, parent_title, tasks.get(parent, [])), (child, child_title, tasks.get(child, [])))
                         for parent, parent_title, _, child_title in parents_of[child])

        def inputs(children: list[str]) -> Iterator[tuple[Pair, ...]]:
            return _with_tasks(rb, children, lambda child: (child, *(row[0] for row in parents_of[child])), pairs)

        for rows in kept_in_place(gongwen, rb, "out_task_alignment", ("out_task_alignment",), doc_keys, inputs,
                                  partial(align_child, top_k=config.top_k), reuse):
            rb.writers["out_task_alignment"].extend(rows)
        result = table_result(rb, "out_task_alignment", extracted=reuse.extracted, reused=reuse.reused,
                              kept=reuse.kept)
    context.log.info(reuse.line("out_task_alignment"))
    return result


def themes_of_document(doc: tuple[str, list[TaskText]]) -> list[dict]:
    doc_id, tasks = doc
    counts = Counter(assign_theme(heading, text) for _, heading, text in tasks)
    return [
        {"theme": theme, "doc_id": doc_id, "n_tasks": n, "share": n / len(tasks)}
        for theme, n in sorted(counts.items())
    ]


@table_asset("out_theme_coverage", "out", deps=["core_tasks", "core_documents"])
def out_theme_coverage(context: dg.AssetExecutionContext, gongwen: Gongwen) -> dg.MaterializeResult:
    """Which themes each document spends its tasks on (taxonomy: gongwen/resources/themes.csv); the rows
    of a document whose tasks are those classified before (by content, same code_version) stay as they are."""
    reuse = Reuse()
    with gongwen.warehouse.rebuild() as rb:
        doc_keys = list(rb.stream("extract/task_set_keys"))  # doc_id, tasks_key

        def inputs(doc_ids: list[str]) -> Iterator[tuple[str, list[TaskText]]]:
            return _with_tasks(rb, doc_ids, lambda doc_id: (doc_id,), lambda doc_id, tasks: (doc_id, tasks[doc_id]))

        for rows in kept_in_place(gongwen, rb, "out_theme_coverage", ("out_theme_coverage",), doc_keys, inputs,
                                  themes_of_document, reuse):
            rb.writers["out_theme_coverage"].extend(rows)
        result = table_result(rb, "out_theme_coverage", extracted=reuse.extracted, reused=reuse.reused,
                              kept=reuse.kept)
    context.log.info(reuse.line("out_theme_coverage"))
    return result
