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
# What core_tasks.deadline_date can say of a task's deadline: a last day ("date"), none because the work
# goes on ("ongoing": 长期坚持, 持续推进), no deadline written ("none"), or one written that names no day
# ("unknown": 年内完成 without a year).
DEADLINE_KINDS = DEADLINE_DATE, ONGOING, NO_DEADLINE, UNKNOWN_DEADLINE = ("date", "ongoing", "none", "unknown")
COMPARATORS = ("≈", "≥", "≤", "=")
SCRIPTS = SIMPLIFIED, TRADITIONAL = ("simplified", "traditional")
RELATIONS = IMPLEMENTS, CITES = ("implements", "cites")
FILE_STATUSES = PUBLISHED, DUPLICATE, QUARANTINED = ("published", "duplicate", "quarantined")
# What a raw_files row's bytes really are; "unknown" when reading gave up before telling.
FORMATS = ("txt", "html", "md", "csv", "jsonl", "json", "binary", "unknown")
UNKNOWN_FORMAT = "unknown"
