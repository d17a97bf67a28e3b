"""The sentences of a notice's first lines that say what it issues (现将《X》印发给你们, 《X》已经…同意, 《A》《B》已经…),
and what a news lead says was issued: the titles a document's text wraps."""

from __future__ import annotations

import re

from gongwen.metadata.header import without_draft_mark
from gongwen.metadata.keywords import keywords
from gongwen.metadata.news_leads import announced_title
from gongwen.metadata.notices import NOTICE_LINES, find_notice

WRAPPING_SENTENCE = re.compile(
    # 现将 《X》(以下简称《方案》)印发给你们: a PDF's space and the short name may stand between; 现将我局《X》印发: the issuer
    # calling itself before it
    r"(?:现将|特将|将)\s*(?:[我本][局委办厅部院会府])?《(?P<a>[^《》]+)》\s*(?:[(（]以下简称[^()（）]{1,20}[)）])?(?:印发|转发|下发)"
    r"|《(?P<b>[^《》]+)》(?:已经|业经)[^。]{0,30}?(?:同意|通过|审定|批准)"
    # 县政府研究确定了《X》,现印发给你们; 我部制定了《X》。现印发; 研究制定了《X》,经局领导同意,现印发给你们; 制定了
    # 《X》(可从国家卫生健康委网站下载)。现印发给你们: an aside in brackets after it
    r"|《(?P<c>[^《》]+)》(?:[(（][^()（）《》]{1,30}[)）])?[,，。](?:经[^,，。《》]{1,16}同意[,，])?现(?:予)?(?:印发|转发|下发)"
)
_BOOK_TITLE = re.compile(r"《([^《》]+)》")
_TWO_ISSUED = re.compile(r"《[^《》]+》(?:(?:[、和及]|以及)?《[^《》]+》)+(?:已经|现|印发|予以印发)")


def wrapping_sentences(lines: list[str]) -> list[str]:
    """Titles the first lines say are being issued (现将《X》印发…, 《X》已经…同意; each of 《A》《B》已经…, in order),
    or a news lead says were issued (news_leads.announced_title; where that is a notice, what it issues first)."""
    found = []
    for line in lines[:NOTICE_LINES]:
        together = issued_together([line])  # 《A》《B》《C》已经…通过: each, in order
        match = None if together else WRAPPING_SENTENCE.search(line)
        if together or match:
            found.extend(together or [match["a"] or match["b"] or match["c"]])
    announced = announced_title(lines)
    if announced:
        # 浙江省人民政府印发《关于下达2025年…计划的通知》: the document that notice issues first, then the notice
        notice = find_notice([announced])
        if notice and notice.wrapped and names_a_document(notice.wrapped):
            found.append(notice.wrapped)
        found.append(announced)
    return found


def issued_together(lines: list[str]) -> list[str]:
    """The documents the notice's first lines issue at once (《支持工业互联网发展若干政策》《安徽省…行动计划
    (2021-2023年)》已经省政府同意, 现将《X》和《Y》印发给你们), none when they issue one."""
    for line in lines[:NOTICE_LINES]:
        found = _TWO_ISSUED.search(line)
        if found:
            return _BOOK_TITLE.findall(found.group())
    return []


def names_a_document(name: str | None) -> bool:
    """The name a notice issues is a document's (in 《》 or ending with a document type); none (关于征求…意见的函) is not."""
    return name is not None and ("《" in name or bool(keywords().title_end.search(without_draft_mark(name))))
