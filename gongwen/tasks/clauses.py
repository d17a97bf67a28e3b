"""Responsibility clauses (`（市发改委牵头，市财政局配合，2025年底前完成）`, `责任单位：A、B`): where they
are in a line, and the units, roles and deadline each one gives."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from gongwen.departments import classify_unit
from gongwen.model import TaskUnit
from gongwen.tasks.brackets import CLOSING_BRACKETS, OPENING_BRACKETS, bracket_groups, top_level_split
from gongwen.tasks.lines import WHITESPACE, Line
from gongwen.tasks.unit_lists import RoleList, looks_like_unit, read_unit_list
from gongwen.tasks.vocabulary import Vocabulary, ends_like_unit, vocabulary
from gongwen.text.chars import HAN_CHAR
from gongwen.vocabulary import CO, LEAD, NATIONAL, RESPONSIBLE, UNKNOWN_LEVEL


@dataclass(frozen=True)
class ResponsibilityClause:
    """A responsibility clause found in a line: its span there and what it says."""

    start: int  # offset in the line
    end: int
    units: tuple[TaskUnit, ...]
    deadline: str | None
    implicit_units: tuple[str, ...] = ()


def is_deadline(text: str) -> bool:
    """Only a completion time: 2017年底前完成, 2021—2035年, 长期坚持."""
    return vocabulary().deadline.match(text) is not None


# A name written without a unit suffix (南方电网, 有关电厂): Chinese only, short, no clause in it.
_CONVENTION_CASE = re.compile(r"(?:(?<=[；;，,])|^)\s*(?:若|如|凡)[^；;，,()（）]*的[，,]?$")
_PLAIN_NAME = re.compile(rf"{HAN_CHAR.pattern}{{2,8}}")
_SENTENCE_ENDS = frozenset("。；;")
# A line of its own saying who carries the item above out (由市发展改革委,各县市区人民政府负责落实).
_BY_LINE = re.compile(r"^由[^。；;：:]{2,200}。?$")
_CUT_ROLE_VERB = "负责"  # what 按职责分工 goes on with where a page cut the clause after it


class _NotAClause(Exception):
    """A segment names something other than units: the text is an ordinary parenthetical."""


def _sentences(inner: str, words: Vocabulary, implicit: list[str]) -> list[str]:
    """The clause's sentences without the convention sentences in it (排名第一的为牵头单位，下同;
    以下各项任务均需…落实，不再列出), whose implicit units go to `implicit`."""
    sentences = []
    for sentence in top_level_split(inner, "。"):
        sentence = sentence.strip(WHITESPACE)
        if not sentence or words.note.match(sentence):
            continue  # (注:市、县信用办指…: a note on the names)
        found = words.implicit_unit.search(sentence)
        if found:
            implicit.append(found.group("unit"))
            sentence = sentence[: found.start()]
        if words.lead_mark.search(sentence):
            continue  # 标☆的为牵头单位,下同: the sign marks the lead (see _ClauseReader.assign)
        found = words.lead_first.search(sentence)
        if found:  # and the bracket it was said in (…、工商联(列第一位者为牵头或汇总单位,下同); 县发改局（首位单位为牵头单位，下同）、县财政局)
            # …;若工作涉及多个处室的,列第一的为牵头责任处室: the case the convention is for goes with it
            before = _CONVENTION_CASE.sub("", sentence[: found.start()].rstrip(WHITESPACE))
            closing = next((at for at in range(found.end(), len(sentence)) if sentence[at] in CLOSING_BRACKETS), None)
            rest = sentence[closing + 1:] if before.endswith(("(", "（")) and closing is not None else ""
            sentence = before.rstrip("(（") + rest
        sentence = words.same_below.sub("", sentence.strip(WHITESPACE + "，,；;"))
        if sentence:
            sentences.append(sentence)
    return sentences


class _ClauseReader:
    """Reads a clause segment by segment (parted by ，；): labels, role verbs and unit lists."""

    def __init__(self, words: Vocabulary, labelled: bool, lead_first: bool, closes_item: bool = False,
                 label_follows: bool = False, marks_lead: bool = False) -> None:
        self.words = words
        self.labelled = labelled
        self.marks_lead = marks_lead  # the document says which sign marks the lead (标☆的为牵头单位)
        # a label comes after the first segment (（11月份见效，牵头考核单位：市工信局）): what stands before it is
        # the clause's timing, not units
        self.before_label = label_follows
        self.lead_first = lead_first
        self.closes_item = closes_item  # the bracket ends its item: a plain name may stand in its list
        self.plain_names = 0  # names without a unit suffix let in because the bracket ends its item
        self.roles = RoleList()
        self.deadline: str | None = None
        self.implicit: list[str] = []
        self.pending: list[str] = []  # units named before the word that gives their role
        self.label_role: str | None = None  # role given by the current label; None: a plain list
        self.naming_people = False  # inside 责任领导：…, whose names are officials, not units
        self.saw_role_word = False

    def assign(self, role: str | None) -> None:
        """Give the pending units their role: `role`, or by the lead-first convention when None."""
        names, self.pending = self.pending, []
        # 市发改委（牵头）、市财政局: a role marked on one unit of the list
        marked = [self.words.role_mark.search(n) for n in names]
        if self.marks_lead and any(without_lead_sign(n)[1] for n in names):  # ☆经信局、科技局; 区农业农村委*、区财政局
            for name in names:
                bare, lead = without_lead_sign(name)
                self.roles.add([bare], LEAD if lead else CO if role in (None, LEAD) else role)
        elif any(marked):
            for name, mark in zip(names, marked, strict=True):
                if mark:
                    self.roles.add([name[: mark.start()]], self.words.verb_roles[mark.group(1)])
                else:
                    self.roles.add([name], CO if role in (None, LEAD) else role)
        elif role == RESPONSIBLE and self.lead_first and not self.roles.units:
            self.roles.add(names[:1], LEAD)  # (A、B、C负责。列第一位的为牵头部门): the first of those in charge leads
            self.roles.add(names[1:], role)
        elif role is not None:
            self.roles.add(names, role)
        elif self.lead_first:
            if not self.roles.units:
                self.roles.add(names[:1], LEAD)
                names = names[1:]
            self.roles.add(names, CO)
        else:
            self.roles.add(names, RESPONSIBLE)

    def read(self, segment: str) -> None:
        segment = self.words.same_below.sub("", segment.strip(WHITESPACE))
        if not segment:
            return
        rest = self._after_label(segment)
        if rest is not None:
            self._read_units(rest)

    def _after_label(self, segment: str) -> str | None:
        """The segment after its label, or None when the label or segment says no units
        (officials, a deadline)."""
        label = self.words.label.match(segment)
        if label is None:
            if self.naming_people:
                return None
            if is_deadline(segment) or (self.before_label and not looks_like_unit(segment)):
                self.deadline = self.deadline or segment
                return None
            return segment
        self.before_label = False
        role = self.words.label_roles[label.group(1)]
        segment = segment[label.end():]
        self.naming_people = role == "person"
        if self.naming_people:
            return None
        if role == "deadline":
            self.deadline = segment.strip(WHITESPACE + "。") or self.deadline
            return None
        self.assign(self.label_role)
        self.label_role = None if role == RESPONSIBLE else role
        return segment

    def _units(self, text: str) -> list[str]:
        names = read_unit_list(text)
        if not all(looks_like_unit(n) for n in names):
            raise _NotAClause
        return names

    def _read_units(self, segment: str) -> None:
        words = self.words
        tail = words.implicit_tail.search(segment)
        if tail:
            self.implicit.append(tail.group("unit"))
            self.pending.extend(read_unit_list(segment[: tail.start()]))
            self.assign(RESPONSIBLE)
            self.saw_role_word = True
            return
        joint = words.joint.search(segment)
        if joint and looks_like_unit(segment[: joint.start()]):
            # 省教育厅会同省财政厅负责: the unit before 会同 does the work, the ones after it take part.
            self.pending.extend(read_unit_list(segment[: joint.start()]))
            self.assign(RESPONSIBLE)
            segment = segment[joint.end():]
            verb = words.verb.search(segment)
            self.pending.extend(self._units(segment[: verb.start()] if verb else segment))
            self.assign(CO)
            self.saw_role_word = True
            return
        verb = words.verb.search(segment)
        if verb and len(segment) > len(verb.group(1)):
            self.pending.extend(self._units(segment[: verb.start()]))
            self.assign(words.verb_roles[verb.group(1)])
            self.saw_role_word = True
            return
        names = read_unit_list(segment)
        if not self.labelled:
            plain = [n for n in names if not looks_like_unit(n)]
            if plain and not (self.closes_item and all(_PLAIN_NAME.fullmatch(n) for n in plain)):
                raise _NotAClause
            self.plain_names += len(plain)
        self.pending.extend(names)


def _role_parts(segment: str, words: Vocabulary) -> list[str]:
    """A segment cut after each role verb that 、 follows: 市市场监管局牵头负责、各区政府组织落实 is two lists, each
    with its role."""
    parts, start = [], 0
    for verb in words.verb_then_list.finditer(segment):
        parts.append(segment[start:verb.end()])
        start = verb.end() + 1
    return [*parts, segment[start:]] if parts else [segment]


def _names_a_level(unit: str, words: Vocabulary) -> bool:
    """市发改委, 各县市区人民政府, 有关市能源主管部门: the unit's name says which level of government it is; so does a
    ministry's (公安部, 海关总署: central whatever the document)."""
    return (unit[:1] in words.level_initials or words.collective_area.match(unit) is not None
            or classify_unit(unit, UNKNOWN_LEVEL, None).level == NATIONAL)


def without_lead_sign(name: str) -> tuple[str, bool]:
    """A unit's name without the sign a plan marks its lead with, before or after it (☆经信局, 区农业农村委*), and
    whether it bore one."""
    bare = name.strip("".join(vocabulary().lead_marks))
    return bare, bare != name


def parse_responsibility_clause(inner: str, lead_first: bool = False, closes_item: bool = False,
                                marks_lead: bool = False) -> ResponsibilityClause | None:
    """Units, roles and deadline of a clause's inner text (the span is all of it), or None when the
    text is not a responsibility clause.

    Forms: `责任单位：A、B` · `牵头单位：A；配合单位：B、C` · `A牵头，B、C配合` · `A、B按职责分工负责` ·
    `A、B等部门及各市州政府负责` (the local governments after 等部门及/和 are an implicit unit) · `A会同B负责`
    (A responsible, B co; 会同 is no 牵头) · `A、B` (a bare list of units; `B和C` is two units; with `closes_item`, the bracket that ends
    a task item, a few names without a unit suffix may stand among them: 南方电网). Officials (`责任领导：张三`) are
    skipped. Convention sentences inside the clause (排名第一的为牵头单位，下同;
    以下各项任务均需…落实，不再列出) are not units. With `lead_first`, an unlabelled or 责任单位 list
    gives `lead` to its first unit and `co` to the rest; otherwise its units are `responsible`. With `marks_lead`
    (the document says 标☆的为牵头单位), a unit whose name opens with the sign leads."""
    words = vocabulary()
    labelled = words.label.match(inner) is not None
    if labelled:
        inner = words.blank_before_label.sub("；", inner)
    label_follows = not labelled and any(
        words.label.match(segment.strip(WHITESPACE)) for segment in top_level_split(inner, "；;，,")[1:])
    reader = _ClauseReader(words, labelled, lead_first, closes_item, label_follows, marks_lead)
    try:
        for sentence in _sentences(inner, words, reader.implicit):
            for segment in top_level_split(sentence, "；;，,"):
                for part in _role_parts(segment, words):
                    reader.read(part)
    except _NotAClause:
        return None
    reader.assign(reader.label_role)
    units = reader.roles.units
    if not units and reader.deadline is None:
        return None
    # A bare list in brackets is a clause only when every item is plainly a unit and one of them
    # names its level (市发改委、市财政局), not a parenthetical such as (街区、厂区); names without a
    # unit suffix only when the bracket ends its item and most of its names are plainly units.
    names_a_level = any(_names_a_level(u.unit, words) for u in units)
    if not (labelled or label_follows) and not reader.saw_role_word and (
            not names_a_level or reader.plain_names * 2 >= len(units)):
        return None
    return ResponsibilityClause(0, len(inner), tuple(units), reader.deadline, tuple(reader.implicit))


def find_responsibility_clauses(line: str, lead_first: bool = False, marks_lead: bool = False
                                ) -> list[ResponsibilityClause]:
    """Every responsibility clause in one line, in order, with its span in the line.

    A whole line that opens with a label (`责任单位：福州市人民政府`) is one clause, and so is a labelled clause left
    open at the line's end (`（牵头单位：省发展改革委；责任单位：省编办、省住建厅、`, where a page was cut off)."""
    if vocabulary().label.match(line) and line[:1] not in OPENING_BRACKETS:
        parsed = parse_responsibility_clause(line.rstrip("。"), lead_first, marks_lead=marks_lead)
        return [dataclasses.replace(parsed, start=0, end=len(line))] if parsed else []
    if _BY_LINE.match(line):  # 由市发展改革委,各县市区人民政府负责落实: a line of its own after the item
        parsed = parse_responsibility_clause(line[1:].rstrip("。"), lead_first, marks_lead=marks_lead)
        if parsed is not None:
            return [dataclasses.replace(parsed, start=0, end=len(line))]
    clauses = []
    for start, end in bracket_groups(line):
        opened = line[start] in OPENING_BRACKETS
        inner = line[start + 1 if opened else start: end - 1].strip(WHITESPACE)
        if not inner or (not opened and not HAN_CHAR.match(inner)):
            continue
        if is_deadline(inner):
            # Only at the end of a sentence or next to a clause: (2021—2035年) after a plan's name is
            # its period, not a deadline.
            after = line[end:].lstrip("。；; ")
            if after and not after.startswith(tuple(OPENING_BRACKETS)):
                continue
            clauses.append(ResponsibilityClause(start, end, (), inner))
            continue
        if opened and _other_name(line[:start], inner):
            continue
        closes_item = not line[end:].strip(WHITESPACE + "。；;")
        parsed = parse_responsibility_clause(inner, lead_first, closes_item, marks_lead)
        if parsed is not None:
            clauses.append(dataclasses.replace(parsed, start=start, end=end))
    tail = _labelled_tail(line)
    if tail is not None and all(clause.end <= tail for clause in clauses):
        # …收入倍差进一步缩小。 责任单位：县发改局、县财政局: a labelled clause after the item's last sentence
        parsed = parse_responsibility_clause(line[tail:].rstrip("。" + WHITESPACE), lead_first, marks_lead=marks_lead)
        if parsed is not None:
            return [*clauses, dataclasses.replace(parsed, start=tail, end=len(line))]
    opened = _open_clause_at(line)
    if opened is not None and all(clause.end <= opened for clause in clauses):
        # A labelled clause never closed (a page cut off inside it, a bracket lost): it runs to the line's end, where
        # the name the cut fell in is no unit (市政府办公室、市).
        inner = line[opened + 1:].strip(WHITESPACE + "、，,；;")
        # …省住房城乡建设厅等按职责分工, …农业农村局按职责分工: the cut took the role verb after its manner, not the name
        manner = vocabulary().manner_tail.search(inner)
        inner = inner[:manner.start()] if manner else inner
        last = max(inner.rfind(mark) for mark in _LIST_MARKS)
        cut = inner[last + 1:]
        parsed = parse_responsibility_clause((inner[:last] if last > 0 and not looks_like_unit(cut) else inner)
                                             + (_CUT_ROLE_VERB if manner else ""), lead_first, True, marks_lead)
        if parsed is not None:
            clauses.append(dataclasses.replace(parsed, start=opened, end=len(line)))
    return clauses


_SENTENCE_END = re.compile(r"[。；;]\s*")
_LIST_MARKS = "、，,；;"  # between the names and parts of a clause
_FIELD = re.compile(r"[^\s：:，,、；;。（）()]{2,10}[：:]")


def _labelled_tail(line: str) -> int | None:
    """Where the line's last part, after a sentence and outside brackets, is labelled clauses and nothing
    else (`。 责任单位：…`; not `牵头领导：… 责任单位：… 实际完成情况：…`, a record of other fields), or None."""
    if "：" not in line and ":" not in line:
        return None
    words = vocabulary()
    for found in _SENTENCE_END.finditer(line):
        tail, before = line[found.end():], line[: found.end()]
        if (words.label.match(tail)
                and sum(map(before.count, OPENING_BRACKETS)) <= sum(map(before.count, CLOSING_BRACKETS))):
            fields = _FIELD.finditer(tail)
            return found.end() if all(words.label.match(tail[field.start():]) for field in fields) else None
    return None


def _other_name(before: str, inner: str) -> bool:
    """Whether a bracket right after a unit's name holds one other name of that body, as a body with two
    names is written (市发展改革委（市粮食和物资储备局）负责…): part of the name, not a clause naming who does it."""
    words = vocabulary()
    return (ends_like_unit(before) and ends_like_unit(inner)
            and not re.search(r"[、，,；;：:\s]", inner) and words.label.match(inner) is None
            and words.verb.search(inner) is None)


_BRACKET = re.compile(f"[{re.escape(OPENING_BRACKETS + CLOSING_BRACKETS)}]")


def _open_clause_at(text: str) -> int | None:
    """Where a labelled clause opens in `text` without closing there (`（责任单位：市绿化市容局、市消`), or an unlabelled
    one after the item's last sentence (`…重大项目。〔省委军民融合办、省发展改革委、省数据局`: a page cut off inside it)."""
    if not any(bracket in text for bracket in OPENING_BRACKETS):
        return None  # nothing opened: most lines, skipped without reading them char by char
    depth, opened = 0, None
    for match in _BRACKET.finditer(text):
        i, ch = match.start(), match.group()
        if ch in OPENING_BRACKETS:
            if depth == 0:
                opened = i
            depth += 1
        elif ch in CLOSING_BRACKETS and depth > 0:
            depth -= 1
    if depth == 0 or opened is None:
        return None
    after_sentence = text[opened - 1:opened] in _SENTENCE_ENDS and not _SENTENCE_ENDS.intersection(text[opened:])
    return opened if after_sentence or vocabulary().label.match(text[opened + 1:]) else None


def _closes_clause(text: str) -> bool:
    """The line goes on with a clause's end: a closing bracket before any opening one, no sentence end before it."""
    for ch in text:
        if ch in CLOSING_BRACKETS:
            return True
        if ch in OPENING_BRACKETS or ch in "。！？":
            return False
    return False


def join_broken_clauses(lines: list[Line]) -> list[Line]:
    """Lines with a labelled responsibility clause that a line break cut in two made one again: a PDF
    page breaks `（责任单位：市绿化市容局、市消` / `防救援局、各区政府）` inside a unit's name."""
    out: list[Line] = []
    for line in lines:
        previous = out[-1] if out else None
        if (previous is not None and _open_clause_at(previous.text) is not None
                and _closes_clause(line.text)):
            out[-1] = Line(previous.start, previous.text + line.text, line.end - previous.start)
            continue
        out.append(line)
    return out
