"""DOCX → the document's lines, in body order: a paragraph a line, Word's automatic numbering written back
as the ordinal it shows (`一、`, `（一）`, `1.`), a table a row a line with its cells joined by tabs (the
line form the HTML reader gives tables, so a 重点任务分工表 reads as one).

Read with python-docx: it gives paragraphs and tables in body order and merged cells as the cell they
continue (a vertically merged 完成时限 carries down), and leaves the numbering XML to read here, which the
ordinals need: docx2python writes numbers in its own styles and knows no Chinese counting formats."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field

import docx
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

_DIGITS = "〇一二三四五六七八九"
_FIGURE = re.compile(r"^[<>≤≥约]?\d[\d.,]*\s*\S{0,6}$")  # a cell's paragraph that is one figure (34.52%, 80%以上, 1.2万人)
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_CHINESE_COUNTING = {"chineseCounting", "chineseCountingThousand", "taiwaneseCounting",
                     "taiwaneseCountingThousand", "japaneseCounting", "koreanCounting", "chineseLegalSimplified"}


def chinese_counting(n: int) -> str:
    """1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五: how Word writes chineseCounting numbers."""
    if n <= 0:
        return str(n)
    if n < 10:
        return _DIGITS[n]
    if n < 20:
        return "十" + (_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _DIGITS[n // 10] + "十" + (_DIGITS[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        tail = "" if rest == 0 else ("零" + _DIGITS[rest] if rest < 10 else (
            "一" + chinese_counting(rest) if rest < 20 else chinese_counting(rest)))
        return _DIGITS[n // 100] + "百" + tail
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for value, numeral in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + numeral, n - value
    return out


def format_number(n: int, num_fmt: str) -> str:
    """A list counter in a numFmt of WordprocessingML (decimal, chineseCounting, ideographDigital …)."""
    if num_fmt in _CHINESE_COUNTING:
        return chinese_counting(n)
    if num_fmt == "ideographDigital":
        return "".join(_DIGITS[int(d)] for d in str(n))
    if num_fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 0 < n <= len(_CIRCLED):
        return _CIRCLED[n - 1]
    if num_fmt == "decimalFullWidth":
        return "".join(chr(0xFF10 + int(d)) for d in str(n))
    if num_fmt in ("lowerLetter", "upperLetter") and 0 < n <= 26:
        letter = chr(ord("a") + n - 1)
        return letter.upper() if num_fmt == "upperLetter" else letter
    if num_fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(n)
        return roman.lower() if num_fmt == "lowerRoman" else roman
    if num_fmt in ("bullet", "none"):
        return ""
    return str(n)


@dataclass(frozen=True)
class _Level:
    start: int
    num_fmt: str
    text: str  # lvlText: "%1、", "（%2）", "%3."


@dataclass
class Numbering:
    """The numbering definitions of a document and the counters of its lists as the body is read."""

    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)  # numId → ilvl → level
    starts: dict[tuple[str, int], int] = field(default_factory=dict)  # (numId, ilvl) → startOverride
    counters: dict[str, dict[int, int]] = field(default_factory=dict)  # numId → ilvl → current value
    # styleId (None: the default style) → the numPr its style chain gives, looked up once a document (python-docx
    # finds the default style by scanning every style, for each paragraph that names none)
    style_num_pr: dict[str | None, object] = field(default_factory=dict)

    @classmethod
    def of(cls, document) -> Numbering:
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return cls()
        abstract = {a.get(qn("w:abstractNumId")): _levels(a) for a in root.findall(qn("w:abstractNum"))}
        numbering = cls()
        for num in root.findall(qn("w:num")):
            num_id = num.get(qn("w:numId"))
            ref = num.find(qn("w:abstractNumId"))
            numbering.levels[num_id] = dict(abstract.get(ref.get(qn("w:val")) if ref is not None else None, {}))
            for override in num.findall(qn("w:lvlOverride")):
                start = override.find(qn("w:startOverride"))
                if start is not None:
                    numbering.starts[(num_id, int(override.get(qn("w:ilvl"))))] = int(start.get(qn("w:val")))
        return numbering

    def label(self, num_id: str, ilvl: int) -> str:
        """The ordinal the next paragraph of list num_id at level ilvl shows; counters move on."""
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels or num_id == "0":
            return ""
        counters = self.counters.setdefault(num_id, {})
        start = self.starts.get((num_id, ilvl), levels[ilvl].start)
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else start
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]  # a higher level restarts the ones below it
        label = levels[ilvl].text
        for k in sorted(levels, reverse=True):
            if f"%{k + 1}" in label:
                value = counters.get(k, self.starts.get((num_id, k), levels[k].start))
                label = label.replace(f"%{k + 1}", format_number(value, levels[k].num_fmt))
        return label


def _value(lvl, tag: str, default: str) -> str:
    element = lvl.find(qn(tag))
    return element.get(qn("w:val"), default) if element is not None else default


def _levels(abstract) -> dict[int, _Level]:
    return {int(lvl.get(qn("w:ilvl"))): _Level(int(_value(lvl, "w:start", "1")), _value(lvl, "w:numFmt", "decimal"),
                                               _value(lvl, "w:lvlText", ""))
            for lvl in abstract.findall(qn("w:lvl"))}


def _num_pr(paragraph: Paragraph, numbering: Numbering) -> tuple[str, int] | None:
    """(numId, ilvl) of a numbered paragraph: its own numPr, or its style's."""
    p_pr = paragraph._p.pPr
    num_pr = p_pr.numPr if p_pr is not None else None
    if num_pr is None:
        style_id = paragraph._p.style
        if style_id not in numbering.style_num_pr:
            numbering.style_num_pr[style_id] = _style_num_pr(paragraph.style)
        num_pr = numbering.style_num_pr[style_id]
    if num_pr is None or num_pr.numId is None:
        return None
    return str(num_pr.numId.val), int(num_pr.ilvl.val) if num_pr.ilvl is not None else 0


def _style_num_pr(style):
    """The numPr a paragraph style or the first of the styles it is based on gives, else None."""
    while style is not None:
        style_p_pr = style.element.pPr
        if style_p_pr is not None and style_p_pr.numPr is not None:
            return style_p_pr.numPr
        style = style.base_style
    return None


def _paragraph_text(paragraph: Paragraph, numbering: Numbering) -> str:
    num_pr = _num_pr(paragraph, numbering)
    label = numbering.label(*num_pr) if num_pr else ""
    return (label + paragraph.text.replace("\t", " ").strip()) if (label or paragraph.text.strip()) else ""


def _table_lines(table: Table, numbering: Numbering) -> list[str]:
    """A row a line, cells joined by tabs; a cell merged across columns once, one merged down repeated; a row whose
    figures stand one a paragraph in their cells, a line per figure (see _stacked)."""
    lines = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue  # gridSpan: the same cell again
            seen.add(id(cell._tc))
            texts = [_paragraph_text(p, numbering).replace("\n", "").replace("\t", " ").strip() for p in cell.paragraphs]
            cells.append([text for text in texts if text])
        for line in _stacked(cells):
            if any(line):
                lines.append("\t".join(line))
    return lines


def _stacked(cells: list[list[str]]) -> list[list[str]]:
    """The lines of one row, a list of each cell's paragraphs. A row whose cells after the first hold the same number
    (two or more) of figures, one a paragraph (`34.52%` / `77.34%`, `80%以上` / `85%以上`), beside a name cell of at least
    as many paragraphs (`4.义务教育标准班额比例(%)` / `其中:小学` / `初中`), stacks sub-rows: a line per figure, its name the
    name cell's paragraph level with it (the ones above the stack open the first), the other cells repeated. Any other row
    is one line, each cell's paragraphs run together."""
    whole = ["".join(paragraphs) for paragraphs in cells]
    stacks = {len(paragraphs) for paragraphs in cells[1:] if len(paragraphs) > 1}
    if len(cells) < 2 or len(stacks) != 1:
        return [whole]
    depth = stacks.pop()
    stacked = [paragraphs for paragraphs in cells[1:] if len(paragraphs) == depth]
    names = cells[0]
    if len(stacked) < 2 or len(names) < depth or not all(_FIGURE.match(text) for column in stacked for text in column):
        return [whole]
    names = ["".join(names[: len(names) - depth + 1]), *names[len(names) - depth + 1 :]]
    return [[names[level], *(paragraphs[level] if len(paragraphs) == depth else text
                             for paragraphs, text in zip(cells[1:], whole[1:], strict=True))] for level in range(depth)]


def read_docx(data: bytes) -> str:
    """The text of a DOCX file: paragraphs and table rows in body order, numbering written out."""
    document = docx.Document(io.BytesIO(data))
    numbering = Numbering.of(document)
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            lines.extend(_table_lines(block, numbering))
        else:
            lines.extend(x for x in _paragraph_text(block, numbering).split("\n") if x.strip())
    return "\n".join(lines)
