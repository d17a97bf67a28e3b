"""The outline of a plan's body: its numbered items, nested by ordinal kind, each with its own lines
(tables, 专栏 boxes and closing lines left out)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from gongwen.tasks.headings import SENTENCE_END
from gongwen.tasks.lines import WHITESPACE, Line, is_closing_line
from gongwen.tasks.ordinals import (
    ARTICLE,
    ARTICLE_HOLDER_KINDS,
    ARTICLE_INSIDE_RANK,
    CHINESE_KINDS,
    DECIMAL_KINDS,
    Ordinal,
    read_decimal_ordinal,
    read_ordinal,
    read_ordinal_before_number,
)
from gongwen.tasks.vocabulary import vocabulary

_CAPTION_LENGTH = 50
_HEADING_LENGTH = 40
_ATTACHMENT_NAME_LENGTH = 60
_MIN_FORM_BLANKS = 5
_EXCERPT_LOOKAHEAD = 20  # lines after an excerpt's first Arabic item where the next of its kind comes
_MIN_ONE_PARAGRAPH_ITEMS = 3  # items of one paragraph each before the last: the document's layout
# What ends the paragraph before an item: a sentence, or a responsibility clause's bracket. A line starting
# with a decimal after anything else is a wrapped line (…达到 / 2.5万人以上。), not an item, but for a first item
# right under a heading of a few words (see _bare_heading).
_PARAGRAPH_END = frozenset("。；;！!？?)）")
_BARE_HEADING_CHARS = 12
_CLAUSE_MARKS = frozenset("，,；;：:")
_OPENS_WITH_TIME = re.compile(r"\d{1,2}月|(?:19|20)\d{2}年")
_SERIES_END = ("；", ";")  # how each item of a series of short items ends but the last
_FIRST_CHILD_WITHIN = 3  # lines below a first-level decimal heading (1总则) where its 1.1 comes


@dataclass
class Item:
    ordinal: Ordinal
    lines: list[Line]  # its own lines: the ordinal line and the unnumbered lines below it
    parent: Item | None
    children: list[Item] = field(default_factory=list)
    child_numbers: dict[str, int] = field(default_factory=dict)

    def ancestors(self) -> list[Item]:
        chain, node = [], self.parent
        while node is not None:
            chain.append(node)
            node = node.parent
        return chain[::-1]

    def heading_line(self) -> str:
        """The item's first line without its ordinal (the next line when the ordinal stands alone)."""
        first = self.lines[0].text[self.ordinal.length:].strip(WHITESPACE)
        if not first and len(self.lines) > 1:
            return self.lines[1].text
        return first

    def is_heading_only(self) -> bool:
        """The ordinal line is a heading with nothing else (`（一）实施新一轮农业转移人口市民化行动`)."""
        first = self.lines[0].text[self.ordinal.length:]
        return not first or (SENTENCE_END.search(first.rstrip("。")) is None and len(first) <= _HEADING_LENGTH)


def _is_table_line(lines: list[Line], index: int) -> bool:
    """A table row, or a line that goes with a table: a row of one merged cell between two rows
    (一、经济发展 in a 主要指标 table), the caption right above it, a note (注:…) right below it."""
    text = lines[index].text
    if "\t" in text:
        return True
    before = index > 0 and "\t" in lines[index - 1].text
    after = index + 1 < len(lines) and "\t" in lines[index + 1].text
    if before and after:
        return True
    if before and vocabulary().table_note.search(text):
        return True
    return (after and len(text) <= _CAPTION_LENGTH and SENTENCE_END.search(text) is None
            and read_ordinal(text) is None)


def _in_box_numbering(ordinal: Ordinal | None, box_numbers: dict[str, int]) -> bool:
    """Whether a line inside a 专栏 belongs to the box: unnumbered, or the box's next item.

    The box's items (1. 2. 3., (1) (2)) come first; a Chinese-numbered heading is the plan's."""
    if ordinal is None:
        return True
    if ordinal.kind not in CHINESE_KINDS and ordinal.number == box_numbers.get(ordinal.kind, 0) + 1:
        box_numbers[ordinal.kind] = ordinal.number
        return True
    return False


def _follows_on(ordinal: Ordinal, siblings: dict[str, int], last_number: dict[str, int], excerpt: bool) -> bool:
    """Whether an ordinal opens an item rather than being a number in prose or an attachment list.

    A Chinese-numbered heading may open an excerpt at any number (二、…), and so may an Arabic one opening the
    text's first item that the next one of its kind follows on (`excerpt`: a page of a list numbered 1 to 130
    that starts at 123.); other Arabic ones must start at 1 or follow on, among their siblings or over the whole
    document."""
    n = ordinal.number
    first_heading = ordinal.kind not in last_number and (ordinal.kind in CHINESE_KINDS or excerpt)
    return (first_heading or n == 1 or n == siblings.get(ordinal.kind, 0) + 1
            or n == last_number.get(ordinal.kind, 0) + 1)


def _opens_excerpt(lines: list[Line], index: int, ordinal: Ordinal) -> bool:
    """The next line numbered with the ordinal's kind, within _EXCERPT_LOOKAHEAD lines, carries the next number."""
    for line in lines[index + 1: index + 1 + _EXCERPT_LOOKAHEAD]:
        later = read_ordinal(line.text)
        if later is not None and later.kind == ordinal.kind:
            return later.number == ordinal.number + 1
    return False


def _attachment_name(lines: list[Line], index: int, ordinal: Ordinal) -> int:
    """How many lines the numbered attachment name at index takes (its ordinal may stand alone, the name on
    the next line), or 0 when the line is no attachment name: a name is short and has no sentence."""
    name = lines[index].text[ordinal.length:].strip(WHITESPACE)
    taken = 1
    if not name and index + 1 < len(lines):
        name, taken = lines[index + 1].text, 2
    if not name or len(name) > _ATTACHMENT_NAME_LENGTH or SENTENCE_END.search(name):
        return 0
    return taken


def attachment_lists(lines: list[Line]) -> set[int]:
    """Indices of the lines that list attachments: the run of numbered names (1.…清单, 2.…方案) right below
    an 附件 line, or going on from its own first name (附件：1.…). A plan attached after 附件 starts with its
    title, an unnumbered line, and is read as a body."""
    words = vocabulary()
    listed: set[int] = set()
    for index, line in enumerate(lines):
        head = words.attachment_line.match(line.text)
        if head is None:
            continue
        expected = 2 if read_ordinal(line.text[head.end():].strip(WHITESPACE)) is not None else 1
        following = index + 1
        while following < len(lines):
            ordinal = read_ordinal(lines[following].text)
            if ordinal is None or ordinal.kind != "arabic" or ordinal.number != expected:
                break
            taken = _attachment_name(lines, following, ordinal)
            if not taken:
                break
            listed.update(range(following, following + taken))
            following, expected = following + taken, expected + 1
    return listed


def blank_forms(lines: list[Line]) -> set[int]:
    """Indices of the lines of attachments that are forms to fill in: from an 附件 line standing alone
    (附件1) to the next, where the lines hold at least _MIN_FORM_BLANKS blanks (XX电网, X月XX日)."""
    words = vocabulary()
    starts = [index for index, line in enumerate(lines)
              if (head := words.attachment_line.match(line.text)) and head.end() == len(line.text.rstrip())]
    forms: set[int] = set()
    for start, end in pairwise([*starts, len(lines)]):
        blanks = sum(len(words.form_blank.findall(line.text)) for line in lines[start:end])
        if blanks >= _MIN_FORM_BLANKS:
            forms.update(range(start, end))
    return forms


def _decimal_ordinal(lines: list[Line], index: int, open_items: list[Item]) -> Ordinal | None:
    """The decimal ordinal line `index` opens with, where it goes on from an open item (1.3.1 under 1.3) or,
    for a first-level `1总则`, where its first child (1.1) follows within a few lines."""
    ordinal = read_decimal_ordinal(lines[index].text)
    if ordinal is None:
        return None
    if ordinal.prefix:
        # 1.1. under 1.总则: a first level written with a dot is read as an Arabic ordinal
        parent_kinds = (DECIMAL_KINDS[0], "arabic") if len(ordinal.prefix) == 1 else (DECIMAL_KINDS[len(ordinal.prefix) - 1],)
        goes_on = any(item.ordinal.kind in parent_kinds and item.ordinal.numbers == ordinal.prefix for item in open_items)
        return ordinal if goes_on else None
    for later in lines[index + 1:index + 1 + _FIRST_CHILD_WITHIN]:
        child = read_decimal_ordinal(later.text)
        if child is not None and child.prefix == (ordinal.number,) and child.number == 1:
            return ordinal
    return None


def _expected_next(ordinal: Ordinal, siblings: dict[str, int], last_number: dict[str, int]) -> bool:
    """Whether an ordinal read before a number (11.121人才…) is the very number the outline expects next."""
    n = ordinal.number
    return n >= 2 and (n == siblings.get(ordinal.kind, 0) + 1 or n == last_number.get(ordinal.kind, 0) + 1)


def _articles_inside_groups(ordinal: Ordinal, open_items: list[Item], last_number: dict[str, int]) -> bool:
    """Whether the document's first article opens inside a group (二、支持范围 / （一）固定资产投资奖励 /
    第2条…): its articles are then numbered items of its groups, not the parts that hold them."""
    return (ordinal.kind == ARTICLE and ARTICLE not in last_number
            and bool(open_items) and open_items[-1].ordinal.kind in ARTICLE_HOLDER_KINDS)


def _rank(ordinal: Ordinal, articles_inside: bool) -> float:
    return ordinal.rank if not (articles_inside and ordinal.kind == ARTICLE) else ARTICLE_INSIDE_RANK


def _open_item(ordinal: Ordinal, line: Line, open_items: list[Item], roots: list[Item], root_numbers: dict[str, int],
               last_number: dict[str, int], before_number: bool, articles_inside: bool, excerpt: bool) -> Item | None:
    """The item the ordinal opens under the open chain, or None when it is no item (see _follows_on)."""
    chain = list(open_items)
    rank = _rank(ordinal, articles_inside)
    while chain and (_rank(chain[-1].ordinal, articles_inside) >= rank or _closed_paragraph(chain[-1], roots)):
        chain.pop()
    parent = chain[-1] if chain else None
    siblings = parent.child_numbers if parent else root_numbers
    follows = (_expected_next(ordinal, siblings, last_number) if before_number
               else _follows_on(ordinal, siblings, last_number, excerpt))
    if not follows:
        return None
    item = Item(ordinal, [line], parent)
    siblings[ordinal.kind] = last_number[ordinal.kind] = ordinal.number
    if parent is not None:
        parent.children.append(item)
    return item


def _closed_paragraph(item: Item, roots: list[Item]) -> bool:
    """The item is a paragraph ended by a full stop, as are at least two items of its kind before it, none
    holding items (a notice's 一、高度重视…。 二、压实责任…。 三、加强督导…。): numbered items after it open a list of
    their own, they are not its items."""
    if not _one_closed_paragraph(item):
        return False  # the common case, decided without looking at the siblings
    siblings = item.parent.children if item.parent is not None else roots
    same_kind = [other for other in siblings if other.ordinal.kind == item.ordinal.kind]
    return len(same_kind) >= _MIN_ONE_PARAGRAPH_ITEMS and all(_one_closed_paragraph(other) for other in same_kind)


def _one_closed_paragraph(item: Item) -> bool:
    return (len(item.lines) == 1 and not item.children and item.lines[0].text.rstrip().endswith("。")
            and not item.is_heading_only())


def outline(lines: list[Line]) -> list[Item]:
    """Numbered items of the body, in order, each with its own lines (tables, 专栏 boxes, attachment
    lists and blank forms excluded)."""
    words = vocabulary()
    items: list[Item] = []
    roots: list[Item] = []  # the outermost items
    open_items: list[Item] = []  # the chain from the outermost open item to the innermost
    root_numbers: dict[str, int] = {}
    last_number: dict[str, int] = {}  # per kind, over the whole document: numbering may run on
    attaching = False  # whether an unnumbered line belongs to the innermost open item
    box_numbers: dict[str, int] | None = None  # inside a 专栏: the box's own numbering, per kind
    articles_inside = False  # whether articles are numbered inside groups (see _articles_inside_groups)
    left_out = attachment_lists(lines) | blank_forms(lines)
    for index, line in enumerate(lines):
        if index in left_out or _is_table_line(lines, index):
            continue
        if is_closing_line(lines, index):
            open_items, attaching, box_numbers = [], False, None
            continue
        if words.box_opening.match(line.text):
            attaching, box_numbers = False, {}
            continue
        if words.detached_line.search(line.text):
            attaching = False
            continue
        ordinal = read_ordinal(line.text)
        if box_numbers is not None and _in_box_numbering(ordinal, box_numbers):
            continue
        if ordinal is None:
            ordinal = _decimal_ordinal(lines, index, open_items)
        before_number = ordinal is None
        if before_number and index > 0:
            ordinal = read_ordinal_before_number(line.text)
            if ordinal is not None and lines[index - 1].text[-1:] not in _PARAGRAPH_END:
                # (二)时间 / 1.1月至3月中旬:…, 二、工作目标 / 1.2021年目标: the first item right under a heading of a few
                # words, its heading opening with a month or a year (not 1.5万亩…, a number wrapped there)
                first = (ordinal.number == 1 and _OPENS_WITH_TIME.match(line.text, ordinal.length)
                         and _bare_heading(lines[index - 1].text))
                ordinal, before_number = (ordinal, False) if first else (None, True)
        if ordinal is not None:
            articles_inside = articles_inside or _articles_inside_groups(ordinal, open_items, last_number)
            excerpt = not items and ordinal.number > 1 and _opens_excerpt(lines, index, ordinal)
            item = _open_item(ordinal, line, open_items, roots, root_numbers, last_number, before_number,
                              articles_inside, excerpt)
            if item is not None:
                items.append(item)
                if item.parent is None:
                    roots.append(item)
                open_items = [*item.ancestors(), item]
                attaching, box_numbers = not _closes_series(item), None
                continue
        if box_numbers is not None:
            continue
        if open_items and attaching:
            open_items[-1].lines.append(line)
    _detach_closing_paragraphs(items)
    return items


def _bare_heading(text: str) -> bool:
    """A numbered heading of a few words and no punctuation ((二)时间, 3.工作步骤): what follows it is its body."""
    ordinal = read_ordinal(text)
    heading = text[ordinal.length:] if ordinal is not None else ""
    return (0 < len(heading) <= _BARE_HEADING_CHARS and SENTENCE_END.search(heading) is None
            and not _CLAUSE_MARKS.intersection(heading))


def _closes_series(item: Item) -> bool:
    """Whether the item is the last of a series whose items each end with a semicolon, ended with a full stop
    (（1）…（提交一份）； … （7）预算书（提交一份）。): the paragraph below it speaks of the whole series (镇规建办
    在收到…申报材料后…), it is no more of this item."""
    siblings = item.parent.children if item.parent is not None else []
    before = [other for other in siblings if other is not item and other.ordinal.kind == item.ordinal.kind][-2:]
    return (len(item.lines) == 1 and item.lines[0].text.rstrip().endswith("。") and len(before) == 2
            and all(other.lines[-1].text.rstrip().endswith(_SERIES_END) for other in before))


def _detach_closing_paragraphs(items: list[Item]) -> None:
    """In a document whose items are one paragraph each (一、加快…。…二、…), the paragraphs below its last item
    are the document's closing words (各市、县(区)人民政府和省政府有关部门要结合本地实际…), not more of that item."""
    if not items or len(items[-1].lines) < 2:
        return
    last = items[-1]
    siblings = [item for item in items[:-1] if item.parent is last.parent and item.ordinal.kind == last.ordinal.kind]
    if len(siblings) >= _MIN_ONE_PARAGRAPH_ITEMS and all(
            len(item.lines) == 1 and not item.children and not item.is_heading_only() for item in siblings):
        del last.lines[1:]
