"""The target grammar: the words of `resources/indicators_grammar.yaml` and the units of `units.csv`,
compiled once into the patterns every reader of targets (sentences and tables) uses."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from gongwen.indicators.review_words import ReviewWords, review_words
from gongwen.indicators.table_words import TableWords, table_words
from gongwen.text.chars import DECIMAL, DIGIT, DIGIT_CHARS, HAN, ITEM_MARKS
from gongwen.text.numerals import CHINESE_DIGITS, CHINESE_NUMERAL_CHARS, MAGNITUDES
from gongwen.text.patterns import alternation
from gongwen.text.resources import read_csv, read_yaml

NUMERAL_START = DIGIT_CHARS | set(CHINESE_DIGITS + "十百千")
WIDTH = str.maketrans({"％": "%"})


@dataclass(frozen=True)
class Unit:
    name: str
    base: str
    factor: float
    kind: str  # percent | points | ratio | money | count | measure | time | grade (6级地震) | index
    count_first: bool  # may stand before the noun it counts (4家集团, 400万亩高标准农田)


# The unit of an index or a coefficient, which is written with none (健康浙江发展指数达85)
DIMENSIONLESS = Unit("", "", 1.0, "index", False)


@dataclass(frozen=True)
class Grammar:
    value: re.Pattern[str]
    value_opening: re.Pattern[str]  # a character every match of `value` opens with
    units: dict[str, Unit]
    qualifiers_before: tuple[tuple[str, str], ...]  # longest first
    qualifiers_after: dict[str, str]
    qualifiers_inside: dict[str, str]
    bounding_verbs: dict[str, str]
    level_verb_tail: re.Pattern[str]
    count_verb_tail: re.Pattern[str]
    count_verb_lead: re.Pattern[str]
    count_verb_near: re.Pattern[str]  # a count verb with a few words before the count (建成中心城区)
    within_years: re.Pattern[str]  # 2年内 opening a count verb's clause: how long, nothing counted
    activity_verbs: re.Pattern[str]
    activity_endings: tuple[str, ...]
    forecast_words: tuple[str, ...]
    share_first: re.Pattern[str]  # after a value: [的]noun verb (…40%以上面积达到…)
    object_count: re.Pattern[str]  # before a count: 对[place] (对全区1918个垃圾箱房进行升级改造)
    object_verbs: tuple[str, ...]
    share_part_words: tuple[str, ...]  # 其中50%…: a part of the figure before, no share opening a clause
    possession_verb: re.Pattern[str]  # at a phrase end: 建有, 设有, 有 (每个镇建有1个…)
    per_unit_holder: re.Pattern[str]  # before it: the places each holding the count (每个镇, 各区…, X各)
    value_closers: tuple[str, ...]
    forecast_source_words: tuple[str, ...]
    rate_basis: re.Pattern[str]  # (省级)按照: how an amount is computed
    perfective_markers: tuple[str, ...]
    reported_work: re.Pattern[str]  # 进行了, 完成了: a sentence reporting work done
    ground_openings: tuple[str, ...]
    reached_ground: re.Pattern[str]  # 在…基础上: a clause naming what has been reached
    past_period: re.Pattern[str]  # 近5年来, / …会议以来, / 1至9月, : a clause naming a period up to now
    present_opening: re.Pattern[str]  # 目前, 1-2月, : a sentence stating how things stand now
    achieved_sentence: re.Pattern[str]  # 连续39年居全国首位, 超额完成: a sentence stating what stands achieved
    condition_opening: re.Pattern[str]  # 若…, 如果…: a clause stating a condition
    award: re.Pattern[str]  # 给予, 奖励, 满100元减: a sum granted
    award_condition: re.Pattern[str]  # …以上的，一次性奖励: conditions closed by 的 before a grant
    award_cap: re.Pattern[str]  # 最高, 最多: a cap on a grant
    award_holder: re.Pattern[str]  # right after a value: …以上的旅行社、户外团队进行奖励 (who qualifies, then a grant)
    step: re.Pattern[str]  # 每增加 before a value: the step of a rate
    charge: re.Pattern[str]  # 保管费每年 before a sum per quantity: a charge a rule sets
    figureless_sentence: re.Pattern[str]  # 法定人数, 所称…是指 in the sentence: a roll call, a term defined
    designating_verbs: frozenset[str]  # 确定: with 为 after the things counted, names who takes a role
    designation_word: str
    describing_verb: re.Pattern[str]  # 提出, 明确: what a document holds, its parts counted after (document_part)
    document_part: re.Pattern[str]  # (主要)任务, 措施, 方面: the parts of a document a count after describing_verb names
    parts_counted: re.Pattern[str]  # (分解任务 / (共计 right before a count of items in brackets
    describing_metric_endings: tuple[str, ...]  # 占地, 负担 closing a metric: a thing or a rule described
    noun_purpose: re.Pattern[str]  # 用于 after a counted noun: its use, no part of it
    aside: re.Pattern[str]  # (不含…) closing a metric phrase
    recent_period_qualifiers: tuple[str, ...]  # 近3年: a recent period, no bounded duration
    duration_metric_endings: tuple[str, ...]  # 受教育年限: a metric that is a length of time, its years a level
    disposal_openings: tuple[str, ...]  # 将 before a count of things placed or turned into something
    disposal_verb: re.Pattern[str]  # 纳入, 更换为: what is done with the things counted after 将
    completion: re.Pattern[str]  # after a count: things, 任务, 全面完成 (…灾损农房新建任务全面完成)
    amount_verb: re.Pattern[str]  # 新增 right before a measure: an amount of what follows it, not a kind
    capacity: re.Pattern[str]  # after a value: what it measures 的 head (地震|的|能力)
    capacity_verb: re.Pattern[str]  # 具备, 形成: before a value inside a capacity
    base_pronouns: tuple[str, ...]
    sum_words: tuple[str, ...]
    length_after: re.Pattern[str]  # 长 right before a number, after a count (农沟176条|长89.9公里)
    length_words: tuple[str, ...]
    length_metric: str
    enumeration_markers: tuple[str, ...]
    enumeration_reach: int
    planned_rate_frames: dict[str, str]
    level_nouns: tuple[str, ...]
    metric_trailing: re.Pattern[str]
    change_words: frozenset[str]
    change_bases: tuple[str, ...]
    rate_of_change_endings: tuple[str, ...]
    lead: re.Pattern[str]
    scope: re.Pattern[str]
    baseline_markers: tuple[str, ...]
    achievement_markers: tuple[str, ...]
    name_markers: frozenset[str]
    list_joiners: tuple[str, ...]
    name_joiners: frozenset[str]
    value_joiners: frozenset[str]
    respectively: str
    alike: str
    rate_joiner: str  # 和 between metrics before a change: they share its rate
    alike_not_after: tuple[str, ...]
    respectively_shared_openings: tuple[str, ...]
    cumulative_words: tuple[str, ...]
    year_mention: re.Pattern[str]
    year_not_before: frozenset[str]
    year_prepositions: frozenset[str]  # 到, 至 …: a year after one is a year even out of range (到2300年)
    year_not_after: tuple[str, ...]
    opening_year_prefixes: frozenset[str]
    relative_years: dict[str, int]
    years_in_discussion: frozenset[str]
    implied_units: tuple[tuple[str, str], ...]
    bare_yi_unit: str
    bare_yi_count_unit: str
    bare_yi_count_endings: tuple[str, ...]
    bare_yi_money_words: tuple[str, ...]
    noun_trailing: re.Pattern[str]
    canonical_prefix_blockers: tuple[str, ...]
    canonical_population_blockers: tuple[str, ...]
    table: TableWords
    review: ReviewWords

    def unit_of(self, value: re.Match[str]) -> Unit | None:
        """The unit a match of `value` is written with (5个 → 个), None where it has none or one not in units.csv."""
        return self.units.get(value.group("unit") or "")

    def change_ending(self, metric: str) -> str | None:
        """The longest change word the metric ends with (人均财政补助标准提高 → 提高), None where it ends with none."""
        return max((word for word in self.change_words if metric.endswith(word)), key=len, default=None)


class _Words(dict):
    """The grammar file's sections; a missing one is named in the error."""

    def __missing__(self, key: str):
        raise ValueError(f"indicators_grammar.yaml: no section {key!r}")


def _read_units() -> dict[str, tuple[Unit, str]]:
    """units.csv: unit as written, base unit, factor to it, kind, whether it may count a noun that
    follows (count_first), and the characters it must not stand before (人 is no unit in 人口)."""
    units: dict[str, tuple[Unit, str]] = {}
    for number, row in enumerate(read_csv("units.csv"), start=1):
        try:
            unit = Unit(row["unit"], row["unit_base"], float(row["factor"]), row["kind"], row["count_first"] == "yes")
        except (KeyError, ValueError) as error:
            raise ValueError(f"units.csv row {number}: bad row {row!r} ({error})") from None
        units[unit.name] = (unit, row.get("not_before") or "")
    return units


def _unit_pattern(units: dict[str, tuple[Unit, str]], after: str) -> str:
    """Every unit, longest first, each kept from standing before the characters it must not (人 in 人口),
    unless they open a qualifier written after a value or a word that follows a unit whole (`after`: 1所以上 is a
    unit, 所以 is none; 10个人工智能…)."""
    return (
        "|".join(
            re.escape(name) + (f"(?!(?!{after})[{re.escape(not_before)}])" if not_before else "")
            for name, (_, not_before) in sorted(units.items(), key=lambda item: len(item[0]), reverse=True)
        )
        + "|％"
    )


def _value_pattern(words: _Words, units: dict[str, tuple[Unit, str]]) -> re.Pattern[str]:
    """A number with its magnitude, inside qualifier, unit and after qualifier: 1.2万亩以上, 1900多个, 1700多万吨."""
    unit_pattern = _unit_pattern(units, alternation([*words["qualifiers_after"], *words["unit_followers"]]))
    # 百 alone before what it counts, after its verb (突破百项前沿关键核心技术, 打造百家领军企业): not in a slogan's
    # list (“百个大空间、千个链接点…”, 千里绿廊和百座公园) nor in 千家万户
    counts = alternation(name for name, (unit, _) in units.items() if unit.kind == "count")
    chinese = (f"(?:[{CHINESE_DIGITS}十][{CHINESE_NUMERAL_CHARS}]*|[百千](?=[万亿])"
               f"|(?<=[{HAN}])(?<![“、和及与])百(?=(?:{counts})(?![万千百])))")
    magnitudes = alternation(MAGNITUDES)
    inside = alternation(words["qualifiers_inside"])
    # 超万亿元: the magnitude alone after a word bounding it, its numeral left unwritten (an empty `num`: one of it)
    lone = "|".join(f"(?<={re.escape(word)})" for word in words["lone_magnitude_after"])
    chinese += rf"|(?:{lone})(?={re.escape(words['lone_magnitude'])})"
    # 百分之九十 (a share written out in words) is a percentage: its numeral carries no unit of its own.
    # 健康浙江发展指数达85: a bare number after a unitless measure's reaching verb; 医护比不低于1:1.2: a ratio's second term
    bare, ratio = ("|".join(f"(?<={re.escape(noun + verb)})" for noun in nouns for verb in words["dimensionless_verbs"])
                   for nouns in (words["dimensionless_nouns"], [words["ratio_noun"]]))
    return re.compile(
        rf"(?<![A-Za-z_.{DIGIT}])(?:{re.escape(words['percent_word'])}"
        rf"(?P<percent>{DECIMAL}|{chinese})"
        rf"|(?P<num>{DECIMAL}|{chinese})"
        rf"(?=(?:{magnitudes}|{inside}|{unit_pattern}))"
        rf"(?:(?P<inside_magnitude>{inside})(?={magnitudes}))?"  # 1700多万吨: the bound before the magnitude
        rf"(?P<mag>{magnitudes})?(?P<inside>{inside})?(?P<unit>{unit_pattern})?"
        rf"|(?=[{DIGIT}])(?:{bare})(?P<bare>{DECIMAL})(?![{DIGIT}.:：])"
        rf"|(?=1)(?:{ratio})1[:：](?P<ratio>{DECIMAL})(?![{DIGIT}.:：]))"
        rf"(?P<after>{alternation(words['qualifiers_after'])})?"
    )


def _object_count_pattern(words: _Words) -> re.Pattern[str]:
    """Before a count: [who 将]对[place] (对全区1918个垃圾箱房…), or the things counted (对各乡镇老化破损闸门467处…)."""
    reach, subject, noun = (int(words[key]) for key in ("count_verb_reach", "object_subject_reach", "object_noun_reach"))
    return re.compile(rf"^(?:[{HAN}]{{0,{subject}}}?(?:{alternation(words['object_openers'])}))?(?:{alternation(words['object_prepositions'])})"
                      rf"(?:(?P<place>[{HAN}]{{0,{reach}}})|(?P<noun>[{HAN}]{{{reach + 1},{noun}}}))$")


def _lead_pattern(words: _Words) -> re.Pattern[str]:
    """What opens a metric phrase and is no part of the metric: years, deadlines, periods, hedges, list commas, a list
    of sectors (…等领域), a headline's lead-in naming the document issued (《X规划》印发), and the ordinal of the item whose first sentence states the figure (一、天津地区…总规模暂定为345亿千瓦时)."""
    prepositions = alternation(words["year_prepositions"])
    year = rf"(?:(?:{prepositions})?(?:19|20)[0-9]{{2}}|(?:{prepositions})[1-9][0-9]{{3}})"  # 到2300年 as well
    year_phrase = rf"{year}年(?:底|末)?(?:前|内)?"
    month_deadline = r"(?<!\d)(?:1[0-2]|[1-9])月(?:底|末|上旬|中旬|下旬)?(?:前|内)"  # 12月底前开工建设200部
    span_of_effort = r"(?:利用|用|经过)[一二三四五六七八九十两\d]{1,2}年(?:左右)?(?:的)?(?:时间|努力)"  # 利用三年时间完成植树
    period_phrase = r"“?十[一二三四五六七八九]五”?(?:期间|时期|期末|末)?"
    item_ordinal = (r"[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、](?![\d.．])"
                    r"|第[一二三四五六七八九十百零\d ]{1,6}条")
    scope_list = rf"[^，,。；;：:]{{2,40}}?(?:{alternation(words['metric_scope_list_ends'])})"  # 工业、农业…等领域
    document_issued = rf"《[^《》]{{2,80}}》(?:{alternation(words['metric_document_verbs'])})"  # 《X规划》印发
    alternatives = "|".join(
        [year_phrase, month_deadline, span_of_effort, period_phrase, alternation(words["relative_years"]), alternation(words["metric_lead_words"]),
         item_ordinal, scope_list, document_issued]
    )
    return re.compile(rf"^(?:{alternatives}|[,，、\s{re.escape(ITEM_MARKS)}])+")


def _scope_pattern(words: _Words) -> re.Pattern[str]:
    """Whose figure a metric is, at its start: 全省, or a place name ending in a place suffix (遵义市)."""
    name_not_ending = "".join(words["scope_name_not_ending"])
    suffix_not_before = "".join(words["scope_suffix_not_before"])
    return re.compile(
        rf"^(?:{alternation(words['scope_whole_words'])}"
        rf"|[{HAN}]{{1,5}}?(?![{name_not_ending}])[{HAN}]"
        rf"(?:{alternation(words['scope_place_suffixes'])})(?![{suffix_not_before}]))"
    )


def _year_mention_pattern(words: _Words) -> re.Pattern[str]:
    """A year as a sentence names it: 2028年, 2021—2025年, “十五五”, 全年; any four digits after 到/至 …
    (到2300年): a typo there is still the target's year, for the gate to see, not text to skip."""
    prepositions = "".join(p for p in words["year_prepositions"] if len(p) == 1)
    return re.compile(
        rf"(?P<year>(?:19|20)[0-9]{{2}}|(?<=[{prepositions}])[1-9][0-9]{{3}})"
        r"(?:[—\-–~～至到](?P<end>(?:19|20)[0-9]{2}))?年"
        r"|“?十(?P<plan>[一二三四五六七八九])五”?"
        rf"|(?<![{CHINESE_DIGITS}十两0-9])(?P<relative>{alternation(words['relative_years'])})"
    )


def _count_verb_near_pattern(words: _Words) -> re.Pattern[str]:
    """A count verb and the few words after it up to the count (建成|中心城区), unless they end comparing (营收超)."""
    not_ending = "".join(f"(?<!{re.escape(word)})" for word in words["count_gap_not_ending"])
    return re.compile(rf"(?P<verb>{alternation(words['count_verbs'])})(?P<gap>[{HAN}]{{1,{int(words['count_verb_reach'])}}}){not_ending}$")


def _share_first_pattern(words: _Words) -> re.Pattern[str]:
    """After a share: what it is of and the verb it reaches by, to the clause end (面积|达到|海绵城市建设目标要求)."""
    return re.compile(rf"的?(?P<noun>[{HAN}]{{0,{int(words['share_first_reach'])}}}?)"
                      rf"(?P<verb>{alternation(words['share_first_verbs'])})(?P<rest>[^,，;；:：。!！?？\n]*)")


@cache
def grammar() -> Grammar:
    """The compiled grammar (read once)."""
    words = _Words(read_yaml("indicators_grammar.yaml"))
    units = _read_units()
    level_verbs = list(words["level_verbs"]) + list(words["bounding_verbs"])
    return Grammar(
        value=_value_pattern(words, units),
        value_opening=re.compile(f"[{re.escape(''.join(sorted(NUMERAL_START | {words['lone_magnitude'][0]})))}]"),
        units={name: unit for name, (unit, _) in units.items()} | {"％": units["%"][0]},
        qualifiers_before=tuple(sorted(words["qualifiers_before"].items(), key=lambda kv: -len(kv[0]))),
        qualifiers_after=words["qualifiers_after"],
        qualifiers_inside=words["qualifiers_inside"],
        bounding_verbs=words["bounding_verbs"],
        level_verb_tail=re.compile(rf"(?:{alternation(level_verbs)})+$"),
        count_verb_tail=re.compile(rf"(?:{alternation(words['count_verbs'])})$"),
        count_verb_lead=re.compile(rf"(?:{alternation(words['count_verbs'])})"),
        count_verb_near=_count_verb_near_pattern(words),
        activity_verbs=re.compile(rf"(?:{alternation(words['activity_count_verbs'])})$"),
        activity_endings=tuple(words["activity_endings"]),
        forecast_words=tuple(words["forecast_words"]),
        share_first=_share_first_pattern(words),
        value_closers=tuple(words["value_closers"]),
        forecast_source_words=tuple(words["forecast_source_words"]),
        perfective_markers=tuple(words["perfective_markers"]),
        enumeration_markers=tuple(words["enumeration_markers"]),
        enumeration_reach=int(words["enumeration_reach"]),
        planned_rate_frames=dict(words["planned_rate_frames"]),
        level_nouns=tuple(words["level_nouns"]) + tuple(words["purpose_words"]),
        metric_trailing=re.compile(rf"(?:{alternation(words['metric_trailing_words'])})+$"),
        lead=_lead_pattern(words),
        scope=_scope_pattern(words),
        baseline_markers=tuple(sorted(words["baseline_markers"], key=len, reverse=True)),
        achievement_markers=tuple(words["achievement_markers"]),
        name_markers=frozenset(words["name_markers_after_value"]),
        list_joiners=tuple(words["list_joiners"]),
        name_joiners=frozenset(words["name_joiners"]),
        value_joiners=frozenset(words["value_joiners"]),
        respectively=words["respectively_word"],
        alike=words["alike_word"],
        rate_joiner=words["rate_joiner"],
        alike_not_after=tuple(words["alike_not_after"]),
        cumulative_words=tuple(words["cumulative_words"]),
        year_mention=_year_mention_pattern(words),
        year_not_before=frozenset(words["year_not_governing_before"]),
        year_prepositions=frozenset(words["year_prepositions"]),
        year_not_after=tuple(words["year_not_governing_after"]),
        opening_year_prefixes=frozenset(words["opening_year_prefixes"]),
        relative_years=words["relative_years"],
        years_in_discussion=frozenset(words["years_in_discussion"]),
        implied_units=tuple(words["implied_units"].items()),
        bare_yi_unit=words["bare_yi_unit"],
        noun_trailing=re.compile(rf"(?:{alternation(words['noun_trailing_words'])})$"),
        canonical_prefix_blockers=tuple(words["canonical_prefix_blockers"]),
        canonical_population_blockers=tuple(words["canonical_population_blockers"]),
        table=table_words(words, level_verbs),
        review=review_words(words),
        **_change_words(words),
        **_clause_form_words(words),
    )


def _change_words(words: _Words) -> dict:
    """The words of a change (增长, 同比 before it, the endings of a rate of change)."""
    return {"change_words": frozenset(words["change_words"]), "change_bases": tuple(words["change_bases"]),
            "rate_of_change_endings": tuple(words["rate_of_change_endings"])}


def _clause_form_words(words: _Words) -> dict:
    """The words of the clause forms added in the third pass (对…进行, 按照…的, 进行了, 分别 with shared words) and after
    (a count then its length: 农沟176条长89.9公里)."""
    return {
        "length_after": re.compile(rf"(?:{alternation(words['length_words'])})(?=[0-9])"),
        "length_words": tuple(words["length_words"]),
        "length_metric": words["length_metric"],
        "within_years": re.compile(r"^(?:[1-9]|[一两二三四五])年内$"),
        "object_count": _object_count_pattern(words),
        "object_verbs": tuple(words["object_verbs"]),
        "share_part_words": tuple(words["share_part_words"]),
        "possession_verb": _possession_verb_pattern(words),
        "per_unit_holder": _per_unit_holder_pattern(words),
        "rate_basis": re.compile(
            rf"^[{HAN}]{{0,{int(words['rate_basis_reach'])}}}?(?:{alternation(words['rate_basis_openings'])})"),
        "ground_openings": tuple(words["ground_openings"]),
        "reached_ground": re.compile(words["reached_ground"]),
        "reported_work": re.compile(rf"(?:{alternation(words['reported_work_verbs'])})(?:{alternation(words['perfective_markers'])})"),
        "respectively_shared_openings": tuple(words["respectively_shared_openings"]),
        **_fourth_pass_words(words),
    }


def _fourth_pass_words(words: _Words) -> dict:
    """The words of the clause forms added in the fourth pass (近5年来, …具备抗御6级左右地震的能力)."""
    return {
        "past_period": re.compile(rf"(?:{alternation(words['past_period_endings'])})[,，]"
                                  rf"|(?:^|(?<=[,，;；。]))(?:{'|'.join(words['report_period_openings'])})"),
        "present_opening": re.compile(rf"^(?:{alternation(words['present_openings'])}|{'|'.join(words['report_period_openings'])})"),
        "achieved_sentence": re.compile(words["achieved_sentence"]),
        "recent_period_qualifiers": tuple(words["recent_period_qualifiers"]),
        "duration_metric_endings": tuple(words["duration_metric_endings"]),
        "disposal_openings": tuple(words["disposal_openings"]),
        "disposal_verb": re.compile(alternation(words["disposal_verbs"])),
        "completion": re.compile(
            rf"(?!的)(?P<things>[{HAN}、]{{2,30}}?)(?:{alternation(words['completion_nouns'])})"
            rf"(?:{alternation(words['completion_adverbs'])})?(?:{alternation(words['completion_verbs'])})"),
        "amount_verb": re.compile(rf"(?:{alternation(words['amount_verbs'])})$"),
        "condition_opening": re.compile(rf"^(?:{alternation(words['condition_openings'])})(?!{alternation(words['condition_not_before'])})"),
        "award": re.compile(f"{alternation(words['award_words'])}|{words['voucher_discount']}"),
        "award_cap": re.compile(alternation(words["award_cap_words"])),
        "step": re.compile(rf"(?:{alternation(words['step_words'])})$"),
        "charge": re.compile(rf"(?:{alternation(words['charge_words'])})(?:为|按)?(?:{alternation(words['charge_periods'])})?$"),
        "figureless_sentence": re.compile("|".join(words["figureless_sentences"])),
        "designating_verbs": frozenset(words["designating_verbs"]),
        "designation_word": words["designation_word"],
        "describing_verb": re.compile(alternation(words["describing_verbs"])),
        "document_part": re.compile(words["document_part"]),
        "parts_counted": re.compile(rf"[(（](?:{alternation(words['parts_counted_openings'])})$"),
        "describing_metric_endings": tuple(words["describing_metric_endings"]),
        "bare_yi_count_unit": words["bare_yi_count_unit"],
        "bare_yi_count_endings": tuple(words["bare_yi_count_endings"]),
        "bare_yi_money_words": tuple(words["bare_yi_money_words"]),
        "noun_purpose": re.compile(rf"(?<=[{HAN}]{{2}})(?:{alternation(words['noun_purpose_words'])})"),
        "aside": re.compile(rf"[(（](?:{alternation(words['aside_openings'])})[^()（）]*[)）]$"),
        "award_condition": re.compile(
            rf"的(?:[，,][^。；;]*?|(?:{alternation(words['award_lead'])})*)(?:{alternation(words['award_words'])})"),
        "award_holder": re.compile(
            rf"[^，,。；;]*?的[^，,。；;]{{1,{int(words['award_holder_reach'])}}}?[，,]?"
            rf"(?:{alternation(words['award_lead'])})*(?:{alternation(words['award_words'])})"),
        "capacity": re.compile(
            rf"(?P<measured>[{HAN}]{{0,{int(words['capacity_reach'])}}}?)的"
            rf"(?P<head>[{HAN}]{{0,{int(words['capacity_reach'])}}}?(?:{alternation(words['capacity_heads'])}))"
            r"(?=[,，;；:：。!！?？\n]|$)"),
        "capacity_verb": re.compile(alternation(words["capacity_verbs"])),
        "base_pronouns": tuple(words["base_pronouns"]),
        "sum_words": tuple(words["sum_words"]),
    }


def _possession_verb_pattern(words: _Words) -> re.Pattern[str]:
    """A possession verb closing a phrase (建有, 有), not the 有 of another word (具有, 享有, 所有)."""
    verbs = sorted(words["possession_verbs"], key=len, reverse=True)
    not_after = "".join(words["possession_not_after"])
    return re.compile("(?:" + "|".join(
        rf"(?<![{not_after}]){re.escape(verb)}" if len(verb) == 1 else re.escape(verb) for verb in verbs) + ")$")


def _per_unit_holder_pattern(words: _Words) -> re.Pattern[str]:
    """The places each holding a count, closing the words before a possession verb: opened by a distributive
    word (每个镇, 各区（县级市）, 全部镇均) or closed by one (市、区（县级市）和…街（镇）各), 至少 allowed after."""
    name = rf"[{HAN}（）()、]{{1,{int(words['per_unit_holder_reach'])}}}?"
    openings = alternation(words["distributive_openings"])
    not_after_opening = "".join(words["distributive_not_before"])
    adverbs = alternation(words["distributive_adverbs"])
    return re.compile(rf"(?:(?P<holder>(?:{openings})(?![{not_after_opening}]){name})(?:{adverbs})?"
                      rf"|(?P<each>{name})(?:{adverbs}))(?:至少)?$")
