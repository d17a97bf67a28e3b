"""Canonical metrics: the cross-document name of a metric phrase, from the synonyms of `metrics.csv`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from gongwen.indicators.grammar import Grammar, grammar
from gongwen.text.resources import read_csv
from gongwen.vocabulary import BETTER

# A synonym this long names its metric wherever it ends a phrase; a shorter one (城镇化率, 经济增长)
# only when it is the whole phrase, or 数字经济增长 would read as GDP growth.
_MIN_SUFFIX_SYNONYM = 5
# Quotes, spaces and a Latin abbreviation in brackets (细颗粒物(PM2.5)浓度, 研究与试验发展(R&D)经费) do not
# change what a metric is.
_METRIC_KEY_NOISE = re.compile(r"[\s“”\"'‘’]|[(（][A-Za-z0-9.&_+\-]+[)）]")


@dataclass(frozen=True)
class _Synonyms:
    canonical: dict[str, str]  # synonym (as a key) → canonical metric
    suffix_lengths: tuple[int, ...]  # lengths of synonyms that may end a longer phrase, longest first
    flows: frozenset[str]  # canonical metrics that are flows (flow = yes)
    better: dict[str, str]  # canonical metric → higher | lower (column `better`)


def _metric_key(metric: str) -> str:
    return _METRIC_KEY_NOISE.sub("", metric)


@cache
def _synonyms() -> _Synonyms:
    """metrics.csv: synonym → canonical metric, the canonical metrics that are flows (flow = yes) and
    which way each gets better (one value per canonical metric)."""
    canonical: dict[str, str] = {}
    flows: set[str] = set()
    better: dict[str, str] = {}
    for number, row in enumerate(read_csv("metrics.csv"), start=1):
        name = row.get("canonical_metric")
        if not row.get("synonym") or not name or row.get("better") not in BETTER:
            raise ValueError(f"metrics.csv row {number}: bad row {row!r} (better must be one of {BETTER})")
        if better.setdefault(name, row["better"]) != row["better"]:
            raise ValueError(f"metrics.csv row {number}: {name} is both {better[name]} and {row['better']}")
        canonical[_metric_key(row["synonym"])] = name
        if row.get("flow") == "yes":
            flows.add(name)
    lengths = tuple(sorted({len(s) for s in canonical if len(s) >= _MIN_SUFFIX_SYNONYM}, reverse=True))
    return _Synonyms(canonical, lengths, frozenset(flows), better)


def metric_better(canonical: str | None) -> str | None:
    """Which way a canonical metric gets better (higher / lower); None for a metric with no canonical name."""
    return _synonyms().better.get(canonical) if canonical else None


def is_flow(canonical: str | None) -> bool:
    """Whether a canonical metric counts what happens in a span, measured per year (新增城镇就业: flow = yes
    in metrics.csv; 地区生产总值增长: a rate of change), rather than a level (常住人口城镇化率)."""
    if not canonical:
        return False
    return canonical in _synonyms().flows or canonical.endswith(grammar().rate_of_change_endings)


def canonical_metric(metric: str) -> str | None:
    """The cross-document name of a metric, from metrics.csv: the whole phrase is a synonym, or it ends in
    a synonym of five characters or more after a qualifying prefix (县城生活垃圾无害化处理率). A prefix that
    turns a stock into a flow (新增…, 每年…, 累计…) blocks the match unless the metric is a flow already
    (每年新增城镇就业); one that changes whose figure it is (每万人…, …企业…) always blocks it."""
    words, synonyms = grammar(), _synonyms()
    key = _metric_key(metric)
    if key in synonyms.canonical:
        return synonyms.canonical[key]
    # 建成5G基站: a count verb before a synonym of any length is a prefix like any other.
    lead = words.count_verb_lead.match(key)
    if lead and key[lead.end() :] in synonyms.canonical:
        return _unless_blocked(words, synonyms, lead.group(), synonyms.canonical[key[lead.end() :]])
    for length in synonyms.suffix_lengths:
        canonical = synonyms.canonical.get(key[-length:]) if len(key) > length else None
        if canonical is not None:
            return _unless_blocked(words, synonyms, key[:-length], canonical)
    return None


def _unless_blocked(words: Grammar, synonyms: _Synonyms, prefix: str, canonical: str) -> str | None:
    if any(blocker in prefix for blocker in words.canonical_population_blockers):
        return None
    if canonical not in synonyms.flows and any(blocker in prefix for blocker in words.canonical_prefix_blockers):
        return None
    return canonical
