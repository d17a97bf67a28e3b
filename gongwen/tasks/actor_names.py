"""The names of units a clause opens with (gongwen/tasks/actors.py reads a task's actors with them): where a
name ends (at a unit suffix, extended while no predicate comes between), whether it is a unit or part of a
longer noun or an action on one, and how a list of names is split (、, 和, 及, 各…各…)."""

from __future__ import annotations

import functools
import re

from gongwen.departments import classify_unit, department_prefix
from gongwen.tasks.actor_words import actor_words
from gongwen.tasks.brackets import CLOSING_BRACKETS, OPENING_BRACKETS, inside_brackets, strip_brackets
from gongwen.tasks.unit_lists import EACH, looks_like_unit, opens_own_name, strip_list_ends
from gongwen.tasks.vocabulary import vocabulary
from gongwen.text.chars import HAN
from gongwen.text.patterns import alternation
from gongwen.text.regions import gazetteer
from gongwen.text.words import Word, dictionary_tag, segmenter, tagged
from gongwen.vocabulary import OTHER_LEVEL, ROLES, UNKNOWN_LEVEL

_NAME_CHARS = re.compile(rf"[{HAN}（）()、]*")
# Part-of-speech tags (jieba) of a first word that is an action, not the start of a name; a set phrase
# (i, l: 标本兼治, 因地制宜) says how work is done, no name opens with one.
_ACTION_TAGS = frozenset({"v", "vd", "d", "ad", "a", "z", "p", "m", "c", "u", "i", "l"})
# Tags of a word that ends in a one-character suffix without naming a unit (查处, 到处).
_VERB_TAGS = frozenset({"v", "vd", "d", "ad"})
# Tags of a noun: a name followed by one modifies it (地方政府专项债券, 国有企业改革), it is no actor.
_NOUN_TAGS = frozenset({"n", "nr", "ns", "nt", "nz", "vn", "an"})
# 由 before a unit makes it the agent of what the words before it name (机制电量初期由电网企业…): no name
# runs across it (自由贸易试验区 is a name), and a name it follows is what its clause is about, not who acts
# (办公室由李伯宁同志任主任, 办公室由国家计委和水电部代管).
BY = re.compile(r"(?<!自)由")
OF = "的"  # no name runs across it: 由A、B等成员单位的领导小组 names the group's members, not actors
AGENT_MODIFIER = re.compile(rf"[{HAN}]{{1,4}}的")  # 由所涉及的…, 由负责的…: a few words saying which units
LOOKAHEAD = 6  # characters after a name tagged to see what follows it


@functools.lru_cache(maxsize=8192)
def first_word(text: str) -> Word:
    """The first word of `text` as jieba cuts and tags it."""
    return tagged(text)[0]


def _opens_with_unknown_compound(text: str) -> bool:
    """The text opens with two one-character words, a verb then a noun (售|电企业): a compound jieba's
    dictionary does not know (售电), cut in two; the verb's tag says nothing of the name it opens."""
    words = tagged(text)[:2]
    return (len(words) == 2 and all(len(word.word) == 1 for word in words)
            and words[0].flag == "v" and words[1].flag == "n")


# The field words of a department's name (人力资源社会保障, 医疗保障) are no longer than this.
_DEPARTMENT_WORD_CHARS = 8


def _known(name: str) -> bool:
    return classify_unit(name, UNKNOWN_LEVEL, None).department is not None


def _known_name(name: str) -> bool:
    """A department the gazetteer knows, named so: the words before it, past the places they name, hold no verb
    (整理好卷宗送|区司法局 is an action on the department, no name of it)."""
    if not _known(name):
        return False
    prefix, places = re.split("[、，,]", department_prefix(name) or "")[-1], gazetteer().by_full_or_short_name
    while cut := next((end for end in range(len(prefix), 1, -1) if prefix[:end] in places), 0):
        prefix = prefix[cut:]
    return not any(word.flag in _VERB_TAGS for word in tagged(prefix))


def _opens_with_action(name: str, before_duty: bool = False) -> bool:
    """The name's first word is a verb, adverb, preposition or numeral (推进企业…, 待国务院…, 一个单位):
    the words are an action on a unit, not a unit. A name the gazetteer knows (发展改革委) is a name, and so
    is one `before_duty` (followed by 负责/牵头) whose first word is an action only by jieba's tag (安监所负责,
    新吴泾投资经营有限公司负责): the tag of an abbreviation's first character says nothing; an opener
    (由, 请), a preposition, a conjunction or a word opening a condition (当, 若) still is one."""
    words = actor_words()
    if words.demonstrative.match(name):
        return True  # 这些地区, 上述单位: a pointer back to units named before, no name
    first = first_word(name)
    if first.word in words.condition_openers:
        return True  # 当燃煤发电企业…时: a condition on the units, not their name
    if _opens_with_place_of_action(name, first):
        return False
    opener = words.action_opener.match(name)
    if opener and (len(first.word) > opener.end() and first.flag in ("n", "nt")  # 组织部门, 建设部 are words,
                   and looks_like_unit(first.word)  # 充分发挥 (tagged n) is none
                   or first.flag == "vn" and words.role_noun_end.match(name[len(first.word):])):
        return False  # 建设单位, 实施单位: the unit that builds, that carries out
    if opener:
        return True
    if first.word in words.attributives or words.opener_compound.match(name):
        return False  # 公立医疗机构, 并网主体: a kind of unit, though jieba tags 公立 a verb and cuts 并|网
    if first.flag == "v" and words.role_noun_end.match(name[len(first.word):]):
        return False  # 出租单位, 施工单位: the unit that lets, that builds
    if first.flag == "v" and len(first.word) == 1 and words.strong_suffix.fullmatch(name[2:]):
        return False  # 承储企业: a compound jieba's dictionary lacks (承储), cut into characters
    if (first.flag == "v" or first.flag == "p" and len(first.word) == 1 or first.flag == "z") and _known(name[len(first.word):]):
        return True  # 供各地医保部门, 向省发展改革委, 紧盯交通运输部: a verb, preposition or state word before a known unit
    if vocabulary().collective.match(name) or _known_name(name):
        return False
    if first.flag == "m" and first.word.startswith(words.ordinal_mark) or _opens_with_unknown_compound(name):
        return False  # 第一责任单位: a rank, no number; 售电企业: a compound jieba cut in two
    if before_duty and first.word not in words.opener_words and first.flag not in ("p", "c"):
        return False
    return first.flag in _ACTION_TAGS


def _opens_with_place_of_action(name: str, first: Word) -> bool:
    """The name opens with the place where something is done (参保|地, 就医|地: a verb then 地; 发生地 as one word)
    and goes on as a unit's name that opens with no action (参保地医保经办机构): no adverb (认真地落实…) and no
    action on a unit (有序地推进各部门…)."""
    mark = actor_words().place_of_action
    if first.flag == "v" and len(first.word) + 1 in word_ends(name) and name[len(first.word)] == mark:
        rest = name[len(first.word) + 1:]  # 参保|地|医保…, not 统筹|地方政府
    elif len(first.word) > 2 and first.word.endswith(mark):
        rest = name[len(first.word):]
    else:
        return False
    return looks_like_unit(rest) and not _opens_with_action(rest)


_PLACE_WORDS = 3  # words before the 地 of a place of action (问题|协同|地)


def place_of_action_at(clause: str) -> str | None:
    """The place where something is done that a clause opens with as the subject of a modal of duty (就医地应…,
    参保地要…, 问题协同地应…: the place where care is had, where one is insured, as the one that acts), else
    None. The 地 is a word of its own after a verb or noun (not 认真地, whose 地 follows an adverb), and so is
    the modal (积极地应对 holds none)."""
    words = actor_words()
    head = clause[: words.max_area_chars + LOOKAHEAD]
    mark = head.find(words.place_of_action, 1)
    if mark < 0 or not words.duty_modal.match(head, mark + 1):
        return None  # the cheap test first: most clauses hold no 地 before a modal, and tagging costs
    cut = tagged(head)[: _PLACE_WORDS + 2]
    for at, word in enumerate(cut[1: _PLACE_WORDS + 1], start=1):
        if word.word != words.place_of_action or at + 1 >= len(cut):
            continue
        before, after = cut[at - 1], cut[at + 1]
        if before.flag[:1] in ("v", "n") and words.duty_modal.fullmatch(after.word):
            return "".join(w.word for w in cut[: at + 1])
    return None


def past_preposition(name: str) -> str:
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
    return found.end() if len(first_word(text[1:]).word) == 1 else 0


@functools.lru_cache(maxsize=4096)
def word_ends(text: str) -> frozenset[int]:
    """The offsets at which jieba's words of `text` end."""
    ends, position = set(), 0
    for word in segmenter().cut(text, False):
        position += len(word)
        ends.add(position)
    return frozenset(ends)


def _opens_role_verb(text: str, suffix: re.Match[str]) -> bool:
    """The suffix opens a role verb that goes on past it (组织实施, 组织落实: the 组织 that also ends names; not the
    指导 of 指导委员会)."""
    verb = vocabulary().role_verb_at.match(text, suffix.start())
    return verb is not None and verb.end() > suffix.end()


def _one_word(text: str, start: int, end: int) -> bool:
    """jieba reads text[start:end], more than a suffix, as one word of `text`."""
    ends = word_ends(text)
    return end - start > 1 and (start == 0 or start in ends) and end in ends and not any(start < e < end for e in ends)


def _preposition_between(text: str, cursor: int) -> bool:
    """A preposition opens the words after a name's suffix and no unit of a level follows it (…主管部门自政务部门
    逾期答复之日起: from a date); one before a unit of a level (…授权州数据资源主管部门) is read past_preposition."""
    words = actor_words()
    return (first_word(text[cursor: cursor + LOOKAHEAD] or "-").word in words.inner_preposition_words
            and not words.inner_preposition.match(text, cursor))


def _ends_a_verb(text: str, end: int) -> bool:
    """A word of two or more characters ends at `end` and jieba's dictionary tags it a verb or adverb (查处, 到处)."""
    ends = word_ends(text)
    if end not in ends:
        return False
    start = max((e for e in ends if e < end), default=0)
    return end - start > 1 and dictionary_tag(text[start:end]) in _VERB_TAGS


def _opens_bracket(name: str) -> bool:
    """The name leaves a bracket open (街道（乡镇)."""
    return sum(ch in OPENING_BRACKETS for ch in name) > sum(ch in CLOSING_BRACKETS for ch in name)


@functools.cache
def _role_noun() -> re.Pattern[str]:
    """The units of a role as a plan names them in its sentences (各牵头单位要…, 由牵头单位发挥…, 主要责任单位要与…):
    a clause label's words, perhaps after 各, 主要 or 其他, and not before the label's colon. Not a label that opens
    with an action (支持单位, 推进部门: 支持单位参与… supports units) or a collective (相关单位)."""
    opener = actor_words().action_opener
    roles = {label for label, role in vocabulary().label_roles.items()
             if role in ROLES and not opener.match(label) and not vocabulary().collective.match(label)}
    return re.compile(rf"各?(?:主要|其他)?(?:{alternation(roles)})(?![：:])")


def name_at(text: str) -> str | None:
    """The unit name (or list of names) `text` opens with, or None: a role's units (各牵头单位), or text up to a
    unit suffix, extended to the next suffix while no predicate word comes between (国家能源局派出机构, 市委组织部,
    A、B和C)."""
    role = _role_noun().match(text)
    if role:
        return role.group()
    words = actor_words()
    end = bare = None
    cursor = start = _located_in(text)
    head = text[: words.max_chars]
    for found in words.suffix.finditer(head, start):
        if found.group() in words.word_bound and found.end() not in word_ends(head):
            continue  # 城乡建设, 所在地 are words: their 乡, 所 end no name
        if len(found.group()) == 1 and _ends_a_verb(head, found.end()):
            continue  # 乡镇查处: the 处 of a verb ends no name
        between = text[cursor: found.start()]
        # Between two suffixes an action word, a word no name holds, a unit's staff or a preposition ends the
        # name too (市委金融办引导金融机构, 国有粮食企业职工与企业, 市政务数据主管部门自政务部门…之日起), unless it is
        # the name's own word before a one-character suffix (市委组织部).
        stop = (words.predicate.search(words.name_word.sub("", between)) or BY.search(between)
                or (bare is not None and words.not_in_name.search(between))  # 街道|统一招标确定服务单位
                or (end is not None and (words.action_anywhere.search(between) or words.not_in_name.search(between)
                                         or words.staff.search(between) or _preposition_between(text, cursor))))
        attached = (len(found.group()) == 1 and not words.duty_after.fullmatch(between) and (
            words.predicate.fullmatch(between or "-") or words.action_anywhere.fullmatch(between or "-"))
        ) or _one_word(head, cursor, found.end())  # 党委|组织部门: the action word (组织) and the suffix are one word
        # …、人力资源社会保障厅, 各地医疗保障部门: a department the gazetteer knows holds its action word (保障) as
        # part of its name
        named = between.removeprefix("、")
        known = (stop and len(named) <= _DEPARTMENT_WORD_CHARS and not BY.search(between)
                 and not words.action_opener.match(named) and _known(named + found.group())
                 and (not words.predicate.search(between) or _level_before_department(named + found.group())))
        if (stop and not attached and not known) or not _NAME_CHARS.fullmatch(between) or OF in between:
            break
        if end is not None and words.predicate.match(text, found.start()) or _opens_role_verb(text, found):
            break  # the suffix opens a predicate word (区建管委委托专业机构) or a role verb (…县(市、区)统筹组织实施)
        if end is None and bare is None and vocabulary().area_first.fullmatch(found.group()):
            # a place (七宝镇) is a name only when no suffix follows: the name of its office goes on with the
            # words of what the office does (七宝镇规划建设和环境保护办公室)
            bare = cursor = found.end()
            continue
        end, cursor = found.end(), found.end()
    end = end if end is not None else bare
    if end is not None and text[end: end + 1] in CLOSING_BRACKETS and _opens_bracket(text[start:end]):
        end += 1  # 街道（乡镇）: the bracket the name opened closes after its last suffix
    if end is None or text[end: end + 1] in words.not_after:
        return None
    if _opens_with_action(text[start:end], words.duty_after.match(text, end) is not None):
        return None
    roles = _role_noun().match(text, end) if text.startswith(EACH, end) else None
    return text[:roles.end() if roles else end]  # 省政府各牵头部门: the body's units of that role, one collective


def _level_before_department(name: str) -> bool:
    """Only a level stands before the department the gazetteer knows in the name (县应急管理局: its 应 is the
    department's word, not a modal)."""
    prefix = department_prefix(name)
    return prefix is not None and (prefix == "" or prefix in vocabulary().level_initials)


def _modifies_what_follows(name: str, followed_by: str) -> bool:
    """The name's last word runs on past it (企业|家精神) or a noun follows it (地方政府|专项债券): it is part
    of a longer noun phrase, not an actor. Only the few characters around the name's end are tagged."""
    tail = name[-4:]
    after = followed_by[:LOOKAHEAD]
    words = actor_words()
    if not after or words.predicate.match(after) or words.action_opener.match(after):
        return False
    position = 0
    for word in tagged(tail + after):
        position += len(word.word)
        if position == len(tail):
            break
        if position > len(tail):
            return True
    else:
        return False
    following = first_word(after)
    # 派出所民警要…, 水保局技术人员开展…: the unit's staff act for it; 电网企业代表全体用户…: a verb the dictionary
    # tags as a noun.
    if following.word in words.verbs_tagged_as_nouns or words.staff.search(following.word):
        return False
    return (following.flag in _NOUN_TAGS and words.predicate.match(following.word) is None
            and words.action_opener.match(following.word) is None)


def is_name(name: str, followed_by: str, after_by: bool = False) -> bool:
    """A name ending in a strong suffix or known to the gazetteer is a unit anywhere; one ending in
    another unit suffix only when a predicate or an adverb of time or measure follows it (服务办牵头…, 中心分别汇总…;
    不是 全部…) or 由 comes before it (由居委纳入…: 由 makes what follows its agent). Never one that is part of a longer noun phrase (地方政府专项债券),
    said to be something (…企业都是…) or counted (…企业达到1.5万家)."""
    words = actor_words()
    said_to_be = words.copula.match(followed_by) and not words.duty_holder.search(followed_by)
    if said_to_be or words.counted.match(followed_by) or _modifies_what_follows(name, followed_by):
        return False
    if words.strong_suffix.search(name) or _known_name(name) or after_by or words.adverb_after.match(followed_by):
        return True  # 每年/分别/及时… after a name: an adverb of its verb (…调度控制中心分别汇总…)
    return words.subject_predicate.match(words.list_closer.sub("", followed_by)) is not None


def _split_names(name: str) -> list[str]:
    """A list of actors → the names (`国家能源局及其派出机构、省级能源主管部门和供电企业` → three): a part
    that is no unit on its own stays with the next (各地价格、能源、电力运行主管部门 is one); a 、 inside
    brackets joins no names (各省（区、市）发展改革委 is one); a run of kinds of area stays with the next part
    when that goes on with a kind of area and opens no name of its own (各省、自治区、直辖市人民政府 is one,
    各区、管委会 two); a bare 政府 or 部门 last shares the words before the list (各级党委和政府 is one);
    特别是 parts two names whole (各省、自治区、直辖市特别是重点监视防御区所在地人民政府: the second stressed
    among the first)."""
    words = actor_words()
    names: list[str] = []
    pending = ""
    cursor = 0
    for found in words.list_joiner.finditer(name):
        if inside_brackets(name, found.start()):
            continue
        part = pending + name[cursor: found.start()]
        right = name[found.end():]
        bare = right in words.too_general and words.strong_suffix.fullmatch(right)  # 政府, 部门: no 其他有关部门
        if bare and part not in words.too_general and looks_like_unit(part):
            break  # 各级党委和政府: the bare 政府 shares the words before 党委, one name as written (省有关部门和单位: none)
        areas = vocabulary().area_collective.match(part) and (
            found.group() in words.emphasis or opens_own_name(part, right) or not vocabulary().area_first.match(right))
        its = right.startswith("其") and not right.startswith("其他")  # 国家能源局及其派出机构: one name, as written
        if (looks_like_unit(part) or areas) and not its:
            names.append(part)
            pending = ""
        elif words.party_end.search(part):
            pending = ""  # 购买方和发电企业: a party of its own, no unit, no field word of the next name
        else:
            pending = part + found.group()
        cursor = found.end()
    last = name[cursor:]
    names.append(last if last in words.too_general else pending + last)  # 市场机制和政府: no field words of 政府
    return names


def names_of(name: str) -> list[str]:
    """The usable names of a list, without the words around them (财政部等有关部门 → 财政部) or the short
    name the text gives one (广西电力交易中心（以下简称交易中心） → 广西电力交易中心)."""
    parts = (_past_seat(_without_list_ends(actor_words().abbreviation.sub("", part))) for part in _split_names(name))
    return [part for part in parts if usable(part)]


def _past_seat(name: str) -> str:
    """The unit of a place named after where another sits (市人民政府所在地西秀区人民政府 → 西秀区人民政府), else the
    name: 重点监视防御区所在地人民政府 and 购房所在地房产管理部门 name no place after it."""
    for found in actor_words().seat.finditer(name):
        rest = name[found.end():]
        if looks_like_unit(rest) and classify_unit(rest, UNKNOWN_LEVEL, None).level not in (UNKNOWN_LEVEL, OTHER_LEVEL):
            return rest
    return name


def _without_list_ends(name: str) -> str:
    """The name without the words around a list (省统计局等部门 → 省统计局), unless they hold its only unit
    word: 区发展改革、规划资源等部门 names the departments of two fields, as written."""
    stripped = strip_list_ends(name)
    if looks_like_unit(stripped) or not looks_like_unit(name):
        return stripped
    return vocabulary().list_head.sub("", name.strip())


def usable(name: str) -> bool:
    bare = strip_brackets(name).strip()
    if len(bare) < 2:  # 乡（镇）: the bracket holds another kind of the same area
        bare = "".join(ch for ch in name if ch not in OPENING_BRACKETS + CLOSING_BRACKETS).strip()
    is_unit = looks_like_unit(bare) or vocabulary().area_collective.match(bare) is not None
    words = actor_words()
    staff = any(bare.endswith(found.group()) for found in words.staff.finditer(bare))  # 居委老龄干部: people
    return (is_unit and not staff and bare not in words.too_general and len(bare) >= 2
            and not words.not_in_name.search(bare))
