"""The counterpart floor on the samples: every hand-labelled core pair reaches it, every task labelled
as having no counterpart in its parent plan stays below it (labels: data/gold/samples/)."""

from pathlib import Path

import polars as pl
import pytest

from gongwen.evaluation.tables import read_jsonl

GOLD = Path(__file__).resolve().parents[1] / "data" / "gold" / "samples"


@pytest.fixture(scope="module")
def alignment(samples_run) -> pl.DataFrame:
    """out_task_alignment with tasks named as the labels name them: (document file stem, seq)."""
    _, home, _ = samples_run
    published = home / "published"
    tasks = (
        pl.read_parquet(published / "core_tasks.parquet")
        .join(pl.read_parquet(published / "core_documents.parquet"), on="doc_id")
        .select("task_id", "seq", doc=pl.col("source_file").str.replace(r"\.[a-z]+$", ""))
    )
    return (
        pl.read_parquet(published / "out_task_alignment.parquet")
        .join(tasks.rename({"task_id": "child_task_id", "seq": "child_seq", "doc": "child_doc"}), on="child_task_id")
        .join(tasks.rename({"task_id": "parent_task_id", "seq": "parent_seq", "doc": "parent_doc"}),
              on="parent_task_id")
    )


def _pairs(frame: pl.DataFrame) -> set[tuple]:
    return set(frame.select("child_doc", "child_seq", "parent_doc", "parent_seq").iter_rows())


def test_every_labelled_core_pair_is_a_counterpart(alignment):
    labelled = {(r["child_doc"], r["child_seq"], r["parent_doc"], r["parent_seq"])
                for r in read_jsonl(GOLD / "alignment.jsonl") if r["core"]}
    assert len(labelled) == 31
    assert labelled - _pairs(alignment.filter(pl.col("is_counterpart"))) == set()


def test_tasks_labelled_without_counterpart_have_none(alignment):
    labelled = {(r["child_doc"], r["child_seq"]) for r in read_jsonl(GOLD / "no_counterpart.jsonl")}
    with_counterpart = set(alignment.filter(pl.col("is_counterpart")).select("child_doc", "child_seq").iter_rows())
    assert labelled == {("liuyang-2025", 8), ("liuyang-2025", 9), ("liuyang-2025", 14)}
    assert labelled & with_counterpart == set()


def test_the_children_left_without_counterpart_on_the_samples(alignment):
    # Liuyang's three labelled ones, and Chenzhou's 健全强中心城区战略发展机制, whose labelled parent
    # (健全长株潭都市圈同城化发展机制) is an arguable match (core: false).
    best = alignment.filter(pl.col("rank") == 1, ~pl.col("is_counterpart"))
    assert sorted(best.select("child_doc", "child_seq", "child_heading").iter_rows()) == [
        ("chenzhou-2025", 22, "健全强中心城区战略发展机制"),
        ("liuyang-2025", 8, "提高基础教育质量"),
        ("liuyang-2025", 9, "提升养老托育服务"),
        ("liuyang-2025", 14, "推进区域对接"),
    ]
