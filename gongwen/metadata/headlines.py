"""A header line as the title reader takes it: without the site's name, the label a portal puts before its headline
(杭州市萧山区高新技术企业奖励政策:关于…), the column (【…】) or title field (标题 | …) it runs into, a 文号 run on before it,
or the 《》 a page prints a title in on a line of its own."""

from __future__ import annotations

import re
from functools import cache

from gongwen.metadata.doc_numbers import DOC_NUMBER
from gongwen.metadata.header import HEADER_LINES, without_site_name
from gongwen.metadata.issuers import issuers_only, joint_issuers
from gongwen.metadata.keywords import keywords
from gongwen.reading.columns import field_labels
from gongwen.text.patterns import alternation

# A portal's label before a headline's title: "杭州市萧山区高新技术企业奖励政策:关于…".
_HEADLINE_LABEL = re.compile(r"^[^:：，,。；;《》\s]{2,20}[:：]\s*(?=关于)")
_PIPE_LABEL = re.compile(r"^[^\s|｜:：，,。《》]{2,6}\s*[|｜]\s*(?=\S)")  # 政策解读 | 福建省全民健身实施计划: a page's column
_CLAUSE_BREAK = re.compile("[，,。；;]")
_NUMBER_OPENING = re.compile(rf"^{DOC_NUMBER.pattern}\s*[—\-－]?\s*(?=\S)")
_COLUMN_LABEL = re.compile(r"^【[^【】]{1,30}】\s*(?=\S)")


@cache
def _title_field() -> re.Pattern[str]:
    """A page's title field run on with its value on one line (标题 | 关于…的通知, 名称 关于…的通知)."""
    _, labels = field_labels()
    titles = [label for label, hint in labels.items() if hint == "title"]
    return re.compile(rf"^(?:{alternation(titles)})[\s|｜:：]+(?=\S)")


def _without_headline_label(line: str) -> str:
    """A portal's headline without the label it puts before the title (杭州市萧山区高新技术企业奖励政策:关于…的若干
    政策意见): the rest, where it opens with 关于 and ends with a document type; a title a page ran into a colon
    (…关于暂停执行…措施的通告:), put under its column's label in 【】 or after its 文号, without them."""
    if line.endswith((":", "：")) and "关于" in line and not _CLAUSE_BREAK.search(line) and keywords().title_end.search(line[:-1]):
        line = line[:-1]
    column = _COLUMN_LABEL.match(line) or _title_field().match(line)
    if column and keywords().title_end.search(line):
        line = line[column.end():]  # 【市政府重点工作及责任分解】关于…的通知: a page's column; 标题 | 关于…: its field
    numbered = _NUMBER_OPENING.match(line)  # 江政办〔2020〕2号区人民政府办公室关于印发…的通知: the 文号 run into it
    if numbered and "关于" in line and keywords().title_end.search(line):
        line = line[numbered.end():]
    found = _HEADLINE_LABEL.match(line) or _PIPE_LABEL.match(line)
    return line[found.end():] if found and keywords().title_end.search(line) else line


def _unquoted(line: str) -> str:
    """A title a page prints in 《》 on a line of its own (《关于…的具体实施细则》), perhaps after the bodies that
    issued it (国家发展改革委等部门《关于…的通知》), without them."""
    found = _quoted_title(line)
    return found[1] if found else line


def _quoted_title(line: str) -> tuple[str, str] | None:
    """The bodies (perhaps none) and the title of a line that is a title in 《》 after whole issuing bodies."""
    opening = line.find("《")
    inner = line[opening + 1:-1] if opening >= 0 and line.endswith("》") else ""
    if not inner or "《" in inner or not keywords().title_end.search(inner):
        return None
    return (line[:opening], inner) if opening == 0 or issuers_only(line[:opening]) else None


def issuers_before_title(lines: list[str], title: str | None) -> str | None:
    """The bodies a header line names before the title it prints in 《》 (国家发展改革委等部门《X》): its issuers."""
    for line in lines[:HEADER_LINES]:
        found = _quoted_title(line) if title and title in line else None
        if found and found[0] and found[1] == title:
            return joint_issuers(found[0])
    return None


def headline_line(line: str) -> str:
    """The line as the title reader takes it (see the module's docstring)."""
    return _unquoted(_without_headline_label(without_site_name(line)))
