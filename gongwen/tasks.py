"""Tasks of a plan: the lowest numbered items of its body, or the rows of its task-division table,
each with its responsible units (lead / co / responsible) read from the responsibility clauses.

Decisions worth knowing:
- A unit every task shares without naming it is not added to each task. That is the unit of
  `以下各项任务均需各县市区人民政府落实，不再列出`, and the local governments of
  `（A、B等部门及各市州政府负责）`: document_conventions() reports them once per document.
- Units listed in a clause are kept as written, local governments included (`各市州、县市区人民政府`).
- A task-division table, where there is one, replaces the body items it decomposes.
- Task.text is the item's lines joined by newlines, without its ordinal and clauses.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from gongwen.model import Task, TaskUnit

_VOCABULARY_PATH = Path(__file__).parent / "resources" / "tasks_vocabulary.yaml"

OPENING_BRACKETS = "（([【〔"
CLOSING_BRACKETS = "）)]】〕"
_BRACKET = re.compile(r"[（(\[【〔）)\]】〕]")
_CJK = re.compile(r"[\u3400-\u9fff]")
_WHITESPACE = " \t\r\u3000\xa0\ufeff"

# ---------------------------------------------------------------------------------------------------
# Ordinals. Ranked from the outermost kind to the innermost; a plan nests them in this order.

_CN_NUMERAL = "一二三四五六七八九十百零〇两"
_ORDINAL_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("part", re.compile(rf"第([{_CN_NUMERAL}\d]{{1,4}})部分[\s、：:，,]*")),
    ("chapter", re.compile(rf"第([{_CN_NUMERAL}\d]{{1,4}})章[\s、：:，,]*")),
    ("section", re.compile(rf"第([{_CN_NUMERAL}\d]{{1,4}})节[\s、：:，,]*")),
    ("article", re.compile(rf"第([{_CN_NUMERAL}\d]{{1,4}})条[\s、：:，,]*")),
    ("cn_dun", re.compile(rf"([{_CN_NUMERAL}]{{1,4}})[、]\s*")),
    ("cn_paren", re.compile(rf"[（(]([{_CN_NUMERAL}]{{1,4}})[）)]\s*")),
    # 1. 1． 1、 but not 1.5万, 2024. or 1-2个
    ("arabic", re.compile(r"(\d{1,2})(?:[.．](?![\d.．])|、)\s*")),
    ("arabic_paren", re.compile(r"[（(](\d{1,2})[）)]\s*")),
    ("circled", re.compile(r"([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\s*")),
)
_RANK = {kind: rank for rank, (kind, _) in enumerate(_ORDINAL_KINDS)}
# Kinds that head a whole part of the plan (section_title) and kinds that head a group of tasks.
_SECTION_KINDS = frozenset({"part", "chapter", "section", "article", "cn_dun"})
_GROUP_KIND = "cn_paren"
_CHINESE_KINDS = frozenset({"part", "chapter", "section", "article", "cn_dun", "cn_paren"})
_CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def chinese_ordinal_value(numeral: str) -> int:
    """一 → 1, 十一 → 11, 二十 → 20, 一百零五 → 105; Arabic digits pass through. ValueError otherwise."""
    if numeral in _CIRCLED:
        return _CIRCLED.index(numeral) + 1
    if numeral.isascii() and numeral.isdigit():
        return int(numeral)
    total, digit = 0, 0
    for ch in numeral:
        if ch in _CN_DIGIT:
            digit = _CN_DIGIT[ch]
        elif ch == "十":
            total += (digit or 1) * 10
            digit = 0
        elif ch == "百":
            total += (digit or 1) * 100
            digit = 0
        else:
            raise ValueError(f"not a Chinese ordinal: {numeral!r}")
    return total + digit


@dataclass(frozen=True)
class Ordinal:
    kind: str
    number: int
    length: int  # characters the ordinal (and the blank after it) takes at the start of the line

    @property
    def rank(self) -> int:
        return _RANK[self.kind]


def read_ordinal(line: str) -> Ordinal | None:
    """The ordinal a line opens with (`二、`, `（三）`, `4.`, `（5）`, `⑥`, `第七条`), or None."""
    if not line:
        return None
    first = line[0]
    if first not in "第（(①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳" and not first.isdigit() and first not in _CN_NUMERAL:
        return None
    for kind, pattern in _ORDINAL_KINDS:
        found = pattern.match(line)
        if found is None:
            continue
        try:
            number = chinese_ordinal_value(found.group(1))
        except ValueError:
            continue
        rest = line[found.end():]
        # 一、二两点… is a reference to items, not an item.
        if kind == "cn_dun" and rest[:1] in _CN_NUMERAL and rest[1:2] in "、两":
            return None
        if not rest.strip(_WHITESPACE):
            # An ordinal alone on its line still opens an item; its heading is on the next line.
            return Ordinal(kind, number, len(line))
        return Ordinal(kind, number, found.end())
    return None


# ---------------------------------------------------------------------------------------------------
# Vocabulary


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@dataclass(frozen=True)
class _Vocabulary:
    label: re.Pattern[str]  # a clause label and its colon; groups: the label
    blank_before_label: re.Pattern[str]  # blanks that part two labelled lists: 牵头单位：A　责任单位：B
    label_roles: dict[str, str]
    verb: re.Pattern[str]  # a role verb ending a unit list
    verb_roles: dict[str, str]
    joint: re.Pattern[str]  # 会同: the unit before it leads, the units after it take part
    list_tail: re.Pattern[str]
    list_head: re.Pattern[str]
    role_mark: re.Pattern[str]  # a role word in brackets after a unit: 市发改委（牵头）
    unit_suffix: re.Pattern[str]
    area_collective: re.Pattern[str]
    lead_first: re.Pattern[str]
    implicit_unit: re.Pattern[str]
    implicit_tail: re.Pattern[str]
    same_below: re.Pattern[str]
    deadline: tuple[re.Pattern[str], ...]
    table_headers: dict[str, str]  # header word → column role
    table_header: re.Pattern[str]
    closing_line: re.Pattern[str]
    detached_line: re.Pattern[str]
    box_opening: re.Pattern[str]
    table_note: re.Pattern[str]


@functools.cache
def _vocabulary() -> _Vocabulary:
    data = yaml.safe_load(_VOCABULARY_PATH.read_text(encoding="utf-8"))
    label_roles = {w: role for role, words in data["clause_labels"].items() for w in words}
    verb_roles = {w: role for role, words in data["role_verbs"].items() for w in words}
    header_roles = {w: role for role, words in data["table_headers"].items() for w in words}
    conventions = data["convention_patterns"]
    openers = _alternation(data["collective_openers"])
    areas = _alternation(data["area_words"])
    return _Vocabulary(
        label=re.compile(rf"^\s*({_alternation(label_roles)})\s*[：:]\s*"),
        blank_before_label=re.compile(rf"(?<=\S)\s+(?=(?:{_alternation(label_roles)})\s*[：:])"),
        label_roles=label_roles,
        verb=re.compile(rf"({_alternation(verb_roles)})$"),
        verb_roles=verb_roles,
        joint=re.compile(_alternation(data["joint_words"])),
        list_tail=re.compile(rf"(?:{_alternation(data['list_tails'])})$"),
        list_head=re.compile(rf"^(?:{_alternation(data['list_heads'])})"),
        role_mark=re.compile(rf"[（(]({_alternation(verb_roles)})(?:单位|部门)?[）)]$"),
        unit_suffix=re.compile(rf"(?:{_alternation(data['unit_suffixes'])})$"),
        area_collective=re.compile(rf"^(?:{openers})(?:{areas}|[、（）()])+$"),
        lead_first=re.compile(conventions["lead_first"]),
        implicit_unit=re.compile(conventions["implicit_unit"]),
        implicit_tail=re.compile(conventions["implicit_tail"]),
        same_below=re.compile(conventions["same_below"]),
        deadline=tuple(re.compile(p) for p in data["deadline_patterns"]),
        table_headers=header_roles,
        table_header=re.compile(rf"^(?:{_alternation(header_roles)})$"),
        closing_line=re.compile("|".join(f"(?:{p})" for p in data["closing_line_patterns"])),
        detached_line=re.compile("|".join(f"(?:{p})" for p in data["detached_line_patterns"])),
        box_opening=re.compile("|".join(f"(?:{p})" for p in data["box_opening_patterns"])),
        table_note=re.compile("|".join(f"(?:{p})" for p in data["table_note_patterns"])),
    )


# ---------------------------------------------------------------------------------------------------
# Lines


@dataclass(frozen=True)
class _Line:
    start: int  # offset of the first non-blank character in the document
    text: str  # the line without surrounding blanks

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def _lines(text: str) -> list[_Line]:
    lines, offset = [], 0
    for raw in text.split("\n"):
        stripped = raw.strip(_WHITESPACE)
        if stripped:
            lines.append(_Line(offset + len(raw) - len(raw.lstrip(_WHITESPACE)), stripped))
        offset += len(raw) + 1
    return lines


_DATE_LINE = re.compile(r"^(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月"
                        r"[一二三四五六七八九十]{1,3}日)$")
_SIGNATURE = re.compile(r"^[\u3400-\u9fff（）()]{2,40}(?:人民政府|政府|办公室|办公厅|委员会|领导小组|小组|局|厅|委)$")


def _is_closing_line(lines: list[_Line], index: int) -> bool:
    """A signature, date, footer or attachment line: it ends the document part above it."""
    text = lines[index].text
    if _vocabulary().closing_line.search(text):
        return True
    # The issuer's name on its own line, right above the date.
    return (_SIGNATURE.match(text) is not None and index + 1 < len(lines)
            and _DATE_LINE.match(lines[index + 1].text) is not None)


# ---------------------------------------------------------------------------------------------------
# Responsibility clauses


@dataclass(frozen=True)
class ResponsibilityClause:
    """A responsibility clause found in a line: its span there and what it says."""

    start: int  # offset in the line
    end: int
    units: tuple[TaskUnit, ...]
    deadline: str | None
    implicit_units: tuple[str, ...] = ()


@dataclass(frozen=True)
class DocumentConventions:
    """What a plan says once for all its tasks.

    lead_first: the first unit of a 责任单位 list leads (排名第一的为牵头单位，下同).
    implicit_units: units every task has without naming them (以下各项任务均需各县市区人民政府落实，不再列出;
    …等部门及各市州政府负责): recorded once per document, never added to each task."""

    lead_first: bool = False
    implicit_units: tuple[str, ...] = ()


def _top_level_split(text: str, separators: str) -> list[str]:
    """Split on any of `separators` outside brackets: 市委组织部(市委人才办、市人才中心) stays whole."""
    if not _BRACKET.search(text):
        return _separator_pattern(separators).split(text)
    parts, depth, begin = [], 0, 0
    for i, ch in enumerate(text):
        if ch in OPENING_BRACKETS:
            depth += 1
        elif ch in CLOSING_BRACKETS:
            depth = max(depth - 1, 0)
        elif depth == 0 and ch in separators:
            parts.append(text[begin:i])
            begin = i + 1
    parts.append(text[begin:])
    return parts


@functools.cache
def _separator_pattern(separators: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(separators)}]")


def _strip_brackets(text: str) -> str:
    """The text with bracketed parts removed (for suffix tests only)."""
    if not _BRACKET.search(text):
        return text
    out, depth = [], 0
    for ch in text:
        if ch in OPENING_BRACKETS:
            depth += 1
        elif ch in CLOSING_BRACKETS:
            depth = max(depth - 1, 0)
        elif depth == 0:
            out.append(ch)
    return "".join(out)


def looks_like_unit(name: str) -> bool:
    """Ends like the name of an organ, unit or body (市发改委, 各县市区人民政府, 经开区, 大瑶镇)."""
    bare = _strip_brackets(name).strip()
    return len(bare) >= 2 and _vocabulary().unit_suffix.search(bare) is not None


# 和 / 及 / 以及 / 与 between two names (省住房城乡建设厅和省商务厅); inside a name (工业和信息化部,
# 自然资源和规划局) the part before it is no unit, so the name stays whole.
_CONJUNCTION = re.compile(r"以及|和|及|与")
_MIN_CONJOINED_NAME = 3  # 党委和政府 is a phrase, not two units


def _split_conjoined(fragment: str) -> list[str]:
    """`教育部和民政部` → two units; `工业和信息化部`, `各级党委和政府` stay whole."""
    if not _CONJUNCTION.search(fragment) or _BRACKET.search(fragment):
        return [fragment]
    for found in _CONJUNCTION.finditer(fragment):
        left, right = fragment[: found.start()], fragment[found.end():]
        if (len(left) >= _MIN_CONJOINED_NAME and len(right) >= _MIN_CONJOINED_NAME
                and looks_like_unit(left) and looks_like_unit(right)):
            return [left, *_split_conjoined(right)]
    return [fragment]


def split_unit_list(text: str) -> list[str]:
    """`市公安局、市发改委` → two units; keeps names that contain 、 or brackets whole.

    各市州、县市区人民政府 is one unit: a fragment made only of 各 + kinds of area is the first half of
    the next name. Bare place names before a government (漳州、泉州、宁德市人民政府) stay with it."""
    vocabulary = _vocabulary()
    fragments = [f.strip(_WHITESPACE + "。.") for f in _top_level_split(text, "、")]
    fragments = [part for f in fragments if f for part in _split_conjoined(f)]
    units: list[str] = []
    pending: list[str] = []
    for i, fragment in enumerate(fragments):
        pending.append(fragment)
        has_next = i + 1 < len(fragments)
        if has_next and vocabulary.area_collective.match(_strip_brackets(fragment)):
            continue
        if (has_next and not looks_like_unit(fragment) and len(_strip_brackets(fragment)) <= 4
                and (not looks_like_unit(fragments[i + 1]) or fragments[i + 1].endswith("政府"))):
            continue
        units.append("、".join(pending))
        pending = []
    if pending:
        units.append("、".join(pending))
    return units


def _strip_list_ends(text: str) -> str:
    """A unit list without the words around it: 由市发改委 → 市发改委, 省统计局等部门 → 省统计局."""
    vocabulary = _vocabulary()
    return vocabulary.list_head.sub("", vocabulary.list_tail.sub("", text.strip(_WHITESPACE)))


def _is_deadline(text: str) -> bool:
    return any(p.match(text) for p in _vocabulary().deadline)


@dataclass
class _RoleList:
    """Units of one clause in order, with roles; the first occurrence of a unit wins."""

    units: list[TaskUnit] = field(default_factory=list)

    def add(self, names: Iterable[str], role: str) -> None:
        seen = {u.unit for u in self.units}
        for name in names:
            if name and name not in seen:
                self.units.append(TaskUnit(name, role))
                seen.add(name)


def parse_responsibility_clause(inner: str, lead_first: bool = False) -> ResponsibilityClause | None:
    """Units, roles and deadline of a clause's inner text (the span is all of it), or None when the
    text is not a responsibility clause.

    Forms: `责任单位：A、B` · `牵头单位：A；配合单位：B、C` · `A牵头，B、C配合` · `A、B按职责分工负责` ·
    `A、B等部门及各市州政府负责` (the local governments after 等部门及/和 are an implicit unit) · `A会同B负责`
    (A leads) · `A、B` (a bare list of units; `B和C` is two units). Officials (`责任领导：张三`) are skipped. Convention sentences inside the clause (排名第一的为牵头单位，下同;
    以下各项任务均需…落实，不再列出) are not units. With `lead_first`, an unlabelled or 责任单位 list
    gives `lead` to its first unit and `co` to the rest; otherwise its units are `responsible`."""
    vocabulary = _vocabulary()
    labelled = vocabulary.label.match(inner) is not None
    if labelled:
        inner = vocabulary.blank_before_label.sub("；", inner)
    sentences = []
    implicit: list[str] = []
    for sentence in _top_level_split(inner, "。"):
        sentence = sentence.strip(_WHITESPACE)
        if not sentence:
            continue
        found = vocabulary.implicit_unit.search(sentence)
        if found:
            implicit.append(found.group("unit"))
            sentence = sentence[: found.start()]
        found = vocabulary.lead_first.search(sentence)
        if found:
            sentence = sentence[: found.start()]
        sentence = vocabulary.same_below.sub("", sentence.strip(_WHITESPACE + "，,；;"))
        if sentence:
            sentences.append(sentence)

    roles = _RoleList()
    deadline: str | None = None
    pending: list[str] = []  # units named before the word that gives their role
    label_role: str | None = None  # role given by the current label; None: a plain list
    naming_people = False  # inside 责任领导：…, whose names are officials, not units
    saw_role_word = False

    def assign(names: list[str], role: str | None) -> None:
        # 市发改委（牵头）、市财政局: a role marked on one unit of the list
        marked = [vocabulary.role_mark.search(n) for n in names]
        if any(marked):
            for name, mark in zip(names, marked, strict=True):
                if mark:
                    roles.add([name[: mark.start()]], vocabulary.verb_roles[mark.group(1)])
                else:
                    roles.add([name], "co" if mark is None and role in (None, "lead") else role)
            names.clear()
            return
        if role is not None:
            roles.add(names, role)
        elif lead_first:
            if not roles.units:
                roles.add(names[:1], "lead")
                names = names[1:]
            roles.add(names, "co")
        else:
            roles.add(names, "responsible")
        names.clear()

    for sentence in sentences:
        for segment in _top_level_split(sentence, "；;，,"):
            segment = vocabulary.same_below.sub("", segment.strip(_WHITESPACE))
            if not segment:
                continue
            label = vocabulary.label.match(segment)
            if label:
                role = vocabulary.label_roles[label.group(1)]
                segment = segment[label.end():]
                naming_people = role == "person"
                if naming_people:
                    continue
                if role == "deadline":
                    deadline = segment.strip(_WHITESPACE + "。") or deadline
                    continue
                assign(pending, label_role)
                label_role = None if role == "responsible" else role
            elif naming_people:
                continue
            elif _is_deadline(segment):
                deadline = segment
                continue
            tail = vocabulary.implicit_tail.search(segment)
            if tail:
                implicit.append(tail.group("unit"))
                pending.extend(split_unit_list(_strip_list_ends(segment[: tail.start()])))
                assign(pending, "responsible")
                saw_role_word = True
                continue
            joint = vocabulary.joint.search(segment)
            if joint and looks_like_unit(segment[: joint.start()]):
                # 省教育厅会同省财政厅负责: the unit before 会同 leads, the ones after it take part.
                pending.extend(split_unit_list(_strip_list_ends(segment[: joint.start()])))
                assign(pending, "lead")
                segment = segment[joint.end():]
                verb = vocabulary.verb.search(segment)
                names = split_unit_list(_strip_list_ends(segment[: verb.start()] if verb else segment))
                if not all(looks_like_unit(n) for n in names):
                    return None
                pending.extend(names)
                assign(pending, "co")
                saw_role_word = True
                continue
            verb = vocabulary.verb.search(segment)
            if verb and len(segment) > len(verb.group(1)):
                names = split_unit_list(_strip_list_ends(segment[: verb.start()]))
                if not all(looks_like_unit(n) for n in names):
                    return None
                pending.extend(names)
                assign(pending, vocabulary.verb_roles[verb.group(1)])
                saw_role_word = True
                continue
            names = split_unit_list(_strip_list_ends(segment))
            if not labelled and not all(looks_like_unit(n) for n in names):
                return None
            pending.extend(names)
    assign(pending, label_role)
    if not roles.units and deadline is None:
        return None
    # A bare list in brackets is a clause only when every item is plainly a unit and one of them
    # names its level (市发改委、市财政局), not a parenthetical such as (街区、厂区).
    names_a_level = any(u.unit[:1] in "省市县区州国" or u.unit.startswith("各") for u in roles.units)
    if not labelled and not saw_role_word and not names_a_level:
        return None
    return ResponsibilityClause(0, len(inner), tuple(roles.units), deadline, tuple(implicit))


def _bracket_groups(line: str) -> Iterator[tuple[int, int]]:
    """Spans (start, end) of outermost bracketed groups, and of text closed by an unopened bracket.

    A clause whose opening bracket was lost (GBK mojibake swallowed it: `…潜力。省发改委…负责)`)
    is yielded from the last sentence end before its closing bracket."""
    depth, opened = 0, -1
    for found in _BRACKET.finditer(line):
        i = found.start()
        if line[i] in OPENING_BRACKETS:
            if depth == 0:
                opened = i
            depth += 1
        elif depth > 0:
            depth -= 1
            if depth == 0:
                yield opened, i + 1
        else:
            begin = max(line.rfind(mark, 0, i) for mark in "。？?！!；;") + 1
            yield begin - 1 if begin > 0 and line[begin - 1] in OPENING_BRACKETS else begin, i + 1


def find_responsibility_clauses(line: str, lead_first: bool = False) -> list[ResponsibilityClause]:
    """Every responsibility clause in one line, in order, with its span in the line.

    A whole line that opens with a label (`责任单位：福州市人民政府`) is one clause."""
    vocabulary = _vocabulary()
    if vocabulary.label.match(line) and line[:1] not in OPENING_BRACKETS:
        parsed = parse_responsibility_clause(line.rstrip("。"), lead_first)
        return [dataclasses.replace(parsed, start=0, end=len(line))] if parsed else []
    clauses = []
    for start, end in _bracket_groups(line):
        opened = line[start] in OPENING_BRACKETS
        inner = line[start + 1 if opened else start: end - 1].strip(_WHITESPACE)
        if not inner or (not opened and not _CJK.match(inner)):
            continue
        if _is_deadline(inner):
            # Only at the end of a sentence or next to a clause: (2021—2035年) after a plan's name is
            # its period, not a deadline.
            after = line[end:].lstrip("。；; ")
            if after and not after.startswith(tuple(OPENING_BRACKETS)):
                continue
            clauses.append(ResponsibilityClause(start, end, (), inner))
            continue
        parsed = parse_responsibility_clause(inner, lead_first)
        if parsed is not None:
            clauses.append(dataclasses.replace(parsed, start=start, end=end))
    return clauses


def _lead_first_offsets(text: str) -> list[int]:
    return [m.start() for m in _vocabulary().lead_first.finditer(text)]


def document_conventions(text: str) -> DocumentConventions:
    """The conventions a document states once for all its tasks (see DocumentConventions)."""
    vocabulary = _vocabulary()
    implicit: list[str] = []
    for found in vocabulary.implicit_unit.finditer(text):
        implicit.append(found.group("unit"))
    for line in _lines(text):
        if "等" not in line.text:  # the implicit tail follows 等部门 (及|和)
            continue
        for clause in find_responsibility_clauses(line.text):
            implicit.extend(clause.implicit_units)
    return DocumentConventions(
        lead_first=vocabulary.lead_first.search(text) is not None,
        implicit_units=tuple(dict.fromkeys(implicit)),
    )


# ---------------------------------------------------------------------------------------------------
# The outline of a plan's body


@dataclass
class _Item:
    ordinal: Ordinal
    lines: list[_Line]  # its own lines: the ordinal line and the unnumbered lines below it
    parent: _Item | None
    children: list[_Item] = field(default_factory=list)
    child_numbers: dict[str, int] = field(default_factory=dict)

    def ancestors(self) -> list[_Item]:
        chain, node = [], self.parent
        while node is not None:
            chain.append(node)
            node = node.parent
        return chain[::-1]

    def heading_line(self) -> str:
        """The item's first line without its ordinal (the next line when the ordinal stands alone)."""
        first = self.lines[0].text[self.ordinal.length:].strip(_WHITESPACE)
        if not first and len(self.lines) > 1:
            return self.lines[1].text
        return first


_SENTENCE_END = re.compile(r"[。！？!?]")
_HEADING_COLON = re.compile(r"[：:]")
_HEADING_TRIM = "。；;：:，,、 \u3000"


def lead_phrase(line: str) -> str:
    """The lead phrase of an item's first line: its first sentence, or the whole line.

    `健全常住地提供基本公共服务制度。适时调整…` → `健全常住地提供基本公共服务制度`. A colon early in
    the line also ends it (`目标任务：到2025年…` → `目标任务`)."""
    end = len(line)
    found = _SENTENCE_END.search(line)
    if found:
        end = found.start()
    colon = _HEADING_COLON.search(line, 0, min(end, 21))
    if colon and colon.start() > 0:
        end = colon.start()
    return line[:end].strip(_HEADING_TRIM)


def _is_heading_only(item: _Item) -> bool:
    """The ordinal line is a heading with nothing else (`（一）实施新一轮农业转移人口市民化行动`)."""
    first = item.lines[0].text[item.ordinal.length:]
    return not first or (_SENTENCE_END.search(first.rstrip("。")) is None and len(first) <= 40)


_CAPTION_LENGTH = 50


def _is_table_line(lines: list[_Line], index: int) -> bool:
    """A table row, or a line that goes with a table: a row of one merged cell between two rows
    (一、经济发展 in a 主要指标 table), the caption right above it, a note (注:…) right below it."""
    text = lines[index].text
    if "\t" in text:
        return True
    before = index > 0 and "\t" in lines[index - 1].text
    after = index + 1 < len(lines) and "\t" in lines[index + 1].text
    if before and after:
        return True
    if before and _vocabulary().table_note.search(text):
        return True
    return (after and len(text) <= _CAPTION_LENGTH and _SENTENCE_END.search(text) is None
            and read_ordinal(text) is None)


def _outline(lines: list[_Line]) -> list[_Item]:
    """Numbered items of the body, in order, each with its own lines (tables and 专栏 boxes excluded)."""
    vocabulary = _vocabulary()
    items: list[_Item] = []
    open_items: list[_Item] = []  # the chain from the outermost open item to the innermost
    root_numbers: dict[str, int] = {}
    last_number: dict[str, int] = {}  # per kind, over the whole document: numbering may run on
    attaching = False  # whether an unnumbered line belongs to the innermost open item
    box_numbers: dict[str, int] | None = None  # inside a 专栏: the box's own numbering, per kind
    for index, line in enumerate(lines):
        if _is_table_line(lines, index):
            continue
        if _is_closing_line(lines, index):
            open_items, attaching, box_numbers = [], False, None
            continue
        if vocabulary.box_opening.match(line.text):
            attaching, box_numbers = False, {}
            continue
        if vocabulary.detached_line.search(line.text):
            attaching = False
            continue
        ordinal = read_ordinal(line.text)
        if box_numbers is not None:
            if ordinal is None:
                continue
            # The box's items (1. 2. 3., (1) (2)) come first; a Chinese-numbered heading is the plan's.
            if ordinal.kind not in _CHINESE_KINDS and ordinal.number == box_numbers.get(ordinal.kind, 0) + 1:
                box_numbers[ordinal.kind] = ordinal.number
                continue
        if ordinal is not None:
            chain = list(open_items)
            while chain and chain[-1].ordinal.rank >= ordinal.rank:
                chain.pop()
            parent = chain[-1] if chain else None
            siblings = parent.child_numbers if parent else root_numbers
            n = ordinal.number
            # A Chinese-numbered heading may open an excerpt at any number (二、…); an Arabic one
            # must start at 1 or follow on, else it is a number in prose or an attachment list.
            first_heading = ordinal.kind not in last_number and ordinal.kind in _CHINESE_KINDS
            if (first_heading or n == 1 or n == siblings.get(ordinal.kind, 0) + 1
                    or n == last_number.get(ordinal.kind, 0) + 1):
                item = _Item(ordinal, [line], parent)
                siblings[ordinal.kind] = n
                last_number[ordinal.kind] = n
                if parent is not None:
                    parent.children.append(item)
                items.append(item)
                open_items, attaching, box_numbers = [*chain, item], True, None
                continue
        if box_numbers is not None:
            continue
        if open_items and attaching:
            open_items[-1].lines.append(line)
    return items


def _is_task(item: _Item, flat: bool, clauses: list[ResponsibilityClause]) -> bool:
    """The lowest numbered item of its branch; a top-level one only where it is real work.

    A section with no numbered items under it is not a task when it is one paragraph (行动目标,
    组织实施) and carries no responsibility clause; in a document numbered at one level only, its
    multi-paragraph or inline sections are the tasks."""
    if item.children:
        return False
    if item.parent is not None or any(c.units for c in clauses):
        return True
    if not flat:
        return False
    body_lines = len(item.lines) - 1
    return not (_is_heading_only(item) and body_lines <= 1)


def _section_and_group(item: _Item) -> tuple[str | None, str | None]:
    ancestors = item.ancestors()
    section = ancestors[0] if ancestors and ancestors[0].ordinal.kind in _SECTION_KINDS else None
    group = next((a for a in reversed(ancestors) if a.ordinal.kind == _GROUP_KIND), None)
    if group is None and ancestors and ancestors[-1] is not section:
        group = ancestors[-1]
    return (lead_phrase(section.heading_line()) if section else None,
            lead_phrase(group.heading_line()) if group else None)


def _remove_spans(line: str, clauses: list[ResponsibilityClause]) -> str:
    out, cursor = [], 0
    for clause in clauses:
        out.append(line[cursor:clause.start])
        cursor = clause.end
    out.append(line[cursor:])
    return "".join(out).strip(_WHITESPACE)


def _task_from_item(item: _Item, seq: int, clauses_by_line: list[list[ResponsibilityClause]]) -> Task:
    roles = _RoleList()
    deadline: str | None = None
    texts = []
    for n, (line, clauses) in enumerate(zip(item.lines, clauses_by_line, strict=True)):
        for clause in clauses:
            for unit in clause.units:
                roles.add([unit.unit], unit.role)
            deadline = deadline or clause.deadline
        body = line.text[item.ordinal.length:] if n == 0 else line.text
        shift = item.ordinal.length if n == 0 else 0
        shifted = [dataclasses.replace(c, start=c.start - shift, end=c.end - shift) for c in clauses]
        remaining = _remove_spans(body, shifted)
        if remaining:
            texts.append(remaining)
    heading_source = texts[0] if texts else ""
    section_title, group_title = _section_and_group(item)
    path = ".".join(str(a.ordinal.number) for a in [*item.ancestors(), item])
    return Task(
        seq=seq,
        path=path,
        section_title=section_title,
        group_title=group_title,
        heading=lead_phrase(heading_source),
        text="\n".join(texts),
        units=tuple(roles.units),
        deadline=deadline,
        char_start=item.lines[0].start,
        char_end=item.lines[-1].end,
    )


def _body_tasks(text: str, lines: list[_Line]) -> list[Task]:
    items = _outline(lines)
    flat = not any(item.children for item in items)
    lead_first_at = _lead_first_offsets(text)
    tasks = []
    for item in items:
        if item.children:
            continue
        clauses_by_line = []
        for n, line in enumerate(item.lines):
            lead_first = any(offset < line.end for offset in lead_first_at)
            clauses = find_responsibility_clauses(line.text, lead_first)
            if n == 0:
                # The ordinal is not part of any clause.
                clauses = [c for c in clauses if c.start >= item.ordinal.length]
            clauses_by_line.append(clauses)
        if _is_task(item, flat, [c for cs in clauses_by_line for c in cs]):
            tasks.append(_task_from_item(item, len(tasks) + 1, clauses_by_line))
    return tasks


# ---------------------------------------------------------------------------------------------------
# Task-division tables (重点任务分工表): one line per row, cells joined by tabs.

_SEQ_CELL = re.compile(r"^(\d{1,3})[.．、]?$")
# A cell that holds a completion time rather than units (2020年, 2015―2020年, 长期坚持, 2025年底前).
_DEADLINE_CELL = re.compile(r"\d{4}|长期|持续|每年|年底|月底|季度|年内|常态")
_UNIT_ROLES = ("lead", "co", "responsible")


def _header_roles(cells: list[str]) -> list[str] | None:
    """Column roles of a task-division table's header row, or None when the row is not one."""
    vocabulary = _vocabulary()
    roles = []
    for cell in cells:
        word = re.sub(r"\s+", "", cell)
        roles.append(vocabulary.table_headers[word] if vocabulary.table_header.match(word) else "other")
    if "task" in roles and ("lead" in roles or "responsible" in roles):
        return roles
    return None


def _split_unit_cell(cell: str) -> list[str]:
    """Units of a table cell: 、 as in a clause, and ，/； between groups (市级有关部门，各区（市）县政府)."""
    return [name for part in _top_level_split(cell, "，,；;") for name in split_unit_list(_strip_list_ends(part))]


def _is_unit_cell(cell: str) -> bool:
    names = _split_unit_cell(cell)
    return bool(names) and all(looks_like_unit(n) for n in names)


def _align_trailing(cells: list[str], roles: list[str]) -> tuple[dict[str, str], list[str]]:
    """The unit and deadline cells of a row by column role, and the roles whose cells the row lacks.

    A row with fewer cells than columns had cells merged with the row above (rowspan): the deadline
    when its last cell is not a time, else the leftmost unit column."""
    if len(cells) >= len(roles):
        return dict(zip(roles, cells[len(cells) - len(roles):], strict=True)), []
    if roles and roles[-1] == "deadline" and (not cells or not _DEADLINE_CELL.search(cells[-1])):
        present = roles[: len(cells)]
    else:
        present = roles[len(roles) - len(cells):]
    return dict(zip(present, cells, strict=True)), [r for r in roles if r not in present]


@dataclass
class _TableRow:
    seq: str | None
    section: str | None
    group: str | None
    text: str
    cells: dict[str, str]  # unit and deadline cells by column role
    line: _Line
    end_line: _Line


# A cell of a 牵头领导 / 责任领导 column: officials' names (张建华, 王强、李明), two to four characters each.
_PERSON_NAMES_CELL = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:[、，,\s]+[\u4e00-\u9fff]{2,4})*$")


def _row_cells(cells: list[str], names_people: bool = False) -> tuple[str | None, list[str], list[str], list[str]]:
    """A row's number, the cells before it (section/group), its text cells and the cells after them.

    With `names_people` (the header has a 牵头领导 column) a cell of names also ends the text cells."""
    seq_at = next((i for i, c in enumerate(cells[:3]) if _SEQ_CELL.match(c)), None)
    before = [c for c in cells[:seq_at] if c] if seq_at is not None else []
    index = seq_at + 1 if seq_at is not None else 0
    texts: list[str] = []
    while index < len(cells):
        cell = cells[index]
        if texts and (not cell or _is_unit_cell(cell) or _is_deadline(cell)
                      or (names_people and _PERSON_NAMES_CELL.match(cell) is not None)):
            break
        if cell:
            texts.append(cell)
        index += 1
    seq = _SEQ_CELL.match(cells[seq_at]).group(1) if seq_at is not None else None
    return seq, before, texts, cells[index:]


def _table_rows(lines: list[_Line], header_index: int, roles: list[str], lead_first: bool,
                ) -> tuple[list[_TableRow], int]:
    """Rows of the table whose header is lines[header_index], and the index of the line after it.

    Section rows (`一、…`) and group cells (`（一）…`, merged over several rows) give the titles;
    a row without a number continues the row above (a row split over two lines)."""
    text_roles = [i for i, r in enumerate(roles) if r in ("task", "seq")]
    trailing_roles = roles[max(text_roles) + 1:]
    numbered = "seq" in roles
    rows: list[_TableRow] = []
    section: str | None = None
    group: str | None = None
    index = header_index + 1
    while index < len(lines):
        line = lines[index]
        index += 1
        if "\t" not in line.text:
            if index >= len(lines) or "\t" not in lines[index].text:
                index -= 1
                break  # the table is over
            cells = [line.text]
        else:
            cells = [c.strip(_WHITESPACE) for c in line.text.split("\t")]
        if _header_roles(cells) is not None:
            continue  # the header repeated on a new page
        seq, before, texts, trailing = _row_cells(cells, "person" in roles)
        for cell in [*before, *texts[:-1]] if seq is not None or len(texts) > 1 else []:
            ordinal = read_ordinal(cell)
            if ordinal is not None and ordinal.kind in _SECTION_KINDS:
                section, group = lead_phrase(cell[ordinal.length:]), None
            else:
                group = lead_phrase(cell[ordinal.length:] if ordinal else cell)
        if seq is None and len(texts) == 1 and not any(trailing):
            ordinal = read_ordinal(texts[0])
            if ordinal is not None and ordinal.kind in _SECTION_KINDS:
                section, group = lead_phrase(texts[0][ordinal.length:]), None
                continue
            if ordinal is not None or (len(texts[0]) <= 30 and not _SENTENCE_END.search(texts[0])):
                group = lead_phrase(texts[0][ordinal.length:] if ordinal else texts[0])
                continue
        if not texts:
            continue
        text = texts[-1]
        values, missing = _align_trailing(trailing, trailing_roles)
        if seq is None and numbered and rows and not before:
            previous = rows[-1]
            previous.text += text
            for role, cell in values.items():
                if cell:
                    previous.cells[role] = f"{previous.cells[role]}、{cell}" if previous.cells.get(role) else cell
            previous.end_line = line
            continue
        for role in missing:
            if rows and role in rows[-1].cells:
                values[role] = rows[-1].cells[role]
        rows.append(_TableRow(seq, section, group, text, values, line, line))
    return rows, index


def _row_units_and_deadline(row: _TableRow, lead_first: bool) -> tuple[tuple[TaskUnit, ...], str | None]:
    units = _RoleList()
    deadline = None
    for role, cell in row.cells.items():
        if not cell:
            continue
        if role == "deadline":
            deadline = cell
        elif role in _UNIT_ROLES:
            parsed = parse_responsibility_clause(cell, lead_first and role == "responsible")
            if parsed is not None and any(u.role != "responsible" for u in parsed.units):
                units.units.extend(u for u in parsed.units if u.unit not in {x.unit for x in units.units})
            else:
                units.add(_split_unit_cell(cell), role)
    # Lead columns come first whatever the column order.
    order = {"lead": 0, "responsible": 1, "co": 2}
    return tuple(sorted(units.units, key=lambda u: order[u.role])), deadline


def _table_tasks(text: str, lines: list[_Line]) -> list[Task]:
    lead_first = _vocabulary().lead_first.search(text) is not None
    tasks: list[Task] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        roles = _header_roles(line.text.split("\t")) if "\t" in line.text else None
        if roles is None:
            index += 1
            continue
        rows, index = _table_rows(lines, index, roles, lead_first)
        for n, row in enumerate(rows, start=1):
            units, deadline = _row_units_and_deadline(row, lead_first)
            tasks.append(Task(
                seq=len(tasks) + 1,
                path=row.seq or str(n),
                section_title=row.section,
                group_title=row.group,
                heading=lead_phrase(row.text),
                text=row.text,
                units=units,
                deadline=deadline,
                char_start=row.line.start,
                char_end=row.end_line.end,
            ))
    return tasks


# ---------------------------------------------------------------------------------------------------


def extract_tasks(text: str) -> list[Task]:
    """The tasks of one cleaned document, in document order (seq from 1).

    Where the document carries a task-division table (序号 / 重点任务 / 牵头单位 / 配合单位 / 完成时限),
    its rows are the tasks and the body items it decomposes are not counted again. Otherwise the
    tasks are the lowest numbered items of the body (see _is_task)."""
    lines = _lines(text)
    tasks = _table_tasks(text, lines)
    if tasks:
        return tasks
    return _body_tasks(text, lines)
