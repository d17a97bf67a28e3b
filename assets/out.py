"""Out layer (marts): how plans travel down the levels — lineage, department load, targets side by side,
targets against actuals and down the levels, task alignment and theme coverage."""


from collections import Counter
from collections.abc import Iterator
from functools import partial
from itertools import groupby

import dagster as dg

from assets.materialization import table_result
from assets.pool import parallel_map
from assets.resources import Gongwen
from assets.specs import table_asset
from gongwen.rollup.alignment import align_tasks, is_counterpart, task_terms
from gongwen.rollup.themes import assign_theme
from warehouse.store import Rebuild

TaskText = tuple[str, str, str]  # task_id, heading, text
Plan = tuple[str, str | None, list[TaskText]]  # doc_id, title, its tasks
Family = tuple[Plan, list[Plan]]  # a parent plan and (a slice of) the plans that implement it
# A province's plan may have a hundred county plans under it: split them so both cores share the work;
# each worker segments the parent's tasks once and keeps their terms (alignment.task_terms caches them).
CHILDREN_PER_SLICE = 16


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


def align_family(family: Family, top_k: int = 3) -> list[dict]:
    """Rank the parent's tasks for every task of each child (the parent's terms come from the cache after
    its first slice in this process)."""
    (parent_doc_id, parent_title, parent_tasks), children = family
    parents = [(tid, task_terms(heading, text)) for tid, heading, text in parent_tasks]
    parent_headings = {tid: heading for tid, heading, _ in parent_tasks}
    rows = []
    for child_doc_id, child_title, child_tasks in children:
        kids = [(tid, task_terms(heading, text)) for tid, heading, text in child_tasks]
        child_headings = {tid: heading for tid, heading, _ in child_tasks}
        for child_id, parent_id, score, rank in align_tasks(kids, parents, top_k=top_k):
            rows.append({
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
            })
    return rows


def _families(rb: Rebuild) -> Iterator[Family]:
    def plan(doc_id: str, title: str | None) -> Plan:
        return doc_id, title, list(rb.stream("extract/tasks_of_document", {"doc_id": doc_id}))

    pairs = list(rb.stream("extract/lineage_pairs"))
    for (parent, parent_title), group in groupby(pairs, key=lambda pair: pair[:2]):
        parent_plan = plan(parent, parent_title)
        children = [(child, title) for _, _, child, title in group]
        for i in range(0, len(children), CHILDREN_PER_SLICE):
            yield parent_plan, [plan(child, title) for child, title in children[i : i + CHILDREN_PER_SLICE]]


@table_asset("out_task_alignment", "out", deps=["out_doc_lineage", "core_tasks", "core_documents"])
def out_task_alignment(config: AlignmentConfig, gongwen: Gongwen) -> dg.MaterializeResult:
    """For each task of a document whose parent is in the corpus, the parent's best-matching tasks."""
    align = partial(align_family, top_k=config.top_k)
    with gongwen.warehouse.rebuild() as rb:
        rows = rb.writer("out_task_alignment")
        for family_rows in parallel_map(align, _families(rb), gongwen.n_workers, batch_size=16):
            rows.extend(family_rows)
        return table_result(rb, "out_task_alignment")


def themes_of_document(doc: tuple[str, list[TaskText]]) -> list[dict]:
    doc_id, tasks = doc
    counts = Counter(assign_theme(heading, text) for _, heading, text in tasks)
    return [
        {"theme": theme, "doc_id": doc_id, "n_tasks": n, "share": n / len(tasks)}
        for theme, n in sorted(counts.items())
    ]


def _tasks_by_document(rb: Rebuild) -> Iterator[tuple[str, list[TaskText]]]:
    rows = rb.stream("extract/tasks_for_themes")
    for doc_id, group in groupby(rows, key=lambda row: row[0]):
        yield doc_id, [row[1:] for row in group]


@table_asset("out_theme_coverage", "out", deps=["core_tasks", "core_documents"])
def out_theme_coverage(gongwen: Gongwen) -> dg.MaterializeResult:
    """Which themes each document spends its tasks on (taxonomy: gongwen/resources/themes.csv)."""
    with gongwen.warehouse.rebuild() as rb:
        rows = rb.writer("out_theme_coverage")
        for doc_rows in parallel_map(themes_of_document, _tasks_by_document(rb), gongwen.n_workers):
            rows.extend(doc_rows)
        return table_result(rb, "out_theme_coverage")
