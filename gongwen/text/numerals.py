"""Numbers as policy documents write them: Arabic (`65`, `6.8`, `６５`), Chinese (`五百`, `两千`,
`一千九百三十`) and mixed with a magnitude (`1.2万`, `两百亿`), read into floats.

cn2an reads the Chinese numerals, but only ever on a span already known to be a numeral: its
whole-text `transform` rewrites words that merely contain digits (一网通办 → 1网通办).
"""

from __future__ import annotations

import re

import cn2an

from gongwen.text.chars import TO_ASCII_DIGITS

# Characters a Chinese numeral is made of; 〇/零 only ever inside one (二〇二一, 一千零五).
CHINESE_DIGITS = "一二两三四五六七八九"
CHINESE_NUMERAL_CHARS = CHINESE_DIGITS + "十百千零〇"
# Characters of the number of a printed chapter, article or item (第十二条, （三）, 二十、): no 两, no 千.
ORDINAL_NUMERAL_CHARS = "〇零一二三四五六七八九十百"
# Magnitudes written after a number and scaled out into value_base (6.8万人 → 68000 人).
MAGNITUDES = {"万亿": 10**12, "亿": 10**8, "万": 10**4}

# Each digit, as dates (二〇二五) and ordinals (十一, 一百零五) write it.
DIGIT_VALUES = {"〇": 0, "○": 0, "O": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
                "六": 6, "七": 7, "八": 8, "九": 9}
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_ARABIC = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_MAGNITUDE_SUFFIX = re.compile("(万亿|亿|万)$")


def split_magnitude(span: str) -> tuple[str, int]:
    """`1.2万` → (`1.2`, 10000); a span without a trailing magnitude comes back with factor 1."""
    found = _MAGNITUDE_SUFFIX.search(span)
    if found is None or found.start() == 0:
        return span, 1
    return span[: found.start()], MAGNITUDES[found.group(1)]


def parse_number(span: str) -> float:
    """The value of a numeral span, magnitude included: `6.8` → 6.8, `两百` → 200, `1.2万` → 12000.

    A leading 百/千 reads as one hundred/thousand (`千亿` → 1e11). Raises ValueError naming the span
    when it is not a numeral."""
    text = span.strip().translate(TO_ASCII_DIGITS)
    digits, factor = split_magnitude(text)
    if _ARABIC.fullmatch(digits):
        return float(digits) * factor
    if not digits or any(ch not in CHINESE_NUMERAL_CHARS for ch in digits):
        raise ValueError(f"not a numeral: {span!r}")
    if digits[0] in "百千":
        digits = "一" + digits
    try:
        return float(cn2an.cn2an(digits, "smart")) * factor
    except ValueError as error:
        raise ValueError(f"not a numeral: {span!r} ({error})") from None


def chinese_integer(numeral: str) -> int:
    """A whole number as dates and ordinals write it: Arabic digits pass through; 二〇二五 → 2025 (digit
    by digit); 十一 → 11, 二十 → 20, 一百零五 → 105 (positional); ③ → 3. ValueError naming it otherwise."""
    if numeral in _CIRCLED:
        return _CIRCLED.index(numeral) + 1
    if numeral.isascii() and numeral.isdigit():
        return int(numeral)
    if not numeral or any(ch not in DIGIT_VALUES and ch not in "十百" for ch in numeral):
        raise ValueError(f"not a Chinese numeral: {numeral!r}")
    if "十" not in numeral and "百" not in numeral:
        return int("".join(str(DIGIT_VALUES[ch]) for ch in numeral))
    total, digit = 0, 0
    for ch in numeral:
        if ch in DIGIT_VALUES:
            digit = DIGIT_VALUES[ch]
        else:
            total += (digit or 1) * (10 if ch == "十" else 100)
            digit = 0
    return total + digit
