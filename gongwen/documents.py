"""Reading stage, last step: a SourceRecord becomes a ParsedDocument (clean text, doc_id, metadata,
citations), or a Rejection when nothing document-like is left once the page around it is cleaned away."""

from __future__ import annotations

import re
from itertools import chain, islice

from gongwen.indicators.extract import extract_figures
from gongwen.metadata.citations import extract_citations
from gongwen.metadata.dates import date_only
from gongwen.metadata.doc_numbers import DOC_NUMBER, DOC_NUMBER_LINE, find_doc_number, normalize_doc_number
from gongwen.metadata.extract import extract_metadata
from gongwen.metadata.header import HEADER_LINES
from gongwen.metadata.keywords import keywords
from gongwen.metadata.notices import find_notice
from gongwen.model import ParsedDocument, Rejection, SourceRecord, make_doc_id
from gongwen.normalize.clean import clean_text
from gongwen.normalize.pinyin import remove_pinyin_annotations
from gongwen.normalize.script import to_simplified
from gongwen.reading.text_fields import text_field_hints
from gongwen.tasks import holds_division_table
from gongwen.tasks.clauses import find_responsibility_clauses
from gongwen.text.chars import HAN, HAN_CHAR
from gongwen.vocabulary import TRADITIONAL

MIN_CJK_CHARS = 50
# 。, or the ASCII full stop a converter wrote for it after a Chinese character (第一年.我国发展…).
_SENTENCE_END = re.compile(rf"[。;；!?！？]|(?<=[{HAN}])\.")
_HANDED_ON = re.compile("(?:印发|转发|下发)给你们")  # a notice's body handing its document on
_MIN_FIGURES = 3  # a list stating this many figures (●经济增长6%左右 / ●城镇新增就业70万人以上 …) is a document
_MIN_CLAUSES = 2  # …and a text naming the units responsible this often
_COVER_TITLE_LINES = 3  # how far down a cover's title may end (its first lines may wrap it)


def parse_record(record: SourceRecord) -> ParsedDocument | Rejection:
    """Clean the record's text, identify it, read its metadata and citations. Never raises on content:
    an empty or structureless text, or a failure inside a step, is a Rejection naming the stage."""

    def reject(stage: str, reason: str, detail: str) -> Rejection:
        return Rejection(record.source_file, stage, reason, detail, record.sha256, record.n_bytes,
                         record.format, record.encoding)

    try:
        clean = clean_text(record.text)
    except Exception as exc:  # a bug must cost one document, not the run
        return reject("normalize", "text could not be normalized", f"{type(exc).__name__}: {exc}")
    if not clean.text.strip():
        return reject("normalize", "no text left after cleaning",
                      f"{len(record.text)} characters before cleaning, all blank or web chrome")
    n_cjk = sum(1 for _ in islice(HAN_CHAR.finditer(clean.text), MIN_CJK_CHARS))
    if n_cjk < MIN_CJK_CHARS:
        return reject("normalize", "too little Chinese text to be a document",
                      f"{n_cjk} Chinese characters after cleaning (a document has at least {MIN_CJK_CHARS}); "
                      f"starts: {clean.text[:60]!r}")
    if not _SENTENCE_END.search(clean.text) and not _holds_a_document(clean.text):
        return reject("normalize", "no sentence in the text",
                      f"Chinese text but no 。/;/!/? (nor a . after a Chinese character) anywhere, no task-division "
                      f"table, no notice's heading nor one 文号 over a document's heading, and fewer than "
                      f"{_MIN_FIGURES} figures stated: a list or a table of links, not a document; "
                      f"starts: {clean.text[:60]!r}")
    doc_id = make_doc_id(clean.text)
    # an export's title column is as Traditional as its text, and carries the same pinyin (貴池區(qū))
    hints = {key: remove_pinyin_annotations(value)[0] for key, value in record.hints.items()}
    if clean.script == TRADITIONAL:
        # …and its field labels were read in neither script (發(fā)文時(shí)間): read again from the cleaned text
        hints = {**text_field_hints(clean.text), **{key: to_simplified(value) for key, value in hints.items()}}
    try:
        meta = extract_metadata(clean.text, hints)
        citations = tuple(extract_citations(clean.text, own_title=meta.title))
    except Exception as exc:  # a bug must cost one document, not the run
        return reject("metadata", "metadata could not be read", f"{type(exc).__name__}: {exc}")
    return ParsedDocument(doc_id, clean, meta, citations)


def _holds_a_document(text: str) -> bool:
    """A text without a sentence that is still a document: a task-division table, a notice's heading (or a page's facts
    naming its one 文号), a list of figures (a report's digest: ●经济增长6%左右 / ●城镇新增就业70万人以上), or work given
    to units (a mirror's run-on plan: …(责任单位:县工信商务局、发改局)(三)实施…行动…(责任单位:…))."""
    head = text.split("\n", HEADER_LINES)[:HEADER_LINES]  # the first lines, where a cover or a notice's heading stands
    return (holds_division_table(text) or _notice_heads(text, head) or _cover_heads(head)
            or len(extract_figures(text, None)[:_MIN_FIGURES]) >= _MIN_FIGURES
            or len(list(islice(chain.from_iterable(map(find_responsibility_clauses, text.splitlines())),
                               _MIN_CLAUSES))) >= _MIN_CLAUSES)


def _cover_heads(head: list[str]) -> bool:
    """A document's cover heads the text: its title (…远景目标纲要) in the first lines, then the one day alone on a line
    below it (2021年1月27日), before its contents; a page cut off before its first full stop, not a list of documents'
    titles (each dated)."""
    lines = [line.strip() for line in head]
    titled = next((at for at, line in enumerate(lines[:_COVER_TITLE_LINES]) if keywords().title_end.search(line)), None)
    dated = [at for at, line in enumerate(lines) if date_only(line) is not None]
    return titled is not None and len(dated) == 1 and dated[0] > titled


def _notice_heads(text: str, head: list[str]) -> bool:
    """A notice's heading (…关于印发X的通知) heads the text and its body hands the document on (现印发给你们), or a
    heading (…关于…的通知) and its 文号 on a line of its own are among the first lines: a document whose page lost its
    punctuation or was cut off before its first full stop, not a list of notices' titles."""
    if find_notice(head) is not None and _HANDED_ON.search(text) is not None:
        return True
    titled = any("关于" in line and keywords().title_end.search(line.strip()) for line in head)
    if titled and any(DOC_NUMBER_LINE.match(line.strip()) for line in head):
        return True
    # a page's facts naming one 文号 (名称: 郎步街道突发事件总体应急预案 文号: 郎步办【2024】25号) over a heading ending with a
    # document's type: the document's own page, cut off before its first full stop (a list of documents names several)
    numbers = {normalize_doc_number(found.group()) for found in DOC_NUMBER.finditer("\n".join(head))}
    return (len(numbers) == 1 and find_doc_number(head, None) is not None
            and any(keywords().title_end.search(line.strip()) for line in head))
