"""OFD (GB/T 33190, the format of China's e-government documents) → the document's lines.

An OFD is a ZIP of XML: OFD.xml names each document's root (`DocRoot`), whose Document.xml lists its pages in order
(`Pages/Page/@BaseLoc`); a page's Content.xml holds text objects (`TextObject`, in layers and page blocks), each with
its box on the page (`Boundary`: x y width height, in millimetres), a transform from its own space into that box
(`CTM`, a b c d e f), its font size (`Size`) and its text as runs (`TextCode`: where the first character stands, `X`
and `Y`, and the step to each next character, `DeltaX`, where `g 10 6.61` is ten steps of 6.61). The text is
Unicode: the font is needed to draw it, not to read it. So the reader places every character, gathers the
characters of a baseline into a line, and makes paragraphs of the lines as the PDF reader does
(gongwen.reading.placed_lines). A page's templates (what it draws under its content: a running head, a page number)
are read with it. An OFD with no character on any page (a scan) is rejected."""

from __future__ import annotations

import io
import posixpath
import statistics
import zipfile
from dataclasses import dataclass
from xml.etree import ElementTree

from gongwen.reading.placed_lines import SPACE_BESIDE_WIDE, PlacedLine, advance, character_step, document_text

SCANNED_OFD = "scanned OFD: no text layer"
UNREADABLE_OFD = "OFD cannot be read"
_SAME_LINE = 0.5  # baselines nearer than half a character's size are one line
_GAP = 0.5  # a gap wider than half a character's size between two characters of a line is a blank
_REPEATED = "g"  # DeltaX `g N step`: N steps of the same size


class NoOfdText(Exception):
    """The OFD has pages but no text on them: a scan."""


@dataclass(frozen=True)
class _Glyph:
    char: str
    x: float
    baseline: float
    size: float


def read_ofd(data: bytes) -> str:
    """The text of an OFD, one paragraph a line. Raises NoOfdText for a scan, and ValueError (zipfile.BadZipFile,
    ElementTree.ParseError, KeyError for a part it names but does not hold) for a damaged one."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        pages = [_page_lines([glyph for part in parts for glyph in _page_glyphs(part)], n)
                 for n, parts in enumerate(_page_parts(archive))]
    if not any(pages):
        raise NoOfdText(f"{len(pages)} page(s), no character on any")
    return document_text(pages)


def _local(tag: str) -> str:
    """An element's name without its namespace (writers differ: `ofd:` bound to the standard's URI, or none)."""
    return tag.rsplit("}", 1)[-1]


def _xml(archive: zipfile.ZipFile, path: str) -> ElementTree.Element:
    try:
        return ElementTree.fromstring(archive.read(path))
    except KeyError as exc:
        raise KeyError(f"the package names {path} but does not hold it") from exc


def _child_text(element: ElementTree.Element, name: str) -> str | None:
    return next((child.text.strip() for child in element.iter() if _local(child.tag) == name and child.text), None)


def _resolve(base: str, location: str) -> str:
    """A part's path in the package: absolute from the package's root (/Doc_0/…) or relative to the part naming it."""
    location = location.strip().replace("\\", "/")
    joined = location.lstrip("/") if location.startswith("/") else posixpath.join(posixpath.dirname(base), location)
    return posixpath.normpath(joined)


def _page_parts(archive: zipfile.ZipFile) -> list[list[ElementTree.Element]]:
    """For every page of the package's first document, in the document's order: the content of the templates it
    draws its own over (`Template/@TemplateID`, a `TemplatePage` of the document: a running head, a page number),
    then its own."""
    root = _child_text(_xml(archive, "OFD.xml"), "DocRoot")
    if root is None:
        raise ValueError("OFD.xml names no DocRoot")
    document_path = _resolve("OFD.xml", root)
    document = _xml(archive, document_path)
    templates = {template.get("ID"): _resolve(document_path, template.get("BaseLoc", "")) for template in document.iter()
                 if _local(template.tag) == "TemplatePage" and template.get("BaseLoc")}
    parsed = {path: _xml(archive, path) for path in set(templates.values())}
    parts = []
    for page in document.iter():
        if _local(page.tag) == "Page" and page.get("BaseLoc"):
            content = _xml(archive, _resolve(document_path, page.get("BaseLoc", "")))
            used = [templates[used.get("TemplateID")] for used in content.iter()
                    if _local(used.tag) == "Template" and used.get("TemplateID") in templates]
            parts.append([*(parsed[path] for path in used), content])
    return parts


def _numbers(value: str | None) -> list[float]:
    return [float(number) for number in value.split()] if value else []


def _steps(delta: str | None) -> list[float]:
    """DeltaX written out: `g 3 6.61 2` → [6.61, 6.61, 6.61, 2.0]."""
    words, steps = (delta or "").split(), []
    at = 0
    while at < len(words):
        if words[at] == _REPEATED and at + 2 < len(words):
            steps.extend([float(words[at + 2])] * int(words[at + 1]))
            at += 3
        else:
            steps.append(float(words[at]))
            at += 1
    return steps


def _page_glyphs(page: ElementTree.Element) -> list[_Glyph]:
    """Every character a page's (or a template's) content sets, placed on the page."""
    glyphs = []
    for text_object in page.iter():
        if _local(text_object.tag) != "TextObject":
            continue
        box = [*_numbers(text_object.get("Boundary")), 0.0, 0.0][:2]  # where its box starts on the page
        a, b, c, d, e, f = _numbers(text_object.get("CTM")) or [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
        scale = abs(a * d - b * c) ** 0.5 or 1.0
        own_size = float(text_object.get("Size", "0"))  # in the object's own space, as its steps are
        size = own_size * scale
        x = y = 0.0
        for code in text_object:
            if _local(code.tag) != "TextCode" or not code.text:
                continue
            x, y = float(code.get("X", x)), float(code.get("Y", y))
            steps = _steps(code.get("DeltaX"))
            for n, char in enumerate(code.text):
                if not char.isspace():  # a blank a writer sets is measured again below, from the gap it leaves
                    glyphs.append(_Glyph(char, box[0] + a * x + c * y + e, box[1] + b * x + d * y + f, size))
                x += steps[n] if n < len(steps) else (steps[-1] if steps else own_size)
    return glyphs


def _page_lines(glyphs: list[_Glyph], number: int) -> list[PlacedLine]:
    """The page's lines, top to bottom: characters whose baselines lie within half a character of each other, left
    to right, a blank where a gap is wider than half a character (kept between Latin words only, as in a PDF)."""
    lines: list[list[_Glyph]] = []
    for glyph in sorted(glyphs, key=lambda glyph: glyph.baseline):
        if lines and glyph.baseline - lines[-1][0].baseline <= _SAME_LINE * max(glyph.size, lines[-1][0].size):
            lines[-1].append(glyph)
        else:
            lines.append([glyph])
    placed = []
    for line in lines:
        line.sort(key=lambda glyph: glyph.x)
        text = line[0].char
        for before, glyph in zip(line, line[1:], strict=False):
            text += (" " if glyph.x - (before.x + advance(before.char, before.size)) > _GAP * glyph.size else "") + glyph.char
        size = character_step([(glyph.char, glyph.x) for glyph in line]) or statistics.median(g.size for g in line)
        last = line[-1]
        placed.append(PlacedLine(SPACE_BESIDE_WIDE.sub("", text), line[0].x, last.x + advance(last.char, size), size,
                                 number))
    return placed
