"""A cover notice (关于印发《X》的通知): the lines its title takes, its issuer, its 文号 and the document it wraps."""

from __future__ import annotations

import re
from dataclasses import dataclass

from gongwen.metadata.doc_numbers import DOC_NUMBER, FORWARDS
from gongwen.metadata.header import matching_close, tidy_title
from gongwen.metadata.issuers import JOINT, is_organization, issuers_only, joint_issuers
from gongwen.metadata.keywords import keywords, names_a_document
from gongwen.text.chars import HAN

MAX_TITLE_LINES = 5
NOTICE_LINES = 30  # a cover notice's title comes within the first lines (after a page's chrome)

# A title followed by its 文号 in brackets, as pages head a document: "关于印发《X》的通知(川发改价格〔2025〕480号)", or
# after a blank ("关于印发…方案的通知 常政发〔2023〕1号").
TRAILING_NUMBER = re.compile(rf"(?:\s*[(（]\s*(?P<number>{DOC_NUMBER.pattern})\s*[)）]"
                             rf"|\s+(?P<bare>{DOC_NUMBER.pattern.replace('?P<', '?P<bare_')}))$")
# A page's headline that puts the 文号 before the title in 《》: "发改地区〔2016〕461号《国家发展改革委关于印发…的通知》(全文)".
LEADING_NUMBER = re.compile(rf"^(?P<number>{DOC_NUMBER.pattern})\s*《(?P<title>.+)》\s*(?:[(（]全文[)）])?$")
# A 文号 a page's headline puts right before a notice's title: "金政发〔2021〕1号关于印发…的通知".
_NUMBER_BEFORE_GUANYU = re.compile(rf"^(?P<number>{DOC_NUMBER.pattern})\s*(?=关于)")
# A notice title run on with its 文号 and the text after it, as a page's copy runs its lines together: "湖北省人民政府关于印发X
# 的通知,鄂政发〔2020〕19号,在能源提升工程这一类别中…", "…的通知总工发〔2023〕23号来源:全总法律工作部…"; the number
# followed by a break or a page's label, not by words (…的通知(国办发〔2020〕1号)要求: a body's sentence citing it).
_NUMBER_RUN_ON = re.compile(rf"^(?P<title>[^，,。；;：:]{{4,200}}?的通知)\s*[,，(（]?\s*(?P<number>{DOC_NUMBER.pattern})\s*[)）]?"
                            rf"(?=[,，。;；:：\s]|$|[{HAN}]{{1,6}}[:：])")
# A site's tag before a page's headline: "【工信部政策】工业和信息化部办公厅关于…的通知".
_HEADLINE_TAG = re.compile(r"^【[^【】]{1,10}】")
_RESTATED_WITHIN = 3  # lines after a page's headline where the notice's own title may follow
_COLUMN_DASH = re.compile(r"^[^—\s]{2,10}——")  # 其他文件——: a site's column before a headline
_MAX_ISSUER_LINES = 4  # joint issuers heading a notice's title, several a line


@dataclass(frozen=True)
class Notice:
    title: str
    issuer: str | None
    wrapped: str | None  # the title of the document it wraps
    end_line: int  # index of the line after the notice title
    number: str | None = None  # the 文号 written in brackets right after the title



def trailing_number(line: str) -> re.Match[str] | None:
    """The 文号 a line ends with (TRAILING_NUMBER), looked for only in a line holding 号, which every 文号 ends with:
    most lines hold none, and the pattern is tried at each of their characters."""
    return TRAILING_NUMBER.search(line) if "号" in line else None


def find_notice(lines: list[str]) -> Notice | None:
    """The cover notice's title (over up to four lines), its issuer and the document it wraps; where a page's
    headline names the issuer by no body's name or none ("广西关于印发X的通知", "关于印发X的通知") and the notice's
    own title follows naming it in full ("广西壮族自治区人民政府办公厅关于印发X的通知"), that title."""
    for first in range(min(len(lines), NOTICE_LINES)):
        notice = _notice_at(lines, first)
        if notice is None:
            continue
        if not notice.issuer or not is_organization(notice.issuer):
            for after in range(notice.end_line, min(notice.end_line + _RESTATED_WITHIN, len(lines))):
                restated = _notice_at(lines, after)
                if restated and restated.wrapped == notice.wrapped and is_organization(restated.issuer or ""):
                    return restated
        return notice
    return None


def _notice_at(lines: list[str], first: int) -> Notice | None:
    """The cover notice whose title begins on line `first`, if one does."""
    if "关于" not in lines[first] and "《" not in lines[first] and not keywords().issued_verb.match(lines[first]):
        return None
    tag = _HEADLINE_TAG.match(lines[first])
    first_line = lines[first][tag.end() if tag else 0:]  # without a site's tag heading it
    for count in range(1, MAX_TITLE_LINES + 1):
        opening = first_line  # the title's first line, without a 文号 heading it (see below)
        raw = (opening + "".join(lines[first + 1:first + count])).strip()
        joined = tidy_title(raw)
        if len(joined) > 200:
            break
        number = trailing_number(raw)
        if number:
            joined = tidy_title(raw[:number.start()])
        elif number := LEADING_NUMBER.match(joined):
            joined = number["title"]
            opening = opening[opening.find("《") + 1:]
        elif number := _NUMBER_BEFORE_GUANYU.match(joined):
            joined, opening = joined[number.end():], opening[number.end():]
        elif count == 1 and (number := _NUMBER_RUN_ON.match(raw)):
            joined = tidy_title(number["title"])
        issued = _issued_notice(joined)
        if issued:
            return Notice(joined, issued[0], issued[1], first + count, _number_of(number))
        match = keywords().notice.match(joined) or keywords().consultation.match(joined)
        if match:
            # 关于征求X意见的函 without 《》: the comments it asks for, on no document it holds
            asks = match.groupdict().get("verb") in keywords().consultation_verbs and "《" not in match["rest"]
            wrapped = None if asks else _wrapped_title(match["rest"])
            issuer = tidy_title(match["issuer"] or "") or None
            heading = _issuer_lines_above(lines, first) if issuer is None else []
            if heading:
                # "宁乡市人民政府办公室" / "关于印发《…》的通知": the issuer heads the title; joint issuers may take
                # several lines ("农业农村部 最高人民法院 最高人民检察院" / "工业和信息化部 公安部 …" / "关于…")
                issuer = JOINT.join(joint_issuers(line) for line in heading)
                joined = tidy_title("".join(heading)) + joined
            elif issuer is not None:
                head = opening.partition("关于")[0]
                # "卫生健康委 教育部 财政部" / "医保局 药监局关于印发…": joint issuers over two lines; not a site's name
                # over its own office's notice ("牟定县人民政府" / "牟定县人民政府办公室关于…": no joint issuers)
                if first > 0 and issuers_only(lines[first - 1]) and not head.startswith(lines[first - 1]):
                    head, joined = f"{lines[first - 1]} {head}", tidy_title(lines[first - 1]) + joined
                issuer = _forwarder(joint_issuers(_without_column_label(head)) or issuer)
            return Notice(joined, issuer, wrapped, first + count, _number_of(number))
    return None


def _without_column_label(issuer: str) -> str:
    """The issuer without a site's column label a headline puts before it and a dash (其他文件——金寨县人民政府办公室)."""
    label = _COLUMN_DASH.match(issuer)
    return issuer[label.end():] if label and is_organization(issuer[label.end():]) else issuer


def _issuer_lines_above(lines: list[str], first: int) -> list[str]:
    """The lines right above a title opening with 关于 that name only its issuing bodies, one or several a line."""
    top = first
    while top > 0 and first - top < _MAX_ISSUER_LINES and (
            is_organization(lines[top - 1]) or top < first and issuers_only(lines[top - 1])):
        top -= 1
    return lines[top:first]


def _forwarder(issuer: str) -> str:
    """The body that forwards another's notice (安徽省农业农村厅转发农业农村部办公厅关于印发…的通知 → 安徽省农业农村厅):
    the notice is the forwarding body's."""
    head, verb, _ = issuer.partition(FORWARDS)
    return head if verb and is_organization(head) else issuer


def _issued_notice(title: str) -> tuple[str, str | None] | None:
    """(issuer, what it wraps) of a notice titled without 关于: the issuing bodies, the verb, 《X》, 的通知
    ("上海市交通委员会、上海市公安局印发《关于…的意见》的通知"); None unless every body is one."""
    match = keywords().issued_notice.match(title)
    if match is None:
        return None
    issuer = joint_issuers(match["issuer"].replace(JOINT, " "))
    if not all(is_organization(body) for body in issuer.split(JOINT)):
        return None
    return issuer, _wrapped_title(match["rest"])


def _wrapped_title(rest: str) -> str | None:
    """What a notice issues: the first 《…》 ("区绿化市容局制订的《X》", "《X(征求意见稿)》意见" → X); but words
    on both sides of it make it a document cited in the title of the one issued, written as it stands
    ("贯彻《上海市生活垃圾管理条例》推进全程分类体系建设实施方案"), or the words after it a document's name of their own
    ("《政府工作报告》2018年目标任务责任分解"). A notice title itself held in 《》 marks
    what it issues with 〈〉 ("《…关于印发〈北京市2016年政务公开工作要点〉的通知》")."""
    rest = rest.strip()
    if "《" not in rest:
        rest = rest.replace("〈", "《").replace("〉", "》")
    start = rest.find("《")
    end = matching_close(rest, start) if start >= 0 else -1
    if end < 0:
        return rest or None
    after = rest[end + 1:]
    # …印发《政府工作报告》2018年目标任务责任分解的通知: what follows the 《》 is a document's name of its own
    if (start > 0 and after) or names_a_document(after):
        return rest
    return rest[start + 1:end]


def _number_of(found: re.Match[str] | None) -> str | None:
    """The 文号 a title's line carries (in brackets after it, after a blank, or before it), else None."""
    groups = found.groupdict() if found else {}
    return groups.get("number") or groups.get("bare")
