"""How far metadata looks into a document (its header, its preamble) and the forms lines are compared in."""

from __future__ import annotations

import re

from gongwen.metadata.keywords import keywords
from gongwen.text.chars import HAN
from gongwen.text.regions import gazetteer

HEADER_LINES = 40
MAX_PREAMBLE_CHARS = 3000  # where a plan states what it is made according to, and for how long

SENTENCE_PUNCTUATION = re.compile(r"[。;,:!?、]")
# The line naming those a document is sent to (主送机关), which follows its title and 文号:
# "各省、自治区、直辖市人民政府,国务院各部委、各直属机构:".
ADDRESSEE_LINE = re.compile(r"^(?:各|[^。:]{0,60}、)[^。]{1,400}[:：]$")
# The mark a document's text ends with, saying how it is published ((此件公开发布), (本件主动公开)): no part of a title.
PUBLICATION_MARK = re.compile(r"[（(](?:此件|本件)[^（()）]{0,12}[）)]")
# A wire's dateline opening a news lead (新华社北京4月7日电(记者 于文静)), a paper's or site's (本报讯 记者张海莺报道,
# 东南网讯(记者 林先昌)), or a site's tag (【制药网 政策法规】): the lead's subject comes after it.
WIRE_DATELINE = re.compile(r"^(?:【[^【】]{1,20}】|[^，,。《》]{2,20}?\d{1,2}月\d{1,2}日电\s*(?:[(（][^()（）]{1,20}[)）])?"
                           r"|[^，,。《》\s]{1,16}讯\s*(?:[(（][^()（）]{1,20}[)）]|记者\s*[^\s，,。]{2,4}\s*报道))\s*")
_RUN_ON_OPENING = "关于"
_MIN_RUN_ON_TITLE, _MAX_RUN_ON_TITLE, _MIN_RUN_ON_REST = 8, 80, 10  # characters of the title, of the body after it
_SPACED_TITLE = re.compile(r"^(?P<title>[^\s，,。；;:：!！?？—]{6,40})\s+")
_SENTENCE_AFTER = re.compile(rf"[{HAN}\d][^\s。]{{{_MIN_RUN_ON_REST},}}。")  # not a headline's second part
_TITLE_GOES_ON = frozenset("的和及与、(（《“”》")  # a document type followed by one of these is inside the title
SENTENCE_STOPS = frozenset("，,。;；:：!！?？")  # a title, a heading runs to none of these
_PART_NUMBER = re.compile(r"\s*[(（][一二三四五六七八九十]{1,2}[)）]$")  # (一) after a title: a part of a series
_SITE_NAME = re.compile(r"^(?P<title>\S.{5,}?)\s*[-_－]\s*(?P<site>[^\s。，,；;:：《》()（）-]{2,20})$")
_SITE_DASH = re.compile("[-_－]")  # what _SITE_NAME needs: a line without one is not read through
_PLACE_TAG = re.compile(r"^[(（](?P<place>[^()（）]{2,12})[)）](?=\S)")
_SPACE_BETWEEN_HAN = re.compile(rf"(?<=[{HAN}》〉)]) +(?=[{HAN}《〈(])")
# 国务院办公厅关于发展银发经济 国务院办公厅关于发展银发经济 增进老年人福祉的意见: a capture repeated a title's first line.
_REPEATED_OPENING = re.compile(r"^(\S{4,}) +\1(?= )")


def tidy_title(text: str) -> str:
    """Stripped, without the spaces typesetting puts between Chinese characters, nor a first line repeated."""
    return _SPACE_BETWEEN_HAN.sub("", _REPEATED_OPENING.sub(r"\1", text.strip()))


def without_draft_mark(title: str) -> str:
    """健康鲅鱼圈行动实施方案(征求意见稿) → 健康鲅鱼圈行动实施方案: a draft's title as cited without its mark."""
    return keywords().draft_mark.sub("", title).strip()


def without_part_number(title: str) -> str:
    """2025年省《政府工作报告》重点工作分工方案(一): the number of one part of a series after its document type is no part
    of the title (its annex names it without: 附件:…分解表)."""
    part = _PART_NUMBER.search(title)
    return title[:part.start()] if part and keywords().title_end.search(title[:part.start()]) else title


def without_site_name(line: str) -> str:
    """关于2023年度…考评结果的通报-pg游戏麻将胡了, …实施方案_某某网: the name of the site a page's title element adds after
    the document's title (the part before ending with a document type, the part after naming none)."""
    found = _SITE_NAME.match(line) if _SITE_DASH.search(line) else None
    if found and keywords().title_end.search(found["title"]) and not keywords().title_end.search(found["site"]):
        return found["title"]
    return line


def run_on_title(line: str) -> str | None:
    """关于做好二〇二三年全面推进乡村振兴重点工作的实施意见江苏是鱼米之乡…: a copy that ran the first line, a title
    opening with 关于, into the body's first sentence: the title, to the first document type that no part of a title
    follows (not …方案 of …方案的通知) and no punctuation comes before; or a title of any opening set apart from the
    body by a blank (乡镇2023年工作要点 2023年是…: a page flattened to one line)."""
    spaced = _SPACED_TITLE.match(line)
    if spaced and keywords().title_end.search(spaced["title"]) and _SENTENCE_AFTER.match(line, spaced.end()):
        return spaced["title"]
    if not line.startswith(_RUN_ON_OPENING):
        return None
    stop = next((at for at, char in enumerate(line[:_MAX_RUN_ON_TITLE]) if char in SENTENCE_STOPS), _MAX_RUN_ON_TITLE)
    for end in range(_MIN_RUN_ON_TITLE, min(len(line) - _MIN_RUN_ON_REST, stop + 1)):
        if line[end] not in _TITLE_GOES_ON and keywords().title_end.search(line, 0, end):
            return line[:end]
    return None


def without_place_tag(title: str) -> str:
    """(辽宁省)2020年辽阳县人民政府工作报告: a site that collects many places' documents tags each with its place."""
    tag = _PLACE_TAG.match(title)
    return title[tag.end():] if tag and tag["place"] in gazetteer().by_name else title


def outer_brackets(text: str) -> str | None:
    """Content of the first outermost 《…》 in text (nested 《〈…〉》 kept inside)."""
    start = text.find("《")
    if start < 0:
        return None
    end = matching_close(text, start)
    return text[start + 1:end] if end > 0 else None


def matching_close(text: str, start: int) -> int:
    """Index of the 》 closing the 《 at `start`, -1 when it is never closed."""
    depth = 0
    for index in range(start, len(text)):
        if text[index] == "《":
            depth += 1
        elif text[index] == "》":
            depth -= 1
            if depth == 0:
                return index
    return -1
