"""文号 (发文字号): the document's own number, in one written form (湘政发〔2024〕15号)."""

from __future__ import annotations

import re

from gongwen.metadata.header import HEADER_LINES
from gongwen.text.chars import HAN

_YEAR_DIGITS = "〇○零一二三四五六七八九"  # 二○一一年三月十七日, the date a signature writes in words
_MONTH_DIGITS = "一二三四五六七八九十"
_NUMBER_WITHOUT_HAO = (
    rf"(?P<prefix>[{HAN}]{{1,14}})\s*[〔\[【(（［﹝]\s*(?P<year>(?:19|20)\d{{2}})\s*[〕\]】)）］﹞]\s*"
    r"第?\s*(?P<seq>\d{1,5})"
)
DOC_NUMBER = re.compile(_NUMBER_WITHOUT_HAO + r"\s*号")
# A header line that is nothing but a 文号 (and perhaps its label, [发文字号] in an export, its 签发人, or the
# date it was issued on: 川办函〔2017〕113号 2017年6月2日), or a 文号 in brackets under the title (（国办发〔2023〕17号）,
# as the State Council prints its documents). A line of nothing but the number may lack its 号 (鄂发改长江[2019]289, as
# a page prints it): it is kept as printed.
DOC_NUMBER_LINE = re.compile(
    rf"^(?:[\[【]?(?:发文字号|文号|字号)[\]】]?\s*:?\s*|[(（]\s*)?{_NUMBER_WITHOUT_HAO}(?:\s*(?P<hao>号)"
    rf"(?:\s*签发人\s*:?\s*\S{{2,4}})?(?:\s*(?P<dated>(?:19|20)\d{{2}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日"
    rf"|[{_YEAR_DIGITS}]{{4}}年[{_MONTH_DIGITS}]{{1,3}}月[{_MONTH_DIGITS}]{{1,3}}日))?)?\s*[)）]?$"
)
_NUMBER_LABEL = re.compile(r"^(?:发文字号|文号|字号)")
# A title run on before its number (…农业重点工作任务的通知麟政办发〔2016〕21号): no part of the prefix.
_TITLE_RUN_ON = re.compile(r"^.*的(?:通知|意见|决定|方案|函|通报|批复|报告|规定|办法)")
_IN_BRACKETS_AT_END = re.compile(rf"[(（]({DOC_NUMBER.pattern})[)）]$")
# A 文号 after its label inside a line of a page's table of facts ("发布机构 区人民政府办公室 文    号 蔡政办〔2023〕1号"),
# or in brackets after a headline that is no sentence ("2021年县政府重点工作任务(华政发〔2021〕2号)"), not after a
# document it cites in 《》 ("(4)《国务院办公厅关于印发…的通知》(国办发〔2024〕5号)", a plan's list of what it rests on).
_LABELLED = re.compile(rf"(?:发文字号|文件编号|发文序号|文\s*号)\s*[:：]?\s*({DOC_NUMBER.pattern})")
_AFTER_HEADLINE = re.compile(rf"^[^，。；,;：:]{{2,90}}(?<!》)[(（]\s*({DOC_NUMBER.pattern})\s*[)）]$")
# …or in brackets opening a page's headline ("(岸政办〔2019〕1号)区人民政府办公室关于印发…").
_BEFORE_HEADLINE = re.compile(rf"^[(（]\s*({DOC_NUMBER.pattern})\s*[)）]\s*[^，。；,;：:]{{2,30}}?关于")
_ENDS_IN_NUMBER = re.compile(rf"{DOC_NUMBER.pattern}\s*[—\-－]?\s*$")  # 阳政办〔2019〕1号—区人民政府办公室关于…
# What a page capture leaves of a 文号 on the lines after its prefix: `内发改价费字〔` / `2025` / `〕` / `661` / `号`.
# After a title in a lead: its closing quote, then the number opening brackets (the rest may name its short name).
_AFTER_TITLE = re.compile(rf"[》”]?\s*[(（]\s*(?P<number>{DOC_NUMBER.pattern})\s*[)）,，]")
FORWARDS = "转发"  # a notice forwarding another's (关于转发…的通知)
_NUMBER_PIECE = re.compile(r"[\d〔〕\[\]【】()（）［］第号\s]+")
_MAX_PIECES = 5


def normalize_doc_number(text: str) -> str | None:
    """湘政发[2024]15号, 湘政发【2024】15号, 湘政发(2024)15号 → 湘政发〔2024〕15号; None if none."""
    match = DOC_NUMBER.search(text)
    if not match:
        return None
    prefix = _NUMBER_LABEL.sub("", match["prefix"]) or match["prefix"]  # 发文字号皖交发〔2021〕63号: a label run on
    prefix = _TITLE_RUN_ON.sub("", prefix) or prefix
    return f"{prefix}〔{match['year']}〕{match['seq']}号"


def find_doc_number(lines: list[str], notice_title: str | None, notice_number: str | None = None,
                    title: str | None = None) -> str | None:
    """The document's own 文号: a line of its own in the header (perhaps broken by a page capture into its
    prefix, year and number lines), after its label in a line of a page's facts, or in brackets after a
    page's headline or opening it, or in brackets right after the notice title (read with it:
    `notice_number`), or anywhere written right before the document's title as a link to its file names it
    (PDF文件查看：东公积金委〔2020〕2号关于调整…的通知) — never one that follows a cited 《…》."""
    for number, line in enumerate(lines[:HEADER_LINES]):
        own_line = DOC_NUMBER_LINE.match(line)
        if own_line:
            return normalize_doc_number(line) if own_line["hao"] else _without_hao(own_line)
        joined = _joined_pieces(lines, number)
        if joined:
            return joined
        in_line = _LABELLED.search(line) or _AFTER_HEADLINE.match(line) or _BEFORE_HEADLINE.match(line)
        if in_line:
            return normalize_doc_number(in_line.group(1))
    if notice_number:
        return normalize_doc_number(notice_number)
    if notice_title:
        tail = _IN_BRACKETS_AT_END.search(notice_title)
        if tail:
            return normalize_doc_number(tail.group(1))
    names = (title, notice_title)
    return (next(filter(None, (_number_before_title(lines, name) for name in names)), None)
            or next(filter(None, (_number_after_title(lines, name) for name in names)), None))


def _without_hao(match: re.Match[str]) -> str:
    return f"{match['prefix']}〔{match['year']}〕{match['seq']}"


def _number_before_title(lines: list[str], title: str | None) -> str | None:
    if not title:
        return None
    for line in lines:
        at = line.find(title)
        before = _ENDS_IN_NUMBER.search(line[:at]) if at > 0 else None
        if before:
            return normalize_doc_number(before.group())
    return None


def _number_after_title(lines: list[str], title: str | None) -> str | None:
    """The 文号 in brackets right after the document's title in a header line, its quotes closed (…下发“关于X的通知”
    (发改环资〔2025〕13号); 印发《X》(发改综合〔2019〕181号,以下简称《方案》)): a news lead naming it; not after a title
    that forwards another's (关于转发…的通知: the number after it is the forwarded one's)."""
    if not title or FORWARDS in title:
        return None
    for line in lines[:HEADER_LINES]:
        at = line.find(title)
        after = _AFTER_TITLE.match(line, at + len(title)) if at >= 0 else None
        if after:
            return normalize_doc_number(after.group("number"))
    return None


def _joined_pieces(lines: list[str], number: int) -> str | None:
    """A 文号 line a page capture broke at its brackets and numbers, read from lines[number] on: the prefix
    line ends with its opening bracket and the lines after it are brackets and digits only."""
    if not lines[number].endswith(("〔", "[", "【", "(", "（", "［")):
        return None
    joined = lines[number]
    for piece in lines[number + 1:number + 1 + _MAX_PIECES]:
        if not _NUMBER_PIECE.fullmatch(piece):
            return None
        joined += piece
        whole = DOC_NUMBER_LINE.match(joined)
        if whole and whole["hao"]:
            return normalize_doc_number(joined)
    return None
