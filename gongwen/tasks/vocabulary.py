"""The words plans are read by (tasks_vocabulary.yaml), compiled once into the patterns the other
modules of gongwen.tasks use."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from gongwen.metadata.keywords import keywords
from gongwen.text.chars import HAN
from gongwen.text.patterns import Guarded, alternation
from gongwen.text.resources import read_yaml


@dataclass(frozen=True)
class Vocabulary:
    label: re.Pattern[str]  # a clause label and its colon; groups: the label
    blank_before_label: re.Pattern[str]  # blanks that part two labelled lists: 牵头单位：A　责任单位：B
    label_roles: dict[str, str]
    verb: re.Pattern[str]  # a role verb ending a unit list
    manner_tail: re.Pattern[str]  # 等按职责分工 ending a clause a page cut before its role verb
    verb_then_list: re.Pattern[str]  # a role verb, then 、 and the next unit list (A牵头负责、B组织落实)
    verb_roles: dict[str, str]
    role_verb_at: re.Pattern[str]  # a role verb where it is matched (组织实施: the 组织 that also ends names)
    joint: re.Pattern[str]  # 会同: the unit before it does the work, the units after it take part
    list_tail: re.Pattern[str]
    list_head: re.Pattern[str]
    role_mark: re.Pattern[str]  # a role word in brackets after a unit: 市发改委（牵头）
    unit_suffix: re.Pattern[str]  # anchored at the end: see ends_like_unit
    unit_suffix_reach: int  # how far from the end unit_suffix can look: its longest word, and a final newline
    area_collective: re.Pattern[str]
    collective_area: re.Pattern[str]  # 各市…, 有关县…: a collective opener, then a kind of area
    area_first: re.Pattern[str]  # 县市区人民政府, 自治区…: a kind of area first
    collective: re.Pattern[str]  # a collective opener: 各, 有关, 相关
    own_level: re.Pattern[str]  # a name opening with its own level word, then no other area: 区建设管理委
    conjunction: re.Pattern[str]  # 和 / 及 between two unit names
    level_initials: frozenset[str]
    lead_first: Guarded
    lead_mark: Guarded  # 标☆的为牵头单位: a sentence saying which sign marks the lead
    lead_marks: tuple[str, ...]  # ☆, ★: signs opening the lead unit's name
    implicit_unit: Guarded
    group_lead: re.Pattern[str]
    implicit_tail: re.Pattern[str]  # at the end of a clause's segment
    implicit_tail_in_line: re.Pattern[str]  # anywhere in a line: lines without it hold no implicit tail
    same_below: re.Pattern[str]
    note: re.Pattern[str]
    deadline: re.Pattern[str]  # any of deadline_patterns (each anchored at both ends)
    deadline_date_forms: dict[str, re.Pattern[str]]  # form → pattern with groups y, m, d, q, h
    ongoing: re.Pattern[str]  # work that goes on: 长期坚持, 持续推进
    table_headers: dict[str, str]  # header word → column role
    target_columns: frozenset[str]  # task columns naming a target (年度目标): data beside another task column
    main_responsible_columns: frozenset[str]  # 主要责任单位: the lead's column beside a column of helpers
    table_header: re.Pattern[str]
    deadline_cell: re.Pattern[str]
    empty_cells: frozenset[str]  # what an office writes in an empty table cell: /, —, 无
    closing_line: re.Pattern[str]
    attachment_line: re.Pattern[str]
    form_blank: re.Pattern[str]
    frame_heading: re.Pattern[str]
    aim_heading: re.Pattern[str]  # …of a part that states a plan's aims (总体要求, 主要目标), matched whole
    looking_back: re.Pattern[str]
    date_line: re.Pattern[str]
    signature: re.Pattern[str]
    detached_line: re.Pattern[str]
    box_opening: re.Pattern[str]
    table_note: re.Pattern[str]


def _any_of(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


def _guarded(data: dict, name: str) -> Guarded:
    """A convention pattern with the word it cannot match without (convention_words)."""
    word, pattern = data["convention_words"][name], data["convention_patterns"][name]
    if word not in pattern:
        raise ValueError(f"convention_words: {name}'s pattern does not hold {word}")
    return Guarded(word, re.compile(pattern))


def _by_word(groups: dict[str, list[str]]) -> dict[str, str]:
    """{role: [words]} → {word: role}."""
    return {w: role for role, words in groups.items() for w in words}


@functools.cache
def vocabulary_data() -> dict:
    """tasks_vocabulary.yaml as read, once: vocabulary() compiles most of it, actors.py its `actors` part."""
    return read_yaml("tasks_vocabulary.yaml")


@functools.cache
def vocabulary() -> Vocabulary:
    data = vocabulary_data()
    label_roles = _by_word(data["clause_labels"])
    verb_roles = _by_word(data["role_verbs"])
    header_roles = _by_word(data["table_headers"])
    conventions = data["convention_patterns"]
    manners = alternation(data["role_verb_manners"])
    openers = alternation(data["collective_openers"])
    areas = alternation(data["area_words"])
    return Vocabulary(
        label=re.compile(rf"^\s*({alternation(label_roles)})\s*[：:]\s*"),
        blank_before_label=re.compile(rf"(?<=\S)\s+(?=(?:{alternation(label_roles)})\s*[：:])"),
        label_roles=label_roles,
        verb=re.compile(rf"(?:{manners})*({alternation(verb_roles)})$"),
        manner_tail=re.compile(rf"(?:{alternation(data['actors']['list_closers'])})?(?:{manners})+$"),
        verb_then_list=re.compile(rf"(?<=[{HAN})）])(?:{manners})*(?:{alternation(verb_roles)})(?=、)"),
        verb_roles=verb_roles,
        role_verb_at=re.compile(alternation(verb_roles)),
        joint=re.compile(rf"{alternation(data['joint_words'])}|{data['joint_short_pattern']}"),
        list_tail=re.compile(rf"(?:{data['list_tail_kinds']}|{alternation(data['list_tails'])})$"),
        list_head=re.compile(rf"^(?:{alternation(data['list_heads'])})"),
        role_mark=re.compile(rf"[（(]({alternation(verb_roles)})(?:单位|部门)?[）)]$"),
        unit_suffix=re.compile(rf"^(?!.*(?:{alternation(data['not_unit_endings'])})$).*(?:{alternation(data['unit_suffixes'])})$", re.S),
        unit_suffix_reach=max(map(len, data["not_unit_endings"] + data["unit_suffixes"])) + 1,
        area_collective=re.compile(rf"^(?:{openers})(?:{areas}|[、（）()])+$"),
        collective_area=re.compile(rf"^(?:{openers})(?:{areas})"),
        area_first=re.compile(rf"^(?:{areas})"),
        collective=re.compile(rf"^(?:{openers})"),
        own_level=re.compile(rf"^(?:{alternation(w for w in data['level_initials'] if w != '各')})(?!{areas})"),
        conjunction=re.compile(alternation(data["conjunctions"])),
        level_initials=frozenset(data["level_initials"]),
        lead_first=_guarded(data, "lead_first"),
        lead_mark=_guarded(data, "lead_mark"),
        lead_marks=tuple(data["lead_marks"]),
        implicit_unit=_guarded(data, "implicit_unit"),
        group_lead=re.compile(conventions["group_lead"]),
        implicit_tail=re.compile(conventions["implicit_tail"]),
        implicit_tail_in_line=re.compile(conventions["implicit_tail"].removesuffix("$")),
        same_below=re.compile(conventions["same_below"]), note=re.compile(conventions["note"]),
        deadline=_any_of(data["deadline_patterns"]),
        deadline_date_forms={form: re.compile(p) for form, p in data["deadline_date_forms"].items()},
        ongoing=re.compile(alternation(data["ongoing_phrases"])),
        table_headers=header_roles,
        target_columns=frozenset(data["target_columns"]),
        main_responsible_columns=frozenset(data["main_responsible_columns"]),
        table_header=re.compile(rf"^(?:{data['table_header_year']})?(?P<word>{alternation(header_roles)})$"),
        deadline_cell=_any_of(data["deadline_cell_patterns"]),
        empty_cells=frozenset(str(word) for word in data["empty_cells"]),
        closing_line=_any_of(data["closing_line_patterns"] + data["date_line_patterns"] + [data["attachment_line_pattern"]]),
        attachment_line=re.compile(data["attachment_line_pattern"]),
        form_blank=re.compile(data["form_blank_pattern"]),
        frame_heading=re.compile(alternation(data["aim_headings"] + data["frame_headings"])),
        aim_heading=re.compile(alternation(data["aim_headings"])),
        looking_back=re.compile(alternation(data["looking_back_headings"])),
        date_line=_any_of(data["date_line_patterns"]),
        signature=re.compile(rf"^[{HAN}（）()]{{2,40}}(?:{keywords().organization_suffix})$"),
        detached_line=_any_of(data["detached_line_patterns"]),
        box_opening=_any_of(data["box_opening_patterns"]),
        table_note=_any_of(data["table_note_patterns"]),
    )


def ends_like_unit(text: str) -> bool:
    """Whether `text` ends with a unit's suffix and with no word that only ends like one (unit_suffix), read on
    its last characters alone: the pattern is anchored at the end, and reading a long text from its start is slow."""
    words = vocabulary()
    return words.unit_suffix.search(text[-words.unit_suffix_reach:]) is not None
