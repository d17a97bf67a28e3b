"""Who issued a document: the bodies its signature names (gongwen.metadata.signatures), else the body its cover
notice or title names; whether that body is a central one (the document is national). Joint issuers are joined
with `、`."""

from __future__ import annotations

import re
from functools import cache

from gongwen.departments import classify_unit
from gongwen.departments.gazetteer import vocabulary as departments_vocabulary
from gongwen.metadata.dates import month_only
from gongwen.metadata.header import (
    ADDRESSEE_LINE,
    HEADER_LINES,
    SENTENCE_PUNCTUATION,
    tidy_title,
)
from gongwen.metadata.jurisdiction import find_region
from gongwen.metadata.keywords import keywords
from gongwen.text.patterns import YEAR
from gongwen.text.regions import gazetteer, townships
from gongwen.vocabulary import NATIONAL, OTHER_LEVEL, UNKNOWN_LEVEL

JOINT = "、"
# Joint issuers written on one line: "国家发展改革委 国家能源局" (a space between two bodies).
_BODIES_APART = re.compile(r"\s+")
_GOVERNMENT_ENDINGS = ("政府",)  # a government named by its level alone (市政府, 镇人民政府) says no issuer
_BODY_BEFORE_YEAR = re.compile(r"^(?P<body>[^\s\d《》()（）]{2,30}?)(?:19|20)\d{2}年")
# 通辽市人民政府工作报告: a report's title naming the government reporting
_GOVERNMENT_REPORT = re.compile(r"^(?:(?:19|20)\d{2}年)?(?P<body>[^\s《》()（）]{2,30}?(?:人民政府|常务委员会))工作报告")
# 山西省委省政府: a level's party committee and government written together
_PARTY_AND_GOVERNMENT = re.compile(
    r"(?P<party>(?:中共)?[^\s、,，]{0,12}?(?P<level>[省市县区州])委)(?P<government>(?P=level)(?:人民)?政府)")
_DECREE = re.compile(r"^(?P<body>\S{2,40}?)令$")  # 中山市人民政府令, 交通运输部令: a decree's heading
_MAX_NAME_PIECE = 12  # the start of a body's name a page broke from the rest ("国家发展" / "改革委办公厅")
# A line opening with 的 goes on with the line above, however long that is ("河南省教育厅新型冠状病毒感染" /
# "的肺炎疫情防控工作领导小组"): the whole name is still one body's.
_GOES_ON = "的"
_LETTERHEAD_LINES = 8  # a page's chrome, the red header, the 文号, the date: then the addressees
_LETTERHEAD_MARK = "文件"  # 吉林省人民政府文件: the red header of a body's documents
# A site's banner gives the body's name in English after it (清河区人民政府 The People's Government of Qinghe …).
_ENGLISH_NAME = re.compile(r"\s+[A-Z][A-Za-z'’ .,&-]{8,}$")
_MAX_BROKEN_NAME = 30


def is_organization(line: str) -> bool:
    """A line that is the name of an issuing body (…人民政府办公室, …委员会) or of one and the count of those
    with it (教育部等五部门), not a sentence or a title (nor a title cut short: 附件1.2023年县政府 holds a year)."""
    line = line.strip()
    return (2 <= len(line) <= 40 and not SENTENCE_PUNCTUATION.search(line) and "关于" not in line
            and not YEAR.search(line) and bool(keywords().organization_end.search(line) or keywords().several_bodies.match(line)))


def named_of_several(body: str) -> str:
    """The body a lead names of several issuing together (水利部等九部门 → 水利部), else the body."""
    found = keywords().several_bodies.match(body)
    return found["named"] if found else body


def broken_name_start(piece: str, body: str) -> bool:
    """Whether `piece`, the line above a signature's first body, is the start of that body's name a page
    broke over two lines ("国家发展" / "改革委办公厅", or longer before a line opening with 的): no body
    itself, it opens as a name does (a central prefix or a place) and the two lines read as one body."""
    longest = _MAX_BROKEN_NAME if body.startswith(_GOES_ON) else _MAX_NAME_PIECE
    if is_organization(piece) or SENTENCE_PUNCTUATION.search(piece) or len(piece) > longest:
        return False
    by_name = gazetteer().by_name
    opens_as_name = piece.startswith(keywords().national_issuers) or any(
        piece[:length] in by_name for length in range(2, min(len(piece), gazetteer().longest_name) + 1))
    return opens_as_name and is_organization(piece + body)


def bodies_on_line(line: str) -> list[str]:
    """The issuing bodies a signature line holds: one, several apart ("国家发展改革委 国家能源局"), or two of
    one jurisdiction written together, the jurisdiction named again where the second begins
    ("黄浦区发展和改革委员会黄浦区建设和管理委员会")."""
    return joint_issuers(line).split(JOINT)


@cache
def _split_central(line: str) -> list[str]:
    """Central bodies written together, each whole ("中共中央国务院", "中共中央办公厅国务院办公厅",
    "工业和信息化部规划司财政部经济建设司"); [] for a line that is not two or more of them. The reading into the most
    bodies (市场监管总局国家发展改革委 is two, though either may pass for a name), and of readings into as many the one
    whose first body is longest (工业和信息化部规划司, not 工业和信息化部)."""
    best: list[str] = []
    for cut in range(len(line) - 2, 1, -1):
        head, rest = line[:cut], line[cut:]
        if _whole_central_body(head):
            tail = max(([rest] if _whole_central_body(rest) else [], _split_central(rest)), key=len)
            if tail and len(tail) + 1 > len(best):
                best = [head, *tail]
    return best


def _whole_central_body(name: str) -> bool:
    """The whole name of a central body (中共中央, 国务院办公厅, 财政部), not a word before one (国家, 中华人民共和国)."""
    return is_organization(name) and _central_body(name)  # the cheap test first: _split_central tries every cut


def _split_repeated_jurisdiction(line: str) -> list[str]:
    """The bodies of one jurisdiction written together, each naming it (after 中共 for a party committee:
    "中共柳河县委柳河县人民政府", a township's "中共大沁他拉镇委员会大沁他拉镇人民政府")."""
    by_name, by_township = gazetteer().by_name, townships()
    party = departments_vocabulary().party_prefix.match(line)
    lead = party.end() if party else 0
    place = next((line[lead:lead + length] for length in range(min(len(line) - lead, gazetteer().longest_name), 1, -1)
                  if line[lead:lead + length] in by_name or line[lead:lead + length] in by_township), None)
    if place is None:
        return [line]
    bodies, start = [], 0
    position = line.find(place, lead + 1)
    while position > 0:
        head = line[start:position]
        if not is_organization(head) or not is_organization(line[position:]):
            position = line.find(place, position + 1)
            continue
        bodies.append(head)
        start = position
        position = line.find(place, position + 1)
    bodies.append(line[start:])
    return bodies


def bodies_apart(line: str) -> list[str]:
    return [body for body in _BODIES_APART.split(line.strip()) if body]


def issuers_apart(head: str) -> list[str]:
    """Bodies written side by side before 关于, apart ("国家发展改革委 国家能源局"); [] for one body."""
    bodies = bodies_apart(head)
    return bodies if len(bodies) > 1 and all(is_organization(body) for body in bodies) else []


def joint_issuers(head: str) -> str:
    """Bodies written side by side before 关于, apart ("国家发展改革委 国家能源局") or together where each is whole
    ("中共中央国务院", "中共石嘴山市委员会石嘴山市人民政府"), joined with `、`."""
    whole = tidy_title(head)
    bodies = issuers_apart(head) or _split_central(whole) or _split_repeated_jurisdiction(whole)
    if len(bodies) == 1 and (together := _PARTY_AND_GOVERNMENT.fullmatch(whole)):
        bodies = [together["party"], together["government"]]  # 山西省委省政府, 省委省政府: the level's two bodies
    return JOINT.join(bodies) if len(bodies) > 1 and all(is_organization(body) for body in bodies) else whole


def issuer_named(signature: str | None, notice_issuer: str | None, title: str | None,
                 hints: dict[str, str]) -> str | None:
    """The issuer by precedence: the signature, the export's issuer column (unless it names the body by its
    level alone or by no place and the cover notice names its place), the cover notice's issuer, the body a 关于… title
    opens with, or the body naming its place a title opens with before the year whose work it sets
    (芜湖市教育局2024年工作要点; not 市政府2020年重点工作…) or as the government reporting (通辽市人民政府工作报告).
    A signature whose letter-spaced names ran together when joined back ("卫生健康委教育部") but that holds the
    cover's bodies in their order is those bodies."""
    if signature is not None:
        if notice_issuer and (signature.replace(JOINT, "") == notice_issuer.replace(JOINT, "")
                              or _placed_in_full(signature.split(JOINT), notice_issuer.split(JOINT))):
            return notice_issuer
        return signature
    notice_named = notice_issuer and all(is_organization(body) for body in notice_issuer.split(JOINT))
    if hints.get("issuer") and all(is_organization(body) for body in hints["issuer"].split(JOINT)):
        if notice_named and (names_its_place(notice_issuer, hints["issuer"])
                             or _placeless(hints["issuer"]) and not _placeless(notice_issuer)):
            # 州政府办公室 in a field, 凉山州人民政府办公室 in the notice; a page's 发文机关 应急管理局 over a notice of
            # 达拉特旗安全生产委员会: the notice names its body and place
            return notice_issuer
        return hints["issuer"]
    if notice_named:
        return notice_issuer
    if title and "关于" in title:
        return title_issuer(title)
    body = yearly_body(title) or _reporting_government(title)
    # (…or its level alone, a department's: 市农业农村局2024年工作要点; a government's so named is no issuer)
    return body if body and (find_region(body) is not None or _department_of_a_level(body)) else None


def _department_of_a_level(body: str) -> bool:
    """A department named by its level alone (市农业农村局, 区水利局), not a government (市政府, 镇人民政府)."""
    return keywords().level_word.match(body) is not None and not body.endswith(_GOVERNMENT_ENDINGS)


def _reporting_government(title: str | None) -> str | None:
    """The government a report's title names as reporting (通辽市人民政府工作报告, 2024年木棠镇人民政府工作报告), or the
    standing committee (湖北省人民代表大会常务委员会工作报告), else None."""
    found = _GOVERNMENT_REPORT.match(title or "")
    return found["body"] if found and is_organization(found["body"]) else None


def _placeless(bodies: str) -> bool:
    """No body of `bodies` names a place or the level of one (应急管理局, not 市应急管理局 or 达拉特旗应急管理局)."""
    return all(find_region(body) is None and not keywords().level_word.match(body) for body in bodies.split(JOINT))


def _placed_in_full(signed: list[str], named: list[str]) -> bool:
    """Bodies signing by their level and short name (市交通委 / 市公安局) that the cover notice names as many of, each
    with its place (上海市交通委员会 上海市公安局关于印发…): the notice names them in full."""
    return (len(signed) == len(named) > 1
            and all(keywords().level_word.match(body) and find_region(body) is None for body in signed)
            and all(find_region(body) is not None for body in named))


def yearly_body(title: str | None) -> str | None:
    """The body a title opens with before the year whose work it sets (芜湖市教育局2024年工作要点, 省教育厅2023年
    工作要点), else None."""
    yearly = _BODY_BEFORE_YEAR.match(title or "")
    return yearly["body"] if yearly and is_organization(yearly["body"]) else None


def title_issuer(title: str) -> str | None:
    """The bodies a 关于… title opens with (市人民政府办公室关于分解落实…的通知), None where what stands before
    关于 is no issuing body."""
    bodies = bodies_on_line(_before_implementing(title.split("关于", 1)[0]))
    return JOINT.join(bodies) if all(is_organization(body) for body in bodies) else None


def names_its_place(body: str, issuer: str) -> bool:
    """Whether `body` is the issuer named by its level alone (区人民政府办公室, 州政府办公室) with its place: one
    body of a division of that level (下陆区政府办公室, 凉山州人民政府办公室); or named without any place, which the
    body puts before it (城乡水务局 in a page's field, 滕州市城乡水务局 in the title)."""
    if not is_organization(body) or JOINT in body or find_region(issuer) is not None:
        return False
    level = keywords().level_word.match(issuer)
    place = find_region(body)
    if level is None:
        return place is not None and len(body) > len(issuer) and body.endswith(issuer)
    return place is not None and place.name.endswith(level.group())


def _before_implementing(head: str) -> str:
    """The bodies before 落实/贯彻 in a title's head: the issuer of "农业农村部落实中共中央国务院关于…的实施意见"
    is the one implementing, not the one whose decision it implements."""
    found = keywords().implement_trigger.search(head)
    if found and found.start() > 0 and is_organization(head[:found.start()]):
        return head[:found.start()]
    return head


def letterhead_issuer(lines: list[str]) -> str | None:
    """The body a document's red header names (发文机关标志: 吉林省人民政府, 许昌市人民政府文件) on a line of its own
    above its addressees, as a page keeps it: a central body or one naming its place (not a page's 市政府文件)."""
    for line in lines[:_LETTERHEAD_LINES]:
        if ADDRESSEE_LINE.match(line):
            break
        body = _ENGLISH_NAME.sub("", line).removesuffix(_LETTERHEAD_MARK)
        if is_organization(body) and "关于" not in body and (is_national(body) or find_region(body) is not None):
            return body
    return None


def cover_issuer(lines: list[str]) -> str | None:
    """The body a cover names over the month it was printed in ("克孜勒苏柯尔克孜自治州人民政府" / "二○二一年九月"), as a
    纲要 or a 规划 is printed: the document's issuer."""
    for line, below in zip(lines[:HEADER_LINES], lines[1:HEADER_LINES + 1], strict=False):
        if month_only(below) and is_organization(line):
            return line
    return None


def decree_issuer(lines: list[str]) -> str | None:
    """The body that issues a decree by its heading ("中山市人民政府令" / "(第16号)" → 中山市人民政府), signed by
    its head in person ("市长 危伟汉")."""
    for line in lines[:HEADER_LINES]:
        found = _DECREE.match(line)
        if found and is_organization(found["body"]):
            return found["body"]
    return None


def _central_body(body: str) -> bool:
    """国务院, 国家…, a ministry (教育部, 市场监管总局) or an office of one (财政部办公厅, 国家能源局综合司, 工业和信息化部规划司:
    a 司 named after its field)."""
    if body.startswith(keywords().national_issuers) or classify_unit(body, UNKNOWN_LEVEL, None).level == NATIONAL:
        return True
    if not keywords().internal_office.search(body):
        return False
    return any(classify_unit(body[:end], UNKNOWN_LEVEL, None).level == NATIONAL
               for end in range(len(body) - 1, 1, -1) if len(body) - end <= _OFFICE_CHARS)


_OFFICE_CHARS = 6  # an internal office's name after its ministry's (规划司, 经济建设司, 办公厅)
_CENTRAL_NAME_CHARS = 16  # 中华人民共和国国家发展和改革委员会


def opens_with_central_body(title: str | None) -> bool:
    """The title opens with a central body's whole name (国家林业和草原局主动公开基本目录)."""
    head = (title or "")[:_CENTRAL_NAME_CHARS]
    return any(_whole_central_body(head[:end]) for end in range(len(head), 2, -1))


def reviews_a_central_bodys_year(text: str) -> bool:
    """The text opens with a year's review whose subject is a central body doing its own work (2022年,在党中央、国务院的
    领导下,交通运输部以习近平…; 2017年,原环境保护部深入学习…): a ministry's annual report without its header."""
    found = keywords().central_review.match(text)
    if not found:
        return False
    rest = found["rest"]
    return any(rest[end:].startswith(keywords().own_work_openings) and _whole_central_body(rest[:end])
               for end in range(min(len(rest), _CENTRAL_NAME_CHARS), 1, -1))


def is_national(issuer: str | None) -> bool:
    """Whether the issuer is central (the document is then national): every body is a central one, or most are
    (教育部办公厅、国家体育总局办公厅、北京冬奥组委秘书行政部), or, as ministries sign together, at least one is and the others
    are named by their department alone, with no place or level (卫生健康委、教育部、…、医保局、药监局), or are central
    enterprises (中国国家铁路集团有限公司)."""
    if not issuer:
        return False
    bodies = [named_of_several(body) for body in issuer.split(JOINT)]  # 商务部等9部门: 商务部 and those with it
    central = [_central_body(body) for body in bodies]
    return sum(central) * 2 > len(bodies) or (any(central) and all(
        is_central or _department_alone(body) or keywords().central_enterprise.match(body)
        for body, is_central in zip(bodies, central, strict=True)))


def _department_alone(body: str) -> bool:
    unit = classify_unit(body, UNKNOWN_LEVEL, None)
    return unit.department is not None and unit.level == OTHER_LEVEL


def issuers_only(text: str) -> bool:
    """The text is nothing but issuing bodies, one or joint ("国家发展改革委 国家能源局")."""
    return all(is_organization(body) for body in joint_issuers(text).split(JOINT))
