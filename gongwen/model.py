"""Row shapes the domain hands to the pipeline: one dataclass per thing read from a document."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field


@dataclass(frozen=True)
class SourceRecord:
    """One document as read from the inbox, decoded but not yet normalized."""

    source_file: str  # path relative to the inbox; for a CSV/JSONL row: "file.csv#<row>" (1-based)
    format: str  # one of vocabulary.FORMATS: what the bytes really are
    encoding: str  # e.g. utf-8, utf-8-sig, gb18030, utf-16
    sha256: str  # of the file's bytes (for a CSV/JSONL row: of the row's text, UTF-8)
    n_bytes: int
    text: str  # decoded text; HTML becomes one line per block, table rows as cells joined by "\t"
    hints: dict[str, str] = field(default_factory=dict)  # title, publish_date, source_url, province from CSV/JSONL
    flags: tuple[str, ...] = ()  # what reading noticed, e.g. "charset_tag_lied:gb2312", "truncated_utf8"


@dataclass(frozen=True)
class Rejection:
    """A file (or export row) that could not become a document: it goes to ops_quarantine."""

    source_file: str
    stage: str  # read | normalize | metadata | tasks | indicators
    reason: str  # short, stable, for a person: "empty file", "binary content (not text)"
    detail: str  # what exactly: byte offset, detected type, the exception message
    sha256: str = ""
    n_bytes: int = 0
    format: str = ""
    encoding: str = ""


@dataclass(frozen=True)
class CleanText:
    """A document's body after normalization: Simplified, half-width ASCII, no web chrome."""

    text: str
    script: str  # one of vocabulary.SCRIPTS: what the source used
    flags: tuple[str, ...] = ()  # e.g. "pinyin_removed:443", "mojibake_repaired:3", "news_lead_removed"


@dataclass(frozen=True)
class Citation:
    cited_title: str  # 《…》 as written, with the brackets
    cited_number: str | None  # 发文字号 given right after it, normalized to 〔〕
    relation: str  # vocabulary.RELATIONS: "implements" (根据/贯彻落实/依据… the parent) or "cites"
    char_start: int


@dataclass(frozen=True)
class DocumentMeta:
    title: str | None
    notice_title: str | None
    issuer: str | None
    doc_number: str | None
    issue_date: dt.date | None
    admin_level: str  # one of vocabulary.ADMIN_LEVELS
    region: str | None  # e.g. 湖南省郴州市; None for national
    period_start: int | None
    period_end: int | None
    # The day the page or export says it was published or generated (发布日期, 生成日期): no 成文日期.
    published_date: dt.date | None = None


@dataclass(frozen=True)
class TaskUnit:
    unit: str  # as written, Simplified
    role: str  # one of vocabulary.ROLES


@dataclass(frozen=True)
class Task:
    seq: int  # 1-based order in the document
    path: str  # "2.1.3"
    section_title: str | None
    group_title: str | None
    heading: str
    text: str  # without the responsibility clause
    units: tuple[TaskUnit, ...]
    deadline: str | None
    char_start: int  # span of the whole item in the cleaned text
    char_end: int


@dataclass(frozen=True)
class UnitClass:
    department: str | None  # canonical cross-level department, None if not a government department
    level: str  # one of vocabulary.UNIT_LEVELS
    known: bool  # False when the gazetteer did not recognise the unit (reported, never guessed)


@dataclass(frozen=True)
class Indicator:
    metric: str
    canonical_metric: str | None
    scope: str | None
    value: float
    unit: str
    value_base: float
    unit_base: str
    qualifier: str | None
    comparator: str  # one of vocabulary.COMPARATORS, given by the qualifier
    target_year: int | None
    sentence: str
    char_start: int
    char_end: int
    kind: str = "target"  # vocabulary.INDICATOR_KINDS: set for the future, or stated as achieved
    as_of_year: int | None = None  # an actual's year (the last year it covers)
    as_of_start_year: int | None = None  # an actual's first year: 2021 for a 十四五 total, NULL if unknown
    strength: str = "neutral"  # vocabulary.STRENGTHS, from the words of its sentence before the value


def make_doc_id(clean_text: str) -> str:
    """16 hex chars of SHA-256 over the normalized text: same text, same id, whatever the file name."""
    return hashlib.sha256(clean_text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class ParsedDocument:
    """What the reading stage makes of one SourceRecord: cleaned text, identity, metadata, citations."""

    doc_id: str
    clean: CleanText
    meta: DocumentMeta
    citations: tuple[Citation, ...]
