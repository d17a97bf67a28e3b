"""Task alignment between a plan and the plan it implements: each child task's best-matching parent
tasks by TF-IDF cosine over content words, with IDF taken from the parent's tasks."""

from __future__ import annotations

import functools
import math
from collections import Counter
from collections.abc import Sequence

from gongwen.rollup.segment import expand_compounds, tokenize

# Heading words are counted this many times: the heading names the task's topic, the body lists
# measures that neighbouring tasks share. Chenzhou→Hunan top-1: 0.917 with headings counted once,
# 0.958 twice (and no better three times).
HEADING_WEIGHT = 2

# Below this score a child task has no counterpart in the parent plan: its best match is what two plans
# on the same subject share, not the same task (is_counterpart = false). Calibrated on the samples'
# hand labels, Liuyang's and Chenzhou's tasks against Hunan's 2024 plan (data/gold/samples/
# alignment.jsonl and no_counterpart.jsonl, labelled before scores were looked at): labelled core
# pairs score 0.155 (Liuyang 引进培育产业人才 → 强化产业发展人才支撑) and up, tasks with no counterpart
# 0.120 (Liuyang 提高基础教育质量) and down; the floor sits in the middle of that gap. A thin gap on
# 39 child tasks: re-calibrate when labels of other plans arrive (tests/test_alignment.py holds both sides).
COUNTERPART_FLOOR = 0.14

# Task texts whose terms a process keeps: a parent plan's tasks come back with every slice of its
# children (assets/out.py), and are segmented once per process instead of once per slice.
TERMS_CACHED = 4096

# Scores are rounded so that equal similarities compare equal on every platform and ties fall to
# parent order.
_SCORE_DIGITS = 6

# Characters a text may carry before its heading and still count as opening with it (1. or （十二）).
_ORDINAL_ALLOWANCE = 8


def task_terms(heading: str, text: str) -> list[str]:
    """The bag of words that stands for a task: body words once, heading words HEADING_WEIGHT times,
    long words together with their parts (see rollup.segment.expand_compounds).

    `text` is the item's full text without its responsibility clause (never use the units: they name
    who works, not on what). When it opens with the heading, as the contract's tasks do, the text is
    segmented once and its leading words are the heading's."""
    return list(_cached_task_terms(heading, text))


@functools.lru_cache(maxsize=TERMS_CACHED)
def _cached_task_terms(heading: str, text: str) -> tuple[str, ...]:
    if heading not in text[: len(heading) + _ORDINAL_ALLOWANCE]:
        text = f"{heading}。{text}"
    words = tokenize(text)
    heading_words = _leading_words_within(words, heading)
    return tuple(expand_compounds(heading_words * (HEADING_WEIGHT - 1) + words))


def is_counterpart(score: float) -> bool:
    """Whether a parent task scoring `score` is the child's counterpart rather than a topical neighbour."""
    return score >= COUNTERPART_FLOOR


def _leading_words_within(words: list[str], prefix: str) -> list[str]:
    """The first words of `words` that occur, in order, inside `prefix` (its segmented content words)."""
    taken: list[str] = []
    position = 0
    for word in words:
        found = prefix.find(word, position)
        if found < 0:
            break
        taken.append(word)
        position = found + len(word)
    return taken


def _weighted_vector(terms: Sequence[str], idf: dict[str, float], unseen_idf: float) -> dict[str, float]:
    """Sublinear term frequency times IDF: a word said five times is not five times the topic."""
    return {
        term: (1.0 + math.log(count)) * idf.get(term, unseen_idf) for term, count in Counter(terms).items()
    }


def _norm(vector: dict[str, float]) -> float:
    return math.sqrt(sum(weight * weight for weight in vector.values()))


def align_tasks(
    children: list[tuple[str, list[str]]],
    parents: list[tuple[str, list[str]]],
    top_k: int = 3,
) -> list[tuple[str, str, float, int]]:
    """(child_task_id, parent_task_id, score, rank) for each child's top_k parents, rank 1 = best.

    Score is the cosine of TF-IDF vectors, in [0, 1]; ties keep parent order. A child sharing no word
    with any parent gets no row."""
    if top_k < 1:
        raise ValueError(f"align_tasks: top_k must be at least 1, got {top_k}")
    n_parents = len(parents)
    document_frequency: Counter[str] = Counter()
    for _, terms in parents:
        document_frequency.update(set(terms))
    # Smoothed IDF stays positive for a word every parent task uses; a word no parent uses weighs most
    # in the child's norm (it is what the child says that the parent does not).
    idf = {term: math.log((1 + n_parents) / (1 + df)) + 1.0 for term, df in document_frequency.items()}
    unseen_idf = math.log(1 + n_parents) + 1.0

    postings: dict[str, list[tuple[int, float]]] = {}
    parent_norms: list[float] = []
    for index, (_, terms) in enumerate(parents):
        vector = _weighted_vector(terms, idf, unseen_idf)
        parent_norms.append(_norm(vector))
        for term, weight in vector.items():
            postings.setdefault(term, []).append((index, weight))

    rows: list[tuple[str, str, float, int]] = []
    for child_id, terms in children:
        vector = _weighted_vector(terms, idf, unseen_idf)
        child_norm = _norm(vector)
        dot_products: dict[int, float] = {}
        for term, weight in vector.items():
            for index, parent_weight in postings.get(term, ()):
                dot_products[index] = dot_products.get(index, 0.0) + weight * parent_weight
        scored = [
            (round(min(1.0, dot / (child_norm * parent_norms[index])), _SCORE_DIGITS), index)
            for index, dot in dot_products.items()
        ]
        scored.sort(key=lambda pair: (-pair[0], pair[1]))
        for rank, (score, index) in enumerate(scored[:top_k], start=1):
            rows.append((child_id, parents[index][0], score, rank))
    return rows
