"""Display form: the cleaned text's ASCII punctuation written back as a 公文 reader writes it.

Parsing reads the cleaned text with its punctuation folded to ASCII (see gongwen.normalize); the text
columns people read carry Chinese punctuation full-width. One character in, one character out, so a
span of the cleaned text is the same span of its display form.

- `,` `;` `:` `?` `!` become `，` `；` `：` `？` `！` next to a Chinese character (an ideograph or Chinese
  punctuation, spaces skipped): `2025年,全市` → `2025年，全市`; `1:1000`, `5G,IPv6` stay.
- A bracket pair `( … )` becomes `（ … ）` when its content has an ideograph or when it stands next to a
  Chinese character: `(责任单位:市发展改革委)`, `(一)`, `(1)加强` are full-width, `f(x)` stays.
  An unpaired bracket follows the rule of `,`.
- A pair of straight quotes around Chinese becomes `“ ”`: `"十四五"` → `“十四五”`.
- `.` stays as written (decimals, `1.` ordinals), and so does everything else.
"""

from __future__ import annotations

import re

from gongwen.text.chars import HAN

_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_CHINESE = re.compile(f"[{HAN}\u3001-\u303f\u2014\u2018-\u201d\u2026\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]")
_HAN = re.compile(f"[{HAN}]")
_NEEDS_WORK = re.compile(r"[,;:?!()\"]")
_MARKS = re.compile(r"[,;:?!()\"\n]")
_SPACES = " \t"


def to_gongwen_punctuation(text: str | None) -> str | None:
    """`text` with its Chinese punctuation full-width (rules above); None stays None."""
    if not text or not _NEEDS_WORK.search(text):
        return text
    chars = list(text)
    # Only the marks and line ends are visited: a text is long, its ASCII marks are few.
    marks = [match.start() for match in _MARKS.finditer(text)]
    _convert_quotes(text, chars, marks)
    _convert_brackets(text, chars, marks)
    for i in marks:
        char = chars[i]
        if char in ",;:?!()" and (_is_chinese(_neighbour(chars, i, -1)) or _is_chinese(_neighbour(chars, i, 1))):
            chars[i] = _FULL[char]
    return "".join(chars)


def _neighbour(chars: list[str], i: int, step: int) -> str:
    """The nearest character before (step -1) or after (step 1) position i on its line, spaces skipped."""
    j = i + step
    while 0 <= j < len(chars) and chars[j] in _SPACES:
        j += step
    return chars[j] if 0 <= j < len(chars) and chars[j] != "\n" else ""


def _is_chinese(char: str) -> bool:
    return bool(char) and _CHINESE.match(char) is not None


def _convert_quotes(text: str, chars: list[str], marks: list[int]) -> None:
    """Straight double quotes paired in order on each line; a pair around an ideograph becomes “ ”."""
    start = None
    for i in marks:
        char = text[i]
        if char == "\n":
            start = None
        elif char == '"':
            if start is None:
                start = i
                continue
            if _HAN.search(text, start + 1, i):
                chars[start], chars[i] = "“", "”"
            start = None


def _convert_brackets(text: str, chars: list[str], marks: list[int]) -> None:
    """Matched ( ) pairs with Chinese inside or beside them become （ ）."""
    open_at: list[int] = []
    for i in marks:
        char = text[i]
        if char == "\n":
            open_at.clear()
        elif char == "(":
            open_at.append(i)
        elif char == ")" and open_at:
            start = open_at.pop()
            inside = _HAN.search(text, start + 1, i) is not None
            beside = _is_chinese(_neighbour(chars, start, -1)) or _is_chinese(_neighbour(chars, i, 1))
            if inside or beside:
                chars[start], chars[i] = "（", "）"
