"""Allowed values are written once, in gongwen.vocabulary, and the registry and grammar agree with it."""

import re
from pathlib import Path

from gongwen import vocabulary
from gongwen.indicators import qualifier_comparators
from warehouse.registry import TABLES


def test_every_comparator_the_grammar_gives_is_allowed():
    assert set(qualifier_comparators().values()) <= set(vocabulary.COMPARATORS)


def test_every_enumerated_column_takes_its_values_from_the_vocabulary():
    sets = {id(v) for v in vars(vocabulary).values() if isinstance(v, tuple)}
    enumerated = [c for t in TABLES.values() for c in t.columns if c.allowed]
    assert enumerated
    assert all(id(c.allowed) in sets for c in enumerated)


def test_values_the_sql_compares_enumerated_columns_with_are_allowed():
    """SQL cannot import the vocabulary: every `column = 'value'` it writes must be a value it allows."""
    allowed: dict[str, set[str]] = {}
    for table in TABLES.values():
        for column in table.columns:
            if column.allowed:
                allowed.setdefault(column.name, set()).update(column.allowed)
    comparison = re.compile(r"\b(\w+)\s*(?:=|<>|!=)\s*'([^']*)'")
    root = Path(__file__).resolve().parents[1]
    seen, wrong = 0, []
    for path in [*root.glob("warehouse/sql/**/*.sql"), *root.glob("expectations/sql/**/*.sql")]:
        for column, value in comparison.findall(path.read_text(encoding="utf-8")):
            if column in allowed:
                seen += 1
                if value not in allowed[column]:
                    wrong.append(f"{path.name}: {column} = {value!r}")
    assert seen and wrong == []
