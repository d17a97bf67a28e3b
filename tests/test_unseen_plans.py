"""Tasks of plans the extractor was not written against: documents of other provinces, levels and kinds
(tests/fixtures/unseen/), each hand-labelled in <name>.expected.json before the extractor was run on it.

Each fixture is read as the pipeline reads it (clean_text, then extract_tasks); every task must come out
with the labelled path, heading, units in order, their roles, lead unit and deadline."""

import json
import unicodedata
from pathlib import Path

import pytest

from gongwen.departments import classify_unit
from gongwen.metadata import extract_metadata
from gongwen.normalize import clean_text
from gongwen.tasks import extract_tasks

FIXTURES = Path(__file__).parent / "fixtures" / "unseen"
NAMES = sorted(p.stem for p in FIXTURES.glob("*.txt"))


def _nfkc(value):
    # clean_text makes full-width punctuation half-width; the labels keep the document's own.
    return unicodedata.normalize("NFKC", value) if isinstance(value, str) else value


def _cleaned(name: str) -> str:
    return clean_text((FIXTURES / f"{name}.txt").read_text(encoding="utf-8")).text


def _expected_rows(name: str) -> list[dict]:
    labels = json.loads((FIXTURES / f"{name}.expected.json").read_text(encoding="utf-8"))
    return [
        {
            "path": row["path"],
            "heading": _nfkc(row["heading"]),
            "units": [_nfkc(u) for u in row["units"]],
            "roles": row["roles"],
            "lead_unit": _nfkc(row["lead_unit"]),
            "deadline": _nfkc(row["deadline"]),
        }
        for row in labels
    ]


def _extracted_rows(name: str) -> list[dict]:
    return [
        {
            "path": task.path,
            "heading": task.heading,
            "units": [u.unit for u in task.units],
            "roles": [u.role for u in task.units],
            "lead_unit": task.units[0].unit if task.units else None,
            "deadline": task.deadline,
        }
        for task in extract_tasks(_cleaned(name))
    ]


def test_there_are_unseen_fixtures():
    assert len(NAMES) == 8


@pytest.mark.parametrize("name", NAMES)
def test_unseen_plan_tasks_match_the_hand_labels(name):
    assert _extracted_rows(name) == _expected_rows(name)


@pytest.mark.parametrize("name", NAMES)
def test_every_unit_of_an_unseen_plan_is_known_to_the_gazetteer(name):
    text = _cleaned(name)
    meta = extract_metadata(text, {})
    unknown = sorted({
        unit.unit
        for task in extract_tasks(text)
        for unit in task.units
        if not classify_unit(unit.unit, meta.admin_level, meta.region).known
    })
    assert unknown == []
