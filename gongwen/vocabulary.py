"""The allowed values of the contract's enumerated columns, written once for domain, registry and gates.

Qualifiers and the comparator each gives stay in resources/indicators_grammar.yaml; COMPARATORS is
every comparator that grammar (or a bare number, "=") may give.
"""

from __future__ import annotations

import functools

from gongwen.text.resources import read_yaml

ADMIN_LEVELS = NATIONAL, PROVINCE, PREFECTURE, COUNTY, UNKNOWN_LEVEL = (
    "national", "province", "prefecture", "county", "unknown"
)
# A named unit's government level; "other" for units that belong to no level (banks, enterprises).
OTHER_LEVEL = "other"
UNIT_LEVELS = (NATIONAL, PROVINCE, PREFECTURE, COUNTY, OTHER_LEVEL)
ROLES = LEAD, CO, RESPONSIBLE = ("lead", "co", "responsible")
# The length of a unit's name (core_task_units.unit): one character names no unit (a name cut off,
# `责任单位：区`), nor does a run of more than sixty (a sentence read as a name).
UNIT_NAME_CHARS = MIN_UNIT_NAME, MAX_UNIT_NAME = (2, 60)
# The longest heading (core_tasks.heading) a task gets: a first sentence longer than this (a national
# plan's opening sentence of 330 characters, a document with no sentence end) is cut at a clause's end.
MAX_HEADING_CHARS = 300
# The shortest heading and text a task has (core_tasks): an item of fewer characters is an ordinal a page
# was cut off after (（二）优), no task.
MIN_TASK_CHARS = 2
# What core_tasks.deadline_date can say of a task's deadline: a last day ("date"), none because the work
# goes on ("ongoing": 长期坚持, 持续推进), no deadline written ("none"), or one written that names no day
# ("unknown": 年内完成 without a year).
DEADLINE_KINDS = DEADLINE_DATE, ONGOING, NO_DEADLINE, UNKNOWN_DEADLINE = ("date", "ongoing", "none", "unknown")
COMPARATORS = ("≈", "≥", "≤", "=")
SCRIPTS = SIMPLIFIED, TRADITIONAL = ("simplified", "traditional")
RELATIONS = IMPLEMENTS, CITES = ("implements", "cites")
# skipped: an inbox entry that is not read at all (a link out of the inbox, a FIFO, a hidden file …).
FILE_STATUSES = PUBLISHED, DUPLICATE, QUARANTINED, SKIPPED = ("published", "duplicate", "quarantined", "skipped")
# raw_files flag of a document a document-level expectation held back: "held_back:<check column>".
HELD_BACK = "held_back"
# What a raw_files row's bytes really are; "unknown" when reading gave up before telling.
# pdf, docx and ofd are read; doc (legacy Word/WPS binaries) is recognised and quarantined.
# Hints that date a record (生成日期 first: often days after the signature) and the prefix of the same dates
# read from a captured page's own lines, which date the page, never the document (reading/text_fields.py).
DATE_HINTS = ("generated_date", "publish_date")
PAGE_HINT_PREFIX = "page_"
# The hint holding a page's breadcrumb (首页 > 信息公开 > 灵璧县卫生健康委员会 > …), read from its own lines.
CRUMBS = "crumbs"
FORMATS = ("txt", "html", "md", "csv", "jsonl", "json", "pdf", "docx", "ofd", "doc", "binary", "unknown")
UNKNOWN_FORMAT = "unknown"
# core_indicators.kind: a figure set for the future, or one a document states as achieved.
INDICATOR_KINDS = TARGET, ACTUAL = ("target", "actual")
# How binding the sentence carrying a task or target is (words in resources/strength_words.yaml).
STRENGTHS = HARD, SOFT, NEUTRAL = ("hard", "soft", "neutral")
# Which way a canonical metric gets better (metrics.csv column `better`).
BETTER = HIGHER, LOWER = ("higher", "lower")
# out_target_tracking.status, by the rule written in the registry and the README.
TRACKING_STATUSES = MET, ON_TRACK, BEHIND, MISSED, NO_ACTUAL = ("met", "on_track", "behind", "missed", "no_actual")
# out_target_cascade.direction: the child's target against its parent's.
CASCADE_DIRECTIONS = STRICTER, EQUAL, LOOSER = ("stricter", "equal", "looser")

# The longest metric name a figure carries (longer phrases are lists of what is counted; the gate checks it).
MAX_METRIC_CHARS = 60


@functools.cache
def qualifiers_after() -> dict[str, str]:
    """The qualifiers written after a number (65%左右, 10万人以上) and the comparator each gives, as the target reader
    reads them: for a reader of published targets that writes them back (the workbook's 量化目标) without loading it."""
    return dict(read_yaml("indicators_grammar.yaml")["qualifiers_after"])
