"""Pinyin annotations some pages put after a character (`鎮(zhèn)`), removed."""

from __future__ import annotations

import re

from gongwen.text.chars import HAN

TONED_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
PINYIN_LETTERS = f"a-zü{TONED_VOWELS}"


def _after_character(annotation: str) -> re.Pattern[str]:
    """One or more bracketed `annotation`s right after a CJK character: the pattern opens with the bracket (the
    character checked behind it), so that a text is scanned for brackets only, not tried at every character."""
    return re.compile(rf"[(（](?<=[{HAN}].){annotation}[)）](?:[(（]{annotation}[)）])*")


# 社會(huì ); a mirror may repeat one (場(chǎng)(chǎng)) or give each reading of a character with several (为(wéi / wèi),
# 一(yī / yì /yí), 地(dì / de): a reading in the neutral tone has no tone mark); a PDF may break a line inside one
# (實(sh/í))
_SYLLABLE = rf"[{PINYIN_LETTERS}]{{0,5}}\n?[{TONED_VOWELS}]\n?[{PINYIN_LETTERS}]{{0,5}}"
_PINYIN_ANNOTATION = _after_character(rf" ?\n?{_SYLLABLE}(?: ?/ ?(?:{_SYLLABLE}|[{PINYIN_LETTERS}]{{1,6}}))* ?\n?")


# The same without tone marks (`國務(wu)院(yuan)`), as other mirrors write it: one pinyin syllable, taken only
# where a text holds many (a single `(a)` after a character is a list's letter).
_TONELESS_ANNOTATION = _after_character(  # repeated too (電(dian)(dian)(dian))
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouv]{1,3}(?:ng|n|r)?)"
)
_MIN_TONELESS = 5


def remove_pinyin_annotations(text: str) -> tuple[str, int]:
    """`鎮(zhèn)` → `鎮`: a CJK character followed by one bracketed syllable that carries a tone mark, or by
    toneless syllables where the text holds at least _MIN_TONELESS annotations, toned or not (a neutral tone carries
    no mark: 的(de) among toned ones). Other brackets — (PM2.5), (一), (傳真) — are real text and stay."""
    text, toned = _PINYIN_ANNOTATION.subn("", text)
    if toned + len(_TONELESS_ANNOTATION.findall(text)) < _MIN_TONELESS:
        return text, toned
    text, toneless = _TONELESS_ANNOTATION.subn("", text)
    return text, toned + toneless
