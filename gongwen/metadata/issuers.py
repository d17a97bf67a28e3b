"""Who issued a document: its signature, else the body its cover notice or title names; whether that
body is a central one (the document is national)."""

from __future__ import annotations

import datetime as dt

from gongwen.metadata.dates import date_only
from gongwen.metadata.header import SENTENCE_PUNCTUATION, tidy_title
from gongwen.metadata.keywords import keywords


def is_organization(line: str) -> bool:
    """A line that is the name of an issuing body (…人民政府办公室, …委员会), not a sentence or a title."""
    line = line.strip()
    return (2 <= len(line) <= 40 and not SENTENCE_PUNCTUATION.search(line)
            and bool(keywords().organization_end.search(line)) and "关于" not in line)


def find_signature(lines: list[str]) -> tuple[str, dt.date, int] | None:
    """The first (issuing body, date) signature: an organization line right above a date-only line."""
    for number in range(1, len(lines)):
        date = date_only(lines[number])
        if date and is_organization(lines[number - 1]) and not lines[number].endswith("印发"):
            return tidy_title(lines[number - 1]), date, number
    return None


def issuer_named(signature: str | None, notice_issuer: str | None, title: str | None,
                 hints: dict[str, str]) -> str | None:
    """The issuer by precedence: the signature, the export's issuer column, the cover notice's issuer,
    the body a 关于… title opens with."""
    if signature is not None:
        return signature
    if hints.get("issuer") and is_organization(hints["issuer"]):
        return hints["issuer"]
    if notice_issuer and is_organization(notice_issuer):
        return notice_issuer
    if title and "关于" in title:
        head = title.split("关于", 1)[0]
        return head if is_organization(head) else None
    return None


def is_national(issuer: str | None) -> bool:
    return bool(issuer) and issuer.startswith(keywords().national_issuers)
