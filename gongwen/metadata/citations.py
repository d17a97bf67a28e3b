"""The documents a document cites (every 《…》 naming one), the 文号 given with each, and whether the
document says it is made according to it ("implements") or merely cites it."""

from __future__ import annotations

import re

from gongwen.metadata.doc_numbers import DOC_NUMBER, normalize_doc_number
from gongwen.metadata.header import HEADER_LINES, MAX_PREAMBLE_CHARS, matching_close, without_draft_mark
from gongwen.metadata.keywords import keywords
from gongwen.metadata.notices import find_notice
from gongwen.metadata.wrapping import wrapping_sentences
from gongwen.model import Citation
from gongwen.text.chars import HAN_CHAR
from gongwen.text.patterns import squash
from gongwen.vocabulary import IMPLEMENTS

_NUMBER_AFTER_CITATION = re.compile(rf"\s*[(（]\s*({DOC_NUMBER.pattern})\s*[)）]")
_SENTENCE_BREAK = re.compile(r"[。;!?\n]")
_FIRST_SECTION = re.compile(r"(?m)^[一二三四五六七八九十]+、")
_NESTED = re.compile(r"〈([^〈〉]+)〉")
_NOTICE_OF_NESTED = re.compile(r"关于(?:印发|转发|下发|颁发|发布)〈")
_LINE_BREAK = re.compile(r"\s*\n\s*")
# A short name the text gives a document (…总体规划》（以下简称《规划》）): the 《规划》 that stand for it cite nothing new.
_ALIAS = re.compile(r"(?:以下简称|以下称|下称|简称)\s*[“\"]?\s*(《[^《》]{1,12}》)")


def cited_document_name(cited: str) -> str:
    """《国务院关于印发〈X〉的通知》 → X; 《X》 → X: the name a cited document is known by, for matching
    the same document cited in different words across the corpus."""
    inner = cited[1:-1]
    nested = _NESTED.search(inner)
    if nested and _NOTICE_OF_NESTED.search(inner):
        return nested.group(1)
    return inner


def _own_forms(text: str, own_title: str | None) -> set[str]:
    """The forms of the document's own title (given, or named by its cover notice: 印发《本文件》)."""
    forms = {squash(own_title)} if own_title else set()
    header = [line for line in text.split("\n")[:HEADER_LINES] if line.strip()]
    notice = find_notice(header)
    if notice and notice.wrapped:
        forms |= {squash(notice.wrapped), squash(without_draft_mark(notice.wrapped))}
    forms.update(squash(wrapped) for wrapped in wrapping_sentences(header))
    return forms


def extract_citations(text: str, own_title: str | None = None) -> list[Citation]:
    """Every 《…》 naming a document, with the 文号 right after it and whether the document says it is
    made according to it ("implements": 根据/依据/贯彻落实 … in the sentence that makes this document).
    The document's own title (given, or named by its cover notice: 印发《本文件》) is not a citation, nor a
    short name the text gives a cited one (以下简称《规划》)."""
    own_forms = _own_forms(text, own_title)
    aliases = {found.group(1) for found in _ALIAS.finditer(text)}
    first_section = _FIRST_SECTION.search(text)
    preamble_end = min(first_section.start() if first_section else len(text), MAX_PREAMBLE_CHARS)

    citations: list[Citation] = []
    position = 0
    while True:
        start = text.find("《", position)
        if start < 0:
            break
        end = matching_close(text, start)
        if end < 0:
            break
        position = end + 1
        cited = _LINE_BREAK.sub("", text[start:end + 1])  # a title broken over lines by a page capture
        inner = cited[1:-1].strip()
        if (inner in keywords().publications or not _names_a_document(inner) or cited in aliases
                or squash(inner) in own_forms or squash(without_draft_mark(inner)) in own_forms):
            continue
        number_match = _NUMBER_AFTER_CITATION.match(text, end + 1)
        number = normalize_doc_number(number_match.group(1)) if number_match else None
        relation = _relation(text, start, end, preamble_end)
        citations.append(Citation(cited, number, relation, start))
    return citations


def _names_a_document(inner: str) -> bool:
    """《…》 of a law, plan or notice ends with what it is (…办法, …规划纲要(草案)) or is a 关于… title;
    a book, film or newspaper (《山海情》) does not."""
    return bool(HAN_CHAR.search(inner)) and ("关于" in inner or bool(keywords().title_end.search(inner)))


def _relation(text: str, start: int, end: int, preamble_end: int) -> str:
    """implements or cites, by the sentence around the citation (see extract_citations)."""
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, max(0, start - 300), start)]
    sentence_start = breaks[-1] if breaks else max(0, start - 300)
    following = _SENTENCE_BREAK.search(text, end)
    sentence_end = following.start() if following else len(text)
    before = text[sentence_start:start]
    sentence = text[sentence_start:sentence_end]
    trigger = keywords().implement_trigger.search(before)
    if not trigger:
        return "cites"
    if trigger.group() == "按照" and not keywords().spirit.search(text[end:sentence_end]):
        return "cites"
    if start < preamble_end or keywords().self_making.search(sentence):
        return IMPLEMENTS
    return "cites"
