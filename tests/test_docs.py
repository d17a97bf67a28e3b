"""docs/tables.md is generated from the registry and must be current."""

from pathlib import Path

from warehouse.docs import render


def test_table_reference_is_current():
    committed = (Path(__file__).resolve().parents[1] / "docs" / "tables.md").read_text(encoding="utf-8")
    assert committed == render(), "run: .venv/bin/python -m warehouse.docs > docs/tables.md"
