"""Character-level cleanup: line ends, Unicode composition, invisible and control characters, odd spaces,
compatibility ideographs; and full-width ASCII forms to half-width (see gongwen.normalize for why), a full stop
written `.` after Chinese text as `。`."""

from __future__ import annotations

import re
import unicodedata

from gongwen.text.chars import HAN
from gongwen.text.numerals import CHINESE_NUMERAL_CHARS

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"), None)
_ANY_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e]")
_SPACE_LIKE = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_COMPATIBILITY_IDEOGRAPH = re.compile("[\uf900-\ufaff]")
# Numbers set in one character, as a converter writes an item's ordinal: ⑴ … ⒇ (U+2474–2487) and ⒈ … ⒛
# (U+2488–249B); NFKC spells them out, (1) and 1., the forms the outline reads. ① … ⑳ stay: they are an
# ordinal of their own rank.
_ENCLOSED_NUMBER = re.compile("[\u2474-\u249b]")
_ANY_FULLWIDTH = re.compile("[\uff01-\uff5e]")
# (the stop matched first and what stands before it checked behind: a text is scanned for stops only)
_ASCII_FULL_STOP = re.compile(rf"\.(?<=[{HAN}%)”]\.)(?<![{CHINESE_NUMERAL_CHARS}]\.)(?=[{HAN}“\s]|$)", re.MULTILINE)
# Small form variants (U+FE50–FE6B): a page that sets its clauses apart with ﹔ or numbers items 1﹒ writes the
# punctuation NFKC gives (; . , 、 ( )), which the full-width forms also become.
_SMALL_FORM = re.compile("[\ufe50-\ufe6b]")
# Blanks a page lost when saved in an encoding without them (U+3000 or nbsp written as ?): a run of two or more
# ? opening or closing a line (牡丹江市…印发给你们 indented by ??, 浮山县人民政府办公室 ??????? after the body), never a
# question in a 公文. Inside a line such a run marks GBK mojibake (整治??刂瞥鞘…), repaired below.
_LOST_BLANKS = re.compile(r"^[ \t]*\?{2,}|\?{2,}[ \t]*$", re.MULTILINE)
# A PDF set in a font that gives its punctuation the GB2312 code as Unicode writes ， (GB A3AC) as U+A3AC ꎬ and 。 (A3AE
# ．) as U+A3AE ꎮ, Yi syllables no Chinese text holds; a transcription of it often sets every character apart (同 意 ꎬ
# 现 印 发). After Chinese text such a character is the punctuation its code is in GB2312 (rows A1–A3: symbols and
# full-width forms), the spaces around it none. The same PDFs write 《》 as «».
_GB_CODE_AS_UNICODE = re.compile(rf"(?<=[{HAN}»)%0-9]) *([\ua1a1-\ua1fe\ua2a1-\ua2fe\ua3a1-\ua3fe]) *")
_GB_CODE = re.compile("[\ua1a1-\ua1fe\ua2a1-\ua2fe\ua3a1-\ua3fe]")
_GUILLEMETS = re.compile(rf"«(?=[{HAN}])([^«»\n]{{1,150}})»")
# A page converted with its curly quotes lost writes each as `;;` (;;十二五;;主要成就及2015年工作回顾): around a short
# run of Chinese it is a pair of quotes, as no 公文 writes two semicolons.
_LOST_QUOTES = re.compile(rf";;([{HAN}]{{1,12}});;")


def unicode_cleanup(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    if _ANY_INVISIBLE.search(text):
        text = text.translate(_INVISIBLE)
    text = _CONTROL.sub("", text)
    text = _SPACE_LIKE.sub(" ", text)
    if "??" in text:  # what _LOST_BLANKS needs
        text = _LOST_BLANKS.sub(lambda found: " " * len(found.group()), text)
    text = text.replace("\u2015", "\u2014")
    if ";;" in text:  # what _LOST_QUOTES needs
        text = _LOST_QUOTES.sub(r"“\1”", text)
    if _GB_CODE.search(text) and _GB_CODE_AS_UNICODE.search(text):  # the code alone first: a quick scan
        text = _GUILLEMETS.sub(r"《\1》", _GB_CODE_AS_UNICODE.sub(_gb_character, text))
    text = _ENCLOSED_NUMBER.sub(_compatibility_form, text)
    text = _SMALL_FORM.sub(_compatibility_form, text)
    # CJK compatibility ideographs (U+F900–FAFF) come from legacy converters; NFKC maps them to unified ones.
    return _COMPATIBILITY_IDEOGRAPH.sub(_compatibility_form, text)


def _gb_character(match: re.Match) -> str:
    code = ord(match.group(1))
    character = bytes([code >> 8, code & 0xFF]).decode("gb2312", errors="replace")
    return "。" if character == "．" else character  # a full stop after Chinese text


def _compatibility_form(match: re.Match) -> str:
    return unicodedata.normalize("NFKC", match.group())


def fullwidth_to_halfwidth(text: str) -> str:
    """U+FF01–U+FF5E → ASCII (see gongwen.normalize for why the punctuation goes too)."""
    # re.sub over the (sparse) full-width characters is ~4x faster than str.translate with a table.
    return _ANY_FULLWIDTH.sub(_to_halfwidth, text)


def ascii_full_stops(text: str) -> str:
    """A sentence a page ended with `.` (or `．`, made `.` above) after Chinese text (请认真组织实施.市政府将…,
    一般公共预算收入增长8%以上.) ends with `。`; not a decimal, nor an ordinal (一., 1.)."""
    return _ASCII_FULL_STOP.sub("。", text) if "." in text else text


def _to_halfwidth(match: re.Match) -> str:
    return chr(ord(match.group()) - 0xFEE0)
