"""Numbers as policy documents write them: Arabic (`65`, `6.8`, `６５`), Chinese (`五百`, `两千`,
`一千九百三十`) and mixed with a magnitude (`1.2万`, `两百亿`), read into floats.

cn2an reads the Chinese numerals, but only ever on a span already known to be a numeral: its
whole-text `transform` rewrites words that merely contain digits (一网通办 → 1网通办).
"""

from __future__ import annotations

import re

import cn2an

# Characters a Chinese numeral is made of; 〇/零 only ever inside one (二〇二一, 一千零五).
CHINESE_DIGITS = "一二两三四五六七八九"
CHINESE_NUMERAL_CHARS = CHINESE_DIGITS + "十百千零〇"
# Magnitudes written after a number and scaled out into value_base (6.8万人 → 68000 人).
MAGNITUDES = {"万亿": 10**12, "亿": 10**8, "万": 10**4}

_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９．", "0123456789.")
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
    text = span.strip().translate(_FULLWIDTH_DIGITS)
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
