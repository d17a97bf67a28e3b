"""A document's title: which lines of the header it is, from the cover notice (notices.py), the sentences
issuing it, its heading or a page's hints."""

from __future__ import annotations

import re
from dataclasses import dataclass

from gongwen.metadata.dates import date_only
from gongwen.metadata.doc_numbers import DOC_NUMBER, DOC_NUMBER_LINE
from gongwen.metadata.header import (
    ADDRESSEE_LINE,
    HEADER_LINES,
    PUBLICATION_MARK,
    SENTENCE_PUNCTUATION,
    run_on_title,
    tidy_title,
    without_draft_mark,
    without_place_tag,
)
from gongwen.metadata.headlines import headline_line
from gongwen.metadata.issuers import (
    JOINT,
    is_national,
    is_organization,
    issuers_apart,
    issuers_only,
    joint_issuers,
    title_issuer,
)
from gongwen.metadata.jurisdiction import find_region
from gongwen.metadata.keywords import keywords
from gongwen.metadata.news_leads import introduced_title
from gongwen.metadata.notices import (
    LEADING_NUMBER,
    MAX_TITLE_LINES,
    NOTICE_LINES,
    TRAILING_NUMBER,
    Notice,
    find_notice,
)
from gongwen.metadata.title_fields import completes, one_slip
from gongwen.metadata.towns import opens_with_township
from gongwen.metadata.wrapping import issued_together, names_a_document, wrapping_sentences
from gongwen.reading.columns import field_labels, squash_label
from gongwen.text.chars import HAN, han_count
from gongwen.text.patterns import NUMBERED_HEADING, squash
from gongwen.text.regions import gazetteer

_MAX_TITLE_CHARS = 90
_CELL_MARKS = frozenset("\t|")  # a row of cells (公开范围 | 面向全社会) is no part of a title
_MIN_REPEATED_TITLE = 8
_REPEAT_REACH = 4  # lines below a title within which a page prints it again (a page's fields between)
# A page that sets its headline's parts on lines of their own (6月24日 / 咸宁市人民政府办公室 / 发布 / 咸宁市…若干措施):
# a day without its year and a verb alone are no part of a title.
_MONTH_DAY = re.compile(r"\d{1,2}月\d{1,2}日")
_LISTING_TITLE = re.compile(rf"^(?:(?:19|20)\d{{2}}年|[{HAN}]{{1,12}}?[省市县区州旗镇乡])")  # see _without_listing
_MAX_LABEL_CHARS = 8
_CONTENTS = "目录"  # a table of contents' heading: no title
_COUNT_FIELD = "views"  # the hint of a page's count of visits (访问次数): a number, never a title
# The label of an annex a plan follows: "附件", "附件2", "附件一:", also before the title on its line.
_ANNEX_LABEL = re.compile(r"^附\s*件\s*[0-9一二三四五六七八九十]{0,3}\s*[:：]?\s*")
# An item numbered before a year, as an annex list goes on ("附件:1.…标准" / "2.2019年…示范户标准"): no title
# (NUMBERED_HEADING leaves "2.2019" alone, a decimal as far as it can tell).
_ORDINAL_BEFORE_YEAR = re.compile(r"^\d{1,2}[.．](?=(?:19|20)\d{2}年)")
# The year a page adds after a notice's title ("国务院办公厅关于…的通知(2018年)"); a plan's period stays (…(2021—2023年)).
_NOTICE_YEAR = re.compile(r"(?<=通知|意见|决定|批复)\s*[(（](?:19|20)\d{2}年[)）]$")
_NUMBER_PIECE = re.compile(r"\d{1,4}")
_CLOSES_GUANYU = re.compile(r"的(?:通知|通报|意见|函|决定|批复)$")
_COLUMN_TAG = re.compile(rf"^【[{HAN}]{{2,8}}】\s*(?=\S)")  # 【应急预案】葛公镇…预案: the site's column
_LEADING_NUMBER = re.compile(rf"^\s*{DOC_NUMBER.pattern}\s+(?=\S)")
# A count a heading adds after its title (2023年…重点工作分工方案(共计121项), …事项目录(共5项)): no part of the title.
# 省教育厅2023年工作要点(第2/4页): which page of a document a site split in pages
_PAGE_MARK = re.compile(r"\s*[(（]第\s*\d{1,3}\s*(?:/\s*\d{1,3}\s*)?页[)）]$")
_COUNT_NOTE = re.compile(r"\s*[(（]共计?\d{1,4}[项条个][)）]$")
_INNER_BRACKETS = str.maketrans("〈〉", "《》")
_NO_BOOK_MARKS = str.maketrans("", "", "《》〈〉")
# The year a page's lead or headline puts before a heading that prints none (2020年政府工作报告重点工作责任分解).
_YEAR_OPENING = re.compile(r"^(?:19|20)\d{2}年")
_MIN_TITLE_AFTER_YEAR = 8  # characters after its year of a title whole on its own line (全市交通运输工作要点)
_NOTICE_ENDINGS = ("通知", "的函")
_BROKEN_ADDRESSEES = 12  # characters of the end of an addressees' line a page broke onto a line of its own
_HEADING_AFTER_DATE = 3  # lines between a notice's date and the heading of the document it carries (附件1 …)
# A slogan quoted in a title, which may hold a comma of its own (关于在全州开展“收好官,开好局”专项行动实施方案).
_QUOTED = re.compile(r"“[^“”]{1,30}”")


def tidy_heading(text: str) -> str:
    """tidy_title, keeping the space between joint issuers before 关于 ("国家发展改革委 国家能源局关于…"); a 文号 a page
    puts before the heading (靖政发〔2025〕17号 靖边县人民政府 关于…的通知) is no part of it."""
    text = _LEADING_NUMBER.sub("", text)
    head, guanyu, rest = text.partition("关于")
    issuers = issuers_apart(head) if guanyu else []
    if issuers:
        return " ".join(issuers) + guanyu + tidy_title(rest)
    return tidy_title(text)


def _looks_like_title_part(line: str) -> bool:
    """Short, no sentence: no punctuation but the 、 of a title's list after its 关于 (关于加强元旦、春节市场监管…)
    and what a quoted slogan holds."""
    head, guanyu, rest = _QUOTED.sub("", line).partition("关于")
    if guanyu and "、" in head and issuers_only(head):
        head = ""  # 西安市公安局交通管理局、西安市生态环境局关于…: joint issuers before 关于
    # (…柴油货车污染治理、 / 臭氧污染防治…实施方案: a title's list wrapped after its 、)
    return (len(line) <= _MAX_TITLE_CHARS
            and not SENTENCE_PUNCTUATION.search(_without_listing(head + guanyu) + rest.replace("、", ""))
            and not NUMBERED_HEADING.match(line) and not _ORDINAL_BEFORE_YEAR.match(line)
            and not _ANNEX_LABEL.fullmatch(line) and not PUBLICATION_MARK.fullmatch(line)
            and han_count(line) >= 2 and not _CELL_MARKS.intersection(line) and not _holds_field_label(line)
            and not DOC_NUMBER_LINE.match(line) and not LEADING_NUMBER.match(line) and date_only(line) is None
            and not _MONTH_DAY.fullmatch(line) and not keywords().announcement_verb.fullmatch(line)
            and squash(line) != _CONTENTS)


def _without_listing(head: str) -> str:
    """The words before a title's 关于 (or the whole line) without the 、 of the list a title may name after its year or
    its division (2025年全区安全生产、防灾减灾救灾 / 和消防工作要点; 上饶市支持鄱阳、余干、万年县…), or the one a line ends
    with; any other 、 (县委副书记、县长…作工作报告) is a sentence's."""
    return head.replace("、", "") if _LISTING_TITLE.match(head) else head.removesuffix("、")


def _holds_field_label(line: str) -> bool:
    """The line is a page's field label, a row of cells one of which is (`[ 索引号 ] | 1150… | [ 发文字号 ] |`), or a
    field's label then its value after a blank (`文件编号 锡政办规〔2025〕2号发布机构 无锡市人民政府办公室`) or its bracket (`[ 体裁分类 ] 工作报告`)."""
    return any(squash_label(cell) in field_labels()[1]
               for cell in [*line.split("|"), line.split(maxsplit=1)[0], line.partition("]")[0]])


def _opens_a_title(line: str) -> bool:
    """The line opens a title: with 关于, or with a division's or a township's name or a year when it is a whole title
    on its own (石城县2018年度…考核细则, 都斛镇2025年…工作方案, 2025年全市交通运输工作要点; not 2022年工作要点, which an
    office's name may head)."""
    year = _YEAR_OPENING.match(line)
    return line.startswith("关于") or (  # the gazetteer's look-up last: it costs the most
        bool(keywords().title_end.search(line)) and _looks_like_title_part(line)
        and (year is not None and len(line) - year.end() >= _MIN_TITLE_AFTER_YEAR or find_region(line) is not None
             or opens_with_township(line)))


def _is_field_value(lines: list[str], number: int) -> bool:
    """The value of a field label on the line above ("公文种类:" / "通知"), not a title; an annex's label ("附件:")
    heads the annex's title, a page's count of visits left empty ("访问次数:") stands above it, and a line opening
    with 关于 is one whatever stands above it (a page's 今天是:)."""
    label = lines[number - 1] if number > 0 else ""
    return (label.endswith((":", "：")) and len(label) <= _MAX_LABEL_CHARS and not _ANNEX_LABEL.fullmatch(label)
            and not lines[number].startswith("关于")
            and field_labels()[1].get(squash_label(label.rstrip(":："))) != _COUNT_FIELD)


def find_title_block(lines: list[str], start: int, wanted: str | None) -> tuple[str, int] | None:
    """The title in lines[start:]: the block (1–3 lines) equal to `wanted` when given, else the first
    block of short lines that ends with a document type (…实施方案, …工作要点, …政府工作报告)."""
    wanted_forms = set()
    if wanted:
        wanted_forms = {squash(wanted), squash(without_draft_mark(wanted))}
        # 《关于贯彻〈X〉…》 cited is the heading 关于贯彻《X》… as printed.
        wanted_forms |= {form.translate(_INNER_BRACKETS) for form in wanted_forms}
        # A notice's line that drops the 《》 of a name its plan's heading prints (对接区域全面经济伙伴关系协定)
        wanted_forms |= {form.translate(_NO_BOOK_MARKS) for form in wanted_forms}
    limit = min(len(lines), start + HEADER_LINES) if not wanted else len(lines)
    repeated = None if wanted else _repeated_title(lines, start, limit)
    if repeated is not None:
        return repeated
    for first in range(start, limit):
        if not _looks_like_title_part(lines[first]) or _is_field_value(lines, first):
            continue
        if first + 1 < len(lines) and _heads_a_title_below(lines[first], lines[first + 1]):
            continue  # a page's heading (接访信息详情, 县级考核依据) above the title, which opens on the next line
        for count in range(1, MAX_TITLE_LINES):
            block = lines[first:first + count]
            if count > 1 and not _looks_like_title_part(block[-1]) or (  # the lines above it are title parts
                    len(block) > 1 and (_opens_with_named_issuer(block[-1]) or _heads_a_title_below(*block[-2:]))):
                break  # a title opening with its named issuer is one's first line (not 法规库 / 共收录…条法规 above)
            joined = _ANNEX_LABEL.sub("", tidy_title("".join(block)))
            counted = _COUNT_NOTE.sub("", joined)
            if wanted_forms and counted != joined and _is_wanted(squash(counted), wanted_forms):
                return counted, first
            if wanted_forms:
                if _is_wanted(squash(joined), wanted_forms):
                    return joined, first
            elif keywords().title_end.search(counted) and not DOC_NUMBER_LINE.match(joined):
                below = lines[first + count:first + count + 2]
                if below and len(below[0]) >= _MIN_REPEATED_TITLE and len(below[0]) < len(counted) and counted.endswith(below[0]):
                    return below[0], first + count  # the title repeated alone below the page's crumbs run into it
                if below[:1] == [counted]:  # the page's title above the heading as printed: the heading's period line
                    below = below[1:]
                return counted + (below[0] if below and _continues_with_period(below[0]) else ""), first
    return None


def _repeated_title(lines: list[str], start: int, limit: int) -> tuple[str, int] | None:
    """A title line the page prints again right below, broken over lines (卓尼县2023年…实施方案 / 时间:…作者:… /
    卓尼县2023年万亩油菜标准化种植基地 / 建设项目实施方案): the page's heading and the document's, whatever title-like
    lines of its menus stand above them."""
    for number in range(start, limit):
        line = lines[number]
        if len(line) < _MIN_REPEATED_TITLE or not keywords().title_end.search(line) or not _looks_like_title_part(line):
            continue
        for first in range(number + 1, min(limit, number + _REPEAT_REACH)):
            for count in range(2, MAX_TITLE_LINES):
                if squash("".join(lines[first:first + count])) == squash(line):
                    return tidy_title("".join(lines[first:first + count])), first
    return None


def _heads_a_title_below(line: str, below: str) -> bool:
    """The line is a page's heading or tab (接访信息详情, 文旅规划热门) above a title that opens on the line below, not
    the title's issuer or place (马鞍山市 / 关于…实施细则) nor its name above its contents' label (X / X目录)."""
    return (_opens_a_title(below) and not issuers_only(line) and line not in gazetteer().by_name
            and not below.startswith(line))


def _is_wanted(block: str, wanted_forms: set[str]) -> bool:
    """The block is a form of the wanted title: as written, without 《》, without a leading 关于 on either side (关于印发X
    的通知 issues 关于X), its issuer before 关于 (南宁市人民政府关于X的函 for 关于X的函), or one character slipped (促合理用药)."""
    forms = {block, block.translate(_NO_BOOK_MARKS)}
    if forms & wanted_forms or {_YEAR_OPENING.sub("", form) for form in wanted_forms} & forms:
        return True
    head, guanyu, rest = block.partition("关于")
    if head and guanyu and issuers_only(head) and guanyu + rest in wanted_forms:
        return True
    bare = {form.removeprefix("关于") for form in forms}
    return any(one_slip(form, wanted.removeprefix("关于")) for form in bare for wanted in wanted_forms)


def title_above_addressees(lines: list[str]) -> str | None:
    """A document's own title where it is followed by its 文号 and those it is sent to (主送机关): the
    1–3 title lines right above them, up to a line that is a title of its own (the page's heading, "关于
    …的通知(文号)"), an issuing body, a 文号 or a date, or from the line that opens with 关于 (or the line above it
    when that opens with a named issuer and its own 关于). An issuing
    body right above "关于…" or above another body's "…关于" heads the title ("山西省能源局" / "关于加强" /
    "2025" / "年新型储能管理工作的通知": a capture breaks a number out of a line)."""
    for number, line in enumerate(lines[:HEADER_LINES]):
        if not (ADDRESSEE_LINE.match(line) or _addressees_broken(lines, number)):
            continue
        end = number
        while end > 0 and (DOC_NUMBER_LINE.match(lines[end - 1]) or date_only(lines[end - 1])):
            end -= 1
        if end == 0 or not keywords().title_end.search(lines[end - 1]):
            return None
        first = end - 1
        # …的通知 closes a title a line above opens with 关于, whatever kind of document that line ends with
        # (关于分解落实2019年市政府工作报告 / 主要目标任务的通知)
        closes_guanyu = _CLOSES_GUANYU.search(lines[end - 1]) is not None
        while (first > 0 and end - first < MAX_TITLE_LINES - 1 and not lines[first].startswith("关于")
               and not _opens_with_named_issuer(lines[first])
               and _title_piece(lines[first - 1])
               and not is_organization(lines[first - 1]) and not TRAILING_NUMBER.search(lines[first - 1])
               and (not keywords().title_end.search(lines[first - 1])
                    or closes_guanyu and _opens_with_issuers(lines[first - 1]))):
            first -= 1
        if (first > 0 and is_organization(lines[first - 1]) and _opens_with_issuers(lines[first])
                and not _names_again(lines[first - 1], lines[first])):
            first -= 1
        elif (first > 0 and lines[first].startswith("关于") and _opens_with_named_issuer(lines[first - 1])
              and _title_piece(lines[first - 1])):
            first -= 1  # "国务院办公厅关于落实中共中央国务院" / "关于全面深化…": a title citing another's 关于
        block = lines[first:end]
        if all(_title_piece(part) for part in block):
            return _ANNEX_LABEL.sub("", tidy_heading("".join(block)))
        return None
    return None


def _names_again(above: str, line: str) -> bool:
    """The body or bodies on the line above are named again before the title's 关于: the line is the issuers' mark
    (发文机关标志: 人力资源和社会保障部 财政部 / 人力资源社会保障部、财政部关于…), not a joint issuer heading the title."""
    head = line.partition("关于")[0]
    return bool(head) and any(body in head for body in issuers_apart(above) or [above])


def _addressees_broken(lines: list[str], number: int) -> bool:
    """各盟行政公署、市人民政府,自治区各委、办、厅、局,各大企 / 业、事业单位: a page broke the addressees' line."""
    return (lines[number].startswith("各") and number + 1 < len(lines) and len(lines[number + 1]) <= _BROKEN_ADDRESSEES
            and ADDRESSEE_LINE.match(lines[number] + lines[number + 1]) is not None)


def _opens_with_issuers(line: str) -> bool:
    """A title line that opens with its 关于, or with an issuing body and then 关于 ("国家能源局综合司关于"):
    an issuing body on the line above heads the title with it, a joint issuer written on lines of their
    own ("国家发展改革委办公厅" / "国家能源局综合司关于" / "做好…" / "相关工作的通知")."""
    head, guanyu, _ = line.partition("关于")
    return bool(guanyu) and (not head or issuers_only(head))


def _opens_with_named_issuer(line: str) -> bool:
    """A title line that opens with whole issuing bodies, each a central one or one naming its place, then
    关于 ("国务院关于…", "济南市长清区人民政府办公室关于…"): the title's first line, whatever stands above it (a
    site's name, 中国政府网); a body's name broken over lines ("…国家能源局南方" / "监管局关于…") goes on above."""
    head, guanyu, _ = line.partition("关于")
    return (bool(guanyu) and bool(head) and issuers_only(head)
            and all(is_national(body) or find_region(body) is not None for body in joint_issuers(head).split(JOINT)))


def _title_piece(line: str) -> bool:
    return _looks_like_title_part(line) or bool(_NUMBER_PIECE.fullmatch(line))


@dataclass(frozen=True)
class Titles:
    title: str | None
    notice: Notice | None  # the cover notice in the text
    cover: Notice | None  # that notice, or else the one the title hint is


def read_titles(lines: list[str], hints: dict[str, str]) -> Titles:
    """The document's title: the cover notice itself when it issues two documents the text holds (the one it
    holds when the text holds only one, a page cut off before the other); the one its cover notice
    (in the text, else in the title hint) or a wrapping sentence names, found in the lines after the notice;
    else the first title-like block (one that is only a document type, 政府工作报告, gives way to a title
    hint ending with it); else the notice itself when what it issues is no titled document (关于发布2025年…
    工作要求的通知: its requirements are its body) or is not in the text while the notice says matters of its
    own (a page of the notice alone); else what the notice or a wrapping sentence names; else the hint. A notice
    found as the title that issues by another verb than 印发 is the cover of the document headed right below its date."""
    lines = [headline_line(line) for line in lines[:HEADER_LINES]] + lines[HEADER_LINES:]
    notice = find_notice(lines)
    cover = notice
    if notice is None and hints.get("title"):
        # An export or page that keeps the cover notice's title out of the text ("标题" column).
        cover = find_notice([hints["title"]])
    sentences = wrapping_sentences(lines)
    wanted = [name for name in (cover.wrapped if cover else None, *sentences) if name]
    body_start = notice.end_line if notice else 0
    found = next(filter(None, (find_title_block(lines, body_start, name) for name in wanted or [None])), None)
    if found is None and notice is not None and wanted and wanted[0] == notice.wrapped:
        found = _own_heading(lines, notice)
    if found is None and cover is None and len(sentences) > 1 and issued_together(lines):
        found = find_title_block(lines, body_start, None)  # 《A》《B》已经…: the text's own title line, if not theirs
    wrapped = wanted[0] if wanted else None
    # A document a sentence names that the text does not hold (《政府工作报告》已经…审议通过) gives way to the title
    # above the addressees; the one a cover notice issues does not.
    named_only = wrapped and not found and not (cover and wrapped == cover.wrapped)
    addressed = title_above_addressees(lines[body_start:]) if not wrapped or named_only else None
    issued = issued_together(lines) if cover is not None else []
    present = [block for name in issued if (block := find_title_block(lines, body_start, name))]
    hinted = hints.get("title")
    if hinted and lines and lines[0].startswith(hinted) and len(lines[0]) > len(hinted) and not notice:
        title = hinted  # 绥棱县2018年政务公开工作要点实施方案为深入贯彻…: an export's title run into its text's first sentence
    elif issued and len(present) == 1:
        title = present[0][0]  # a page that holds one of the two documents its notice issues (cut off before the other)
    elif issued:
        title = cover.title  # 关于印发X政策和Y行动计划的通知: neither document is the whole of it
    elif addressed:
        title = addressed
    elif found and hinted and completes(found[0], hinted):
        title = hinted
    elif found:
        title = found[0]
    elif cover and wrapped == cover.wrapped and not sentences and not names_a_document(wrapped):
        title = cover.title
    elif notice is not None and _says_its_own(lines):
        title = notice.title  # a notice with matters of its own, without the document it issues: the notice
    elif wrapped:
        title = tidy_title(wrapped)
    else:
        title = hints.get("title") or _annexed_title(lines) or introduced_title(lines) or run_on_title(lines[0] if lines else "")
    below = _document_below_notice(lines, found) if notice is None and found and title == found[0] else None
    if below:
        # 市人民政府办公室关于分解落实《政府工作报告》的通知 … 2017年1月13日 / 《政府工作报告》重点工作责任分解
        notice = cover = Notice(title, title_issuer(title), below, found[1] + 1)
        title = below
    return Titles(_without_page_marks(title) if title else title, notice, cover)


def _without_page_marks(title: str) -> str:
    """"2021年县政府重点工作任务(华政发〔2021〕2号)": the 文号, page number, year tag, place tag or column tag
    (【应急预案】…) a page puts after or before the title is no part of it."""
    title = _PAGE_MARK.sub("", _COLUMN_TAG.sub("", title))
    return without_place_tag(_NOTICE_YEAR.sub("", TRAILING_NUMBER.sub("", title)))


def _annexed_title(lines: list[str]) -> str | None:
    """The document a notice names as its one annex (附件:2007年三水区政府工作主要任务分解表) on a page holding the notice
    alone, its own title not on the page: the document it issues."""
    named = [tidy_title(line[label.end():]) for line in lines[:HEADER_LINES]
             if (label := _ANNEX_LABEL.match(line)) and keywords().title_end.search(line[label.end():])]
    return named[0] if len(named) == 1 and _looks_like_title_part(named[0]) else None


def _document_below_notice(lines: list[str], found: tuple[str, int]) -> str | None:
    """The title of the document a notice titled by `found` carries below its date (a notice that issues it by
    another verb than 印发: 关于分解落实…的通知)."""
    title, at = found
    below = _heading_below_date(lines, at) if title.endswith(_NOTICE_ENDINGS) else None
    return below[0] if below else None


def _heading_below_date(lines: list[str], at: int) -> tuple[str, int] | None:
    """The first title block after the first date-only line below line `at` (a notice's date), right below it."""
    dated = next((n for n in range(at + 1, min(len(lines), at + NOTICE_LINES)) if date_only(lines[n])), None)
    below = find_title_block(lines, dated + 1, None) if dated is not None else None
    return below if below and below[1] <= dated + _HEADING_AFTER_DATE and not below[0].endswith(_NOTICE_ENDINGS) else None


def _own_heading(lines: list[str], notice: Notice) -> tuple[str, int] | None:
    """The heading a document prints below its cover notice's date where it words its title otherwise than the
    notice (…印发2023年浙江省卫生健康工作要点的通知 / … / 2023年全省卫生健康工作要点): a document of the same type."""
    below = _heading_below_date(lines, notice.end_line - 1)
    kind = keywords().title_end.search(without_draft_mark(notice.wrapped or ""))
    own_kind = keywords().title_end.search(below[0]) if below and kind else None
    return below if own_kind and own_kind.group() == kind.group() else None


_PERIOD_LINE = re.compile(r"[(（]\s*(?:19|20)\d{2}\s*[-—–~～至]\s*(?:19|20)\d{2}\s*年?\s*[)）]")


def _continues_with_period(line: str) -> bool:
    """A title's line below its first that holds its period (（2021—2025年）), perhaps with the rest of the title after
    it (（2016—2030年）实施分工方案: the plan that carries out 中医药发展战略规划纲要 above), or its draft mark ((征求意见稿))."""
    found = _PERIOD_LINE.match(line)
    return (found is not None and (found.end() == len(line) or keywords().title_end.search(line, found.end()) is not None)
            or line.startswith(("(", "（")) and keywords().draft_mark.fullmatch(line) is not None)


def _says_its_own(lines: list[str]) -> bool:
    """Whether the notice's first lines say it gives matters of its own besides what it issues (现印发给你们，
    并就有关事项通知如下): where the document it issues is not in the text, the text is that notice."""
    return any(keywords().own_matters.search(line) for line in lines[:NOTICE_LINES])
