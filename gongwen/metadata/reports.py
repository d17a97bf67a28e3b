"""A 政府工作报告 (government work report): the government it speaks for and the day it was delivered,
read from its speaker line or from the congress session it was delivered to."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterator

from gongwen.metadata.dates import date_only, parse_date
from gongwen.metadata.header import HEADER_LINES, without_place_tag
from gongwen.metadata.issuers import is_national, is_organization
from gongwen.metadata.jurisdiction import find_region, without_ancestors
from gongwen.metadata.keywords import keywords
from gongwen.metadata.periods import NATIONAL_SESSION
from gongwen.text.chars import HAN
from gongwen.text.regions import Region


def _delivery_line(day: str) -> re.Pattern:
    """The line under a report's heading saying where (and on which `day`) it was delivered: after a dash (or one) or in
    brackets, or opening with the date itself (2025年2月11日在嘉兴市第九届人民代表大会第五次会议上, 二○二五年一月二十日
    在…), its 在 before the day or after it (——在2024年9月11日上海市徐汇区第十七届人民代表大会常务委员会…会议上),
    perhaps with the speaker after it on the same line (…会议上重庆市人民政府市长 胡衡华). Matched where a line or its
    dash starts (see _delivery_candidates)."""
    opening_date = r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月|[〇○零一二三四五六七八九]{4}\s*年"
    return re.compile(rf"(?:——?|[(（]|(?={opening_date}))\s*(?P<at>在)?{day}(?(at)|在)[^。]{{2,60}}?(?:会议|大会)上")


# 主任张剑, 局长 王明: the post and name of a body's head after its name, on the line under a delivery line
_HEAD_AND_NAME = re.compile(r"(?<=[会局厅委办])(?:副?主任|副?局长|副?厅长|主任委员)\s*\S{2,4}$")
# "——2026年1月26日在河南省第十四届人民代表大会第四次会议上", or the same in brackets under the title.
REPORT_DATE_LINE = _delivery_line(r"(?P<date>[^()（）]+?日)")
# The same line without its day (——在尉犁县第十八届人民代表大会第五次会议上): the congress it was delivered to.
_CONGRESS_LINE = _delivery_line(r"(?:[^()（）]+?日)?")
# "现在,我代表国务院,向大会报告政府工作" (…向大会作报告, …向大会作工作报告), or as a news lead says it ("省长许昆林代表江苏省人民政府向
# 大会报告工作", "李强总理代表国务院在十四届全国人大一次会议上所作的《政府工作报告》", "州长叶万彬代表果洛州人民政府作
# 工作报告"): the government the speaker delivers it for.
_DELEGATION = re.compile(
    r"代表(?P<body>[^\s,,。:：]{2,30}?)[,,]?(?:向(?:大会|本次会议|会议)(?:报告(?:政府)?工作|作《?(?:政府)?(?:工作)?报告)"
    r"|在[^。,,]{2,40}?(?:会议|大会)上(?:所)?作(?:了|的)?《?政府工作报告|作(?:了)?(?:政府)?工作报告)"
)
# 《政府工作报告》 named in a delegation sentence: the report's title where the page prints none (a news item).
_NAMED_REPORT = re.compile(r"《(?P<report>[^《》]{0,30}政府工作报告)》")
# "2026年保定市政府工作报告": the year it is delivered; "2月4日，市长闫继红在…会议上作政府工作报告": the day.
# 高阳县2019年政府工作报告, 2024年政府工作报告 (摘登): a report's title naming its year, an excerpt's mark kept after it
_REPORT_TITLE_YEAR = re.compile(r"^(?:[^\d\s]{2,12}?)?(?P<year>(?:19|20)\d{2})年.{0,20}政府工作报告(?:\s*[(（]摘[要登][)）])?$")
# (2月26日,在晋中市第五届人民代表大会第五次会议上, 刘星作政府工作报告: the congress named between them)
_DELIVERED_ON = re.compile(r"(?<![\d年])(?P<day>\d{1,2}月\d{1,2}日)[，,]?(?:在[^。，,]{2,40}?会议上[，,]?\s*)?"
                           r"[^。，,]{0,40}?作(?:了)?《?政府工作报告")
_FULL_TEXT = re.compile(r"\s*(?:[(（]全文[)）]|[—－-]{1,2}全文)$")  # a page's mark after its headline: (全文), —全文
_REPORT_HEADING = re.compile(r"^[^。,，:：;；()（）]{0,30}政府工作报告$")
# A news page's headline over the heading's place: who delivered it (魏宏作政府工作报告): the report is 政府工作报告.
_DELIVERED_BY = re.compile(r"^[^。,，:：;；()（）]{1,20}作(?=政府工作报告$)")
# A news lead of the congress session the report is delivered at (1月13日,济南市第十八届人民代表大会第四次会议开幕,会上
# 作政府工作报告; 1月4日,长丰县十二届人大四次会议开幕,…县长李卫作政府工作报告; the report named lines below): its place and day.
_NUMERAL = "一二三四五六七八九十百"
# (央广网果洛2月26日消息(记者汪晓青)2月26日,果洛藏族自治州第十五届人民代表大会第四次会议开幕。…代表果洛州人民政府作工作报告)
_CONGRESS_OPENED = re.compile(
    r"^(?:[^，,。]{0,30}?(?:电|消息|讯)[】\]]?\s*(?:[(（][^()（）]{1,20}[)）])?)?"
    rf"(?P<day>(?:(?:19|20)\d{{2}}年)?\d{{1,2}}月\d{{1,2}}日)[^，,。]{{0,8}}[，,]?\s*(?P<place>[^，,。\s]{{2,20}}?)"
    rf"(?:第[{_NUMERAL}]+届人民代表大会|[{_NUMERAL}]+届人大)第?[{_NUMERAL}]+次会议[^。]{{0,40}}?(?:开幕|召开)"
)
# A dateline's 今天 is its day, a day alone its month's: 湖南日报1月6日讯(记者…)今天上午,岳阳市第八届人民代表大会第一次会议
# 开幕; 中新网西宁1月27日电 (潘雨洁)27日,青海省第十四届人民代表大会第四次会议在青海会议中心开幕; after a short sentence
# of the reporter's own (金昌12月6日讯(…)凝心聚力谋发展,砥砺奋进谱新篇。今天上午,金昌市第九届人民代表大会…开幕)
_DATELINE_TODAY = re.compile(
    r"^(?P<head>[^，,。]{0,30}?)(?P<month>\d{1,2}月)(?P<day>\d{1,2}日)(?P<kind>电|消息|讯)"
    r"(?P<note>[】\]]?\s*(?:[(（][^()（）]{1,20}[)）])?\s*)(?:[^。]{1,20}。)?(?:今天|今日|(?P<own>\d{1,2}日))"
    r"(?:上午|下午|晚上)?")
# (近日,在日照市五莲县第十七届人民代表大会第二次会议上,五莲县县长杜江涛作政府工作报告; 记者从山南市二届人大四次会议上了解到):
# its place, no day
_DELIVERED_AT = re.compile(
    rf"[在从](?P<place>[^，,。\s]{{2,20}}?)(?:第[{_NUMERAL}]+届人民代表大会|[{_NUMERAL}]+届人大)第?[{_NUMERAL}]+次会议上"
    r"[，,]?(?:[^。]{0,40}?作(?:了)?政府工作报告|了解到|获悉)"
)
# The same of a session of the National People's Congress, which no division holds (3月5日,第十三届全国人民代表大会
# 第五次会议在北京人民大会堂开幕)
_NATIONAL_OPENED = re.compile(rf"^(?P<day>\d{{1,2}}月\d{{1,2}}日)[^，,。]{{0,8}}[，,]?\s*{NATIONAL_SESSION.pattern}")
_NEWS_LEAD_LINES = 5
_LEAD_WORDS = re.compile("次会议|政府工作报告")  # what each reading of a lead (congress_news) needs
# 今天(2月10日)上午 / 宜都市第九届人民代表大会第五次会议 / 在宜都大剧院开幕: the day a lead gives its 今天
_TODAY_DATED = re.compile(r"^(?:今天|今日)[(（](?P<day>\d{1,2}月\d{1,2}日)[)）](?:上午|下午|晚上)?[，,]?")
_LATE_SESSION_MONTH = 11  # a congress held from this month on meets in the year before the report's
_OPENING_SENTENCE = 40  # characters of a short sentence a lead may open with before its dateline
_PREMIER_REPORTS = re.compile(r"总理[^。]{0,40}?作(?:了|的)?《?政府工作报告")
_TERM = re.compile(rf"第[{_NUMERAL}]+届(?=人民政府$|政府$)")
_CONGRESS_PLACE = re.compile(r"在(?P<place>[^()（）\s]{2,30}?)第[一二三四五六七八九十百]+届人民代表大会")


def report_government(lines: list[str], region: Region | None) -> str | None:
    """The government a 政府工作报告 speaks for: "河南省人民政府省长 王凯" → 河南省人民政府; "四川省省长 施小琳"
    → 四川省人民政府, "沙沟镇镇长 刘彦成" → 沙沟镇人民政府; "国务院总理" → 国务院; else the one the speaker says
    they deliver it for ("我代表国务院,向大会报告政府工作"); else the people's congress it is delivered to
    ("在四川省第十四届人民代表大会…上")."""
    for line in lines[:HEADER_LINES]:
        match = keywords().report_speaker.match(line)
        if match:
            body = match["body"]
            if is_national(body):
                return body
            if not body.endswith("政府"):
                place = find_region(body, "\n".join(lines))  # a township's among those so named by the text's places
                if place is None or place.name != body:
                    continue  # 常务副省长: no place named
                return body + "人民政府"
            return _in_full(body, region)
    # 我代表疏附县第十七届人民政府: the government without its term
    delegations = [_TERM.sub("", found["body"]) for line in _delivery_candidates(lines)
                   if (found := _DELEGATION.search(line))]
    for body in delegations:
        if is_national(body) or (body.endswith("政府") and find_region(body) is not None):
            return body
    place = report_place(lines)
    if place is not None:
        return place.name + "人民政府"
    # 我代表县人民政府: the government named by its level alone, in full where the document's place is known
    return next((_in_full(body, region) for body in delegations if body.endswith("政府")), None)


def delivering_body(lines: list[str]) -> str | None:
    """The body other than a government a report delivered at a congress names under its delivery line, alone or with its
    head's post and name (——2025年4月9日在…会议上 / 抚州市东乡区发展和改革委员会主任张剑; 2026年2月3日在…会议上 /
    四川省发展和改革委员会): a plan or budget report's, the body that drew it up."""
    head = lines[:HEADER_LINES + 2]
    for at, line in enumerate(head):
        # (the delivery line broken in two by a PDF: ——2026年2月8日在张掖市第五届 / 人民代表大会第五次会议上 / 张掖市财政局)
        broken = int(at + 2 < len(head) and not _CONGRESS_LINE.match(line)
                     and _CONGRESS_LINE.match(line + head[at + 1]) is not None)
        if not (_CONGRESS_LINE.match(line) or broken) or at + 1 + broken >= len(head):
            continue
        body = _HEAD_AND_NAME.sub("", head[at + 1 + broken].strip())
        if is_organization(body) and not body.endswith("政府"):
            return body
    return _speaker_over_date(head)


def _speaker_over_date(lines: list[str]) -> str | None:
    """The body of a report's speaker named over the bracketed day it was made (温州市财政局局长 贾黎春 / (2024年12月25日)),
    as a report to a standing committee prints them: the body that made it."""
    for line, below in zip(lines, lines[1:], strict=False):
        day = below.strip()
        if day[:1] in "(（" and day[-1:] in ")）" and date_only(day[1:-1]) and _HEAD_AND_NAME.search(line.strip()):
            body = _HEAD_AND_NAME.sub("", line.strip())
            if is_organization(body) and not body.endswith("政府"):
                return body
    return None


def _in_full(body: str, region: Region | None) -> str:
    """A government named by its level alone (省人民政府, 县人民政府) with the name of the document's own division of
    that level (湟源县人民政府 in a report titled 2025年湟源县政府工作报告); else as named."""
    level_word = keywords().level_word.match(body)
    if level_word and region is not None and region.name.endswith(level_word.group()):
        return region.name + body[len(level_word.group()):]
    return body


# A report's heading a page ran into the text after it, set apart by a space.
_HEADING_RUN_ON = re.compile(r"政府工作报告 +")


def _delivery_candidates(lines: list[str]) -> Iterator[str]:
    """Where a delivery line may start: each header line, from the start and from a dash or a report's heading
    inside it (a page that runs the heading, the line and the speaker together: 政府工作报告 ——2026年2月3日在…会议上
    上海市市长 龚正), and each line with the next joined to it (2025年3月21日在汉滨区第十九届 / 人民代表大会第四次会议上)."""
    for line, below in itertools.zip_longest(lines[:HEADER_LINES], lines[1:HEADER_LINES + 1], fillvalue=""):
        yield line
        if (dash := line.find("——")) > 0:
            yield line[dash:]
        for heading in _HEADING_RUN_ON.finditer(line):  # …政府工作报告 2022年12月28日在…会议上 市长 刘澜波 各位代表:
            yield line[heading.end():]
        yield line + below


def premier_reports(lines: list[str]) -> bool:
    """A header line has the premier deliver the report (十四届全国人大三次会议5日开幕,中国国务院总理李强作政府工作报告):
    the news of the State Council's report, a national document."""
    return any(_PREMIER_REPORTS.search(line) for line in lines[:HEADER_LINES])


def report_place(lines: list[str]) -> Region | None:
    """The division whose people's congress a report was delivered to (在尉犁县第十八届人民代表大会…上)."""
    for line in _delivery_candidates(lines):
        match = _CONGRESS_LINE.match(line) and _CONGRESS_PLACE.search(line)
        if match:
            place = _division_named(match["place"])
            if place is not None:
                return place
    return None


def _division_named(name: str) -> Region | None:
    """The division a congress's name names in full, perhaps after its parents by their full or short names (浏阳市,
    绵阳市涪城区, 陕西咸阳市), else None."""
    place = find_region(name)
    if place is None or not name.endswith(place.name):
        return None
    return place if without_ancestors(name, place) == place.name else None


def congress_news(lines: list[str]) -> tuple[Region, str | None] | None:
    """The division and the day (1月13日, 2013年2月27日) of the congress session whose opening a news lead reports,
    the report delivered at it (1月13日,济南市第十八届人民代表大会第四次会议开幕,会上作政府工作报告), or the division
    alone of the one a lead says it was delivered at (近日,在日照市五莲县第十七届人民代表大会第二次会议上,…作政府工作报告), or
    the division and the day of the speaker a lead has deliver it (1月27日,湖北省省长李殿勋向省十四届人大四次会议作政府工作报告),
    else None. The lead may run over two or three lines (大众网青岛2月19日讯 / (记者…)今天上午,青岛市…会议…开幕; …会议开幕。 /
    代市长…作政府工作报告; 今天(2月10日)上午 / 宜都市第九届人民代表大会第五次会议 / 在宜都大剧院开幕)."""
    lead = [_TODAY_DATED.sub(r"\g<day>,", line) for line in lines[:_NEWS_LEAD_LINES + 1]]
    if not _LEAD_WORDS.search("".join(lead)):
        return None  # no session and no report named: none of the readings below can match
    lines_and_joins = (*lead[:_NEWS_LEAD_LINES], *map("".join, zip(lead, lead[1:], strict=False)),
                       *map("".join, zip(lead, lead[1:], lead[2:], strict=False)))
    # a lead may open after a sentence of its own (实干兴市启新程,聚力发展谋良策。1月16日,龙井市…会议开幕)
    after_opening = (line[at + 1:] for line in lead for at, char in enumerate(line[:_OPENING_SENTENCE]) if char == "。")
    candidates = [_DATELINE_TODAY.sub(lambda m: m["head"] + m["kind"] + m["note"] + m["month"] + (m["own"] or m["day"]), line)
                  for line in (*lines_and_joins, *after_opening)]
    # the session named first, over every line and join; the speaker only where none names it (三明市市长…向大会作政府
    # 工作报告 on the line after 1月14日上午,三明市第十四届人民代表大会第五次会议 / 开幕)
    for read in (lambda line: _CONGRESS_OPENED.match(line) or _DELIVERED_AT.search(line), keywords().speaker_delivers.search):
        for line in candidates:
            match = read(line)
            place = _division_named(match["place"]) if match else None
            if place is not None:
                return place, match.groupdict().get("day")
    return None


def delivery_line_date(lines: list[str]) -> dt.date | None:
    """The day a report's "——…日在…会议上" line says it was delivered, else None."""
    for line in _delivery_candidates(lines):
        match = REPORT_DATE_LINE.match(line)
        if match:
            return parse_date(match["date"])
    return None


def report_date(lines: list[str], title: str | None, year_of_targets: int | None = None,
                published: dt.date | None = None) -> dt.date | None:
    """The day a newspaper's digest of a report gives it ("本报讯 2月4日，市长…作政府工作报告时指出"; "1月13日,济南市
    第十八届人民代表大会第四次会议开幕"; its own "——…日在…会议上" line is read before: delivery_line_date): the month
    and day the digest gives, in the year its title names (a 2026年…政府工作报告 is delivered in 2026), else in the year
    it sets its targets for (2025年济南市经济社会发展主要预期目标), else the last such day by the day the page was
    `published`."""
    news = congress_news(lines)
    if news is not None and news[1] is not None and "年" in news[1]:
        return parse_date(news[1])  # 2013年2月27日上午,海口市十五届人大三次会议…开幕
    titled = _REPORT_TITLE_YEAR.match(title or "")
    year = titled["year"] if titled else year_of_targets
    national = _NATIONAL_OPENED.match(lines[0]) if news is None and lines else None
    session_day = news[1] if news is not None else national["day"] if national else None
    day = session_day or next((found["day"] for line in lines[:HEADER_LINES] if (found := _DELIVERED_ON.search(line))), None)
    if day is None:
        return None
    if year is None:
        if published is None:
            return None
        # 1月27日上午,芦山县第十八届人民代表大会第六次会议开幕 on a page posted 2026-01-27: the last such day by then
        dated = parse_date(f"{published.year}年{day}")
        return dated if dated is None or dated <= published else parse_date(f"{published.year - 1}年{day}")
    if session_day is not None and int(session_day.split("月")[0]) >= _LATE_SESSION_MONTH:
        return parse_date(f"{int(year) - 1}年{day}")  # a session in November or December hears the next year's report
    return parse_date(f"{year}年{day}")


_NAMES_MORE = re.compile(rf"[{HAN}]$")  # 龚正市长在…会议的 before 政府工作报告; not a page's tag ((现场实录), [内蒙古])


def report_heading(lines: list[str], title: str | None) -> str | None:
    """The title, unless it names no year of a report whose heading stands over the line that gives the day it
    was delivered (军事APP / (现场实录)政府工作报告 / 政府工作报告 / ——2020年5月22日在…会议上) or over its speaker
    (政府工作报告 / 木棠镇人民政府镇长羊金万 / 在…会议上的报告): then that heading, as printed, or a headline above it naming
    its year; a title naming its year without the page's mark after it (2020年衡阳市人民政府工作报告(全文))."""
    if _REPORT_TITLE_YEAR.match(headline := _FULL_TEXT.sub("", title or "")):
        return headline
    # (the last line too: a page run on as one line, 2024年疏附县政府工作报告 2023年1月5日在…会议上 …)
    for at, (line, below) in enumerate(zip(lines[:HEADER_LINES], [*lines[1:HEADER_LINES + 1], ""], strict=False)):
        if _REPORT_HEADING.match(line) and (REPORT_DATE_LINE.match(below) or keywords().report_speaker.match(below)):
            heading = _DELIVERED_BY.sub("", line)
            # a page's headline above it, naming the report (龚正市长在…会议的政府工作报告), titles it as on one line
            above = (title is not None and title.endswith(heading) and _NAMES_MORE.search(title[: -len(heading)])
                     and any(title in head for head in lines[:at]))
            return _headline(lines[:at]) or (title if above else heading)
        run_on = _HEADING_RUN_ON.search(line)
        if run_on and _REPORT_HEADING.match(line[:run_on.end()].rstrip()) and REPORT_DATE_LINE.match(line[run_on.end():]):
            # 政府工作报告 ——2012年3月5日在…会议上 国务院总理 温家宝: a page ran them together; a headline above titles it
            return _headline(lines[:at]) or title or line[:run_on.end()].rstrip()
    return title or _delegated_report(lines)


def _headline(lines: list[str]) -> str | None:
    """A page's headline above a report's heading naming its year (2024年广东省政府工作报告(全文)): the fuller
    title, as an export's title field gives it, without the page's (全文) or —全文 or the place it tags it with ((辽宁省)…)."""
    return next((headline for line in lines
                 if _REPORT_TITLE_YEAR.match(headline := without_place_tag(_FULL_TEXT.sub("", line)))), None)


def _delegated_report(lines: list[str]) -> str | None:
    """The report a delegation sentence names in 《》 (代表国务院在…会议上所作的《政府工作报告》; 代表市人民政府 /
    向大会作《政府工作报告》): the title of a page reporting on it."""
    for line in _delivery_candidates(lines):
        delegation = _DELEGATION.search(line)
        named = _NAMED_REPORT.search(line, delegation.start()) if delegation else None
        if named:
            return named["report"]
    return None
