"""Targets and metadata of documents written for no rule in the code: other provinces, years and kinds.

Each `tests/fixtures/unseen_targets/<name>.txt` (a report, an urbanization, renewal, digital, air, jobs,
manufacturing plan and a State Council notice) was labelled by hand in `<name>.expected.json` before the
extractor read it. A label with `core: false` is a reading the labeller allows but does not require
(a funding line, a count written as 两个 or 十八个). Metric names are matched as the evaluation matches
them (one contains the other, or they share most character pairs); every other field exactly.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from gongwen.evaluation import metrics_overlap
from gongwen.indicators.extract import extract_indicators
from gongwen.metadata import extract_metadata
from gongwen.model import DocumentMeta, Indicator
from tests.conftest import load_labelled

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "unseen_targets"
NAMES = sorted(path.stem for path in FIXTURES.glob("*.txt"))
EXACT_FIELDS = ("value", "unit", "qualifier", "comparator", "target_year", "canonical_metric")


def load(name: str) -> tuple[str, dict]:
    return load_labelled("unseen_targets", name)


def same_target(found: Indicator, label: dict) -> bool:
    return metrics_overlap(found.metric, label["metric"]) and all(
        getattr(found, name) == label[name] for name in EXACT_FIELDS
    )


def test_there_are_eight_fixtures():
    assert len(NAMES) == 8


@pytest.mark.parametrize("name", NAMES)
def test_targets_are_the_labelled_ones(name):
    text, expected = load(name)
    year = int(expected["metadata"]["issue_date"][:4])
    found = extract_indicators(text, year)
    unmatched = list(expected["indicators"])
    extra = []
    for indicator in found:
        label = next((label for label in unmatched if same_target(indicator, label)), None)
        if label is None:
            extra.append(indicator)
        else:
            unmatched.remove(label)
    missing = [label for label in unmatched if label["core"]]
    assert (missing, extra) == ([], [])


@pytest.mark.parametrize("name", NAMES)
def test_metadata_is_the_labelled_one(name):
    text, expected = load(name)
    meta: DocumentMeta = extract_metadata(text, {})
    read = {field: getattr(meta, field) for field in expected["metadata"]}
    if isinstance(read["issue_date"], dt.date):
        read["issue_date"] = read["issue_date"].isoformat()
    assert read == expected["metadata"]
