"""Pinyin annotations some pages put after a character (`鎮(zhèn)`), removed."""

from __future__ import annotations

import re

from gongwen.text.chars import HAN

TONED_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
PINYIN_LETTERS = f"a-zü{TONED_VOWELS}"
_PINYIN_ANNOTATION = re.compile(
    rf"(?<=[{HAN}])[(（]([{PINYIN_LETTERS}]{{0,5}}[{TONED_VOWELS}][{PINYIN_LETTERS}]{{0,5}})[)）]"
)


def remove_pinyin_annotations(text: str) -> tuple[str, int]:
    """`鎮(zhèn)` → `鎮`: a CJK character followed by one bracketed syllable that carries a tone mark.
    Brackets without a tone mark — (PM2.5), (一), (傳真) — are real text and stay."""
    return _PINYIN_ANNOTATION.subn("", text)
