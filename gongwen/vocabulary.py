"""The allowed values of the contract's enumerated columns, written once for domain, registry and gates.

Qualifiers and the comparator each gives stay in resources/indicators_grammar.yaml; COMPARATORS is
every comparator that grammar (or a bare number, "=") may give.
"""

from __future__ import annotations

ADMIN_LEVELS = NATIONAL, PROVINCE, PREFECTURE, COUNTY, UNKNOWN_LEVEL = (
    "national", "province", "prefecture", "county", "unknown"
)
# A named unit's government level; "other" for units that belong to no level (banks, enterprises).
UNIT_LEVELS = (NATIONAL, PROVINCE, PREFECTURE, COUNTY, "other")
ROLES = LEAD, CO, RESPONSIBLE = ("lead", "co", "responsible")
COMPARATORS = ("≈", "≥", "≤", "=")
SCRIPTS = SIMPLIFIED, TRADITIONAL = ("simplified", "traditional")
RELATIONS = IMPLEMENTS, CITES = ("implements", "cites")
FILE_STATUSES = PUBLISHED, DUPLICATE, QUARANTINED = ("published", "duplicate", "quarantined")
# raw_files flag of a document a document-level expectation held back: "held_back:<check column>".
HELD_BACK = "held_back"
# What a raw_files row's bytes really are; "unknown" when reading gave up before telling.
FORMATS = ("txt", "html", "md", "csv", "jsonl", "json", "binary", "unknown")
UNKNOWN_FORMAT = "unknown"
