"""Reading the targets of one paragraph written as sentences, value by value in text order: a value may
lean on the one before it in its clause (its metric, its scope, the metrics 分别 hands out)."""

from __future__ import annotations

import re

from gongwen.indicators.clauses import Clauses
from gongwen.indicators.forms import Reading, bare_magnitude_unit, read_count, read_tail
from gongwen.indicators.grammar import NUMERAL_START, Grammar, Unit
from gongwen.indicators.metrics import canonical_metric
from gongwen.indicators.phrases import strip_joiners, trim_metric
from gongwen.indicators.values import (
    Bound,
    Number,
    is_name,
    read_bound,
    read_number,
    share_trailing_qualifiers,
)
from gongwen.indicators.years import GoverningYears
from gongwen.model import Indicator
from gongwen.text.numerals import MAGNITUDES

# What may follow a value that closes its clause (tail form); anything else is the noun of a count.
_VALUE_FOLLOWERS = set(",，;；:：。!！?？、)）”」’ \t\n(（") | {""}


def read_paragraph(
    line: str, base: int, grammar: Grammar, doc_year: int | None, section_year: int | None
) -> list[Indicator]:
    """The targets of one paragraph (line) starting at `base` in the text, in order."""
    matches = list(grammar.value.finditer(line))
    if not matches:
        return []
    reader = _ParagraphReader(line, base, grammar, doc_year, section_year)
    read = [indicator for indicator in map(reader.read, matches) if indicator is not None]
    return share_trailing_qualifiers(read, line, base, grammar)


class _ParagraphReader:
    """Reads the values of one paragraph in order, remembering the reading of the last one."""

    def __init__(self, line: str, base: int, grammar: Grammar, doc_year: int | None, section_year: int | None):
        self.line = line
        self.base = base
        self.grammar = grammar
        self.doc_year = doc_year
        self.clauses = Clauses(line)
        self.years = GoverningYears(line, grammar, doc_year, section_year)
        self.previous: Reading | None = None
        self.last_value_end = -1

    def read(self, found: re.Match[str]) -> Indicator | None:
        grammar, line = self.grammar, self.line
        start, end = found.span()
        if is_name(found, line, grammar):
            return None
        value_before_ends, self.last_value_end = self.last_value_end, end
        number = read_number(found, line, grammar, value_before_ends)
        if number is None:
            return None
        sentence_start, sentence_end = self.clauses.sentence(start)
        clause_start = self.clauses.clause_start(sentence_start, start)
        previous = self.previous if self.previous and self.previous.clause_start == clause_start else None
        bound = read_bound(found, line[previous.end if previous else clause_start : start], grammar)
        quote = self.clauses.quote_opening(sentence_start, start)
        if quote >= 0:
            inside = line[quote + 1 : bound.span_start]
            if not (grammar.level_verb_tail.search(inside) or grammar.count_verb_tail.search(inside)):
                return None  # a name: “1221”, “人才新政52条”
        quoted = self.clauses.quoted(quote) if quote >= 0 else None
        reading = self._reading(number, bound, previous, quoted, (end, clause_start), sentence_start)
        if reading is None:
            return None
        unit = number.unit or bare_magnitude_unit(grammar, number.magnitude or "", reading.metric)
        if unit is None:
            return None
        if unit.kind == "time" and (reading.form != "tail" or reading.verb is None):
            return None  # 有效期5年, 经过5年的努力, 1小时通勤圈: durations, not targets
        self.previous = reading
        year, explicit = self.years.at(sentence_start, sentence_end, start)
        if explicit and self.doc_year is not None and year is not None and year < self.doc_year:
            return None  # 2010年末…, “十一五”期间…: a baseline, not a target
        return self._indicator(number, unit, bound, reading, year, end)

    def _reading(
        self,
        number: Number,
        bound: Bound,
        previous: Reading | None,
        quoted: str | None,
        here: tuple[int, int],
        sentence_start: int,
    ) -> Reading | None:
        """How the value ending at here[0] names its metric: a starting point, the tail or the count form."""
        grammar, line, phrase, end = self.grammar, self.line, bound.phrase, here[0]
        baseline = next((marker for marker in grammar.baseline_markers if phrase.endswith(marker)), None)
        if baseline is not None:
            # 由2.57万元增加到3.52万元: the start is no target, but names the metric of the value after it.
            metric, scope, _ = trim_metric(phrase[: -len(baseline)], grammar)
            self.previous = Reading(*here, metric, scope, None, "baseline")
            return None
        continued = previous if previous is not None and previous.form == "count" else None
        if continued is not None and strip_joiners(line[continued.noun_end : bound.span_start], grammar) != "":
            continued = None
        following = line[end] if end < len(line) else ""
        if continued is None and (following in _VALUE_FOLLOWERS or self._joins_next_value(end)):
            earlier = self.previous if self.previous is not None and self.previous.end > sentence_start else None
            return read_tail(grammar, phrase, previous, earlier, quoted, here)
        return read_count(grammar, line, phrase, continued, number.unit, here)

    def _joins_next_value(self, end: int) -> bool:
        """和/与/及/或 after a value joins it to another value (98%和96%; 3个和一批…), not a noun (和美乡村)."""
        line = self.line
        return line[end : end + 1] in self.grammar.value_joiners and line[end + 1 : end + 2] in NUMERAL_START

    def _indicator(
        self, number: Number, unit: Unit, bound: Bound, reading: Reading, year: int | None, end: int
    ) -> Indicator:
        magnitude = number.magnitude or ""
        factor = MAGNITUDES.get(magnitude, 1) * unit.factor
        return Indicator(
            metric=reading.metric,
            canonical_metric=canonical_metric(reading.metric),
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
