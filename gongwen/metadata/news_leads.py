"""A news page's lead: the document it says was issued (日前,交通运输部、国家铁路局…联合印发《X》), read as the
document's title where the page carries it or only reports on it, and the bodies it says issued it."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from gongwen.metadata.dates import parse_date
from gongwen.metadata.header import HEADER_LINES, WIRE_DATELINE
from gongwen.metadata.issuers import JOINT, is_national, is_organization, joint_issuers, named_of_several
from gongwen.metadata.jurisdiction import find_region, without_ancestors
from gongwen.metadata.keywords import AUTONOMOUS_REGION, keywords, names_a_document
from gongwen.text.patterns import NUMBERED_HEADING, squash
from gongwen.text.regions import Region, gazetteer
from gongwen.vocabulary import PROVINCE

_LEAD_LINES = 8  # a news page's lead comes within its first lines (after its headline and chrome)
_LEAD_OPENING_CHARS = 40  # what may stand before the lead's subject: 近日, a date, 据杭州市人民政府网站消息
_LEAD_CLAUSES = 3  # 据介绍,为贯彻落实国家“十四五”数字经济发展规划,近日,《X》…出炉
_SENTENCE_END = re.compile("[。！？!?]")
_LEAD_SENTENCES = 2  # sentences before a lead's own (a spokesperson's words, the page's summary)
_POINT = re.compile("^[一二三四五六七八九十]{1,3}是")  # 一是…, 二是…: a report's points
_CLAUSE_END = re.compile("[，,：:]")  # 记者从省林业局获悉:省委办公厅…印发的《X》
_GOVERNMENT_PORTAL = "政府网"
_DATED_LEAD = re.compile(r"^(?P<date>(?:(?P<year>(?:19|20)\d{2})年)?(?P<month>\d{1,2})月(?P<day>\d{1,2})日)[,，]")
_RECENT_DAYS = 60  # a page reports a document's issue within weeks
# A lead's day (2月10日, 10月24日下午, 1月5日至8日) or, after a dateline giving its day (…2月8日讯), 今天 or that day alone
_LEAD_DAY = re.compile(r"^(?:(?:(?P<month>\d{1,2})月)?(?P<day>\d{1,2})日(?:至\d{1,2}日)?|今天|今日)(?:上午|下午|晚上)?[,，]")
_EVENT_DAY = re.compile(r"^(?:19|20)\d{2}年[^，,。]{0,30}?(?P<day>\d{1,2})日")  # 2025年…工作会议13日在成都召开
_DATELINE_DAY = re.compile(r"^[^，,。《》]{0,30}?(?P<month>\d{1,2})月(?P<day>\d{1,2})日(?:电|讯|消息)")
_TITLED = re.compile("《[^《》]*》")
_REPORTED_YEAR = re.compile(r"(?<![到至—\-–~])(?P<year>(?:19|20)\d{2})年(?!\d{1,2}月)")
_EARLY_MONTHS = 6  # a meeting up to June names the year it plans last; from July, the year it reviews first


def announced_title(lines: list[str]) -> str | None:
    """The title a news page's lead says was issued, by bodies (日前,交通运输部、国家铁路局…联合印发《X》;
    5月19日,广州市发布《X》; …印发X的通知; …发布关于X的通知, the notice itself) or by no one named (近日,《X》已正式公布): the subject of the lead's sentence, after
    at most three short clauses (a date, 近日, a wire's 据…消息), on one of the page's first lines. The first body
    must be a central one, a body of a division it names or of a level (省政府办公厅), or a division itself:
    not 为贯彻落实国务院印发《X》. A document named without 《》 and 的通知 (_unmarked_document) only where no lead names one
    so (广州市发布该市“十四五”规划纲要。5月19日,广州市发布《X》)."""
    for leads in _leads(lines):
        titles = [found["title"] for found in leads]
        if titles:
            # 国务院印发《全民健身计划》 / 国务院日前印发《全民健身计划(2021-2025年)》: a headline shortens the lead's title
            return next((later for later in titles[1:] if later.startswith(titles[0])), titles[0])
    return None


def announced_on(lines: list[str], title: str | None, published: dt.date | None) -> dt.date | None:
    """The day a news lead opening with it says the document was issued (2025年1月8日,国家发展改革委、财政部下发“关于…的
    通知”): a whole date, the bodies, the verb and the document's title, in that order on one of the page's first lines;
    a day without its year (2月7日,湖北省生态环境厅发布《X》) on a page that gives the day it was published is the
    last such day on or before it, within _RECENT_DAYS."""
    if not title:
        return None
    for line in lines[:_LEAD_LINES]:
        line = WIRE_DATELINE.sub("", line)
        found = _DATED_LEAD.match(line)
        if found is None or found["year"] is None and published is None:
            continue
        if (verb := keywords().announcement_verb.search(line, found.end())) and title in line[verb.end():]:
            if found["year"]:
                return parse_date(found["date"])
            return _recent_day(int(found["month"]), int(found["day"]), published)
    return None


def lead_date(lines: list[str]) -> dt.date | None:
    """The day a news lead gives (2月10日,记者从西宁市城中区2026年民生实事项目新闻发布会上获悉), a dateline's day over
    the lead's (东南网3月13日讯(…)3月12日下午,…; 中新社成都1月13日电 (…)2025年四川省交通运输工作会议13日…召开), in the
    year its sentence names for what it reports (宜秀区召开2025年…动员部署会议): of two years running on (总结2025年
    工作,部署2026年), the later early in the year, the earlier late in it (a meeting reviews the year gone by and plans
    the next); a year reviewed early in the year (1月23日,开州区2025年教育工作总结会召开) the one before the lead's. Not
    a year a document's title, a target or a whole date gives (《…(2023—2025年)》, 到2025年, 自2024年1月1日起): none,
    or more, names no year."""
    for line in lines[:_LEAD_LINES]:
        lead = WIRE_DATELINE.sub("", line)
        dateline = _DATELINE_DAY.match(line) if lead != line else None
        opening = _LEAD_DAY.match(lead)
        if opening is None and not (dateline and (event := _EVENT_DAY.match(lead)) and event["day"] == dateline["day"]):
            continue
        day = dateline or (opening if opening["day"] else None)
        if day is None or day["month"] is None:
            return None
        month = int(day["month"])
        sentence = _TITLED.sub("", _SENTENCE_END.split(lead, maxsplit=1)[0])
        named = list(_REPORTED_YEAR.finditer(sentence))
        years = sorted({int(found["year"]) for found in named})
        if not years or len(years) > 2 or len(years) == 2 and years[1] != years[0] + 1:
            return None
        year = years[-1] if month <= _EARLY_MONTHS else years[0]
        if len(years) == 1 and month <= _EARLY_MONTHS and any(keywords().reviewed_year.match(sentence, found.end())
                                                                for found in named):
            year += 1
        try:
            return dt.date(year, month, int(day["day"]))
        except ValueError:
            return None
    return None


def _recent_day(month: int, day: int, published: dt.date) -> dt.date | None:
    """The last `month`/`day` on or before `published`, if within _RECENT_DAYS of it."""
    for year in (published.year, published.year - 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            return None
        if candidate <= published:
            return candidate if (published - candidate).days <= _RECENT_DAYS else None
    return None


def unnamed_notice_issuer(lines: list[str], title: str | None = None) -> str | None:
    """The bodies a news lead says issued a notice it does not name (2月14日,许昌市政府印发通知,对《政府工作报告》提出的…任务
    予以分解; 固始县疫情防控指挥部发布通告!禁止…): the issuer of what the page carries, a title it has of that kind or,
    for a notice that issues (印发通知,落实…), the document it issued (…重点工作的任务分工)."""
    for line in lines[:_LEAD_LINES]:
        for at in _clause_starts(line):
            found = keywords().announced_unnamed.match(line, at)
            if (found and _announcing_bodies(found["bodies"].split(JOINT))
                    and (title is None or title.endswith(found["kind"]) or "印发" in found.group())):
                return found["bodies"]
    return None


def introduced_title(lines: list[str]) -> str | None:
    """The document a page without a title of its own says was issued or passed and introduces with a short name in
    its first lines (该省出台《关于全面推行林长制的意见》(下称《意见》); 对新近发布的《X》(以下简称《实施方案》)进行了政策解读;
    《X》(简称《行动计划》)于日前发布): what it is about; or the plan whose preamble says it was drawn up (根据《…建议》,
    编制《X纲要》,主要阐明…): the plan itself; or the one a press conference it reports explains (召开《X》政策解读
    新闻发布会); or the yearly report that says it is published (现向社会公开发布《X报告》)."""
    for line in lines[:_LEAD_LINES]:
        if found := (keywords().introduced_after.search(line) or keywords().compiled.search(line)
                     or keywords().explained.search(line) or keywords().delivered.search(line)
                or keywords().published_report.search(line)):
            # 《X》(简称《行动计划》)于日前发布; 编制《X纲要》,主要阐明…; 召开《X》政策解读新闻发布会; 就《X》召开专题新闻发布会
            return found.group("title") or found.group("topic")
        for found in keywords().introduced.finditer(line):
            # 出台了《…行动计划》 without its short name in brackets: the page then calls it by its type (《行动计划》)
            kind = keywords().title_end.search(found["title"]) if found["bare"] is not None else None
            if found["bare"] is None or kind and f"《{kind.group()}》" in line[found.end():]:
                return found["title"]
    return None


def report_deliverer(lines: list[str]) -> tuple[str, str | None] | None:
    """The body a news lead says delivered a report for a government, and the day it gives (2月5日,省发展和改革委员会受
    省政府委托,…向…会议作《关于…计划草案的报告》): the report's issuer, and its day of a year the text sets targets for."""
    for line in lines[:_LEAD_LINES]:
        found = keywords().delivered.search(line)
        if found and is_organization(found["body"]):
            return found["body"], found["day"]
    return None


def announcing_division(lines: list[str]) -> Region | None:
    """The division a news page's lead names as the one that issued the document (日前,山东发出了《X》; 5月19日,
    广州市发布《X》): the document's jurisdiction."""
    for leads in _leads(lines):
        for found in leads:
            first = named_of_several((found.groupdict().get("bodies") or "").split(JOINT)[0])
            region = _division_called(first) if first else None
            if region is not None:
                return region
    return None


def _division_called(name: str) -> Region | None:
    """The division a lead names by its full or its short name (广州市, 山东, 义乌 → 义乌市; a short name only where it
    is one division's) or by its path (江西省九江市), else None."""
    region = find_region(name)
    if region is not None and (name in (region.name, region.short_name) or name == region.path):
        return region
    return _one_division_called(name)


def _one_division_called(name: str) -> Region | None:
    """The one division whose full or short name `name` is (义乌 → 义乌市), else None."""
    candidates = gazetteer().by_full_or_short_name.get(name, ()) if len(name) >= 2 else ()
    return candidates[0] if len(candidates) == 1 else None


def _leads(lines: list[str]) -> Iterator[list[re.Match]]:
    """The leads that name a document as issued, marked (《X》, …的通知) first, then unmarked."""
    marked = (keywords().announcement.match, keywords().announced.match, _unmarked_notice,
              keywords().announced_guanyu.match)
    # every reader needs a verb (印发, 发布 …) after where it starts: the lines without one are not read
    lines = [line for line in lines[:_LEAD_LINES] if keywords().announcement_verb.search(line)]
    for readers in (marked, (_unmarked_document, _unmarked_alone)):
        yield [found for line in lines for at in _clause_starts(line)
               if (found := next(filter(None, (read(line, at) for read in readers)), None))
               and (found.groupdict().get("bodies") is None or _announcing_bodies(found["bodies"].split(JOINT)))]


def _unmarked_notice(line: str, at: int) -> re.Match | None:
    """杭州市人民政府办公厅印发健康杭州三年行动计划(2023—2025年)的通知: a lead naming the notice without 《》, what
    it issues ending with a document type."""
    return _naming_a_document(keywords().announced_notice.match(line, at))


def _unmarked_document(line: str, at: int) -> re.Match | None:
    """江苏省人民政府办公厅发布进一步加大…的实施意见 (a headline), 工业和信息化部发布信息化和工业化融合2025年工作要点(以下简称
    “工作要点”) (a lead): the document named without 《》, ending with a document type."""
    return _naming_a_document(keywords().announced_unmarked.match(line, at))


def _unmarked_alone(line: str, at: int) -> re.Match | None:
    """9月13日,湖北数字经济强省三年行动计划正式印发,擘画…: a lead naming the document without 《》 and without its issuer,
    a name before its document type (not 实施方案正式印发), not the page's own place (我市2021年…工作方案出炉)."""
    found = keywords().announced_unmarked_alone.match(line, at)
    if found is None or not names_a_document(found["title"]):
        return None
    own_place = any(words.match(found["title"]) for kind, words in keywords().self_references.items()
                    if kind != AUTONOMOUS_REGION)
    return None if own_place else found


def _naming_a_document(found: re.Match | None) -> re.Match | None:
    """The match, where what it names as issued ends with a document type (…行动计划, …实施意见)."""
    return found if found and keywords().title_end.search(found["title"]) else None


def _clause_starts(line: str) -> list[int]:
    """The line's start (or where a wire's dateline ends: 新华社北京4月7日电(记者 于文静)) and the starts of its first
    _LEAD_CLAUSES clauses, within a lead's length and before any 《; the same from the start of each of its next
    _LEAD_SENTENCES sentences before any 《 (商务部新闻发言人表示,…重要作用。近日,商务部会同…印发《X》)."""
    dateline = WIRE_DATELINE.match(line)
    first = dateline.end() if dateline else 0
    end = line.find("《") if "《" in line else len(line)
    # (not a line opening with an item's ordinal: 一是加强组织领导…。市食药安委印发了《X》 reports on X)
    item = NUMBERED_HEADING.match(line) or _POINT.match(line)
    later = () if item else (found.end() for found in _SENTENCE_END.finditer(line, first, end))
    sentences = [first, *later][:_LEAD_SENTENCES + 1]
    starts = []
    for start in sentences:
        starts.append(start)
        for clauses, match in enumerate(_CLAUSE_END.finditer(line[:min(end, start + _LEAD_OPENING_CHARS)], start)):
            if clauses >= _LEAD_CLAUSES:
                break
            starts.append(match.end())
    return starts


def _opens_with_division(name: str, region: Region) -> bool:
    """The name opens with the division's, perhaps after those above it by their full or short names (塔城地区行署办公室,
    辽宁省朝阳市政府办公室, 新疆塔城地区行署办公室)."""
    return without_ancestors(name, region).startswith(region.name)


def _announcing_bodies(bodies: list[str]) -> bool:
    """The first body central, a division's, a division itself or a level's (not 为贯彻落实国务院), the others
    issuing bodies."""
    if keywords().implement_trigger.search(bodies[0]):
        return False  # 为贯彻落实国务院出台的《X》: the document it carries out, cited
    # 中共重庆市委办公厅: a party body is named after its division behind the party's prefix
    first = keywords().leading_noise.sub("", named_of_several(bodies[0]))
    region = find_region(first)
    # a division's body, or the division itself by its full or short name (5月19日,广州市发布《X》; 日前,山东发出了《X》)
    # (广东工信厅等印发《X》: a body named after its province's short name; 辽宁省朝阳市政府办公室: after its whole path)
    divisions = region is not None and (_opens_with_division(first, region) or first == region.short_name
                                        or region.level == PROVINCE and first.startswith(region.short_name)
                                        and is_organization(first))
    divisions = divisions or _one_division_called(first) is not None
    portal = first.endswith(_GOVERNMENT_PORTAL)  # 中国政府网发布《国务院关于…的意见》: a government's site for it
    # 近日,我市印发了《扬中市全面推行林长制工作方案》: the page's own division
    own = any(pattern.fullmatch(first) for pattern in keywords().self_references.values())
    if not (is_national(first) or divisions or portal or own or keywords().level_word.match(first) and is_organization(first)):
        return False
    return all(is_organization(body) for body in bodies[1:])


def announced_by(lines: list[str], title: str | None) -> str | None:
    """The bodies a news page's lead says issued the document it carries (工业和信息化部、市场监督管理总局近日印发
    《电子信息制造业…行动方案》; 杭州市人民政府办公厅印发X的通知), the title in 《》 (or before 的通知) the document's own
    or holding it (a notice issuing it, its year before it)."""
    if not title:
        return None
    # …印发《X》, …印发X的通知, …发布关于X的通知
    patterns = (keywords().announcement, keywords().announced_notice, keywords().announced_guanyu,
                keywords().announced_unmarked)
    named_most: list[str] = []
    for line in lines[:HEADER_LINES]:
        line = WIRE_DATELINE.sub("", line)  # 新华社北京4月7日电(记者 于文静)农业农村部近日印发《X》
        if not keywords().announcement_verb.search(line):
            continue  # each pattern needs a verb (印发, 发布 …): a line without one is not read through four times
        for found in (found for pattern in patterns for found in pattern.finditer(line)):
            named = WIRE_DATELINE.sub("", found["bodies"])  # …方便快捷新华社成都3月23日电(记者陈地)成都市体育局
            bodies = [_as_counted(piece) for part in _TOGETHER_WITH.split(named) for body in _joined_by_and(part)
                      for piece in joint_issuers(body).split(JOINT)]  # (山西省委省政府近日印发…: two bodies)
            # …印发《关于下达X的通知》, …印发2020年X的通知: they issue X by that notice, or name its year before it;
            # a lead naming every body (中央网信办、农业农村部…联合印发) over a headline naming one and a count (…等四部门)
            if (squash(title) in squash(found["title"]) and all(is_organization(body) for body in bodies)
                    and len(bodies) > len(named_most)):
                named_most = bodies
    return JOINT.join(named_most) or None


def _as_counted(body: str) -> str:
    """A body as a lead names it: with those it issues with where it counts or names them (商务部等9部门, as the
    text names the issuer), else alone (广东工信厅等 → 广东工信厅)."""
    named = named_of_several(body)
    return named if body == f"{named}等" else body


# 河南省工信厅联合省发展改革委、省财政厅等八部门印发《X》: bodies joined by 、, by 联合 (not the 联合 of 联合会) or 会同
# (黑龙江省人社厅会同省发改委…), or run together, the second named by its level (天水市人社局市住房和城乡建设局)
_TOGETHER_WITH = re.compile(rf"{JOINT}|(?<=[厅局委部办])(?:联合|会同)(?=[国省市县区])|(?<=[厅局])(?=[省市县区][^场委政])")
_AND = re.compile("[和与]")


def _joined_by_and(named: str) -> list[str]:
    """Bodies joined by 和 or 与 (青海省人民政府和国家能源局近日联合印发《X》) apart where each side is a body (not
    工业和信息化部)."""
    parts = _AND.split(named)
    return parts if len(parts) == 2 and all(is_organization(part) for part in parts) else [named]
