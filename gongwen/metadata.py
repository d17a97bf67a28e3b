"""Document metadata from cleaned text: title, cover notice, issuer, 文号, date, jurisdiction, plan period,
and the documents it cites.

Plan period precedence (first that applies): a year range in the title (`(2024—2028年)`, `(2011-2015)`);
a Five-Year-Plan name in the title (`“十四五”` → 2021–2025); one year in the title of an annual document
(`2021年…工作要点` → 2021–2021); a validity clause (`有效期至2028年12月31日` → issue year–2028,
`有效期5年` → issue year–issue year+5); a stated plan term in the body (`规划期限为2011年至2015年`); the
span of years the plan gives itself (`五年行动计划` in the title, `经过5年的努力`, `用3年时间` in the
preamble → issue year–issue year+N-1); the
latest `到2030年` target (issue year–2030).
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from gongwen.model import Citation, DocumentMeta

_HEADER_LINES = 40
_MAX_TITLE_CHARS = 90
_MAX_TITLE_LINES = 4
_MAX_PREAMBLE_CHARS = 3000  # where a plan states what it is made according to, and for how long

# ------------------------------------------------------------------------------------------- words


@dataclass(frozen=True)
class _Keywords:
    document_types: tuple[str, ...]
    notice: re.Pattern
    publications: frozenset[str]
    organization_end: re.Pattern
    national_issuers: tuple[str, ...]
    report_speaker: re.Pattern
    draft_mark: re.Pattern
    implement_trigger: re.Pattern
    self_making: re.Pattern
    spirit: re.Pattern
    title_end: re.Pattern


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@cache
def _keywords() -> _Keywords:
    source = resources.files("gongwen") / "resources" / "metadata_keywords.yaml"
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    doc_types = _alternation(data["document_types"])
    drafts = _alternation(data["draft_marks"])
    verbs, kinds = _alternation(data["notice_verbs"]), _alternation(data["notice_kinds"])
    return _Keywords(
        document_types=tuple(data["document_types"]),
        notice=re.compile(
            rf"^(?P<issuer>[^。;:,]{{0,60}}?)关于(?P<verb>{verbs})(?P<rest>[^。]*?)(?:的)?(?P<kind>{kinds})$"
        ),
        publications=frozenset(data["publications"]),
        organization_end=re.compile(rf"(?:{_alternation(data['organization_suffixes'])})$"),
        national_issuers=tuple(data["national_issuers"]),
        report_speaker=re.compile(
            rf"^(?P<body>[^\s,。]{{2,30}}?(?:人民政府|政府)?)(?:{_alternation(data['report_speakers'])})\s*\S{{0,6}}$"
        ),
        draft_mark=re.compile(rf"[(（]?(?:{drafts})[)）]?$"),
        implement_trigger=re.compile(_alternation(data["implement_triggers"])),
        self_making=re.compile(_alternation(data["self_making"])),
        spirit=re.compile(_alternation(data["spirit_words"])),
        title_end=re.compile(
            rf"(?:{doc_types})(?:[(（][^()（）]{{1,20}}[)）])?(?:[(（](?:{drafts})[)）])?$"
        ),
    )


# ------------------------------------------------------------------------------------------ regions


@dataclass(frozen=True)
class Region:
    adcode: str
    name: str
    short_name: str
    level: str  # province | prefecture | county
    parent_adcode: str
    path: str


@dataclass(frozen=True)
class _Gazetteer:
    by_code: dict[str, Region]
    by_name: dict[str, tuple[Region, ...]]  # full names, 湘西州-style names, province short names
    max_name: int


@cache
def _gazetteer() -> _Gazetteer:
    by_code: dict[str, Region] = {}
    by_name: dict[str, list[Region]] = {}
    source = resources.files("gongwen") / "resources" / "regions.csv"
    with source.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            region = Region(row["adcode"], row["name"], row["short_name"], row["level"],
                            row["parent_adcode"], row["path"])
            by_code[region.adcode] = region
            by_name.setdefault(region.name, []).append(region)
    for region in list(by_code.values()):
        # 湘西州, 延边州: an autonomous prefecture is called by its short name plus 州.
        if region.short_name and region.name.endswith("自治州"):
            by_name.setdefault(region.short_name + "州", []).append(region)
        # 河南, 宁夏, 内蒙古: a province is often named without 省/自治区 (export columns, 湖南湘江新区).
        if region.short_name and region.level == "province":
            by_name.setdefault(region.short_name, []).append(region)
    return _Gazetteer(by_code, {k: tuple(v) for k, v in by_name.items()}, max(map(len, by_name)))


def region_ancestors(region: Region) -> list[Region]:
    chain = []
    gazetteer = _gazetteer()
    code = region.parent_adcode
    while code:
        parent = gazetteer.by_code[code]
        chain.append(parent)
        code = parent.parent_adcode
    return chain


def _regions_at(text: str, start: int) -> list[tuple[Region, ...]]:
    """Consecutive division names from `start` (湖南省长沙市浏阳市 → three matches), longest name first."""
    gazetteer = _gazetteer()
    found = []
    position = start
    while position < len(text):
        for length in range(min(gazetteer.max_name, len(text) - position), 1, -1):
            candidates = gazetteer.by_name.get(text[position:position + length])
            if candidates:
                found.append(candidates)
                position += length
                break
        else:
            break
    return found


_LEADING_NOISE = re.compile(r"^(?:\d{4}年(?:度)?|中共|中国共产党)")


def find_region(text: str, context: str = "") -> Region | None:
    """The jurisdiction named at the start of an issuer or title ("浏阳市人民政府办公室" → 浏阳市),
    choosing among same-named divisions by the parents named beside it or in the context text."""
    text = _LEADING_NOISE.sub("", text.strip())
    chain = _regions_at(text, 0)
    if not chain:
        return None
    chosen: Region | None = None
    for candidates in chain:
        fitting = [c for c in candidates if chosen is None or chosen in region_ancestors(c)]
        if not fitting:
            break
        chosen = _most_supported(fitting, context)
    return chosen


def _most_supported(candidates: list[Region], context: str) -> Region:
    if len(candidates) == 1 or not context:
        return candidates[0]

    def support(region: Region) -> int:
        return sum(context.count(a.name) + (context.count(a.short_name) if a.short_name else 0)
                   for a in region_ancestors(region))

    return max(candidates, key=support)


# -------------------------------------------------------------------------------------------- dates

_CHINESE_DIGITS = {"〇": 0, "○": 0, "O": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6,
                   "七": 7, "八": 8, "九": 9, "两": 2}
_CN = "〇○O零一二三四五六七八九十两"
_DATE_PATTERNS = (
    re.compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"),
    re.compile(rf"(?P<y>[{_CN}]{{4}})\s*年\s*(?P<m>[{_CN}]{{1,3}})\s*月\s*(?P<d>[{_CN}]{{1,3}})\s*日"),
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})[-./](?P<m>\d{1,2})[-./](?P<d>\d{1,2})(?!\d)"),
)


def _chinese_number(text: str) -> int:
    """二〇二五 → 2025 (digit by digit); 二十八 → 28, 十二 → 12 (tens)."""
    if text.isdigit():
        return int(text)
    if "十" not in text:
        return int("".join(str(_CHINESE_DIGITS[ch]) for ch in text))
    tens, _, units = text.partition("十")
    return (_CHINESE_DIGITS[tens] if tens else 1) * 10 + (_CHINESE_DIGITS[units] if units else 0)


def parse_date(text: str) -> dt.date | None:
    """The first date written in text: 2025年6月28日, 二〇二五年六月二十八日, 2025-06-28, 2025.6.28."""
    best = None
    for pattern in _DATE_PATTERNS:
        match = pattern.search(text)
        if match and (best is None or match.start() < best.start()):
            best = match
    if best is None:
        return None
    try:
        return dt.date(_chinese_number(best["y"]), _chinese_number(best["m"]), _chinese_number(best["d"]))
    except (ValueError, KeyError):
        return None


def _date_only(line: str) -> dt.date | None:
    """The date of a line that holds nothing but a date (a signature date, not a deadline in a sentence)."""
    stripped = line.strip().strip("()")
    for pattern in _DATE_PATTERNS:
        match = pattern.fullmatch(stripped)
        if match:
            return parse_date(stripped)
    return None


# --------------------------------------------------------------------------------------- 文号

_DOC_NUMBER = re.compile(
    r"(?P<prefix>[\u4e00-\u9fff]{1,14})\s*[〔\[【(（［]\s*(?P<year>(?:19|20)\d{2})\s*[〕\]】)）］]\s*"
    r"第?\s*(?P<seq>\d{1,5})\s*号"
)
_DOC_NUMBER_LINE = re.compile(
    rf"^(?:(?:发文字号|文号|字号)\s*:?\s*)?{_DOC_NUMBER.pattern}(?:\s*签发人\s*:?\s*\S{{2,4}})?$"
)


def normalize_doc_number(text: str) -> str | None:
    """湘政发[2024]15号, 湘政发【2024】15号, 湘政发(2024)15号 → 湘政发〔2024〕15号; None if none."""
    match = _DOC_NUMBER.search(text)
    if not match:
        return None
    return f"{match['prefix']}〔{match['year']}〕{match['seq']}号"


# --------------------------------------------------------------------------------------- titles

_CJK = re.compile(r"[\u4e00-\u9fff]")
_SPACE_BETWEEN_CJK = re.compile(r"(?<=[\u4e00-\u9fff》〉)]) +(?=[\u4e00-\u9fff《〈(])")
_SENTENCE_PUNCTUATION = re.compile(r"[。;,:!?、]")
_WRAPPING_SENTENCE = re.compile(
    r"(?:现将|特将|将)《(?P<a>[^《》]+)》(?:印发|转发|下发)|《(?P<b>[^《》]+)》已经[^。]{0,30}?(?:同意|通过)"
)
# "——2026年1月26日在河南省第十四届人民代表大会第四次会议上", or the same in brackets under the title.
_REPORT_DATE_LINE = re.compile(r"^(?:——|[(（])\s*(?P<date>[^()（）]+?日)在.{2,60}(?:会议|大会)上[)）]?$")
_CONGRESS_PLACE = re.compile(r"在(?P<place>[^()（）\s]{2,30}?)第[一二三四五六七八九十百]+届人民代表大会")
_PLACE_PREFIX = re.compile(r"^(?:省|市|县|区|州|自治区|自治州|盟|旗)")


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _tidy_title(text: str) -> str:
    return _SPACE_BETWEEN_CJK.sub("", text.strip())


def _outer_brackets(text: str) -> str | None:
    """Content of the first outermost 《…》 in text (nested 《〈…〉》 kept inside)."""
    start = text.find("《")
    if start < 0:
        return None
    end = _matching_close(text, start)
    return text[start + 1:end] if end > 0 else None


def _matching_close(text: str, start: int) -> int:
    depth = 0
    for index in range(start, len(text)):
        if text[index] == "《":
            depth += 1
        elif text[index] == "》":
            depth -= 1
            if depth == 0:
                return index
    return -1


def _without_draft_mark(title: str) -> str:
    return _keywords().draft_mark.sub("", title).strip()


@dataclass(frozen=True)
class _Notice:
    title: str
    issuer: str | None
    wrapped: str | None  # the title of the document it wraps
    end_line: int  # index of the line after the notice title


def _find_notice(lines: list[str]) -> _Notice | None:
    keywords = _keywords()
    for first in range(min(len(lines), 15)):
        if "关于" not in lines[first]:
            continue
        for count in range(1, _MAX_TITLE_LINES + 1):
            joined = _tidy_title("".join(lines[first:first + count]))
            if len(joined) > 200:
                break
            match = keywords.notice.match(joined)
            if match:
                wrapped = _outer_brackets(match["rest"]) or match["rest"].strip() or None
                issuer = _tidy_title(match["issuer"]) or None
                if issuer is None and first > 0 and _is_organization(lines[first - 1]):
                    # "宁乡市人民政府办公室" / "关于印发《…》的通知": the issuer heads the title.
                    issuer = _tidy_title(lines[first - 1])
                    joined = issuer + joined
                return _Notice(joined, issuer, wrapped, first + count)
    return None


_HEADING_ORDINAL = re.compile(r"^(?:[一二三四五六七八九十百]+、|\(?[一二三四五六七八九十]+\)|\d+[.、]|第[一二三四五六七八九十百]+[章节条])")


def _looks_like_title_part(line: str) -> bool:
    return (len(line) <= _MAX_TITLE_CHARS and not _SENTENCE_PUNCTUATION.search(line)
            and not _HEADING_ORDINAL.match(line)
            and len(_CJK.findall(line)) >= 2 and "\t" not in line
            and not _DOC_NUMBER_LINE.match(line) and _date_only(line) is None)


def _find_title_block(lines: list[str], start: int, wanted: str | None) -> tuple[str, int] | None:
    """The title in lines[start:]: the block (1–3 lines) equal to `wanted` when given, else the first
    block of short lines that ends with a document type (…实施方案, …工作要点, …政府工作报告)."""
    keywords = _keywords()
    wanted_forms = set()
    if wanted:
        wanted_forms = {_squash(wanted), _squash(_without_draft_mark(wanted))}
    limit = min(len(lines), start + _HEADER_LINES) if not wanted else len(lines)
    for first in range(start, limit):
        if not _looks_like_title_part(lines[first]):
            continue
        for count in range(1, _MAX_TITLE_LINES):
            block = lines[first:first + count]
            if not all(_looks_like_title_part(line) for line in block):
                break
            joined = _tidy_title("".join(block))
            if wanted_forms:
                if _squash(joined) in wanted_forms:
                    return joined, first
            elif keywords.title_end.search(joined) and not _DOC_NUMBER_LINE.match(joined):
                return joined, first
    return None


# -------------------------------------------------------------------------------------- issuer


def _is_organization(line: str) -> bool:
    line = line.strip()
    return (2 <= len(line) <= 40 and not _SENTENCE_PUNCTUATION.search(line)
            and bool(_keywords().organization_end.search(line)) and "关于" not in line)


def _find_signature(lines: list[str]) -> tuple[str, dt.date, int] | None:
    """The first (issuing body, date) signature: an organization line right above a date-only line."""
    for number in range(1, len(lines)):
        date = _date_only(lines[number])
        if date and _is_organization(lines[number - 1]) and not lines[number].endswith("印发"):
            return _tidy_title(lines[number - 1]), date, number
    return None


def _report_government(lines: list[str], region: Region | None) -> str | None:
    """The government a 政府工作报告 speaks for: "河南省人民政府省长 王凯" → 河南省人民政府; "四川省省长 施小琳"
    → 四川省人民政府; else the people's congress it is delivered to ("在四川省第十四届人民代表大会…上")."""
    for line in lines[:_HEADER_LINES]:
        match = _keywords().report_speaker.match(line)
        if match:
            body = match["body"]
            if not body.endswith("政府"):
                place = find_region(body)
                if place is None or place.name != body:
                    continue  # 常务副省长: no place named
                return body + "人民政府"
            if _PLACE_PREFIX.match(body) and region is not None:
                level_word = _PLACE_PREFIX.match(body).group()
                if region.name.endswith(level_word):
                    body = region.name + body[len(level_word):]
            return body
    for line in lines[:_HEADER_LINES]:
        match = _REPORT_DATE_LINE.match(line) and _CONGRESS_PLACE.search(line)
        if match:
            place = find_region(match["place"])
            if place is not None and match["place"] == place.name:
                return place.name + "人民政府"
    return None


def _is_national(issuer: str | None) -> bool:
    return bool(issuer) and issuer.startswith(_keywords().national_issuers)


# --------------------------------------------------------------------------------------- period

_YEAR_RANGE = re.compile(r"((?:19|20)\d{2})\s*(?:年)?\s*(?:—|–|-|~|～|至|到)+\s*((?:19|20)\d{2})")
_FIVE_YEAR_PLAN = re.compile(
    r"“(十[一二三四五六七八九]?|[一二三四五六七八九])五”|(?<![一二三四五六七八九十])(十[一二三四五六七八九]?)五(?:规划|时期)"
)
_ONE_YEAR = re.compile(r"^((?:19|20)\d{2})年")
_VALID_UNTIL = re.compile(r"有效期(?:至|到)((?:19|20)\d{2})年")
_VALID_FOR = re.compile(r"有效期(?:为)?([0-9一二三四五六七八九十两]{1,3})年")
_TERM_SENTENCE = re.compile(r"(?:规划期|期限|实施期|规划年限|时间跨度|实施时间)[^。\n]{0,20}?"
                            r"((?:19|20)\d{2})\s*年?\s*(?:—|–|-|~|至|到)\s*((?:19|20)\d{2})")
_YEARS_IN_TITLE = re.compile(r"(?<![0-9])([0-9一二三四五六七八九十两]{1,2})年(?:行动|攻坚|计划)")
_YEARS_OF_EFFORT = re.compile(r"(?:经过|用)([0-9一二三四五六七八九十两]{1,2})年(?:左右)?(?:的)?(?:努力|时间)")
_TARGET_YEAR = re.compile(r"(?:到|至|截至)((?:19|20)\d{2})年")
_FIVE_YEAR_NUMBERS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _five_year_plan_years(name: str) -> tuple[int, int]:
    """十四 → 2021–2025: the sixth plan ran 1981–1985, each one five years after the last."""
    if name.startswith("十"):
        number = 10 + (_FIVE_YEAR_NUMBERS[name[1]] if len(name) == 2 else 0)
    else:
        number = _FIVE_YEAR_NUMBERS[name]
    start = 1981 + (number - 6) * 5
    return start, start + 4


def extract_period(title: str | None, text: str, issue_year: int | None) -> tuple[int | None, int | None]:
    """Plan years by the precedence in the module docstring."""
    title = title or ""
    match = _YEAR_RANGE.search(title)
    if match:
        return int(match[1]), int(match[2])
    match = _FIVE_YEAR_PLAN.search(title)
    if match:
        return _five_year_plan_years(match[1] or match[2])
    match = _ONE_YEAR.search(title)
    if match and re.search(r"(?:要点|报告|计划|安排|任务)", title):
        return int(match[1]), int(match[1])
    match = _VALID_UNTIL.search(text)
    if match:
        return issue_year, int(match[1])
    match = _VALID_FOR.search(text)
    if match and issue_year:
        return issue_year, issue_year + _chinese_number(match[1])
    match = _TERM_SENTENCE.search(text)
    if match:
        return int(match[1]), int(match[2])
    match = _YEARS_IN_TITLE.search(title) or _YEARS_OF_EFFORT.search(text[:_MAX_PREAMBLE_CHARS])
    if match and issue_year:
        return issue_year, issue_year + _chinese_number(match[1]) - 1
    targets = [int(y) for y in _TARGET_YEAR.findall(text)]
    targets = [y for y in targets if issue_year is None or y >= issue_year]
    if targets:
        return issue_year, max(targets)
    return None, None


# ------------------------------------------------------------------------------------------- main


def extract_metadata(text: str, hints: dict[str, str]) -> DocumentMeta:
    """Read a cleaned document's metadata (see DocumentMeta). Hints from an export row or a page's 信息公开
    table fill gaps; that table's 发文字号 and 成文日期 are taken over the text's, its publisher
    (发布机构) only when nothing else names the issuer."""
    hints = _clean_hints(hints)
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    notice = _find_notice(lines)
    hint_notice = None
    if notice is None and hints.get("title"):
        # An export or page that keeps the cover notice's title out of the text ("标题" column).
        hint_notice = _find_notice([hints["title"]])
    wrapped = notice.wrapped if notice else hint_notice.wrapped if hint_notice else None
    if wrapped is None:
        for line in lines[:15]:
            match = _WRAPPING_SENTENCE.search(line)
            if match:
                wrapped = match["a"] or match["b"]
                break

    title = None
    body_start = notice.end_line if notice else 0
    if wrapped:
        found = _find_title_block(lines, body_start, wrapped)
        title = found[0] if found else _tidy_title(_without_draft_mark(wrapped))
    else:
        found = _find_title_block(lines, body_start, None)
        title = found[0] if found else None
    if title is None and hints.get("title"):
        title = hints["title"]
    if title:
        title = _without_draft_mark(title)
    notice_title = notice.title if notice else hint_notice.title if hint_notice else None

    signature = _find_signature(lines)
    issuer = signature[0] if signature else None
    if issuer is None and hints.get("issuer") and _is_organization(hints["issuer"]):
        issuer = hints["issuer"]
    notice_issuer = notice.issuer if notice else hint_notice.issuer if hint_notice else None
    if issuer is None and notice_issuer and _is_organization(notice_issuer):
        issuer = notice_issuer
    if issuer is None and title and "关于" in title:
        head = title.split("关于", 1)[0]
        issuer = head if _is_organization(head) else None

    region = None
    for source in (issuer, notice_title, title, hints.get("publisher"), hints.get("province")):
        if source:
            region = find_region(source, text[:5000])
            if region:
                break
    if issuer is None:
        issuer = _report_government(lines, region)
        if region is None and issuer is not None:
            region = find_region(issuer, text[:5000])
    if issuer is None and hints.get("publisher") and _is_organization(hints["publisher"]):
        issuer = hints["publisher"]

    doc_number = normalize_doc_number(hints.get("doc_number", "")) or _find_doc_number(lines, notice)
    issue_date = parse_date(hints.get("written_date", ""))
    if issue_date is None and signature:
        issue_date = signature[1]
    if issue_date is None:
        issue_date = _report_date(lines) or _first_date_line(lines) or _hint_date(hints)

    if _is_national(issuer) and region is None:
        admin_level = "national"
    elif region is not None:
        admin_level = region.level
    else:
        admin_level = "unknown"
    issue_year = issue_date.year if issue_date else None
    if issue_year is None and hints.get("year", "").isdigit():
        issue_year = int(hints["year"])
    period_start, period_end = extract_period(title, text, issue_year)
    return DocumentMeta(
        title=title,
        notice_title=notice_title,
        issuer=issuer,
        doc_number=doc_number,
        issue_date=issue_date,
        admin_level=admin_level,
        region=region.path if region else None,
        period_start=period_start,
        period_end=period_end,
    )


_HALF_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}


def _clean_hints(hints: dict[str, str]) -> dict[str, str]:
    """Hints in the form the cleaned text has: half-width ASCII forms, no outer or doubled spaces."""
    return {key: _tidy_title(re.sub(r"[\s\u3000\xa0]+", " ", value.translate(_HALF_WIDTH)))
            for key, value in hints.items() if isinstance(value, str) and value.strip()}


def _find_doc_number(lines: list[str], notice: _Notice | None) -> str | None:
    """The document's own 文号: a line of its own in the header, or in brackets right after the notice
    title — never one that follows a cited 《…》."""
    for line in lines[:_HEADER_LINES]:
        if _DOC_NUMBER_LINE.match(line):
            return normalize_doc_number(line)
    if notice:
        tail = re.search(rf"[(（]({_DOC_NUMBER.pattern})[)）]$", notice.title)
        if tail:
            return normalize_doc_number(tail.group(1))
    return None


def _report_date(lines: list[str]) -> dt.date | None:
    for line in lines[:_HEADER_LINES]:
        match = _REPORT_DATE_LINE.match(line)
        if match:
            return parse_date(match["date"])
    return None


def _first_date_line(lines: list[str]) -> dt.date | None:
    for line in lines:
        date = _date_only(line)
        if date:
            return date
    return None


def _hint_date(hints: dict[str, str]) -> dt.date | None:
    """A date the page or export gives about itself: the record's 生成日期 (often days after the signature
    date), else its publication date."""
    for key in ("generated_date", "publish_date"):
        date = parse_date(hints.get(key, ""))
        if date:
            return date
    return None


# --------------------------------------------------------------------------------------- citations

_NUMBER_AFTER_CITATION = re.compile(rf"\s*[(（]\s*({_DOC_NUMBER.pattern})\s*[)）]")
_SENTENCE_BREAK = re.compile(r"[。;!?\n]")


def cited_document_name(cited: str) -> str:
    """《国务院关于印发〈X〉的通知》 → X; 《X》 → X: the name a cited document is known by, for matching
    the same document cited in different words across the corpus."""
    inner = cited[1:-1]
    nested = re.search(r"〈([^〈〉]+)〉", inner)
    if nested and re.search(r"关于(?:印发|转发|下发|颁发|发布)〈", inner):
        return nested.group(1)
    return inner


def extract_citations(text: str, own_title: str | None = None) -> list[Citation]:
    """Every 《…》 naming a document, with the 文号 right after it and whether the document says it is
    made according to it ("implements": 根据/依据/贯彻落实 … in the sentence that makes this document).
    The document's own title (given, or named by its cover notice: 印发《本文件》) is not a citation."""
    keywords = _keywords()
    own_forms = {_squash(own_title)} if own_title else set()
    header = [line for line in text.split("\n")[:_HEADER_LINES] if line.strip()]
    notice = _find_notice(header)
    if notice and notice.wrapped:
        own_forms |= {_squash(notice.wrapped), _squash(_without_draft_mark(notice.wrapped))}
    for line in header[:15]:
        match = _WRAPPING_SENTENCE.search(line)
        if match:
            own_forms.add(_squash(match["a"] or match["b"]))
    first_section = re.search(r"(?m)^[一二三四五六七八九十]+、", text)
    preamble_end = min(first_section.start() if first_section else len(text), _MAX_PREAMBLE_CHARS)

    citations: list[Citation] = []
    position = 0
    while True:
        start = text.find("《", position)
        if start < 0:
            break
        end = _matching_close(text, start)
        if end < 0:
            break
        position = end + 1
        cited = text[start:end + 1]
        inner = cited[1:-1].strip()
        if (inner in keywords.publications or not _names_a_document(inner)
                or _squash(inner) in own_forms or _squash(_without_draft_mark(inner)) in own_forms):
            continue
        number_match = _NUMBER_AFTER_CITATION.match(text, end + 1)
        number = normalize_doc_number(number_match.group(1)) if number_match else None
        relation = _relation(text, start, end, preamble_end)
        citations.append(Citation(cited, number, relation, start))
    return citations


def _names_a_document(inner: str) -> bool:
    """《…》 of a law, plan or notice ends with what it is (…办法, …规划纲要(草案)) or is a 关于… title;
    a book, film or newspaper (《山海情》) does not."""
    return bool(_CJK.search(inner)) and ("关于" in inner or bool(_keywords().title_end.search(inner)))


def _relation(text: str, start: int, end: int, preamble_end: int) -> str:
    keywords = _keywords()
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, max(0, start - 300), start)]
    sentence_start = breaks[-1] if breaks else max(0, start - 300)
    following = _SENTENCE_BREAK.search(text, end)
    sentence_end = following.start() if following else len(text)
    before = text[sentence_start:start]
    sentence = text[sentence_start:sentence_end]
    trigger = keywords.implement_trigger.search(before)
    if not trigger:
        return "cites"
    if trigger.group() == "按照" and not keywords.spirit.search(text[end:sentence_end]):
        return "cites"
    if start < preamble_end or keywords.self_making.search(sentence):
        return "implements"
    return "cites"
