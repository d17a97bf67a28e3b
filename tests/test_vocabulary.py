"""Allowed values are written once, in gongwen.vocabulary, and the registry and grammar agree with it."""

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
