"""Character classes: what counts as a Chinese character, and full-width digits."""

from __future__ import annotations

import re

# Han ideographs: CJK Unified Ideographs, Extension A and the compatibility block. For use inside a
# character class: `rf"[{HAN}]"`.
HAN_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
HAN = "".join(f"{chr(start)}-{chr(end)}" for start, end in HAN_RANGES)
HAN_CHAR = re.compile(f"[{HAN}]")
_HAN_RUN = re.compile(f"[{HAN}]+")

# Full-width digits and the full-width point, as numbers are often typed in Word.
FULLWIDTH_DIGITS = "０１２３４５６７８９"
TO_ASCII_DIGITS = str.maketrans(FULLWIDTH_DIGITS + "．", "0123456789.")
# Half- and full-width digits, for use inside a character class, and as a set of characters.
DIGIT = "0-9０-９"
DIGIT_CHARS = frozenset("0123456789" + FULLWIDTH_DIGITS)
# A number in figures, whole or decimal, in either width: 12, 3.5, ３．５.
DECIMAL = rf"[{DIGIT}]+(?:[.．][{DIGIT}]+)?"


def has_han(text: str) -> bool:
    return HAN_CHAR.search(text) is not None


def han_count(text: str) -> int:
    """How many Chinese characters the text holds (counted by runs: a copy of the text without them costs three
    times as much)."""
    return sum(map(len, _HAN_RUN.findall(text)))

# A colon in either width (the cleaned text writes `:`; a title or a field as printed may keep `：`).
COLONS = ":："

# The marks a list sets before its items (●粮食总产达到557亿斤, ■ 2025年…, ▲发改局): no part of a metric or a name.
ITEM_MARKS = "●■◆◇▲△•·○□★☆▶►※*"
