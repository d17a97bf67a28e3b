"""Units a task names as its actors where it has no responsibility clause: the unit in subject position
of a clause (`供电企业应…`, `省发展改革委会同省财政厅…`), the unit after 由/请/配合/会同/向 (`由各区政府负责`),
and a unit that is the task's whole heading (`1.街道消委办。牵头开展…`). Where a report or filing goes
(`报区房屋管理部门备案`) names no actor. Where a name ends and whether it is a unit: gongwen/tasks/actor_names.py."""

from __future__ import annotations

import dataclasses
import functools
import re

from gongwen.model import Task, TaskUnit
from gongwen.tasks.actor_names import (
    AGENT_MODIFIER,
    BY,
    LOOKAHEAD,
    OF,
    first_word,
    is_name,
    name_at,
    names_of,
    past_preposition,
    place_of_action_at,
    usable,
    word_ends,
)
from gongwen.tasks.actor_words import AGENT_OPENERS, actor_words
from gongwen.tasks.brackets import OPENING_BRACKETS, closing_bracket, top_level_split
from gongwen.tasks.conventions import group_lead
from gongwen.tasks.ordinals import read_ordinal
from gongwen.tasks.unit_lists import RoleList, looks_like_unit
from gongwen.tasks.vocabulary import vocabulary, vocabulary_data
from gongwen.text.patterns import alternation
from gongwen.vocabulary import CO, LEAD, RESPONSIBLE

_CLAUSE_END = re.compile(r"[，,。；;：:！？!?\n]")
# A heading that opens with names and a colon: an entry of a list of duties.
_ENTRY_LABEL = re.compile(r"^([^，,。；;：:]{2,40})[：:]")
_WITH = ("与", "和")  # openers that join a unit to the work's subject: a partner only before 共同/联合
_MIN_LISTED = 3  # a list after a label names the units it concerns, not one or two of anything
# A bracketed aside of clauses (含技工院校,下同): its marks would break the sentence's clause around it.
_ASIDE_BREAK = re.compile("[，,；;]")
_ASIDE = re.compile(rf"[（(][^（()）]*{_ASIDE_BREAK.pattern}[^（()）]*[)）]")
_SENTENCE_END = re.compile(r"[。；;！？!?\n]")
_VERB_FIRST_TAGS = frozenset({"v", "vn"})  # jieba's tags of a verb (vn: one also used as a noun, 设置)


def _without_openers(clause: str) -> str:
    """The clause without the words before its subject (由, 配合, 经 …), unless the first is the first
    character of a longer word (经营主体: 经 opens 经营, no preposition) or of a name that is the subject of
    负责/牵头 (经发办负责…: 经发 abbreviates 经济发展)."""
    words = actor_words()
    found = words.openers.match(clause)
    if not found:
        return clause
    whole = name_at(clause)
    if whole and words.duty_after.match(clause, len(whole)):
        return clause
    first = first_word(clause[:found.end() + 2]).word
    return clause if len(first) > len(found.group()) else clause[found.end():]


def short_names(text: str) -> frozenset[str]:
    """The short names a text gives its units (国网四川省电力公司（以下简称“国网四川电力”） → 国网四川电力): only
    where the words before the bracket end like a unit (对纳入机制的电量（以下简称“机制电量”） gives none)."""
    words = actor_words()
    return frozenset(
        found.group("name") for found in words.abbreviation.finditer(text)
        if looks_like_unit(text[max(0, found.start() - words.max_chars): found.start()])
    )


def _short_name_at(body: str, aliases: frozenset[str]) -> str | None:
    """The short name of a unit the clause opens with as its subject (国网四川电力要…), else None."""
    for alias in sorted(aliases, key=len, reverse=True):
        if body.startswith(alias) and actor_words().predicate.match(body, len(alias)):
            return alias
    return None


def _areas_at(body: str, after_by: bool) -> str | None:
    """The collective of areas a clause opens with as its subject (各村要…, 由各村属地化管理: each village, as a
    unit), else None: the longest run of area words after 各/有关 followed by a predicate or a modal of duty
    (各省需…), or by anything after 由. 各地 is no run of area words, 各区域 opens none (区 runs on into 域)."""
    if not vocabulary().collective.match(body):
        return None  # no 各/有关 opens it, as every run of area words does: most clauses, not read end by end
    words = actor_words()
    collective = vocabulary().area_collective
    for end in range(min(len(body), words.max_area_chars), 1, -1):
        if collective.match(body[:end]) and (after_by or words.predicate.match(body, end)
                                             or words.duty_modal.match(body, end)):
            return body[:end] if end in word_ends(body[: end + LOOKAHEAD]) else None
    return None


def _hosts(sentence: str) -> list[str]:
    """The units an office is housed in when the next clause gives it work (办公室设在A、B，负责…)."""
    words = actor_words()
    units: list[str] = []
    for found in words.housed_in.finditer(sentence):
        rest = sentence[found.end():]
        name = name_at(rest)
        after = rest[len(name or ""):]
        if name and after[:1] in "，," and words.duty_after.match(after[1:].lstrip()):
            units.extend(names_of(name))
    return units


@functools.cache
def _conjunction_characters() -> str:
    """The conjunctions of one character (和, 及 …), as top_level_split takes its separators."""
    return "".join(word for word in vocabulary_data()["conjunctions"] if len(word) == 1)


def _members(clause: str) -> list[str]:
    """The convenors and members a clause names of a standing body (actor_words' membership), as each list is
    written: its parts joined by 和/及 each a unit or a list of them (A、B等部门和C、D等群团组织为成员)."""
    joiners = _conjunction_characters()
    units: list[str] = []
    for pattern in actor_words().membership:
        for found in pattern.finditer(clause.strip()):
            parts = top_level_split(found.group("names"), joiners)
            if not all(looks_like_unit(part) for part in parts):
                parts = [found.group("names")]  # 人力资源和社会保障局: a 和 inside one name
            if all(looks_like_unit(part) for part in parts):
                units.extend(name for part in parts for name in names_of(part))
    return units


def member_units(task: Task) -> tuple[TaskUnit, ...]:
    """The convenors and members of a standing body the task's clauses name, each responsible for its work."""
    roles = RoleList()
    for clause in _CLAUSE_END.split(task.text):
        roles.add(_members(clause), RESPONSIBLE)
    return tuple(roles.units)


def _without_ordinal(clause: str) -> str:
    """The clause without the number of an item it opens (2.与县环保局…, （1）县水利局负责…: 考核内容 numbered in a cell)."""
    ordinal = read_ordinal(clause)
    return clause[ordinal.length:] if ordinal else clause


def _unbracketed(clause: str) -> str:
    """A clause held in brackets that no responsibility clause reads (`(省发展改革委牵头卖力)`, as a page that
    swapped its words writes 牵头负责), or opening one the text leaves open, without them: no unit's name opens
    with a bracket."""
    if clause[:1] not in OPENING_BRACKETS:
        return clause
    closed = closing_bracket(clause)
    if closed is None:
        return clause[1:]
    return clause[1:-1] if closed == len(clause) - 1 else clause


def _partner_opened(opened_by: str, after: str) -> bool:
    """The words before the clause's first name make it a partner in the work: a partner opener (配合, 协助 …),
    or 与/和 with 共同/联合 after the name (与县环保局、县水文站共同推进…)."""
    words = actor_words()
    if any(opened_by.endswith(opener) for opener in words.partner_openers):
        return True
    return opened_by.endswith(_WITH) and words.together.match(after) is not None


def _read_clause(clause: str, roles: RoleList, aliases: frozenset[str] = frozenset()) -> None:
    """Actors of one clause: its subject (a unit's name, or the short name the text gave one), then units
    after 配合/会同/由/向 inside it, and units organised to act together (组织X联合审查)."""
    words = actor_words()
    clause = _unbracketed(_without_ordinal(clause.strip()))
    if clause.lstrip(OPENING_BRACKETS) in vocabulary().label_roles:
        return  # 责任单位 of 责任单位：区 — a clause's label names no unit (the clause reader reads what follows it)
    body = _without_openers(clause)
    opened_by = clause[: len(clause) - len(body)]
    after_by = opened_by.endswith(AGENT_OPENERS)
    modifier = AGENT_MODIFIER.match(body) if after_by else None
    if modifier and name_at(body) is None and name_at(body[modifier.end():]):
        body = body[modifier.end():]  # 由所涉及的省政府办公厅、…牵头: the words before 的 say which units
    # A clause that ends in 的 (售电企业…放弃…资格的，按照…) names those a condition holds for: no actor.
    condition = body == clause and body.endswith(OF)
    name = None if condition else name_at(body)
    areas = None if condition else _areas_at(body, after_by) or place_of_action_at(body)
    if areas and len(areas) > len(name or ""):
        name = None  # 各地区要…: the areas, not the 各地 a suffix ends
    alias = None if condition else _short_name_at(body, aliases) or (None if name else areas)
    if alias:  # a run of kinds of area is one collective each (各市(州)、县(市、区); 各县(市、区) is one)
        roles.add(top_level_split(alias, "、"), LEAD if words.lead_after.match(body, len(alias)) else RESPONSIBLE)
    after = body[len(name):] if name else ""
    short = words.abbreviation.match(after)  # A、B（统称C）应当…: the short name is no part of what follows the names
    after = after[short.end():] if short else after
    actor = past_preposition(name) if name else None
    partner = _partner_opened(opened_by, after)
    counterpart = opened_by.endswith(_WITH) and not words.alongside.match(after)  # 与责任单位建立…机制: the other party
    if actor and partner and is_name(actor, after, True):
        roles.add(names_of(actor), CO)  # 配合县水利局、县水保局开展…, 与县环保局、县水文站共同推进…
    elif actor and not partner and not counterpart and not BY.match(after) and is_name(actor, after, after_by):
        names = names_of(actor)
        duty = words.list_closer.sub("", after)
        if not (after_by or words.duty_modal.match(duty) or words.duty_after.match(duty)):
            names = [n for n in names if n not in words.places_as_a_whole]
        if words.lead_after.match(after):
            roles.add(names[:1], LEAD)  # a list that leads together (A、B负责牵头): its first leads, as in a clause
            roles.add(names[1:], RESPONSIBLE)
        else:
            roles.add(names, RESPONSIBLE)
    inside_names = [span.span() for span in words.name_word.finditer(body)]
    for found in words.mid_opener.finditer(body, len(name or "")):
        if any(start <= found.start() < end for start, end in inside_names) or _inside_word(body, found):
            continue  # 医疗联合体内上级医疗机构: the 联合 of a name's word opens no partner; 申请, 提请 hold no 请
        rest = body[found.end():]
        other = name_at(rest)
        actor = past_preposition(other) if other else None
        agent = found.group() in AGENT_OPENERS
        # 会同, 配合, 协助 make the unit after them a partner in the work whatever follows the name (会同市经济信息化委
        # 发布…); not staff (会同物业管理人员组成工作小组: people, who go on into what they form)
        partner = found.group() in words.inner_partner_openers and not words.staff.search(other or "")
        if actor and is_name(actor, rest[len(other):], agent or partner):
            roles.add(names_of(actor), CO if found.group() != "由" else RESPONSIBLE)
        elif other is None and agent:
            roles.add([area for area in [_areas_at(rest, True)] if area], RESPONSIBLE)
    for found in words.organises.finditer(body, len(name or "")):
        rest = body[found.end():]
        other = name_at(rest)
        if other and words.together.match(rest, len(other)) and is_name(other, rest[len(other):]):
            roles.add(names_of(other), CO)  # 区政府组织区相关部门联合验收: the units organised act together


def _listed(clause: str) -> list[str]:
    """The units of a clause that is a list of them and nothing else, _MIN_LISTED or more (after a label's colon:
    政府部门序列：县政府办公室、县发改委、县教委, the units it concerns however long the list), else none."""
    clause = clause.strip()
    names = names_of(clause) if name_at(clause) == clause else []
    return names if len(names) >= _MIN_LISTED else []


def _inside_word(body: str, found: re.Match[str]) -> bool:
    """The opener 由 or 请 is part of a longer word that opens no agent (自由贸易区; 提请, 理由: see no_agent_words)."""
    ends = word_ends(body) | {0}
    if found.group() not in AGENT_OPENERS or found.start() in ends:
        return False
    start = max(end for end in ends if end < found.start())
    stop = min(end for end in ends if end > found.start())
    return stop != found.end() or body[start:stop] in actor_words().no_agent_words


def _qualified(clause: str) -> list[str]:
    """The kinds of actor a clause gives work after a qualifier (有条件的行业、企业要… → 有条件的行业, 企业), else none."""
    words = actor_words()
    found = words.qualified.match(clause.strip())
    if not found:
        return []
    kinds = [kind for part in top_level_split(found.group("kinds"), "、")
             for kind in re.split(alternation(words.emphasis), part)]
    if not all(words.qualified_kind.search(kind) for kind in kinds):
        return []
    return [found.group("qualifier") + kinds[0], *kinds[1:]]


def _partners(clause: str) -> list[str]:
    """The units a clause says the work is done together with (加强医保部门与公安、财政等部门的贯通协同): each
    side of 与 that ends like a unit, as written (公安、财政等部门 is one)."""
    found = actor_words().partners.match(clause.strip())
    if not found:
        return []
    sides = top_level_split(found.group("units"), "与")
    return sides if all(usable(side) for side in sides) else []


def _heading_units(task: Task) -> list[str]:
    """The heading when it is one unit's name and nothing else (`街道消委办`, `区建管委`), or the names before
    the colon of an entry in a list of duties (`区信息委：加强对…的指导`, `各镇、街道、开发区：按照…`)."""
    heading = task.heading.strip().rstrip("。：:；;")
    if name_at(heading) == heading and usable(heading) and not _acts_on_a_unit(heading):
        return [heading]
    label = _ENTRY_LABEL.match(heading)
    if label is None or name_at(label.group(1)) != label.group(1):
        return []
    return [name for name in names_of(label.group(1)) if usable(name)]


def _acts_on_a_unit(heading: str) -> bool:
    """A verb of setting up before a unit's name (设置|学生心理辅导室, 成立|领导小组): a requirement to set one up, no
    unit's name; another verb opens a body's name (监测预警小组: the team that monitors)."""
    first = first_word(heading)
    rest = heading[len(first.word):]
    return (first.flag in _VERB_FIRST_TAGS and actor_words().setting_up.fullmatch(first.word) is not None
            and name_at(rest) == rest and usable(rest))


def _without_aside(found: re.Match[str]) -> str:
    """A bracketed aside of clauses gone (see _ASIDE), unless it gives work (…(自治区卫生健康委牵头,宣传部、网信办配合)):
    a condition's rule (无牵头单位的,责任单位即为牵头单位,下同) gives none, whatever words it holds."""
    words, aside = actor_words(), found.group()[1:-1]
    condition = _ASIDE_BREAK.split(aside, maxsplit=1)[0].endswith(OF)
    return "" if condition or not (words.duty_after.search(aside) or words.mid_opener.search(aside)) else found.group()


def actor_units(task: Task, aliases: frozenset[str] = frozenset()) -> tuple[TaskUnit, ...]:
    """The actors of a task without a responsibility clause, in the order written (see module doc)."""
    roles = RoleList()
    named = _heading_units(task)
    if named:
        roles.add(named, LEAD if "牵头" in task.text else RESPONSIBLE)
    for sentence in _SENTENCE_END.split(task.text):
        sentence = _ASIDE.sub(_without_aside, sentence)
        marks = _CLAUSE_END.findall(sentence)
        for index, clause in enumerate(_CLAUSE_END.split(sentence)):
            if clause.strip():
                _read_clause(clause, roles, aliases)
                if index > 0 and marks[index - 1] in "：:":
                    roles.add(_listed(clause), RESPONSIBLE)
                roles.add(_partners(clause), CO)
                roles.add(_qualified(clause), RESPONSIBLE)
                roles.add(_members(clause), RESPONSIBLE)
        roles.add(_hosts(sentence), RESPONSIBLE)
    leads = [u for u in roles.units if u.role == LEAD]
    if len(leads) > 1:  # two units said to lead: the text makes none the lead
        return tuple(dataclasses.replace(u, role=RESPONSIBLE) if u.role == LEAD else u for u in roles.units)
    return tuple(roles.units)


def assigns_by_clauses(tasks: list[Task]) -> bool:
    """Whether a plan gives more than half its tasks their units by responsibility clauses; tasks under a
    heading naming their lead (group_lead: a task list's groups, beside a cover notice's own items) are
    not counted."""
    counted = [task for task in tasks if group_lead(task) is None]
    return sum(bool(task.units) for task in counted) * 2 > len(counted) > 0


def with_actor_units(tasks: list[Task]) -> list[Task]:
    """Tasks, each one that names no unit in a clause given the units its text names as actors.

    A plan that assigns most of its tasks by responsibility clauses assigns none to a task it leaves
    without one (its 保障措施): those keep no units but the convenors and members of a standing body they name; nor
    does a task in a part that looks back (工作回顾)."""
    if assigns_by_clauses(tasks):
        return [task if task.units or _looks_back(task) else dataclasses.replace(task, units=member_units(task))
                for task in tasks]
    aliases = short_names("\n".join(task.text for task in tasks))
    return [task if task.units or _looks_back(task) else dataclasses.replace(task, units=actor_units(task, aliases))
            for task in tasks]


def _looks_back(task: Task) -> bool:
    """The task sits in a part that says what was done or how things stand (2024年工作回顾, 形势与基础)."""
    looking_back = vocabulary().looking_back
    return any(looking_back.search(title or "") for title in (task.section_title, task.group_title))
