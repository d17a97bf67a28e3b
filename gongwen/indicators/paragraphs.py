"""Reading the targets of one paragraph written as sentences, value by value in text order: a value may
lean on the one before it in its clause (its metric, its scope, the metrics 分别 hands out)."""

from __future__ import annotations

import re
from dataclasses import replace

from gongwen.indicators import phrases
from gongwen.indicators.clause_forms import read_capacity, read_named_count, read_object_count, read_sum
from gongwen.indicators.clauses import Clauses
from gongwen.indicators.disposals import read_completed_count, read_disposal_count
from gongwen.indicators.forms import read_count, read_share_first, read_tail, sets_no_number_to_reach
from gongwen.indicators.grammar import NUMERAL_START, Grammar, Unit
from gongwen.indicators.metrics import canonical_metric
from gongwen.indicators.phrases import bounded_metric, strip_joiners, trim_metric, without_purpose
from gongwen.indicators.readings import Reading
from gongwen.indicators.sections import Review
from gongwen.indicators.values import (
    SHARE_OF,
    Bound,
    Number,
    bare_magnitude_unit,
    is_name,
    read_bound,
    read_number,
    share_trailing_qualifiers,
    values_listed,
)
from gongwen.indicators.years import GoverningYears
from gongwen.model import Indicator
from gongwen.strength import strength_before
from gongwen.text.chars import has_han
from gongwen.text.numerals import MAGNITUDES
from gongwen.text.patterns import YEAR, matches_from
from gongwen.vocabulary import ACTUAL, NEUTRAL

# What may follow a value that closes its clause (tail form); anything else is the noun of a count.
_CLAUSE_COMMAS = frozenset({",", "，"})
_OPENING_REACH = 12  # how far into a sentence or clause its opening word (目前, 若) and any lead before it are looked for
_LEADING_ASIDE = re.compile(r"^[(（][^()（）]{1,4}[)）]")  # (含) after a value, before the words that follow it
_OPENING_BRACKETS = frozenset("(（")
_VALUE_FOLLOWERS = set(",，;；:：。!！?？、)）”」’》 \t\n(（") | {""}


def read_paragraph(
    line: str,
    base: int,
    grammar: Grammar,
    doc_year: int | None,
    section_year: int | None,
    review: Review | None = None,
) -> list[Indicator]:
    """The targets and actuals of one paragraph (line) starting at `base` in the text, in order; in a
    paragraph that reviews results (`review`) every figure is an actual."""
    matches = list(matches_from(grammar.value, grammar.value_opening, line))
    if not matches:
        return []
    reader = _ParagraphReader(line, base, grammar, doc_year, section_year, review)
    read: list[Indicator] = []
    for match in matches:
        indicator = reader.read(match)
        if indicator is not None:
            read += [indicator, *reader.alike(indicator)]
    return share_trailing_qualifiers(read, line, base, grammar)


class _ParagraphReader:
    """Reads the values of one paragraph in order, remembering the reading of the last one."""

    def __init__(
        self,
        line: str,
        base: int,
        grammar: Grammar,
        doc_year: int | None,
        section_year: int | None,
        review: Review | None,
    ):
        self.line = line
        self.base = base
        self.grammar = grammar
        self.doc_year = doc_year
        self.section_year = section_year
        self.review = review
        self.clauses = Clauses(line)
        self.years = GoverningYears(line, grammar, doc_year, section_year)
        self.previous: Reading | None = None
        self.last_value_end = -1

    def alike(self, indicator: Indicator) -> list[Indicator]:
        """The same value for each metric the last one shares it with (…和…均增长10%; …和…分别增长7%, the clause's
        only value), which hands none on."""
        reading = self.previous
        if reading is None or not reading.shares or not (reading.alike or self._alone_in_clause(reading)):
            return []
        self.previous = replace(reading, shares=(), alike=False)
        metrics = [bounded_metric(metric, self.grammar) for metric in reading.shares]
        return [replace(indicator, metric=metric, canonical_metric=canonical_metric(metric)) for metric in metrics]

    def read(self, found: re.Match[str]) -> Indicator | None:
        grammar, line = self.grammar, self.line
        start, end = found.span()
        if is_name(found, line, grammar):
            return None
        value_before_ends, self.last_value_end = self.last_value_end, end
        number = read_number(found, line, grammar, value_before_ends)
        if number is None:
            return None
        if number.range_start is not None:
            start = number.range_start
        sentence_start, sentence_end = self.clauses.sentence(start)
        clause_start = self.clauses.clause_start(sentence_start, start)
        previous = self.previous if self.previous and self.previous.clause_start == clause_start else None
        bound = read_bound(found, line[previous.end if previous else clause_start : start], grammar, number)
        if self._sets_terms((sentence_start, clause_start, sentence_end), bound.span_start, start, end):
            return None
        quote = self.clauses.quote_opening(sentence_start, start)
        if quote >= 0:
            inside = line[quote + 1 : bound.span_start]
            bounded = bound.span_start < start  # “一年内停电次数不超过5次”: a standard quoted, no name
            if not (bounded or grammar.level_verb_tail.search(inside) or grammar.count_verb_tail.search(inside)):
                return None  # a name: “1221”, “人才新政52条”
            if bounded and quote >= clause_start:
                bound = replace(bound, phrase=inside)  # the standard names its metric inside its quotes
        quoted = self.clauses.quoted(quote) if quote >= 0 else None
        reading = self._reading(number, bound, previous, quoted, (end, clause_start), sentence_start)
        if reading is None or not has_han(grammar.value.sub("", reading.metric)):
            return None  # 24.3万户/682个: a value written after another names nothing it measures
        if sets_no_number_to_reach(grammar, line, reading, number.unit, (clause_start, start, end)):
            return None  # 占地10亩, 中央财政负担60%, 确定1名工作人员为联络员, 提出…等10项措施: none to reach
        if reading.bound_word is not None and bound.qualifier is None:
            bound = replace(bound, qualifier=reading.bound_word, comparator=dict(grammar.qualifiers_before)[reading.bound_word])
        unit = number.unit or bare_magnitude_unit(grammar, number.magnitude or "", reading.metric)
        if unit is None or self._is_charge(unit, clause_start, bound.span_start):
            return None
        if unit.kind == "time" and not reading.metric.endswith(grammar.duration_metric_endings) and (
                reading.form != "tail" or (reading.verb is None and bound.span_start == start)
                or bound.qualifier in grammar.recent_period_qualifiers or number.range_text is not None):
            return None  # 有效期5年, 经过5年的努力, 1小时通勤圈, 近3年, 周期为3至5年: durations, not targets (不超过5个工作日 is one)
        self.previous = reading
        year, explicit = self.years.at(sentence_start, sentence_end, start)
        listed = phrases.listed_for_places(grammar, self.clauses, sentence_start, start, reading.metric)
        indicator = self._indicator(number, unit, bound, replace(reading, metric=listed) if listed else reading, year, end)
        if not reading.achieved and (
            self._restates_achieved(previous, bound.span_start)
            or self._reports_work(sentence_start, clause_start, year, explicit)
            or self._after_past_period(sentence_start, clause_start, year, explicit)
            or self._states_present((sentence_start, sentence_end, clause_start), year, explicit)
            or self._on_the_ground_of(clause_start, end)
        ):
            reading = replace(reading, achieved=True)
        if not self._is_actual(reading, year, explicit):
            if self._is_forecast(sentence_start, clause_start, start):
                return None
            return replace(indicator, strength=self._strength(clause_start, bound.span_start))
        as_of = self._as_of_year(reading, year, explicit)
        return replace(indicator, target_year=None, kind=ACTUAL, as_of_year=as_of,
                       as_of_start_year=self._as_of_start_year(bound, as_of), strength=NEUTRAL)

    def _restates_achieved(self, previous: Reading | None, start: int) -> bool:
        """…已完成1个(50%): the value in brackets right after an achieved one restates it (its share done)."""
        return (previous is not None and previous.achieved and previous.end == start - 1
                and self.line[start - 1] in _OPENING_BRACKETS)

    def _alone_in_clause(self, reading: Reading) -> bool:
        """The value read is the only one of its clause."""
        clause_end = self.clauses.clause_end(reading.end, self.clauses.sentence(reading.end)[1])
        return len(self.grammar.value.findall(self.line, reading.clause_start, clause_end)) == 1

    def _sets_terms(self, spans: tuple[int, int, int], bound_start: int, start: int, end: int) -> bool:
        """Whether the value states the terms of a rule or a grant rather than a number to reach: a rate basis,
        a condition, the terms after a threshold, a step, a sum granted; nor is a figureless sentence's (a roll call,
        a term defined, words counted). `spans`: the sentence's start, the clause's start, the sentence's end."""
        sentence_start, clause_start, sentence_end = spans
        return (self._is_rate_basis(self.line[clause_start:bound_start]) or self._is_condition(clause_start)
                or self.grammar.figureless_sentence.search(self.line, sentence_start, sentence_end) is not None
                or self._follows_threshold(sentence_start, clause_start)
                or self.grammar.step.search(self.line, clause_start, bound_start) is not None
                or self._is_award((sentence_start, clause_start), start, end, sentence_end))

    def _is_charge(self, unit: Unit, clause_start: int, bound_start: int) -> bool:
        """保管费每年100元/吨, 服务费用不超过16元/平方米: a sum per quantity right after a charge, a term a rule sets; a
        sum per year (运行经费不少于0.2万元/年) is an amount to provide."""
        if unit.kind != "money" or "/" not in unit.name:
            return False
        per = self.grammar.units.get(unit.name.partition("/")[2])
        return (per is None or per.kind != "time") and self.grammar.charge.search(self.line, clause_start, bound_start) is not None

    def _is_rate_basis(self, phrase: str) -> bool:
        """按照企业实际项目贷款利率的50%给予贴息, 省级按…合同金额的30%: a share of a base an amount is computed from,
        no target; nor is a value listed after one (…贡献的70%、80%和90%给予企业奖励)."""
        grammar = self.grammar
        phrase = grammar.lead.sub("", phrase)
        while listed := [found for found in grammar.value.finditer(phrase)
                         if phrase[found.end() :] in grammar.list_joiners]:
            phrase = phrase[: listed[-1].start()]
        return grammar.rate_basis.match(phrase) is not None and phrase.endswith("的")

    def _is_forecast(self, sentence_start: int, clause_start: int, value_start: int) -> bool:
        """预计今年高校毕业生超过1170万人, 据…预测,到2030年…: a forecast, no target. What the writer expects to
        do itself is planned, not forecast (规划期内,预计总开工21万套: a count verb follows 预计)."""
        grammar, line = self.grammar, self.line
        clause = line[clause_start:value_start]
        for word in grammar.forecast_words:
            at = clause.find(word)
            if at >= 0 and not grammar.count_verb_lead.search(clause, at + len(word)):
                return True
        first_clause = line[sentence_start : self.clauses.clause_end(sentence_start, value_start)]
        return any(word in first_clause for word in grammar.forecast_source_words)

    def _strength(self, clause_start: int, value_start: int) -> str:
        """The strength word before the value in its own clause, else in the clause opening its ；-piece
        (力争到2025年，城镇化率达到65%): a hedge of another value of a list (经济增长5%左右、努力争取更好结果，
        …城镇新增就业110万人以上) does not reach it."""
        own = strength_before(self.line[clause_start:value_start])
        if own != NEUTRAL:
            return own
        piece_start = self.clauses.piece_start(value_start)
        return strength_before(self.line[piece_start : self.clauses.clause_end(piece_start, clause_start)])

    def _reports_work(self, sentence_start: int, clause_start: int, year: int | None, explicit: bool) -> bool:
        """省能源局对新型储能项目库进行了调整，…此次调整入库119个项目: an earlier clause of the sentence reports
        work done, and the figures after it say what came of it. Not when a year ahead governs the figure
        (进行了专题部署，到2027年…), nor in a clause setting the ground for what follows (在完成了试点的基础上…)."""
        if explicit and year is not None and self.doc_year is not None and year > self.doc_year:
            return False
        for found in self.grammar.reported_work.finditer(self.line, sentence_start, clause_start):
            clause_start_of_verb = self.clauses.clause_start(sentence_start, found.start())
            clause = self.line[clause_start_of_verb : self.clauses.clause_end(found.end(), clause_start)]
            if not clause.startswith(self.grammar.ground_openings):
                return True
        return False

    def _on_the_ground_of(self, clause_start: int, end: int) -> bool:
        """在基本实现…等5种门诊慢特病费用跨省直接结算县域可及的基础上，…: the figure is in the clause that names what
        has been reached, the ground for what follows (在…基础上): an actual."""
        clause = self.line[clause_start: self.clauses.clause_end(end, len(self.line))]
        return self.grammar.reached_ground.match(clause) is not None

    def _after_past_period(self, sentence_start: int, clause_start: int, year: int | None, explicit: bool) -> bool:
        """近5年来，全国城市平均年节水量约35亿立方米，重复利用率提高到70.7%: an earlier clause of the sentence names a
        period up to now, and the figures after it say what it achieved. Not when a year ahead governs the
        figure (近年来…，到2027年…达到…)."""
        if explicit and year is not None and self.doc_year is not None and year > self.doc_year:
            return False
        return self.grammar.past_period.search(self.line, sentence_start, clause_start) is not None

    def _states_present(self, sentence: tuple[int, int, int], year: int | None, explicit: bool) -> bool:
        """目前本区装修垃圾中…，其中…占比近30%: a sentence (its start and end) or the value's clause (its start: …开工,目前主体
        完成约70%) opening with 目前 states how things stand now; so does a sentence naming a rank held or a task over-fulfilled
        (…连续39年居全国首位; …超额完成…年度任务). Not when a year ahead governs the figure (目前…，到2027年…达到…)."""
        if explicit and year is not None and self.doc_year is not None and year > self.doc_year:
            return False
        openings = (self.grammar.lead.sub("", self.line[at : at + _OPENING_REACH]) for at in {sentence[0], sentence[2]})
        return (any(self.grammar.present_opening.match(opening) is not None for opening in openings)
                or self.grammar.achieved_sentence.search(self.line, *sentence[:2]) is not None)

    def _follows_threshold(self, sentence_start: int, clause_start: int) -> bool:
        """储存12个月以上的,累计不超过0.2%: a clause before in the sentence holds a threshold and closes with 的, saying
        whom a rule is for; the figures after it are the rule's terms, no target."""
        line = self.line
        for at in (at for at in range(sentence_start + 1, clause_start) if line[at] in _CLAUSE_COMMAS):
            if line[at - 1] != "的":
                continue
            clause = line[self.clauses.clause_start(sentence_start, at) : at]
            if any(not YEAR.fullmatch(found.group()) for found in self.grammar.value.finditer(clause)):
                return True
        return False

    def _is_condition(self, clause_start: int) -> bool:
        """若参与竞价申报的同类型不同法人竞价项目不足3个，该类型…暂不组织竞价: a threshold of a rule, no target."""
        opening = self.grammar.lead.sub("", self.line[clause_start : clause_start + _OPENING_REACH])
        return self.grammar.condition_opening.match(opening) is not None

    def _is_award(self, starts: tuple[int, int], start: int, end: int, sentence_end: int) -> bool:
        """A sum an incentive grants (给予企业10万元奖励), the cap of one granted earlier in the sentence (给予奖补,
        最高3000万元), or a condition of one (…500亩以上…的，…奖励; in the value's clause, who qualifies may follow
        its 的: …1万人次以上的旅行社、户外团队进行奖励). `starts`: the sentence's and the clause's."""
        grammar, line = self.grammar, self.line
        sentence_start, clause_start = starts
        return (grammar.award.search(line, clause_start, start) is not None
                or (grammar.award_cap.search(line, clause_start, start) is not None
                    and grammar.award.search(line, sentence_start, clause_start) is not None)
                or grammar.award_condition.search(line, end, sentence_end) is not None
                or grammar.award_holder.match(line, end, sentence_end) is not None)

    def _is_actual(self, reading: Reading, year: int | None, explicit: bool) -> bool:
        """A figure stated as achieved: in a review of results (unless a year after the document's governs
        it: a plan's background looking ahead, or it is the year's plan: 年度计划投资651亿元), after 已, or governed
        by a year before the document's own (2023年末…为61.2% in a 2024 plan, “十三五”期间…)."""
        doc_year = self.doc_year
        ahead = explicit and doc_year is not None and year is not None and year > doc_year
        past = explicit and doc_year is not None and year is not None and year < doc_year
        reviewed = self.review is not None and not ahead and self.grammar.review.planned.search(reading.metric) is None
        return reviewed or reading.achieved or past

    def _as_of_year(self, reading: Reading, year: int | None, explicit: bool) -> int | None:
        """The year an actual describes: the one the text names; else, in a review, the year its section
        reviews (一、2025年工作总结 → 2025) or the one before the document's; after 已, the document's."""
        doc_year = self.doc_year
        if explicit and year is not None and (doc_year is None or year <= doc_year):
            return year
        if self.review is None and reading.achieved:
            return doc_year
        if self.section_year is not None and (doc_year is None or self.section_year <= doc_year):
            return self.section_year
        return doc_year - 1 if doc_year is not None else None

    def _as_of_start_year(self, bound: Bound, as_of: int | None) -> int | None:
        """The first year an actual covers: the review's span (这五年 → 2021 for 2025), NULL for a 累计
        total over years the text does not say, else the year itself."""
        if as_of is None or any(word in bound.phrase for word in self.grammar.cumulative_words):
            return None
        span = self.review.span_years if self.review is not None else None
        return as_of - span + 1 if span else as_of

    def _reading(self, number: Number, bound: Bound, previous: Reading | None, quoted: str | None,
                 here: tuple[int, int], sentence_start: int) -> Reading | None:
        """How the value ending at here[0] names its metric: a starting point, the tail or the count form."""
        grammar, line, phrase, end = self.grammar, self.line, bound.phrase, here[0]
        baseline = next((marker for marker in grammar.baseline_markers if phrase.endswith(marker)), None)
        if baseline is None and bound.qualifier is not None and SHARE_OF in phrase:
            # 贷款额由不高于房价的70%,提高到…: a bounded share after 由 is a starting point too
            head = phrase.rpartition(SHARE_OF)[0]
            marker = next((marker for marker in grammar.baseline_markers if head.endswith(marker)), None)
            if marker is not None:
                metric, scope, _ = trim_metric(head[: -len(marker)], grammar)
                self.previous = Reading(*here, metric, scope, None, "baseline")
                return None
        if baseline is not None:
            # 由2.57万元增加到3.52万元: the start is no target, but names the metric of the value after it.
            metric, scope, _ = trim_metric(phrase[: -len(baseline)], grammar)
            self.previous = Reading(*here, metric, scope, None, "baseline")
            return None
        continued = previous if previous is not None and previous.form == "count" else None
        if continued is not None and self._opens_counted_noun(continued, bound.span_start):
            return None  # 1所200张床位以上的省二级以上养老机构: a measure of the thing counted, no target
        if continued is not None and strip_joiners(line[continued.noun_end : bound.span_start], grammar) != "":
            continued = None
        if continued is None and previous is None:
            continued = self._count_before_comma(here[1], bound.span_start, sentence_start)
        following = line[end] if end < len(line) else ""
        closes = (
            following in _VALUE_FOLLOWERS
            # …参保率保持在98%以上等。: the last of the targets a sentence lists, closed by 等
            or any(line.startswith(marker, end) and line[end + len(marker):end + len(marker) + 1] in _VALUE_FOLLOWERS
                   for marker in grammar.enumeration_markers)
            or line.startswith(grammar.value_closers, end) or grammar.length_after.match(line, end) is not None
            or any(phrase.endswith(opening) and line.startswith(closing, end)
                   for opening, closing in grammar.planned_rate_frames.items())
        )
        if continued is None and (closes or self._joins_next_value(end)):
            earlier = self.previous if self.previous is not None and self.previous.end > sentence_start else None
            if earlier is not None and earlier.form == "baseline":
                phrase = self._after_baseline(earlier, phrase)
            tail = read_tail(grammar, phrase, (previous, earlier), quoted, here, values_listed(line, end, grammar))
            return tail or (self._clause_before(phrase, here, sentence_start) if previous is None else None)
        counted = read_count(grammar, line, phrase, continued, number, here)
        if counted is None and continued is None:
            shared = read_share_first(grammar, line, phrase, number.unit, here)
            shared = shared or read_object_count(grammar, line, phrase, number.unit, here)
            shared = shared or read_capacity(grammar, line, phrase, number.unit, here)
            shared = shared or read_sum(grammar, line, phrase, number.unit, here, sentence_start)
            shared = shared or read_named_count(grammar, line, phrase, number.unit, here)
            shared = shared or read_disposal_count(grammar, line, phrase, number.unit, here)
            return shared or read_completed_count(grammar, line, number.unit, here)
        return counted

    def _clause_before(self, phrase: str, here: tuple[int, int], sentence_start: int) -> Reading | None:
        """推进幸福河湖建设,年底前达到45条; 对在运营的乡镇敬老院实施适老化改造,2022年底前完成80%以上: a clause of only a
        verb (and a year) before its value measures what the clause before it names, when that holds no value."""
        grammar, line, clause_start = self.grammar, self.line, here[1]
        if clause_start <= sentence_start or line[clause_start - 1] not in _CLAUSE_COMMAS:
            return None
        verb = grammar.lead.sub("", phrase)
        if verb and not grammar.level_verb_tail.fullmatch(verb):
            return None
        if not verb and grammar.count_verb_lead.search(phrase) is None:
            return None
        before = line[self.clauses.clause_start(sentence_start, clause_start - 1) : clause_start - 1]
        if grammar.value.search(before) or grammar.year_mention.search(before):
            return None
        metric, scope, _ = trim_metric(before, grammar)
        return Reading(*here, metric, scope, verb or None, "tail") if len(metric) >= 2 else None

    def _after_baseline(self, baseline: Reading, phrase: str) -> str:
        """贷款额由不高于房价的70%,提高到不高于房价的80%: a clause opening with a level verb after a starting point
        goes on with the metric the starting point named; what closes the starting point (由180平方米(含)以内提高到…)
        is its own."""
        grammar = self.grammar
        phrase = _LEADING_ASIDE.sub("", grammar.lead.sub("", phrase))
        phrase = next((phrase[len(word) :] for word in grammar.qualifiers_after if phrase.startswith(word)), phrase)
        verb_end = next((size for size in range(2, 6) if grammar.level_verb_tail.fullmatch(phrase[:size])), None)
        if verb_end is None or not baseline.metric:
            return phrase
        return baseline.metric + phrase[verb_end:] + phrase[:verb_end] if phrase[verb_end:] else phrase

    def _opens_counted_noun(self, count: Reading, value_start: int) -> bool:
        """Whether a value opens the noun the count before it counts (1所|200张床位以上的…养老机构, 1个|100平方米
        以上的老年人活动站点): it measures what is counted. A value further into the noun (66个…重点县和豫东平原200万亩
        …项目) is read."""
        return value_start < count.noun_end and self.line[count.end : value_start] in ("", "的")

    def _count_before_comma(self, clause_start: int, value_start: int, sentence_start: int) -> Reading | None:
        """完成全区289个投放点微更新,159个投放点专项更新: a count opening its clause right after a counted clause
        of its sentence is listed after it, under the same verb (the noun before may run on past where its
        count stopped it: 20家行业型、专业型、区域型工业互联网平台,100家…)."""
        last = self.previous
        if last is None or last.form != "count" or last.end <= sentence_start or value_start != clause_start:
            return None
        rest = self.line[last.noun_end : clause_start]
        return last if rest[-1:] in _CLAUSE_COMMAS and not self._ends_clause(rest[:-1]) else None

    def _ends_clause(self, rest: str) -> bool:
        """Whether the words after a counted noun up to the next clause end a clause or hold a value: the list
        of kinds a noun stopped at (20家行业型|、专业型、区域型工业互联网平台) does neither."""
        return any(ch in _CLAUSE_COMMAS for ch in rest) or self.grammar.value.search(rest) is not None

    def _joins_next_value(self, end: int) -> bool:
        """和/与/及/或 after a value joins it to another value (98%和96%; 3个和一批…), not a noun (和美乡村)."""
        line = self.line
        return line[end : end + 1] in self.grammar.value_joiners and line[end + 1 : end + 2] in NUMERAL_START

    def _indicator(
        self, number: Number, unit: Unit, bound: Bound, reading: Reading, year: int | None, end: int
    ) -> Indicator:
        magnitude = number.magnitude or ""
        factor = MAGNITUDES.get(magnitude, 1) * unit.factor
        metric = reading.metric if reading.form != "count" else without_purpose(reading.metric, self.grammar)
        metric = bounded_metric(metric, self.grammar)
        return Indicator(
            metric=metric,
            canonical_metric=canonical_metric(metric),
            scope=reading.scope,
            value=number.value,
            unit=magnitude + unit.name,
            value_base=round(number.value * factor, 6),
            unit_base=unit.base,
            qualifier=bound.qualifier,
            comparator=bound.comparator or self.grammar.bounding_verbs.get(reading.verb or "", "="),
            target_year=year,
            sentence=self.clauses.piece(bound.span_start, end),
            char_start=self.base + bound.span_start,
            char_end=self.base + end,
        )
