"""The words gongwen/tasks/actors.py reads a task's actors by, compiled once from tasks_vocabulary.yaml's `actors`."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from gongwen.tasks.vocabulary import vocabulary, vocabulary_data
from gongwen.text.chars import DECIMAL, HAN
from gongwen.text.numerals import CHINESE_NUMERAL_CHARS
from gongwen.text.patterns import alternation

_FIGURE = rf"{DECIMAL}(?:[-－~～—至]{DECIMAL})?"  # 10, 1.5, 10-15

# 由 and 请 make the unit after them the agent of the verb that follows (由居委纳入…, 请各区持续推进…).
AGENT_OPENERS = ("由", "请")


@dataclass(frozen=True)
class ActorWords:
    openers: re.Pattern[str]
    opener_words: frozenset[str]
    opener_compound: re.Pattern[str]
    duty_after: re.Pattern[str]
    abbreviation: re.Pattern[str]
    list_closer: re.Pattern[str]
    adverb_after: re.Pattern[str]
    subject_predicate: re.Pattern[str]
    lead_after: re.Pattern[str]
    action_opener: re.Pattern[str]
    action_anywhere: re.Pattern[str]
    too_general: frozenset[str]
    not_in_name: re.Pattern[str]
    demonstrative: re.Pattern[str]
    condition_openers: frozenset[str]
    not_after: frozenset[str]
    suffix: re.Pattern[str]
    strong_suffix: re.Pattern[str]
    predicate: re.Pattern[str]
    name_word: re.Pattern[str]
    place_of_action: str
    seat: re.Pattern[str]
    party_end: re.Pattern[str]
    partners: re.Pattern[str]
    qualified: re.Pattern[str]
    qualified_kind: re.Pattern[str]
    mid_opener: re.Pattern[str]
    partner_openers: frozenset[str]
    inner_partner_openers: frozenset[str]
    no_agent_words: frozenset[str]
    verbs_tagged_as_nouns: frozenset[str]
    attributives: frozenset[str]
    copula: re.Pattern[str]
    counted: re.Pattern[str]
    duty_holder: re.Pattern[str]
    list_joiner: re.Pattern[str]
    emphasis: frozenset[str]
    staff: re.Pattern[str]
    role_noun_end: re.Pattern[str]
    inner_preposition: re.Pattern[str]
    inner_preposition_words: frozenset[str]
    located_in: re.Pattern[str]
    organises: re.Pattern[str]
    together: re.Pattern[str]
    setting_up: re.Pattern[str]
    alongside: re.Pattern[str]
    housed_in: re.Pattern[str]
    membership: tuple[re.Pattern[str], ...]
    places_as_a_whole: frozenset[str]
    duty_modal: re.Pattern[str]
    word_bound: frozenset[str]  # one-character suffixes that end no name inside a word (城乡建设, 所在地)
    ordinal_mark: str
    max_chars: int
    max_area_chars: int


@functools.cache
def actor_words() -> ActorWords:
    data = vocabulary_data()
    actors = data["actors"]
    return ActorWords(
        openers=re.compile(rf"^(?!{alternation(actors['opener_compounds'])})(?:{alternation(actors['openers'])})+"),
        opener_words=frozenset(actors["openers"]),
        opener_compound=re.compile(rf"^(?:{alternation(actors['opener_compounds'])})"),
        duty_after=re.compile(rf"(?:{alternation(actors['duty_words'])})"),
        list_closer=re.compile(rf"^(?:{alternation(actors['list_closers'])})?(?:{alternation(actors['time_adverbs'])})?"),
        adverb_after=re.compile(rf"^(?:{alternation(actors['list_closers'])})?(?:{alternation(actors['time_adverbs'])})"),
        subject_predicate=re.compile(rf"(?:{alternation(actors['predicates'])}|{alternation(actors['subject_verbs'])})"),
        abbreviation=re.compile(
            rf"[（(](?:{alternation(actors['abbreviation_marks'])})\s*[“\"]?\s*(?P<name>[{HAN}]{{2,12}})\s*[”\"]?\s*[）)]"),
        lead_after=re.compile(rf"^(?:{alternation(actors['lead_words'])})"),
        action_opener=re.compile(rf"^(?:{alternation(actors['action_openers'])})"),
        action_anywhere=re.compile(alternation(w for w in actors["action_openers"] if len(w) > 1)),
        too_general=frozenset(actors["too_general"]),
        not_in_name=re.compile(alternation(actors["not_in_names"])),
        demonstrative=re.compile(rf"^(?:{alternation(actors['demonstratives'])})"),
        condition_openers=frozenset(actors["condition_openers"]),
        not_after=frozenset(actors["not_after"]),
        suffix=re.compile(alternation(data["unit_suffixes"])),
        strong_suffix=re.compile(rf"(?:{alternation(actors['strong_suffixes'])})$"),
        predicate=re.compile(alternation(actors["predicates"])),
        name_word=re.compile(alternation([*actors["name_words"], *actors["emphasis_joiners"]])),
        place_of_action=str(actors["place_of_action"]),
        seat=re.compile(alternation(actors["seat_words"])),
        party_end=re.compile(rf"(?:{alternation(actors['party_ends'])})$"),
        qualified=re.compile(rf"^(?P<qualifier>{alternation(actors['qualifiers'])})(?P<kinds>[{HAN}、]{{2,30}}?)"
                             rf"(?:{alternation(actors['qualified_modals'])})"),
        qualified_kind=re.compile(rf"(?:{alternation(actors['qualified_kinds'])}|{alternation(data['unit_suffixes'])})$"),
        **_partner_words(actors),
        verbs_tagged_as_nouns=frozenset(actors["verbs_tagged_as_nouns"]),
        attributives=frozenset(actors["attributives_tagged_as_verbs"]),
        copula=re.compile(rf"^(?:{alternation(actors['copula_adverbs'])})?(?:{alternation(actors['copulas'])})"),
        counted=re.compile(rf"^(?:(?:{alternation(actors['count_verbs'])})[\d{CHINESE_NUMERAL_CHARS}万]"
                           rf"|{_FIGURE}(?:{alternation(actors['count_measures'])})(?!工作日))"),
        duty_holder=re.compile(rf"(?:{alternation(actors['duty_holders'])})$"),
        list_joiner=re.compile(rf"、|{vocabulary().conjunction.pattern}|{alternation(actors['emphasis_joiners'])}"),
        emphasis=frozenset(actors["emphasis_joiners"]),
        staff=re.compile(alternation(actors["staff_nouns"])),
        role_noun_end=re.compile(rf"^(?:{alternation(actors['role_noun_ends'])})$"),
        inner_preposition=re.compile(
            rf"(?<=.)(?:{alternation(actors['inner_prepositions'])})"
            rf"(?=(?:{alternation(data['level_initials'])}|{alternation(data['collective_openers'])}))"),
        inner_preposition_words=frozenset(actors["inner_prepositions"]),
        located_in=re.compile(rf"^在(?:{alternation(actors['located_in'])})"),
        word_bound=frozenset(actors["word_bound_suffixes"]),
        organises=re.compile(alternation(actors["organise_words"])),
        together=re.compile(alternation(actors["together_words"])),
        setting_up=re.compile(alternation(actors["setting_up"])),
        alongside=re.compile(alternation(actors["alongside_words"])),
        housed_in=re.compile(alternation(actors["housed_in"])), membership=_membership(actors),
        places_as_a_whole=frozenset(actors["places_as_a_whole"]),
        duty_modal=re.compile(alternation(actors["duty_modals"])),  # used with match: anchored where it starts
        ordinal_mark=str(actors["ordinal_mark"]),
        max_chars=int(actors["max_name_chars"]),
        max_area_chars=int(actors["max_area_chars"]),
    )


def _membership(actors: dict) -> tuple[re.Pattern[str], ...]:
    """Where a clause names a standing body's convenors or members, each in the group `names`: 成员由A、B组成,
    A、B为成员, A为(副)召集人单位 (each of a run), 由A召集."""
    members, verbs = alternation(actors["member_words"]), alternation(actors["member_verbs"])
    copula, convene = alternation(actors["member_copulas"]), alternation(actors["convene_verbs"])
    convenors, lead_in = alternation(actors["convenor_words"]), alternation(actors["convenor_lead_in"])
    return (
        re.compile(rf"(?:{members})(?:{verbs})(?P<names>.+?)(?:{alternation(actors['member_close'])})?$"),
        re.compile(rf"^(?P<names>.+?)(?:{copula})(?:{members})$"),
        re.compile(rf"(?:^|、)(?P<names>[^、]+?)(?:{copula})(?:{lead_in})?(?:{convenors})"),
        re.compile(rf"(?:{alternation(actors['convened_by'])})(?P<names>.+?)(?:{convene})$"),
    )


def _partner_words(actors: dict) -> dict:
    """The words that make units partners in the work (配合X, 会同X, A与B的协同) or agents (由X, 请X)."""
    return {
        "partners": re.compile(
            rf"^(?:{alternation(actors['partner_lead_in'])})*(?P<units>.+?)的(?:{alternation(actors['partner_words'])})$"),
        "mid_opener": re.compile(alternation([*actors["partner_openers"], *AGENT_OPENERS])),
        "partner_openers": frozenset(actors["partner_openers"]),
        "inner_partner_openers": frozenset(actors["inner_partner_openers"]),
        "no_agent_words": frozenset(actors["no_agent_words"]),
    }
