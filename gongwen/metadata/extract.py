"""A cleaned document's metadata (DocumentMeta): its title, issuer, jurisdiction and level, 文号, date and
plan period, each read by its own module, with the hints of an export row or page filling gaps."""

from __future__ import annotations

import datetime as dt
import re

from gongwen.metadata.dates import (
    adopting_session,
    adoption_date,
    closing_bracketed_date,
    compact_date_before,
    delivered_date,
    first_date_line,
    garbled_signature_date,
    hint_date,
    marked_date,
    parse_date,
)
from gongwen.metadata.doc_numbers import find_doc_number, normalize_doc_number
from gongwen.metadata.header import HEADER_LINES, tidy_title, without_part_number
from gongwen.metadata.headlines import issuers_before_title
from gongwen.metadata.issuers import (
    JOINT,
    cover_issuer,
    decree_issuer,
    is_national,
    is_organization,
    issuer_named,
    joint_issuers,
    letterhead_issuer,
    names_its_place,
    opens_with_central_body,
    reviews_a_central_bodys_year,
    yearly_body,
)
from gongwen.metadata.jurisdiction import (
    division_by_short_name,
    find_region,
    level_addressed,
    level_it_calls_itself,
    province_it_calls_itself,
    province_of_number,
    region_addressed,
    region_it_adapts_to,
    region_it_calls_itself,
    region_its_bodies_name,
    region_its_title_names,
    region_named_alone,
    region_of_its_scope,
    speaks_for_the_nation,
    township_its_own,
)
from gongwen.metadata.keywords import keywords
from gongwen.metadata.last_resort import last_resort_level, last_resort_region
from gongwen.metadata.levels import (
    level_its_title_names,
    level_its_units_name,
    level_of_a_township_it_speaks_for,
    level_of_bodies,
)
from gongwen.metadata.news_leads import (
    announced_by,
    announced_on,
    announcing_division,
    lead_date,
    report_deliverer,
    unnamed_notice_issuer,
)
from gongwen.metadata.notices import trailing_number
from gongwen.metadata.periods import extract_period, year_of_targets
from gongwen.metadata.reports import (
    congress_news,
    delivering_body,
    delivery_line_date,
    premier_reports,
    report_date,
    report_government,
    report_heading,
    report_place,
)
from gongwen.metadata.signatures import find_signature, signing_bodies
from gongwen.metadata.titles import Titles, read_titles, tidy_heading
from gongwen.model import DocumentMeta
from gongwen.text.chars import HAN
from gongwen.text.regions import Region, gazetteer
from gongwen.vocabulary import COUNTY, CRUMBS, NATIONAL, PAGE_HINT_PREFIX, PREFECTURE, PROVINCE, UNKNOWN_LEVEL

# An issuer opening with a division's name: 港闸区人民政府 (merged into 崇川区 in 2020), 潞城市人民政府办公厅
_OPENS_WITH_PLACE = re.compile(rf"^[{HAN}]{{1,6}}[省市区县旗州盟](?=人民政府|政府|党委|委员会|办公室)")
_CONTEXT_CHARS = 5000  # where parents of a same-named division are looked for
_BODY_HINTS = ("issuer", "publisher")
_CRUMB_BREAK = re.compile(r"\s*[>»›]+\s*")
_HALF_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}


def _clean_hints(hints: dict[str, str]) -> dict[str, str]:
    """Hints in the form the cleaned text has: half-width ASCII forms, no outer or doubled spaces."""
    cleaned = {key: re.sub(r"[\s\u3000\xa0]+", " ", value.translate(_HALF_WIDTH))
               for key, value in hints.items() if isinstance(value, str) and value.strip()}
    # Bodies named side by side ("四川省发展和改革委员会 四川省能源局") are joint issuers, joined with 、;
    # a title keeps them apart before 关于 ("教育部 中央宣传部 人力资源社会保障部关于…"), as its heading does.
    return {key: joint_issuers(value) if key in _BODY_HINTS else tidy_heading(value) if key == "title"
            else tidy_title(value) for key, value in cleaned.items()}


def _issuer_and_region(text: str, lines: list[str], titles: Titles, signature: str | None,
                       hints: dict[str, str], doc_number: str | None) -> tuple[str | None, Region | None]:
    """The issuer, and the jurisdiction named by the first of issuer, notice title, title, publisher and province
    hints that names one; a 政府工作报告 speaks for its government, a decree (…人民政府令) for its heading's body, the
    news of one for the division whose congress heard it. An issuer named by its level alone takes its place from the
    page's publisher or red header. Failing those: the city whose short name opens the issuer, the division a news
    lead says issued it, the division the text calls itself (or its title names anywhere), the sender's division its
    addressees name, the province it calls itself, the province its 文号 abbreviates (省人民政府, 鄂政发…)."""
    cover = titles.cover
    issuer = issuer_named(signature, cover.issuer if cover else None, titles.title, hints)
    region = None
    # Of joint issuers, the first that names a division does ("国家能源局南方监管局、广东省能源局" → 广东省: a regional
    # office of a national body issues for its province); none where most are central (is_national: 北京冬奥组委 beside two).
    bodies = issuer.split(JOINT) if issuer and not is_national(issuer) else []
    publisher = _page_publisher(hints, lines)
    for source in (*bodies, cover.title if cover else None, titles.title, publisher, hints.get("province")):
        if source:
            region = find_region(source, text[:_CONTEXT_CHARS])
            if region:
                break
    if issuer is None:
        government = report_government(lines, region)
        # the red header of a page whose fields name no publisher (they would name the issuer: see below)
        deliverer = report_deliverer(lines)
        issuer = (delivering_body(lines) or (deliverer[0] if deliverer else None) or government or decree_issuer(lines)
                  or cover_issuer(lines) or issuers_before_title(lines, titles.title) or _announced_by(lines, titles.title)
                  or (None if _names_bodies(publisher) else letterhead_issuer(lines)) or adopting_session(lines))
        if region is None and issuer is not None:
            region = find_region(issuer, text[:_CONTEXT_CHARS])
        if region is None and (issuer is None or government is not None):
            region = _congress_place(lines)
    if issuer is not None:
        # 市工业和信息化局 of a title naming 天津市: 天津市工业和信息化局, also where a page's publisher field named the place
        own = _own_level_bodies(issuer, titles.title or "", text)
        if own is not None and region in (None, own[1]):
            issuer, region = own
    # 区人民政府办公室 of a page published by 下陆区政府办公室, or under the red header 武汉市江岸区人民政府办公室文件
    placed = next((body for body in (publisher, letterhead_issuer(lines))
                   if issuer is not None and body and names_its_place(body, issuer)), None)
    if placed is not None:
        issuer, region = placed, region or find_region(placed, text[:_CONTEXT_CHARS])
    if region is None and issuer is not None:
        region = division_by_short_name(issuer, PREFECTURE)  # 杭州住房公积金管理委员会
    if region is None and issuer is None:
        region = (announcing_division(lines) or region_it_calls_itself(text) or region_of_its_scope(text)
                  or region_its_title_names(titles.title, text[:_CONTEXT_CHARS]))
    if region is None:
        region = region_it_adapts_to(text) or (region_its_bodies_name(issuer.split(JOINT), text) if issuer else None)
    if region is None and not (issuer and _OPENS_WITH_PLACE.match(issuer)):
        # (an issuer naming a place the gazetteer has no more, 港闸区人民政府, is not of the division an addressee names)
        region = region_addressed(lines)
    # A province's body named by its level alone (省政府办公厅) names no province: the text says which.
    provincial = issuer is not None and level_of_bodies(issuer.split(JOINT)) == PROVINCE
    if region is None and (issuer is None or provincial) and level_addressed(lines) in (None, PROVINCE):
        region = province_it_calls_itself(text)
    if issuer is None and _names_bodies(publisher) and _placed(publisher, region):
        issuer = publisher
    if region is None and issuer is not None and doc_number is not None:
        region = province_of_number(issuer, doc_number, lines) or _division_of_number(issuer, doc_number)
    return issuer, region


def _dated_heading(lines: list[str]) -> dt.date | None:
    """The date a header line prints in brackets after a title (（江苏省）泰州市姜堰区2026年政府工作报告(2026年1月13日)
    above the digest's own heading): the document's, where its title line gives none."""
    for line in lines[:HEADER_LINES]:
        found = closing_bracketed_date(line)
        if found and keywords().title_end.search(found[0]):
            return found[1]
    return None


def _day_delivered(lines: list[str], year: int | None) -> dt.date | None:
    """The day a news lead says a body delivered a report (2月5日,省发展和改革委员会受省政府委托…作《…报告》), in the year
    the text sets its targets for."""
    deliverer = report_deliverer(lines)
    return parse_date(f"{year}年{deliverer[1]}") if deliverer and deliverer[1] and year else None


def _congress_place(lines: list[str]) -> Region | None:
    """The division whose people's congress a report was delivered at, for a report whose government is named by its
    level alone or not at all: its delivery line names it (自治区人民政府 of a report delivered to 内蒙古自治区第十四届
    人民代表大会), else the news of the session (长沙县第十八届人民代表大会第六次会议隆重开幕)."""
    place = report_place(lines)
    if place is None and (news := congress_news(lines)) is not None:
        place = news[0]
    return place


def _page_publisher(hints: dict[str, str], lines: list[str]) -> str | None:
    """The publisher a page's fields or breadcrumb name, unless it is of another division than the one its news lead
    says issued the document (来源: 广西壮族自治区林业局 under 江西省九江市近日出台…规划: a site that reposted the news)."""
    publisher = hints.get("publisher") or _crumb_body(hints.get(CRUMBS, ""))
    announced = announcing_division(lines) if publisher else None
    place = find_region(publisher) if announced is not None else None
    if place is not None and announced not in gazetteer().chain(place.path) and place not in gazetteer().chain(announced.path):
        return None
    return publisher


def _announced_by(lines: list[str], title: str | None) -> str | None:
    """The bodies a news lead says issued the page's document: named (…印发《X》), or a notice it does not name
    (许昌市政府印发通知,对…予以分解), of the title's kind where the page has a title."""
    return (announced_by(lines, title) if title else None) or unnamed_notice_issuer(lines, title)


def _division_of_number(issuer: str, doc_number: str) -> Region | None:
    """For a body named by its level alone (区人民政府办公室), the one division of that level whose short name opens
    its 文号 (武昌政办〔2017〕1号 → 武昌区), else None."""
    level = level_of_bodies(issuer.split(JOINT))
    return division_by_short_name(doc_number, level) if level in (PREFECTURE, COUNTY) else None


def _placed(bodies: str, region: Region | None) -> bool:
    """Every body names its division or its level (县政府办公室) or is a central one (not 扶贫办, 厅办公室: a page's
    short name for its unit), of the region's level where the text gives one (not a city bureau's page, 市文化广电旅游局,
    carrying a 全省…工作要点 of 江西省)."""
    split = bodies.split(JOINT)
    if region is not None and level_of_bodies(split) not in (None, region.level):
        return False
    return all(is_national(body) or find_region(body) is not None or keywords().level_word.match(body) for body in split)


def _names_bodies(publisher: str | None) -> bool:
    """The publisher a page's fields or breadcrumb name is one or more issuing bodies."""
    return bool(publisher) and all(is_organization(body) for body in publisher.split(JOINT))


def _crumb_body(crumbs: str) -> str | None:
    """The last crumb of a page's breadcrumb that names a body (首页 > 信息公开 > 灵璧县卫生健康委员会 > 决策部署落实情况):
    the publisher of a page whose fields name none."""
    bodies = [crumb for crumb in _CRUMB_BREAK.split(crumbs) if is_organization(crumb)]
    return bodies[-1] if bodies else None


def _own_level_bodies(issuer: str, title: str, text: str) -> tuple[str, Region] | None:
    """Bodies named by their level alone ("市工业和信息化局", "省发展改革委"), as a body names itself, and the
    one division of that level the title names ("关于做好天津市2025年…"): the bodies of that division
    ("天津市工业和信息化局") and it as the region. None where a body names its place or the title names none or
    several."""
    bodies = issuer.split(JOINT)
    levels = {match.group() for body in bodies if (match := keywords().level_word.match(body))}
    if len(levels) != 1 or any(not body.startswith(tuple(levels)) or find_region(body) for body in bodies):
        return None
    level = levels.pop()
    named = {name for name in _division_names(title.partition("关于")[2]) if name.endswith(level)}
    if len(named) != 1:
        return None
    region = find_region(named.pop(), text[:_CONTEXT_CHARS])
    if region is None:
        return None
    return JOINT.join(region.name + body[len(level):] for body in bodies), region


def _division_names(text: str) -> set[str]:
    """Every division name the text holds (天津市, 黄浦区), read left to right, the longest at each place and
    none inside another (天津市 holds no 津市)."""
    by_name, longest = gazetteer().by_name, gazetteer().longest_name
    names, position = set(), 0
    while position < len(text):
        length = next((n for n in range(min(longest, len(text) - position), 1, -1)
                       if text[position:position + n] in by_name), 1)
        if length > 1:
            names.add(text[position:position + length])
        position += length
    return names


def _admin_level(issuer: str | None, region: Region | None, title: str | None, lines: list[str], text: str) -> str:
    """The region's level; else the level of the issuing bodies, or of the body a title opens with before its
    year (省教育厅2023年工作要点), named by their level alone; else the level the addressees or the text say."""
    if (is_national(issuer) or issuer is None and (speaks_for_the_nation(text) or opens_with_central_body(title)
                                                   or reviews_a_central_bodys_year(text) or premier_reports(lines))
            ) and region is None:
        return NATIONAL
    if region is not None:
        return region.level
    bodies = issuer.split(JOINT) if issuer else [body] if (body := yearly_body(title)) else []
    return (level_of_bodies(bodies) or level_addressed(lines) or level_its_title_names(title)
            or level_it_calls_itself(text) or level_its_units_name(text) or level_of_a_township_it_speaks_for(text)
            or UNKNOWN_LEVEL)


def _numbers_apart(lines: list[str]) -> list[str]:
    """The lines with a title a page set its 文号 after, a blank between them (阳西县人民政府办公室关于建立…制度的通知
    西府办函〔2021〕146号), as two lines: the title and the number."""
    apart: list[str] = []
    for number, line in enumerate(lines):
        found = trailing_number(line) if number < HEADER_LINES else None
        if found and found["bare"] and keywords().title_end.search(line[:found.start()]):
            apart += [line[:found.start()], found["bare"]]
        else:
            apart.append(line)
    return apart


def _year_source(published: dt.date | None, doc_number: str | None) -> dt.date | None:
    """The day a page was published, to date a news lead's day without its year; not where the page carries a
    numbered document (洛政〔2022〕17号), which its own signature dates (a lead's day is when it was posted)."""
    return published if doc_number is None else None


def extract_metadata(text: str, hints: dict[str, str]) -> DocumentMeta:
    """Read a cleaned document's metadata (see DocumentMeta). Hints from an export row or a page's 信息公开
    table fill gaps; that table's 发文字号 and 成文日期 are taken over the text's, its publisher
    (发布机构) only when nothing else names the issuer."""
    hints = _clean_hints(hints)
    lines = _numbers_apart([line.strip() for line in text.split("\n") if line.strip()])
    titles = read_titles(lines, hints)
    record_date = hint_date(hints)
    published_date = record_date or hint_date(hints, PAGE_HINT_PREFIX)
    signature = find_signature(lines, published_date)
    signed_by = signing_bodies(lines, signature)
    notice_title = titles.notice.title if titles.notice else None
    notice_number = titles.notice.number if titles.notice else None
    title, title_date = closing_bracketed_date(titles.title or "") or (report_heading(lines, titles.title), None)
    title = without_part_number(title) if title else title
    doc_number = (normalize_doc_number(hints.get("doc_number", ""))
                  or find_doc_number(lines, notice_title, notice_number, title))
    issuer, region = _issuer_and_region(text, lines, titles, signed_by, hints, doc_number)
    issue_date: dt.date | None = signature[1] if signature else None
    if issue_date is None:
        # a site's 成文日期 of a report delivered at a congress is the day it posted the text: the delivery line's first
        issue_date = delivery_line_date(lines) or parse_date(hints.get("written_date", "")) or marked_date(lines)
    if issue_date is None:
        targets_year = year_of_targets(text)
        issue_date = (delivered_date(title) or report_date(lines, title, targets_year, published_date)
                      or _day_delivered(lines, targets_year)
                      or title_date or _dated_heading(lines) or adoption_date(lines)
                      or announced_on(lines, title, _year_source(published_date, doc_number)) or first_date_line(lines)
                      or garbled_signature_date(lines)
                      or compact_date_before(lines, published_date) or record_date
                      or (lead_date(lines) if doc_number is None else None))

    issue_year = issue_date.year if issue_date else published_date.year if published_date else None
    if issue_year is None and hints.get("year", "").isdigit():
        issue_year = int(hints["year"])
    period_start, period_end = extract_period(title, text, issue_year)
    admin_level = _admin_level(issuer, region, title, lines, text)
    if region is None and (named := region_named_alone(text[:_CONTEXT_CHARS])) is not None and (
            admin_level in (UNKNOWN_LEVEL, named.level)):
        region, admin_level = named, named.level  # (a page about a place: 近年来,环翠区…; 区数据局's page on 金安区)
    if admin_level in (UNKNOWN_LEVEL, COUNTY) and (town := township_its_own(text[:_CONTEXT_CHARS])) and (
            region is None or town.path.startswith(region.path) and town.path != region.path):
        region, admin_level = town, COUNTY  # 今年以来,…中都街道深入贯彻…: a township's own page
    if admin_level == UNKNOWN_LEVEL:
        admin_level = last_resort_level(text)
    if region is None and admin_level not in (UNKNOWN_LEVEL, NATIONAL):
        region = last_resort_region(text[:_CONTEXT_CHARS], admin_level)
    return DocumentMeta(
        title=title,
        notice_title=titles.cover.title if titles.cover else None,
        issuer=issuer,
        doc_number=doc_number,
        issue_date=issue_date,
        admin_level=admin_level,
        region=region.path if region else None,
        period_start=period_start,
        period_end=period_end,
        published_date=published_date,
    )
