"""Units a task names as its actors where it has no responsibility clause: the unit in subject position
of a clause (`供电企业应…`, `省发展改革委会同省财政厅…`), the unit after 由/请/配合/会同/向 (`由各区政府负责`),
and a unit that is the task's whole heading (`1.街道消委办。牵头开展…`). Where a report or filing goes
(`报区房屋管理部门备案`) names no actor."""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re

import jieba
from jieba import posseg

from gongwen.departments import classify_unit
from gongwen.model import Task, TaskUnit
from gongwen.tasks.actor_words import actor_words
from gongwen.tasks.brackets import (
    CLOSING_BRACKETS,
    OPENING_BRACKETS,
    inside_brackets,
    strip_brackets,
    top_level_split,
)
from gongwen.tasks.unit_lists import RoleList, looks_like_unit, opens_own_name, strip_list_ends
from gongwen.tasks.vocabulary import vocabulary
from gongwen.text.chars import HAN
from gongwen.text.patterns import alternation
from gongwen.vocabulary import CO, LEAD, RESPONSIBLE, UNKNOWN_LEVEL

_CLAUSE_END = re.compile(r"[，,。；;：:！？!?\n]")
_SENTENCE_END = re.compile(r"[。；;！？!?\n]")
_NAME_CHARS = re.compile(rf"[{HAN}（）()、]*")
# Part-of-speech tags (jieba) of a first word that is an action, not the start of a name; a set phrase
# (i, l: 标本兼治, 因地制宜) says how work is done, no name opens with one.
_ACTION_TAGS = frozenset({"v", "vd", "d", "ad", "a", "z", "p", "m", "c", "u", "i", "l"})
# Tags of a noun: a name followed by one modifies it (地方政府专项债券, 国有企业改革), it is no actor.
_NOUN_TAGS = frozenset({"n", "nr", "ns", "nt", "nz", "vn", "an"})
# 由 before a unit makes it the agent of what the words before it name (机制电量初期由电网企业…): no name
# runs across it (自由贸易试验区 is a name).
_BY = re.compile(r"(?<!自)由")
# 由 and 请 make the unit after them the agent of the verb that follows (由居委纳入…, 请各区持续推进…).
_AGENT_OPENERS = ("由", "请")
_OF = "的"  # no name runs across it: 由A、B等成员单位的领导小组 names the group's members, not actors
_AGENT_MODIFIER = re.compile(rf"[{HAN}]{{1,4}}的")  # 由所涉及的…, 由负责的…: a few words saying which units
_LOOKAHEAD = 6  # characters after a name tagged to see what follows it
_EACH = "各"  # opens a collective name (各高校); a second one inside a name opens a name of its own


def _first_word(text: str) -> posseg.pair:
    """The first word of `text` as jieba cuts and tags it (without HMM, as everywhere in this module)."""
    return next(iter(posseg.cut(text, HMM=False)))


def _opens_with_unknown_compound(text: str) -> bool:
    """The text opens with two one-character words, a verb then a noun (售|电企业): a compound jieba's
    dictionary does not know (售电), cut in two; the verb's tag says nothing of the name it opens."""
    words = list(itertools.islice(posseg.cut(text, HMM=False), 2))
    return (len(words) == 2 and all(len(word.word) == 1 for word in words)
            and words[0].flag == "v" and words[1].flag == "n")


# The field words of a department's name (人力资源社会保障, 医疗保障) are no longer than this.
_DEPARTMENT_WORD_CHARS = 8


def _known(name: str) -> bool:
    return classify_unit(name, UNKNOWN_LEVEL, None).department is not None


def _opens_with_action(name: str, before_duty: bool = False) -> bool:
    """The name's first word is a verb, adverb, preposition or numeral (推进企业…, 待国务院…, 一个单位):
    the words are an action on a unit, not a unit. A name the gazetteer knows (发展改革委) is a name, and so
    is one `before_duty` (followed by 负责/牵头) whose first word is an action only by jieba's tag (安监所负责,
    新吴泾投资经营有限公司负责): the tag of an abbreviation's first character says nothing; an opener
    (由, 请), a preposition or a conjunction still is one."""
    words = actor_words()
    if words.demonstrative.match(name):
        return True  # 这些地区, 上述单位: a pointer back to units named before, no name
    first = _first_word(name)
    opener = words.action_opener.match(name)
    if opener and (len(first.word) > opener.end() and first.flag in ("n", "nt")  # 组织部门, 建设部 are words,
                   and looks_like_unit(first.word)  # 充分发挥 (tagged n) is none
                   or first.flag == "vn" and words.role_noun_end.match(name[len(first.word):])):
        return False  # 建设单位, 实施单位: the unit that builds, that carries out
    if opener:
        return True
    if first.word in words.attributives:
        return False  # 公立医疗机构: a kind of unit, though jieba tags 公立 a verb
    if first.flag == "v" and words.role_noun_end.match(name[len(first.word):]):
        return False  # 出租单位, 施工单位: the unit that lets, that builds
    if first.flag == "v" and len(first.word) == 1 and words.strong_suffix.fullmatch(name[2:]):
        return False  # 承储企业: a compound jieba's dictionary lacks (承储), cut into characters
    if vocabulary().collective.match(name) or _known(name):
        return False
    if first.flag == "m" and first.word.startswith(words.ordinal_mark) or _opens_with_unknown_compound(name):
        return False  # 第一责任单位: a rank, no number; 售电企业: a compound jieba cut in two
    if before_duty and first.word not in words.opener_words and first.flag not in ("p", "c"):
        return False
    return first.flag in _ACTION_TAGS


def _past_preposition(name: str) -> str:
    """The unit a name-like span ends in after a preposition (调整方案经区建管委 → 区建管委), else the span."""
    for found in actor_words().inner_preposition.finditer(name):
        rest = name[found.end():]
        if looks_like_unit(rest):
            return rest
    return name


def _located_in(text: str) -> int:
    """Length of a `在川` the text opens with (在川能源企业: the energy companies in Sichuan), else 0: the
    abbreviation must be a word of its own (在新能源企业 is a preposition before 新能源)."""
    found = actor_words().located_in.match(text)
    if not found:
        return 0
    return found.end() if len(_first_word(text[1:]).word) == 1 else 0


@functools.lru_cache(maxsize=4096)
def _word_ends(text: str) -> frozenset[int]:
    """The offsets at which jieba's words of `text` end."""
    ends, position = set(), 0
    for word in jieba.cut(text, HMM=False):
        position += len(word)
        ends.add(position)
    return frozenset(ends)


def _opens_bracket(name: str) -> bool:
    """The name leaves a bracket open (街道（乡镇)."""
    return sum(ch in OPENING_BRACKETS for ch in name) > sum(ch in CLOSING_BRACKETS for ch in name)


def _name_at(text: str) -> str | None:
    """The unit name (or list of names) `text` opens with, or None: text up to a unit suffix, extended to
    the next suffix while no predicate word comes between (国家能源局派出机构, 市委组织部, A、B和C)."""
    words = actor_words()
    end = None
    cursor = start = _located_in(text)
    head = text[: words.max_chars]
    for found in words.suffix.finditer(head, start):
        if found.group() in words.word_bound and found.end() not in _word_ends(head):
            continue  # 城乡建设, 所在地 are words: their 乡, 所 end no name
        between = text[cursor: found.start()]
        # Between two suffixes an action word ends the name too (市委金融办引导金融机构), unless it is
        # the name's own word before a one-character suffix (市委组织部).
        stop = (words.predicate.search(words.name_word.sub("", between)) or _BY.search(between)
                or (end is not None and words.action_anywhere.search(between)))
        attached = len(found.group()) == 1 and not words.duty_after.fullmatch(between) and (
            words.predicate.fullmatch(between or "-") or words.action_anywhere.fullmatch(between or "-"))
        # …、人力资源社会保障厅, 各地医疗保障部门: a department the gazetteer knows holds its action word (保障) as
        # part of its name
        named = between.removeprefix("、")
        known = (stop and len(named) <= _DEPARTMENT_WORD_CHARS and not words.predicate.search(between)
                 and not _BY.search(between) and not words.action_opener.match(named)
                 and _known(named + found.group()))
        if (stop and not attached and not known) or not _NAME_CHARS.fullmatch(between) or _OF in between:
            break
        if end is not None and words.predicate.match(text, found.start()):
            break  # the suffix opens a predicate word: 区建管委委托专业机构
        end, cursor = found.end(), found.end()
    if end is not None and text[end: end + 1] in CLOSING_BRACKETS and _opens_bracket(text[start:end]):
        end += 1  # 街道（乡镇）: the bracket the name opened closes after its last suffix
    if end is None or text[end: end + 1] in words.not_after:
        return None
    if _opens_with_action(text[start:end], words.duty_after.match(text, end) is not None):
        return None
    return text[:end]


def _modifies_what_follows(name: str, followed_by: str) -> bool:
    """The name's last word runs on past it (企业|家精神) or a noun follows it (地方政府|专项债券): it is part
    of a longer noun phrase, not an actor. Only the few characters around the name's end are tagged."""
    tail = name[-4:]
    after = followed_by[:_LOOKAHEAD]
    words = actor_words()
    if not after or words.predicate.match(after) or words.action_opener.match(after):
        return False
    position = 0
    for word in posseg.cut(tail + after, HMM=False):
        position += len(word.word)
        if position == len(tail):
            break
        if position > len(tail):
            return True
    else:
        return False
    following = _first_word(after)
    # 派出所民警要…: the unit's staff act for it; 电网企业代表全体用户…: a verb the dictionary tags as a noun.
    if following.word in words.verbs_tagged_as_nouns or words.staff.match(after):
        return False
    return (following.flag in _NOUN_TAGS and words.predicate.match(following.word) is None
            and words.action_opener.match(following.word) is None)


def _is_name(name: str, followed_by: str, after_by: bool = False) -> bool:
    """A name ending in a strong suffix or known to the gazetteer is a unit anywhere; one ending in
    another unit suffix only when a predicate follows it (服务办牵头…, 不是 全部…) or 由 comes before it (由居委纳入…:
    由 makes what follows its agent). Never one that is part of a longer noun phrase (地方政府专项债券) or
    said to be something (…企业都是…)."""
    words = actor_words()
    said_to_be = words.copula.match(followed_by) and not words.duty_holder.search(followed_by)
    if said_to_be or _modifies_what_follows(name, followed_by):
        return False
    if words.strong_suffix.search(name) or _known(name) or after_by:
        return True
    return words.subject_predicate.match(words.list_closer.sub("", followed_by)) is not None


def _split_names(name: str) -> list[str]:
    """A list of actors → the names (`国家能源局及其派出机构、省级能源主管部门和供电企业` → three): a part
    that is no unit on its own stays with the next (各地价格、能源、电力运行主管部门 is one); a 、 inside
    brackets joins no names (各省（区、市）发展改革委 is one); a run of kinds of area stays with the next part
    when that goes on with a kind of area and opens no name of its own (各省、自治区、直辖市人民政府 is one,
    各区、管委会 two); 特别是 parts two names whole
    (各省、自治区、直辖市特别是重点监视防御区所在地人民政府: the second stressed among the first)."""
    words = actor_words()
    names: list[str] = []
    pending = ""
    cursor = 0
    for found in words.list_joiner.finditer(name):
        if inside_brackets(name, found.start()):
            continue
        part = pending + name[cursor: found.start()]
        right = name[found.end():]
        areas = vocabulary().area_collective.match(part) and (
            found.group() in words.emphasis or opens_own_name(part, right) or not vocabulary().area_first.match(right))
        if (looks_like_unit(part) or areas) and not right.startswith("其"):
            names.append(part)
            pending = ""
        else:
            pending = part + found.group()
        cursor = found.end()
    names.append(pending + name[cursor:])
    return names


def _split_collectives(name: str) -> list[str]:
    """A run of collective names written without a 、 (`各地区各部门`, `各地各高校`) → each name: a 各 inside
    the name opens another when the part before it is a collective unit or area and the part after it a unit
    (各级各类学校, 各地有关部门 stay whole)."""
    if not name.startswith(_EACH):
        return [name]
    for found in re.finditer(_EACH, name[1:]):
        left, right = name[: found.start() + 1], name[found.start() + 1:]
        if ((looks_like_unit(left) or vocabulary().area_collective.match(left))
                and looks_like_unit(right)):
            return [left, *_split_collectives(right)]
    return [name]


def _names(name: str) -> list[str]:
    """The usable names of a list, without the words around them (财政部等有关部门 → 财政部) or the short
    name the text gives one (广西电力交易中心（以下简称交易中心） → 广西电力交易中心)."""
    parts = (_without_list_ends(actor_words().abbreviation.sub("", part)) for part in _split_names(name))
    return [n for part in parts for n in _split_collectives(part) if _usable(n)]


def _without_list_ends(name: str) -> str:
    """The name without the words around a list (省统计局等部门 → 省统计局), unless they hold its only unit
    word: 区发展改革、规划资源等部门 names the departments of two fields, as written."""
    stripped = strip_list_ends(name)
    if looks_like_unit(stripped) or not looks_like_unit(name):
        return stripped
    return vocabulary().list_head.sub("", name.strip())


def _usable(name: str) -> bool:
    bare = strip_brackets(name).strip()
    is_unit = looks_like_unit(bare) or vocabulary().area_collective.match(bare) is not None
    words = actor_words()
    staff = any(bare.endswith(found.group()) for found in words.staff.finditer(bare))  # 居委老龄干部: people
    return (is_unit and not staff and bare not in words.too_general and len(bare) >= 2
            and not words.not_in_name.search(bare))


def _without_openers(clause: str) -> str:
    """The clause without the words before its subject (由, 配合, 经 …), unless the first is the first
    character of a longer word (经营主体: 经 opens 经营, no preposition) or of a name that is the subject of
    负责/牵头 (经发办负责…: 经发 abbreviates 经济发展)."""
    words = actor_words()
    found = words.openers.match(clause)
    if not found:
        return clause
    whole = _name_at(clause)
    if whole and words.duty_after.match(clause, len(whole)):
        return clause
    first = _first_word(clause[:found.end() + 2]).word
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
    unit), else None: the longest run of area words after 各/有关 followed by a predicate, or by anything after
    由. 各地 is no run of area words, 各区域 opens none (区 runs on into 域)."""
    words = actor_words()
    collective = vocabulary().area_collective
    for end in range(min(len(body), words.max_area_chars), 1, -1):
        if collective.match(body[:end]) and (after_by or words.predicate.match(body, end)):
            return body[:end] if end in _word_ends(body[: end + _LOOKAHEAD]) else None
    return None


def _hosts(sentence: str) -> list[str]:
    """The units an office is housed in when the next clause gives it work (办公室设在A、B，负责…)."""
    words = actor_words()
    units: list[str] = []
    for found in words.housed_in.finditer(sentence):
        rest = sentence[found.end():]
        name = _name_at(rest)
        after = rest[len(name or ""):]
        if name and after[:1] in "，," and words.duty_after.match(after[1:].lstrip()):
            units.extend(_names(name))
    return units


def _read_clause(clause: str, roles: RoleList, aliases: frozenset[str] = frozenset()) -> None:
    """Actors of one clause: its subject (a unit's name, or the short name the text gave one), then units
    after 配合/会同/由/向 inside it, and units organised to act together (组织X联合审查)."""
    words = actor_words()
    body = _without_openers(clause.strip())
    after_by = clause.strip()[: len(clause.strip()) - len(body)].endswith(_AGENT_OPENERS)
    modifier = _AGENT_MODIFIER.match(body) if after_by else None
    if modifier and _name_at(body) is None and _name_at(body[modifier.end():]):
        body = body[modifier.end():]  # 由所涉及的省政府办公厅、…牵头: the words before 的 say which units
    # A clause that ends in 的 (售电企业…放弃…资格的，按照…) names those a condition holds for: no actor.
    condition = body == clause.strip() and body.endswith(_OF)
    name = None if condition else _name_at(body)
    alias = None if condition else _short_name_at(body, aliases) or (None if name else _areas_at(body, after_by))
    if alias:  # a run of kinds of area is one collective each (各市(州)、县(市、区); 各县(市、区) is one)
        roles.add(top_level_split(alias, "、"), LEAD if words.lead_after.match(body, len(alias)) else RESPONSIBLE)
    after = body[len(name):] if name else ""
    actor = _past_preposition(name) if name else None
    if actor and _is_name(actor, after, after_by):
        names = _names(actor)
        duty = words.list_closer.sub("", after)
        if not (after_by or words.duty_modal.match(duty) or words.duty_after.match(duty)):
            names = [n for n in names if n not in words.places_as_a_whole]
        if words.lead_after.match(after):
            roles.add(names[:1], LEAD)  # a list that leads together (A、B负责牵头): its first leads, as in a clause
            roles.add(names[1:], RESPONSIBLE)
        else:
            roles.add(names, RESPONSIBLE)
    for found in words.mid_opener.finditer(body, len(name or "")):
        rest = body[found.end():]
        other = _name_at(rest)
        actor = _past_preposition(other) if other else None
        # 由/请 as words of their own (申请, 理由 hold no agent opener)
        agent = found.group() in _AGENT_OPENERS and found.start() in _word_ends(body) | {0}
        # 会同 makes the unit after it a partner in the work whatever follows the name (会同市经济信息化委发布…);
        # not staff (会同物业管理人员组成工作小组: people, who go on into what they form)
        partner = words.joint_after.fullmatch(found.group()) is not None and not words.staff.search(other or "")
        if actor and _is_name(actor, rest[len(other):], agent or partner):
            roles.add(_names(actor), CO if found.group() != "由" else RESPONSIBLE)
        elif other is None and agent:
            roles.add([area for area in [_areas_at(rest, True)] if area], RESPONSIBLE)
    for found in words.organises.finditer(body, len(name or "")):
        rest = body[found.end():]
        other = _name_at(rest)
        if other and words.together.match(rest, len(other)) and _is_name(other, rest[len(other):]):
            roles.add(_names(other), CO)  # 区政府组织区相关部门联合验收: the units organised act together


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
    return sides if all(_usable(side) for side in sides) else []


def _heading_unit(task: Task) -> str | None:
    """The heading when it is one unit's name and nothing else (`街道消委办`, `区建管委`)."""
    heading = task.heading.strip().rstrip("。：:；;")
    name = _name_at(heading)
    return heading if name == heading and _usable(heading) else None


def actor_units(task: Task, aliases: frozenset[str] = frozenset()) -> tuple[TaskUnit, ...]:
    """The actors of a task without a responsibility clause, in the order written (see module doc)."""
    roles = RoleList()
    heading = _heading_unit(task)
    if heading:
        roles.add([heading], LEAD if "牵头" in task.text else RESPONSIBLE)
    for sentence in _SENTENCE_END.split(task.text):
        for clause in _CLAUSE_END.split(sentence):
            if clause.strip():
                _read_clause(clause, roles, aliases)
                roles.add(_partners(clause), CO)
                roles.add(_qualified(clause), RESPONSIBLE)
        roles.add(_hosts(sentence), RESPONSIBLE)
    leads = [u for u in roles.units if u.role == LEAD]
    if len(leads) > 1:  # two units said to lead: the text makes none the lead
        return tuple(dataclasses.replace(u, role=RESPONSIBLE) if u.role == LEAD else u for u in roles.units)
    return tuple(roles.units)


def assigns_by_clauses(tasks: list[Task]) -> bool:
    """Whether a plan gives at least half its tasks their units by responsibility clauses."""
    return sum(bool(task.units) for task in tasks) * 2 >= len(tasks) > 0


def with_actor_units(tasks: list[Task]) -> list[Task]:
    """Tasks, each one that names no unit in a clause given the units its text names as actors.

    A plan that assigns most of its tasks by responsibility clauses assigns none to a task it leaves
    without one (its 保障措施): those keep no units."""
    if assigns_by_clauses(tasks):
        return tasks
    aliases = short_names("\n".join(task.text for task in tasks))
    return [task if task.units else dataclasses.replace(task, units=actor_units(task, aliases)) for task in tasks]
