"""Quantitative targets (rows of core_indicators) read from one document's cleaned text.

A target is read clause by clause with a small grammar whose words live in
`resources/indicators_grammar.yaml`, `units.csv` and `metrics.csv`:

    tail form     [scope][metric][level verb][qualifier] NUMBER[万/亿][unit][qualifier]   全省常住人口城镇化率提升至66%左右
    count form    [count verb][qualifier] NUMBER[万/亿][unit][以上][的] noun              培育4家高标准造纸集团

The year a target is for comes from the sentence (到2028年 governs what follows it up to 。; 全年/今年
are the document's year; “十五五”时期 ends in 2030) or else from the section heading (三、2026年重点工作).

A 主要指标 table (HTML rows arrive as lines of tab-joined cells) is read by its header instead: the metric
column, a unit column or the metric's (%)/(万人) suffix, and the target columns (2025年, 目标值, 年均增速;
the base-year column is none) give one target per value cell, its span the cell, its sentence the row.
Its rows are not read again as sentences, nor are those of a list of projects with their investment.

What is deliberately not a target: a number with no unit (dates, 文号, article numbers, phone numbers),
a digit inside a name (5G, G107, IPv6, PM2.5, “1221”, 人才新政52条 in quotes), a small Chinese count
(三年行动, 十个方面), a count not led by a target verb (加快11条重点产业链…, 兴仁等18个…), a range
(1-2个), a starting point (由2.57万元增加到…), a class (千亿级), anything in a report's review section
(一、2025年工作回顾 … up to the next heading of its rank) or a paragraph opening with 过去一年/一年来…,
and a value governed by a year before the document's own (2010年末…, “十一五”期间…: a baseline).
"""

from __future__ import annotations

import bisect
import csv
import itertools
import re
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

import yaml

from gongwen.model import Indicator
from gongwen.text.numerals import CHINESE_DIGITS, CHINESE_NUMERAL_CHARS, MAGNITUDES, parse_number

_CJK = "\u4e00-\u9fff\u3400-\u4dbf"
_DIGIT = "0-9０-９"
# Where a metric phrase starts: the previous clause ends. 、 is not one: it joins names within a metric
# (乡镇、村级快递覆盖率、配送率) as often as it joins targets, which the previous value's end settles.
_CLAUSE_BOUNDARIES = ",，;；:：。!！?？\n"
_SENTENCE_ENDS = "。!！?？"
_PIECE_ENDS = "。!！?？;；"
# What may follow a value that closes its clause (tail form); anything else is the noun of a count.
_VALUE_FOLLOWERS = set(",，;；:：。!！?？、)）”」’ \t\n(（") | {""}
_JOINERS = ("以及", "、", "和", "与", "及", "或")
_RANGE_DASHES = "-—–~～至"
_WIDTH = str.maketrans({"％": "%"})
_MAX_NOUN = 24
_MAX_MODIFIER = 3
_OPENING_YEAR_REACH = 16
# How far a value's context is looked for: a clause, a quoted name, a ；-piece is never longer, and the
# bound keeps a paragraph with no sentence end (a run-on export) linear.
_CLAUSE_REACH = 120
_QUOTE_REACH = 40
_PIECE_REACH = 300
# A synonym this long names its metric wherever it ends a phrase; a shorter one (城镇化率, 经济增长)
# only when it is the whole phrase, or 数字经济增长 would read as GDP growth.
_MIN_SUFFIX_SYNONYM = 5
_OPENING_YEAR_PREFIXES = ("", "到", "至", "截至", "截止", "截至到")
_PERCENT_WORDS = "百分之"


@dataclass(frozen=True)
class Unit:
    name: str
    base: str
    factor: float
    kind: str  # percent | points | ratio | money | count | measure | time
    count_first: bool  # may stand before the noun it counts (4家集团, 400万亩高标准农田)


@dataclass(frozen=True)
class _TableWords:
    """Words of 主要指标 tables (target_table) and of project lists (project_table) in the grammar file."""

    metric_headers: frozenset[str]
    unit_headers: frozenset[str]
    attribute_headers: frozenset[str]
    attribute_words: frozenset[str]
    target: re.Pattern[str]
    base: re.Pattern[str]
    growth: re.Pattern[str]
    project_headers: frozenset[str]
    investment: re.Pattern[str]
    cell_value: re.Pattern[str]


@dataclass(frozen=True)
class _Grammar:
    value: re.Pattern[str]
    units: dict[str, Unit]
    qualifiers_before: tuple[tuple[str, str], ...]  # longest first
    qualifiers_after: dict[str, str]
    qualifiers_inside: dict[str, str]
    bounding_verbs: dict[str, str]
    level_verb_tail: re.Pattern[str]
    count_verb_tail: re.Pattern[str]
    count_verb_lead: re.Pattern[str]
    level_nouns: tuple[str, ...]
    metric_trailing: re.Pattern[str]
    change_words: frozenset[str]
    lead: re.Pattern[str]
    scope: re.Pattern[str]
    baseline_markers: tuple[str, ...]
    achievement_markers: tuple[str, ...]
    name_markers: frozenset[str]
    review_heading: re.Pattern[str]
    target_heading: re.Pattern[str]
    review_paragraph: re.Pattern[str]
    year_mention: re.Pattern[str]
    year_not_before: frozenset[str]
    year_not_after: tuple[str, ...]
    relative_years: dict[str, int]
    implied_units: tuple[tuple[str, str], ...]
    bare_yi_unit: str
    noun_trailing: re.Pattern[str]
    canonical: dict[str, str]
    canonical_suffix_lengths: tuple[
        int, ...
    ]  # lengths of synonyms that may end a longer phrase, longest first
    canonical_flows: frozenset[str]
    canonical_prefix_blockers: tuple[str, ...]
    canonical_population_blockers: tuple[str, ...]
    table: _TableWords


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _resource(name: str):
    return resources.files("gongwen") / "resources" / name


def _read_units() -> dict[str, tuple[Unit, str]]:
    """units.csv: unit as written, base unit, factor to it, kind, whether it may count a noun that
    follows (count_first), and the characters it must not stand before (人 is no unit in 人口)."""
    units: dict[str, tuple[Unit, str]] = {}
    with _resource("units.csv").open(encoding="utf-8") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            try:
                unit = Unit(
                    row["unit"],
                    row["unit_base"],
                    float(row["factor"]),
                    row["kind"],
                    row["count_first"] == "yes",
                )
            except (KeyError, ValueError) as error:
                raise ValueError(f"units.csv line {line}: bad row {row!r} ({error})") from None
            units[unit.name] = (unit, row.get("not_before") or "")
    return units


def _read_metrics() -> tuple[dict[str, str], frozenset[str]]:
    """metrics.csv: synonym → canonical metric, and the canonical metrics that are flows (flow = yes)."""
    synonyms: dict[str, str] = {}
    flows: set[str] = set()
    with _resource("metrics.csv").open(encoding="utf-8") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            if not row.get("synonym") or not row.get("canonical_metric"):
                raise ValueError(f"metrics.csv line {line}: bad row {row!r}")
            synonyms[_metric_key(row["synonym"])] = row["canonical_metric"]
            if row.get("flow") == "yes":
                flows.add(row["canonical_metric"])
    return synonyms, frozenset(flows)


# Quotes, spaces and a Latin abbreviation in brackets (细颗粒物(PM2.5)浓度, 研究与试验发展(R&D)经费) do not
# change what a metric is.
_METRIC_KEY_NOISE = re.compile(r"[\s“”\"'‘’]|[(（][A-Za-z0-9.&_+\-]+[)）]")


def _metric_key(metric: str) -> str:
    return _METRIC_KEY_NOISE.sub("", metric)


class _Words(dict):
    """The grammar file's sections; a missing one is named in the error."""

    def __missing__(self, key: str):
        raise ValueError(f"indicators_grammar.yaml: no section {key!r}")


@cache
def _grammar() -> _Grammar:
    words = _Words(yaml.safe_load(_resource("indicators_grammar.yaml").read_text(encoding="utf-8")))
    units = _read_units()
    unit_pattern = (
        "|".join(
            re.escape(name) + (f"(?![{re.escape(not_before)}])" if not_before else "")
            for name, (_, not_before) in sorted(units.items(), key=lambda item: len(item[0]), reverse=True)
        )
        + "|％"
    )
    chinese = f"(?:[{CHINESE_DIGITS}十][{CHINESE_NUMERAL_CHARS}]*|[百千](?=[万亿]))"
    magnitudes = _alternation(MAGNITUDES)
    inside = _alternation(words["qualifiers_inside"])
    # 百分之九十 (a share written out in words) is a percentage: its numeral carries no unit of its own.
    value = re.compile(
        rf"(?<![A-Za-z_.{_DIGIT}])(?:{_PERCENT_WORDS}(?P<percent>[{_DIGIT}]+(?:[.．][{_DIGIT}]+)?|{chinese})"
        rf"|(?P<num>[{_DIGIT}]+(?:[.．][{_DIGIT}]+)?|{chinese})"
        rf"(?=(?:{magnitudes}|{inside}|{unit_pattern}))"
        rf"(?P<mag>{magnitudes})?(?P<inside>{inside})?(?P<unit>{unit_pattern})?)"
        rf"(?P<after>{_alternation(words['qualifiers_after'])})?"
    )
    level_verbs = list(words["level_verbs"]) + list(words["bounding_verbs"])
    year_phrase = r"(?:到|至|在|于)?(?:19|20)[0-9]{2}年(?:底|末)?(?:前|内)?"
    period_phrase = r"“?十[一二三四五六七八九]五”?(?:期间|时期|期末|末)?"
    lead_alternatives = "|".join(
        [
            year_phrase,
            period_phrase,
            _alternation(words["relative_years"]),
            _alternation(words["metric_lead_words"]),
        ]
    )
    name_not_ending = "".join(words["scope_name_not_ending"])
    suffix_not_before = "".join(words["scope_suffix_not_before"])
    scope = (
        rf"^(?:{_alternation(words['scope_whole_words'])}"
        rf"|[{_CJK}]{{1,5}}?(?![{name_not_ending}])[{_CJK}]"
        rf"(?:{_alternation(words['scope_place_suffixes'])})(?![{suffix_not_before}]))"
    )
    synonyms, flows = _read_metrics()
    return _Grammar(
        value=value,
        units={name: unit for name, (unit, _) in units.items()} | {"％": units["%"][0]},
        qualifiers_before=tuple(sorted(words["qualifiers_before"].items(), key=lambda kv: -len(kv[0]))),
        qualifiers_after=words["qualifiers_after"],
        qualifiers_inside=words["qualifiers_inside"],
        bounding_verbs=words["bounding_verbs"],
        level_verb_tail=re.compile(rf"(?:{_alternation(level_verbs)})+$"),
        count_verb_tail=re.compile(rf"(?:{_alternation(words['count_verbs'])})$"),
        count_verb_lead=re.compile(rf"(?:{_alternation(words['count_verbs'])})"),
        level_nouns=tuple(words["level_nouns"]) + tuple(words["purpose_words"]),
        metric_trailing=re.compile(rf"(?:{_alternation(words['metric_trailing_words'])})+$"),
        change_words=frozenset(words["change_words"]),
        lead=re.compile(rf"^(?:{lead_alternatives}|[,，、\s])+"),
        scope=re.compile(scope),
        baseline_markers=tuple(sorted(words["baseline_markers"], key=len, reverse=True)),
        achievement_markers=tuple(words["achievement_markers"]),
        name_markers=frozenset(words["name_markers_after_value"]),
        review_heading=re.compile(_alternation(words["review_heading_words"])),
        target_heading=re.compile(_alternation(words["target_heading_words"])),
        review_paragraph=re.compile(rf"^\s*(?:{_alternation(words['review_paragraph_openings'])})"),
        year_mention=re.compile(
            r"(?P<year>(?:19|20)[0-9]{2})(?:[—\-–~～至到](?P<end>(?:19|20)[0-9]{2}))?年"
            r"|“?十(?P<plan>[一二三四五六七八九])五”?"
            rf"|(?P<relative>{_alternation(words['relative_years'])})"
        ),
        year_not_before=frozenset(words["year_not_governing_before"]),
        year_not_after=tuple(words["year_not_governing_after"]),
        relative_years=words["relative_years"],
        implied_units=tuple(words["implied_units"].items()),
        bare_yi_unit=words["bare_yi_unit"],
        noun_trailing=re.compile(rf"(?:{_alternation(words['noun_trailing_words'])})$"),
        canonical=synonyms,
        canonical_suffix_lengths=tuple(
            sorted({len(s) for s in synonyms if len(s) >= _MIN_SUFFIX_SYNONYM}, reverse=True)
        ),
        canonical_flows=flows,
        canonical_prefix_blockers=tuple(words["canonical_prefix_blockers"]),
        canonical_population_blockers=tuple(words["canonical_population_blockers"]),
        table=_table_words(words, level_verbs),
    )


def _table_words(words: _Words, level_verbs: list[str]) -> _TableWords:
    table, projects = words["target_table"], words["project_table"]
    opening = "".join(re.escape(pair[0]) for pair in table["cumulative_brackets"])
    closing = "".join(re.escape(pair[1]) for pair in table["cumulative_brackets"])
    # 稳定在65%以上, ≥90%, [50], 6左右, 10000以上: the whole cell is one value.
    cell_value = re.compile(
        rf"^(?P<verb>{_alternation(level_verbs)})?(?P<before>{_alternation(words['qualifiers_before'])})?"
        rf"\s*[{opening}]?(?P<num>[{_DIGIT}]+(?:[.．][{_DIGIT}]+)?)(?P<unit>[^\s{closing}]*?)[{closing}]?"
        rf"(?P<after>{_alternation(words['qualifiers_after'])})?$"
    )
    return _TableWords(
        metric_headers=frozenset(table["metric_headers"]),
        unit_headers=frozenset(table["unit_headers"]),
        attribute_headers=frozenset(table["attribute_headers"]),
        attribute_words=frozenset(table["attribute_words"]),
        target=re.compile(_alternation(table["target_words"])),
        base=re.compile(_alternation(table["base_words"])),
        growth=re.compile(_alternation(table["growth_words"])),
        project_headers=frozenset(projects["project_headers"]),
        investment=re.compile(_alternation(projects["investment_headers"])),
        cell_value=cell_value,
    )


# ---------------------------------------------------------------------------------------- metrics


def canonical_metric(metric: str) -> str | None:
    """The cross-document name of a metric, from metrics.csv: the whole phrase is a synonym, or it ends in
    a synonym of five characters or more after a qualifying prefix (县城生活垃圾无害化处理率). A prefix that
    turns a stock into a flow (新增…, 每年…, 累计…) blocks the match unless the metric is a flow already
    (每年新增城镇就业); one that changes whose figure it is (每万人…, …企业…) always blocks it."""
    grammar = _grammar()
    key = _metric_key(metric)
    if key in grammar.canonical:
        return grammar.canonical[key]
    # 建成5G基站: a count verb before a synonym of any length is a prefix like any other.
    lead = grammar.count_verb_lead.match(key)
    if lead and key[lead.end() :] in grammar.canonical:
        return _unless_blocked(grammar, lead.group(), grammar.canonical[key[lead.end() :]])
    for length in grammar.canonical_suffix_lengths:
        canonical = grammar.canonical.get(key[-length:]) if len(key) > length else None
        if canonical is not None:
            return _unless_blocked(grammar, key[:-length], canonical)
    return None


def _unless_blocked(grammar: _Grammar, prefix: str, canonical: str) -> str | None:
    if any(blocker in prefix for blocker in grammar.canonical_population_blockers):
        return None
    if canonical not in grammar.canonical_flows and any(
        blocker in prefix for blocker in grammar.canonical_prefix_blockers
    ):
        return None
    return canonical


_PLAN_ONES = "一二三四五六七八九"


def _plan_end_year(ones: str) -> int:
    """“十X五” is the (10+X)th five-year plan; the 3rd ended in 1970 and each since five years later."""
    number = 10 + _PLAN_ONES.index(ones) + 1
    return 1970 + 5 * (number - 3)


# ---------------------------------------------------------------------------------------- sections

_HEADING = re.compile(
    r"^\s*(?:(?P<chapter>第[一二三四五六七八九十百]{1,4}(?:章|篇|部分))"
    r"|(?P<section>[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十百]{1,4}[条节])"
    r"|(?P<item>[(（][一二三四五六七八九十]{1,3}[)）]))"
)
_HEADING_TEXT = re.compile(r"[^。:：]{1,50}")
_RANKS = ("chapter", "section", "item")


class _Sections:
    """Which numbered part a paragraph is in: does a heading above it open a review of results, and does
    one name the year its targets are for (三、2026年重点工作 → 2026)."""

    def __init__(self, grammar: _Grammar, doc_year: int | None):
        self._grammar = grammar
        self._doc_year = doc_year
        self._review = [False] * len(_RANKS)
        self._year: list[int | None] = [None] * len(_RANKS)

    def enter(self, line: str) -> None:
        found = _HEADING.match(line)
        if found is None:
            return
        rank = next(rank for rank, name in enumerate(_RANKS) if found.group(name))
        heading = _HEADING_TEXT.match(line, found.end())
        text = heading.group() if heading else ""
        for deeper in range(rank, len(_RANKS)):
            self._review[deeper] = False
            self._year[deeper] = None
        grammar = self._grammar
        self._review[rank] = bool(grammar.review_heading.search(text)) and not grammar.target_heading.search(
            text
        )
        years = [year for _, _, year, _ in _year_mentions(text, 0, len(text), self._grammar, self._doc_year)]
        self._year[rank] = max(years) if years else None

    @property
    def in_review(self) -> bool:
        return any(self._review)

    @property
    def year(self) -> int | None:
        return next((year for year in reversed(self._year) if year is not None), None)


# 排放总量比2020年下降: the year a change is measured from is no part of what is measured.
_BASE_YEAR = re.compile(r"(?:比|较|与)(?:19|20)[0-9]{2}年(?:底|末)?(?:相比)?")
_ATTRIBUTIVE_YEAR = re.compile(rf"[底末]?以?前[{_CJK}]{{0,4}}的")


def _year_mentions(
    line: str, start: int, end: int, grammar: _Grammar, doc_year: int | None
) -> list[tuple[int, int, int, bool]]:
    """(start, end, year, explicit) of each year that governs what follows it in line[start:end];
    explicit is False for a year read relative to the document's (全年, 今年)."""
    mentions = []
    for found in grammar.year_mention.finditer(line, start, end):
        before = line[found.start() - 1] if found.start() > 0 else ""
        if before in grammar.year_not_before:
            continue
        if _ATTRIBUTIVE_YEAR.match(line, found.end()):
            continue  # 2000年底前建成的小区: the year picks out things, it sets no time for the clause
        rest = line[found.end() : found.end() + 4].lstrip("底末前内")
        if rest.startswith(grammar.year_not_after):
            continue
        if found.group("relative"):
            if doc_year is None or before in _DIGIT_CHARS:
                continue  # 3年内 is a span of time, not this year
            year, explicit = doc_year + grammar.relative_years[found.group("relative")], False
        elif found.group("plan"):
            year, explicit = _plan_end_year(found.group("plan")), True
        else:
            year, explicit = int(found.group("end") or found.group("year")), True
        if 1949 <= year <= 2100:
            mentions.append((found.start(), found.end(), year, explicit))
    return mentions


# ---------------------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class _Reading:
    """How one value was read, and what it leaves for the values after it in its clause."""

    end: int
    clause_start: int
    metric: str
    scope: str | None
    verb: str | None
    form: str  # tail | count | baseline
    noun_end: int = -1  # count form: where the counted noun stops (for 建成35个先导区、1000个和美乡村)
    shares: tuple[str, ...] = ()  # 分别: the metrics still to hand out, in order


def _strip_joiners(text: str) -> str:
    changed = True
    while changed:
        changed = False
        for joiner in _JOINERS:
            if text.startswith(joiner):
                text, changed = text[len(joiner) :], True
    return text


def _split_outside_brackets(text: str) -> list[str]:
    parts, depth, current = [], 0, []
    for ch in text:
        depth += ch in "(（"
        depth -= ch in ")）"
        if depth == 0 and ch in "、和及与":
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return [part for part in parts if part]


def _share_head_noun(parts: list[str]) -> list[str]:
    """一产、二产、三产增加值 → 一产增加值, 二产增加值, 三产增加值: when the parts before the last are short
    modifiers of one length (一产, 城镇) and the last is longer, its extra characters are the head noun."""
    if len(parts) < 2:
        return parts
    first_length = len(parts[0])
    last = parts[-1]
    same_length = all(len(part) == first_length for part in parts[:-1])
    if first_length <= _MAX_MODIFIER and same_length and len(last) >= first_length + 2:
        head = last[first_length:]
        return [part + head for part in parts[:-1]] + [last]
    return parts


def _inside_quotes(line: str, start: int, position: int) -> int:
    """Where the quotation holding `position` opens (its “), or -1."""
    opening = line.rfind("“", max(start, position - _QUOTE_REACH), position)
    if opening < 0 or line.rfind("”", opening, position) >= 0:
        return -1
    return opening


def _quoted_phrase(line: str, opening: int) -> str:
    closing = line.find("”", opening)
    return line[opening + 1 : closing if closing >= 0 else len(line)]


class _ParagraphReader:
    """Reads the values of one paragraph in order; a value may lean on the one before it in its clause."""

    def __init__(
        self, line: str, base: int, grammar: _Grammar, doc_year: int | None, section_year: int | None
    ):
        self.line = line
        self.base = base
        self.grammar = grammar
        self.doc_year = doc_year
        self.section_year = section_year
        self.sentence_ends = [i for i, ch in enumerate(line) if ch in _SENTENCE_ENDS]
        self._years: dict[int, list[tuple[int, int, int, bool]]] = {}
        self._year_ends: dict[int, list[int]] = {}
        self.previous: _Reading | None = None
        self.last_value_end = -1
        self.opening_year = self._opening_year()

    def _opening_year(self) -> tuple[int, bool] | None:
        """A year the paragraph opens with (2010年末,… / 2011—2015年,…) holds for all its sentences."""
        mentions = _year_mentions(
            self.line, 0, min(len(self.line), _OPENING_YEAR_REACH), self.grammar, self.doc_year
        )
        if mentions and self.line[: mentions[0][0]] in _OPENING_YEAR_PREFIXES:
            return mentions[0][2], mentions[0][3]
        return None

    # -- context -------------------------------------------------------------------------------

    def sentence_bounds(self, position: int) -> tuple[int, int]:
        index = bisect.bisect_left(self.sentence_ends, position)
        start = self.sentence_ends[index - 1] + 1 if index > 0 else 0
        end = self.sentence_ends[index] if index < len(self.sentence_ends) else len(self.line)
        return start, end

    def piece(self, start: int, end: int) -> str:
        """The ；/。-delimited piece of the sentence holding line[start:end]."""
        line = self.line
        window_start = max(0, start - _PIECE_REACH)
        window_end = min(len(line), end + _PIECE_REACH)
        left = max(window_start - 1, *(line.rfind(ch, window_start, start) for ch in _PIECE_ENDS)) + 1
        rights = [i for i in (line.find(ch, end, window_end) for ch in _PIECE_ENDS) if i >= 0]
        return line[left : min(rights) if rights else window_end].strip()

    def clause_start(self, sentence_start: int, position: int) -> int:
        line = self.line
        window_start = max(sentence_start, position - _CLAUSE_REACH)
        return max(window_start, max(line.rfind(ch, window_start, position) for ch in _CLAUSE_BOUNDARIES) + 1)

    def governing_year(
        self, sentence_start: int, sentence_end: int, position: int
    ) -> tuple[int | None, bool]:
        """The last year named before `position` in its sentence, else the one the paragraph opens with,
        else the section heading's; and whether the text wrote it out (2028年, “十五五”) rather than
        relative to the document (全年)."""
        mentions = self._years.get(sentence_start)
        if mentions is None:
            mentions = _year_mentions(self.line, sentence_start, sentence_end, self.grammar, self.doc_year)
            self._years[sentence_start] = mentions
            self._year_ends[sentence_start] = [end for _, end, _, _ in mentions]
        governing = bisect.bisect_right(self._year_ends[sentence_start], position)
        if governing:
            _, _, year, explicit = mentions[governing - 1]
            return year, explicit
        if self.opening_year is not None:
            return self.opening_year
        return self.section_year, True

    def trim_metric(self, phrase: str) -> tuple[str, str | None, str | None]:
        """(metric, scope, level verb) of the words before a value: leading years, verbs and scope
        and trailing level verbs removed."""
        grammar = self.grammar
        bracket = max(phrase.rfind("("), phrase.rfind("（"))
        if bracket >= 0 and ")" not in phrase[bracket:] and "）" not in phrase[bracket:]:
            phrase = phrase[bracket + 1 :]
        phrase = grammar.lead.sub("", phrase)
        scope = None
        found = grammar.scope.match(phrase)
        if found and len(phrase) > found.end() + 1:
            scope, phrase = found.group(), grammar.lead.sub("", phrase[found.end() :])
        verb = None
        tail = grammar.level_verb_tail.search(phrase)
        if tail:
            verb, phrase = tail.group(), phrase[: tail.start()]
        phrase = _BASE_YEAR.sub("", grammar.metric_trailing.sub("", phrase))
        return phrase.rstrip("的均“,，、 "), scope, verb

    # -- one value -------------------------------------------------------------------------------

    def read(self, found: re.Match[str]) -> Indicator | None:
        grammar, line = self.grammar, self.line
        start, end = found.start(), found.end()
        sentence_start, sentence_end = self.sentence_bounds(start)
        before = line[start - 1] if start > 0 else ""
        following = line[end] if end < len(line) else ""
        if before == "第" or following in grammar.name_markers:
            return None  # 第32届, 千亿级产业集群
        value_before_ends, self.last_value_end = self.last_value_end, end
        if before and before in _RANGE_DASHES and (
            value_before_ends == start - 1 or (start > 1 and line[start - 2] in _DIGIT_CHARS)
        ):
            return None  # the end of a range: 1-2个, 8%—10%
        if following and following in _RANGE_DASHES and line[end + 1 : end + 2] in _DIGIT_CHARS:
            return None
        percent = found.group("percent")
        number, magnitude = percent or found.group("num"), found.group("mag")
        if not percent and number[0] not in _DIGIT_CHARS and not (magnitude or "百" in number or "千" in number):
            return None  # a small Chinese count: 三年行动, 十个方面, 两个确立
        if percent:
            unit = grammar.units["%"]
        else:
            unit = grammar.units.get((found.group("unit") or "").translate(_WIDTH))
        if unit is None and not magnitude:
            return None
        if unit is not None and unit.name == "年" and not magnitude and len(number) == 4 and number.isdigit():
            return None  # a year, not a duration
        try:
            value = parse_number(number)
        except ValueError:
            return None

        clause_start = self.clause_start(sentence_start, start)
        previous = self.previous if self.previous and self.previous.clause_start == clause_start else None
        phrase_start = previous.end if previous else clause_start
        phrase = line[phrase_start:start]
        span_start = start
        qualifier = comparator = None
        for word, sign in grammar.qualifiers_before:
            if phrase.endswith(word):
                qualifier, comparator = word, sign
                phrase, span_start = phrase[: -len(word)], start - len(word)
                break
        # A bounding word after the number outranks one before it: 控制在5.5%左右 is ≈, not ≤.
        for word, signs in (
            (found.group("inside"), grammar.qualifiers_inside),
            (found.group("after"), grammar.qualifiers_after),
        ):
            if word:
                qualifier, comparator = word, signs[word]
        quote = _inside_quotes(line, sentence_start, start)
        if quote >= 0:
            inside = line[quote + 1 : span_start]
            if not (grammar.level_verb_tail.search(inside) or grammar.count_verb_tail.search(inside)):
                return None  # a name: “1221”, “人才新政52条”

        here = (end, clause_start)
        baseline = next((marker for marker in grammar.baseline_markers if phrase.endswith(marker)), None)
        if baseline is not None:
            # 由2.57万元增加到3.52万元: the start is no target, but names the metric of the value after it.
            metric, scope, _ = self.trim_metric(phrase[: -len(baseline)])
            self.previous = _Reading(*here, metric, scope, None, "baseline")
            return None
        continued = previous if previous is not None and previous.form == "count" else None
        if continued is not None and _strip_joiners(line[continued.noun_end : span_start]) != "":
            continued = None
        if continued is None and (following in _VALUE_FOLLOWERS or self.joins_next_value(end)):
            earlier = (
                self.previous if self.previous is not None and self.previous.end > sentence_start else None
            )
            reading = self.read_tail(phrase, previous, earlier, quote, here)
        else:
            reading = self.read_count(phrase, continued, unit, here)
        if reading is None:
            return None
        if unit is None:
            unit = self.bare_magnitude_unit(magnitude, reading.metric)
            if unit is None:
                return None
        if unit.kind == "time" and (reading.form != "tail" or reading.verb is None):
            return None  # 有效期5年, 经过5年的努力, 1小时通勤圈: durations, not targets
        self.previous = reading

        year, explicit = self.governing_year(sentence_start, sentence_end, start)
        if explicit and self.doc_year is not None and year is not None and year < self.doc_year:
            return None  # 2010年末…, “十一五”期间…: a baseline, not a target
        factor = MAGNITUDES.get(magnitude or "", 1) * unit.factor
        return Indicator(
            metric=reading.metric,
            canonical_metric=canonical_metric(reading.metric),
            scope=reading.scope,
            value=value,
            unit=(magnitude or "") + unit.name,
            value_base=round(value * factor, 6),
            unit_base=unit.base,
            qualifier=qualifier,
            comparator=comparator or grammar.bounding_verbs.get(reading.verb or "", "="),
            target_year=year,
            sentence=self.piece(span_start, end),
            char_start=self.base + span_start,
            char_end=self.base + end,
        )

    def read_tail(
        self,
        phrase: str,
        previous: _Reading | None,
        earlier: _Reading | None,
        quote: int,
        here: tuple[int, int],
    ) -> _Reading | None:
        """Metric before the value: 新增城镇就业6.8万人, 常住人口城镇化率提升至65%左右. `previous` is the value
        before it in its clause, `earlier` the one before it in its sentence."""
        grammar = self.grammar
        if any(marker in phrase for marker in grammar.achievement_markers):
            return None
        if previous is not None:
            phrase = _strip_joiners(phrase)
        if "分别" in phrase:
            head, _, rest = phrase.partition("分别")
            head_metric, scope, _ = self.trim_metric(head)
            change, _, verb = self.trim_metric(rest)
            shares = [part + change for part in _share_head_noun(_split_outside_brackets(head_metric))]
            if not shares:
                return None
            return _Reading(*here, shares[0], scope, verb, "tail", shares=tuple(shares[1:]))
        metric, scope, verb = self.trim_metric(phrase)
        if not metric and previous is not None:
            # A value listed after another (分别提高510元、440元; 由…增加到…): the next or the same metric.
            if previous.shares:
                return _Reading(
                    *here, previous.shares[0], previous.scope, verb, "tail", shares=previous.shares[1:]
                )
            return _Reading(*here, previous.metric, previous.scope, verb, "tail")
        if metric in grammar.change_words and earlier is not None and earlier.form != "count":
            metric, scope = earlier.metric + metric, scope or earlier.scope
        if not metric and quote >= 0:
            metric = _quoted_phrase(self.line, quote)  # “突破两千亿、挺进五十强”: the slogan names the target
        if len(metric) < 2:
            return None
        if scope is None and previous is not None and previous.form == "tail":
            scope = previous.scope
        return _Reading(*here, metric, scope, verb, "tail")

    def read_count(
        self, phrase: str, continued: _Reading | None, unit: Unit | None, here: tuple[int, int]
    ) -> _Reading | None:
        """Count before the noun it counts: 培育4家高标准造纸集团, 迈上五百亿台阶; `continued` is the
        count this one is listed after (建成35个先导区、1000个和美乡村)."""
        grammar, line = self.grammar, self.line
        if unit is not None and not unit.count_first:
            return None  # 720兆瓦储能电站, 10万千瓦燃煤机组: a measure naming a kind of thing
        verb = grammar.count_verb_tail.search(phrase)
        if verb is None and continued is None:
            return None
        end = here[0]
        noun_start = end + 1 if line.startswith("的", end) else end
        noun_end = noun_start
        while noun_end < len(line) and noun_end - noun_start < _MAX_NOUN and line[noun_end] not in _NOUN_ENDS:
            noun_end += 1
        noun = grammar.noun_trailing.sub("", line[noun_start:noun_end])
        scope = continued.scope if continued is not None and verb is None else None
        metric = noun
        if verb is not None and noun.startswith(grammar.level_nouns):
            subject, scope, _ = self.trim_metric(phrase[: verb.start()])
            metric = subject or noun
        if len(metric) < 2:
            return None
        return _Reading(*here, metric, scope, verb.group() if verb else None, "count", noun_end=noun_end)

    def joins_next_value(self, end: int) -> bool:
        """和/与/及/或 after a value joins it to another value (98%和96%; 3个和一批…), not a noun (和美乡村)."""
        line = self.line
        return line[end : end + 1] in ("和", "与", "及", "或") and line[end + 1 : end + 2] in _NUMERAL_START

    def bare_magnitude_unit(self, magnitude: str, metric: str) -> Unit | None:
        """常住人口达1930万 names no unit: the metric implies one (人口 → 人), and a bare 亿 is money."""
        for suffix, base in self.grammar.implied_units:
            if metric.endswith(suffix):
                return Unit("", base, 1.0, "count", True)
        if "亿" in magnitude:
            money = self.grammar.units[self.grammar.bare_yi_unit]
            return Unit(money.name, money.base, money.factor, "money", True)
        return None


_DIGIT_CHARS = frozenset("0123456789０１２３４５６７８９")
_NUMERAL_START = _DIGIT_CHARS | set(CHINESE_DIGITS + "十百千")
_NOUN_ENDS = frozenset(",，;；:：。!！?？、)）(（\n")


def _share_trailing_qualifiers(
    indicators: list[Indicator], line: str, base: int, grammar: _Grammar
) -> list[Indicator]:
    """分别下降12%、11%以上: a bounding word after the last of values listed with 、 bounds them all."""
    for index in range(len(indicators) - 2, -1, -1):
        value, following = indicators[index], indicators[index + 1]
        if (
            value.qualifier is None
            and following.qualifier in grammar.qualifiers_after
            and value.unit == following.unit
            and line[value.char_end - base : following.char_start - base] == "、"
        ):
            indicators[index] = replace(
                value, qualifier=following.qualifier, comparator=following.comparator
            )
    return indicators


# ---------------------------------------------------------------------------------------- tables

_CELL_BRACKETS = re.compile(r"[(（]([^()（）]*)[)）]")
_HEADER_YEAR = re.compile(r"((?:19|20)[0-9]{2})年?(?:[—\-–~～至到]((?:19|20)[0-9]{2})年?)?")
_HEADER_PLAN = re.compile(r"十([一二三四五六七八九])五")
_METRIC_UNIT_SUFFIX = re.compile(r"[(（]([^()（）]{1,10})[)）]\s*$")
# A unit the grammar does not know, as a table may write it (张/千人): a few characters, no digit.
_UNKNOWN_UNIT = re.compile(rf"^[{_CJK}A-Za-z/%‰·]{{1,8}}$")
_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_EMPTY_CELL = re.compile(r"^[—\-–－/\\…·.、\s]*$")


@dataclass(frozen=True)
class _TargetColumn:
    index: int
    year: int | None
    growth: str | None  # the header word of an average-growth column (年均增速): the value is a growth in %


@dataclass(frozen=True)
class _TargetTable:
    metric: int
    unit: int | None
    attribute: int | None
    targets: tuple[_TargetColumn, ...]
    width: int


def _header_word(cell: str) -> str:
    return _CELL_BRACKETS.sub("", re.sub(r"\s+", "", cell))


def _header_year(cell: str) -> int | None:
    """The year a header cell names: 2025年, 2021—2025年 (its end), “十五五” (2030)."""
    found = _HEADER_YEAR.search(cell)
    if found:
        return int(found.group(2) or found.group(1))
    plan = _HEADER_PLAN.search(cell)
    return _plan_end_year(plan.group(1)) if plan else None


def _is_project_header(cells: list[str], words: _TableWords) -> bool:
    """序号 | 项目名称 | 建设内容 | 总投资(亿元): a list of projects and what they cost."""
    named = [_header_word(cell) for cell in cells]
    return any(word in words.project_headers for word in named) and any(
        words.investment.search(word) for word in named
    )


def _target_table(
    cells: list[str], words: _TableWords, doc_year: int | None, caption_year: int | None
) -> _TargetTable | None:
    """The columns of a 主要指标 table's header row, or None when the row is no such header."""
    named = [_header_word(cell) for cell in cells]
    metric = next((i for i, word in enumerate(named) if word in words.metric_headers), None)
    if metric is None:
        return None
    unit = next((i for i, word in enumerate(named) if word in words.unit_headers), None)
    attribute = next((i for i, word in enumerate(named) if word in words.attribute_headers), None)
    explicit: list[_TargetColumn] = []
    by_year: list[_TargetColumn] = []
    growth: list[int] = []
    for index, (cell, word) in enumerate(zip(cells, named, strict=True)):
        if index in (metric, unit, attribute) or words.base.search(word):
            continue
        if words.growth.search(word):
            growth.append(index)
        elif words.target.search(word):
            explicit.append(_TargetColumn(index, _header_year(cell) or caption_year, None))
        elif (year := _header_year(cell)) is not None:
            by_year.append(_TargetColumn(index, year, None))
    years = [column.year for column in explicit + by_year if column.year is not None]
    if by_year and len(years) >= 2:
        earliest = min(by_year, key=lambda column: column.year or 0)
        # 2020年 | 2025年 in a 2021 plan: the earliest year, if it is not still ahead, is the base.
        if earliest.year == min(years) and (doc_year is None or (earliest.year or 0) <= doc_year):
            by_year.remove(earliest)
    targets = sorted(explicit + by_year, key=lambda column: column.index)
    if not targets:
        return None
    last_year = max((column.year for column in targets if column.year is not None), default=None)
    targets += [_TargetColumn(index, last_year, named[index]) for index in growth]
    return _TargetTable(metric, unit, attribute, tuple(targets), len(cells))


def _table_unit(written: str, grammar: _Grammar) -> tuple[str, float, str] | None:
    """(unit as written, factor to the base unit, base unit) of a unit cell or suffix: 万人 → 1e4 人."""
    written = written.strip().translate(_WIDTH)
    if not written:
        return None
    magnitude = next((m for m in sorted(MAGNITUDES, key=len, reverse=True) if written.startswith(m)), "")
    rest = written[len(magnitude) :]
    if not rest:
        return None
    unit = grammar.units.get(rest)
    if unit is None:
        # A unit the grammar does not list (张/千人) is kept as written, at factor 1.
        if _UNKNOWN_UNIT.match(rest) is None:
            return None
        return written, float(MAGNITUDES.get(magnitude, 1)), rest
    return written, MAGNITUDES.get(magnitude, 1) * unit.factor, unit.base


def _align_row(cells: list[str], table: _TargetTable, words: _TableWords) -> list[int | None]:
    """For each header column, the index of the row's cell under it (None: merged away). A row with
    fewer cells lost the leading ones to cells merged over rows (类别, 序号), and its 属性 cell too when
    its last cell is no 属性 word."""
    if len(cells) >= table.width:
        return list(range(table.width))
    columns = list(range(table.width))
    if table.attribute == table.width - 1 and cells[-1] not in words.attribute_words:
        columns.pop()
    under: list[int | None] = [None] * table.width
    kept = columns[max(0, len(columns) - len(cells)) :]
    first = len(cells) - len(kept)
    for n, column in enumerate(kept):
        under[column] = first + n
    return under


def _table_targets(
    line: str, base: int, table: _TargetTable, grammar: _Grammar, doc_year: int | None
) -> list[Indicator]:
    """One Indicator per target cell of one table row; its span is the cell, its sentence the row."""
    words = grammar.table
    raw_cells = line.split("\t")
    starts, position = [], 0
    for cell in raw_cells:
        starts.append(position)
        position += len(cell) + 1
    cells = [cell.strip() for cell in raw_cells]
    if sum(1 for cell in cells if cell) < 2:
        return []  # a category row (城镇化水平) spanning the table
    under = _align_row(cells, table, words)

    def cell_at(column: int | None) -> str:
        index = under[column] if column is not None else None
        return cells[index] if index is not None else ""

    metric = cell_at(table.metric)
    row_unit = _table_unit(cell_at(table.unit), grammar) if table.unit is not None else None
    suffix = _METRIC_UNIT_SUFFIX.search(metric)
    if suffix and (suffix_unit := _table_unit(suffix.group(1), grammar)) is not None:
        metric, row_unit = metric[: suffix.start()].strip(), row_unit or suffix_unit
    metric = metric.strip("*＊※ ")
    if len(metric) < 2 or not re.search(rf"[{_CJK}]", metric):
        return []
    sentence = line.strip()
    before_signs = dict(grammar.qualifiers_before)
    found: list[Indicator] = []
    for column in table.targets:
        cell, index = cell_at(column.index), under[column.index]
        read = words.cell_value.match(cell) if cell and not _EMPTY_CELL.match(cell) else None
        if read is None or index is None:
            continue
        unit = _table_unit(read.group("unit"), grammar) if read.group("unit") else None
        if unit is None and read.group("unit"):
            continue  # 6个百分点左右 is read; 6项任务 is text
        if column.growth:
            unit = unit or ("%", 1.0, "%")
        unit = unit or row_unit
        if unit is None:
            continue
        name, factor, unit_base = unit
        value = float(read.group("num").translate(_FULL_WIDTH_DIGITS).replace("．", "."))
        if name == "%" and not 0 <= value <= 100:
            continue
        if column.year is not None and doc_year is not None and column.year < doc_year - 1:
            continue
        qualifier = comparator = None
        for word, signs in (
            (read.group("before"), before_signs),
            (read.group("after"), grammar.qualifiers_after),
        ):
            if word:
                qualifier, comparator = word, signs[word]
        full = metric + column.growth if column.growth else metric
        cell_start = starts[index] + len(raw_cells[index]) - len(raw_cells[index].lstrip())
        found.append(
            Indicator(
                metric=full,
                canonical_metric=canonical_metric(full),
                scope=None,
                value=value,
                unit=name,
                value_base=round(value * factor, 6),
                unit_base=unit_base,
                qualifier=qualifier,
                comparator=comparator or grammar.bounding_verbs.get(read.group("verb") or "", "="),
                target_year=column.year,
                sentence=sentence,
                char_start=base + cell_start,
                char_end=base + cell_start + len(cell),
            )
        )
    return found


def _table_extent(lines: list[str], header: int) -> int:
    """The index after the last row of the table whose header is lines[header]: rows hold tabs, and a
    line without one between two rows is a row of one merged cell (城镇化水平, 一、经济发展)."""
    index = header + 1
    while index < len(lines):
        if "\t" not in lines[index] and not (
            lines[index].strip() and index + 1 < len(lines) and "\t" in lines[index + 1]
        ):
            break
        index += 1
    return index


def _read_table(
    lines: list[str],
    bases: list[int],
    header: int,
    grammar: _Grammar,
    doc_year: int | None,
    sections: _Sections,
    found: list[Indicator],
) -> int:
    """Reads the 主要指标 table (or passes over the project list) whose header is lines[header], adding
    its targets to `found`; returns the index after it, or `header` when the line heads no such table
    (a task-division table: its rows are read as sentences)."""
    words = grammar.table
    cells = [cell.strip() for cell in lines[header].split("\t")]
    if _is_project_header(cells, words):
        return _table_extent(lines, header)
    caption = next((line for line in reversed(lines[max(0, header - 2) : header]) if line.strip()), "")
    caption_years = [year for _, _, year, _ in _year_mentions(caption, 0, len(caption), grammar, doc_year)]
    caption_year = max(caption_years) if caption_years else sections.year
    table = _target_table(cells, words, doc_year, caption_year)
    if table is None:
        return header
    end = _table_extent(lines, header)
    if sections.in_review:
        return end  # a table of results in a report's review
    for index in range(header + 1, end):
        row = lines[index]
        if "\t" in row and _target_table([c.strip() for c in row.split("\t")], words, doc_year, None) is None:
            found.extend(_table_targets(row, bases[index], table, grammar, doc_year))
    return end


def extract_indicators(text: str, doc_year: int | None) -> list[Indicator]:
    """Every quantitative target of one document's cleaned text, in text order.

    `doc_year` is the document's own year (its issue date): 全年/今年 read as it, and a value governed by
    an earlier year is a baseline, not a target. With None, neither rule applies."""
    grammar = _grammar()
    sections = _Sections(grammar, doc_year)
    indicators: list[Indicator] = []
    lines = text.split("\n")
    bases = list(itertools.accumulate((len(line) + 1 for line in lines), initial=0))
    index = 0
    while index < len(lines):
        line, base = lines[index], bases[index]
        if "\t" in line:
            table_end = _read_table(lines, bases, index, grammar, doc_year, sections, indicators)
            if table_end > index:
                index = table_end
                continue
        index += 1
        sections.enter(line)
        if sections.in_review or grammar.review_paragraph.match(line):
            continue
        matches = list(grammar.value.finditer(line))
        if not matches:
            continue
        reader = _ParagraphReader(line, base, grammar, doc_year, sections.year)
        read = [indicator for indicator in map(reader.read, matches) if indicator is not None]
        indicators.extend(_share_trailing_qualifiers(read, line, base, grammar))
    indicators.sort(key=lambda indicator: indicator.char_start)
    return indicators


def qualifier_comparators() -> dict[str, str]:
    """Every qualifier the grammar writes, with the comparator it gives (the quality gate checks both)."""
    grammar = _grammar()
    return {**dict(grammar.qualifiers_before), **grammar.qualifiers_after, **grammar.qualifiers_inside}
