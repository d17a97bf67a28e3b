"""Where the text around a value of one paragraph begins and ends: its sentence, its clause (where its
metric phrase may start), its ；-piece (the sentence a target reports) and the quotation holding it."""

from __future__ import annotations

import bisect
import re

# Where a metric phrase starts: the previous clause ends. 、 is not one: it joins names within a metric
# (乡镇、村级快递覆盖率、配送率) as often as it joins targets, which the previous value's end settles.
CLAUSE_ENDS = frozenset(",，;；:：。!！?？\n\t")
_CLAUSE_END = re.compile(f"[{re.escape(''.join(sorted(CLAUSE_ENDS)))}]")
_SENTENCE_ENDS = "。!！?？"
_PIECE_ENDS = "。!！?？;；"
_SENTENCE_END = re.compile(f"[{_SENTENCE_ENDS}]")
# How far a value's context is looked for: a clause, a quoted name, a ；-piece is never longer, and the
# bound keeps a paragraph with no sentence end (a run-on export) linear.
_CLAUSE_REACH = 120
_QUOTE_REACH = 40
_PIECE_REACH = 300


def clause_end(line: str, start: int, limit: int | None = None) -> int:
    """Where the clause going on at `start` of `line` ends, at most `limit`."""
    limit = len(line) if limit is None else limit
    found = _CLAUSE_END.search(line, start, limit)
    return found.start() if found else limit


class Clauses:
    """The spans of one paragraph around a position."""

    def __init__(self, line: str):
        self.line = line
        self._sentence_ends = [found.start() for found in _SENTENCE_END.finditer(line)]

    def sentence(self, position: int) -> tuple[int, int]:
        """(start, end) of the sentence holding `position`."""
        index = bisect.bisect_left(self._sentence_ends, position)
        start = self._sentence_ends[index - 1] + 1 if index > 0 else 0
        end = self._sentence_ends[index] if index < len(self._sentence_ends) else len(self.line)
        return start, end

    def clause_start(self, sentence_start: int, position: int) -> int:
        line = self.line
        window_start = max(sentence_start, position - _CLAUSE_REACH)
        # a value inside a title's marks starts its clause there: items set in 《》 one after another
        title_opening = line.rfind("《", window_start, position)
        in_title = title_opening >= 0 and line.find("》", title_opening, position) < 0
        after_ends = max(line.rfind(ch, window_start, position) for ch in CLAUSE_ENDS) + 1
        return max(window_start, title_opening + 1 if in_title else 0, after_ends)

    def clause_end(self, start: int, limit: int) -> int:
        """Where the clause starting at `start` ends, at most `limit`."""
        return clause_end(self.line, start, limit)

    def piece_start(self, start: int) -> int:
        """Where the ；/。-delimited piece holding `start` begins."""
        line = self.line
        window_start = max(0, start - _PIECE_REACH)
        return max(window_start - 1, *(line.rfind(ch, window_start, start) for ch in _PIECE_ENDS)) + 1

    def piece(self, start: int, end: int) -> str:
        """The ；/。-delimited piece of the sentence holding line[start:end]."""
        line = self.line
        window_start = max(0, start - _PIECE_REACH)
        window_end = min(len(line), end + _PIECE_REACH)
        left = max(window_start - 1, *(line.rfind(ch, window_start, start) for ch in _PIECE_ENDS)) + 1
        rights = [i for i in (line.find(ch, end, window_end) for ch in _PIECE_ENDS) if i >= 0]
        return line[left : min(rights) if rights else window_end].strip()

    def quote_opening(self, start: int, position: int) -> int:
        """Where the quotation holding `position` opens (its “), or -1."""
        line = self.line
        opening = line.rfind("“", max(start, position - _QUOTE_REACH), position)
        if opening < 0 or line.rfind("”", opening, position) >= 0:
            return -1
        return opening

    def quoted(self, opening: int) -> str:
        """The words of the quotation opening at `opening`."""
        closing = self.line.find("”", opening)
        return self.line[opening + 1 : closing if closing >= 0 else len(self.line)]
