"""Bytes → text: the encoding is decided by the bytes (BOM, UTF-8, UTF-16, GB18030 or Big5, then
charset-normalizer), never by a page's charset tag, which is only checked and flagged when it lies."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from functools import cache

import charset_normalizer
import opencc

from gongwen.text.chars import HAN, HAN_CHAR

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# What Chinese policy text is made of: ASCII, Han, CJK and full-width punctuation, dashes and quotes.
_PLAUSIBLE_CHAR = re.compile(f"[\x20-\x7e\n\r\t{HAN}\u3000-\u303f\uff00-\uffef\u2010-\u2027]")
_CHARSET_TAG = re.compile(r"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
_GB_NAMES = {"gb2312", "gbk", "gb18030", "x-gbk", "euc-cn", "cp936", "hz-gb-2312"}


class Undecodable(Exception):
    """The bytes are text of no encoding we accept; carries the first offending byte offset."""

    def __init__(self, offset: int):
        super().__init__(offset)
        self.offset = offset


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    flags: tuple[str, ...]


def decode_bytes(data: bytes) -> Decoded:
    """Decode by the bytes alone: BOM, strict UTF-8 (a cut last character is dropped), UTF-16, GB18030,
    then charset-normalizer. Raises Undecodable with the offset of the first bad byte otherwise."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(codec), codec, ())
            except UnicodeDecodeError as exc:
                raise Undecodable(exc.start) from exc
    try:
        return Decoded(data.decode("utf-8"), "utf-8", ())
    except UnicodeDecodeError as exc:
        utf8_error = exc
    # A file cut mid-character: everything before the last 1-3 bytes is valid UTF-8.
    if utf8_error.reason == "unexpected end of data" and len(data) - utf8_error.start <= 3:
        return Decoded(data[: utf8_error.start].decode("utf-8"), "utf-8", ("truncated_utf8",))
    utf16 = utf16_without_bom(data)
    if utf16:
        return Decoded(data.decode(utf16), "utf-16", ())
    decoded = _decode_chinese_codepage(data)
    if decoded is not None:
        return decoded
    guess = charset_normalizer.from_bytes(data).best()
    if guess is not None and guess.encoding and plausible_share(str(guess)) >= 0.8:
        return Decoded(str(guess), guess.encoding.replace("_", "-"), ())
    raise Undecodable(utf8_error.start)


def _decode_chinese_codepage(data: bytes) -> Decoded | None:
    """GB18030, or Big5 when that reads as commoner characters; None when GB18030 gives no plausible text."""
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return None
    if plausible_share(text) < 0.8:
        return None
    # Big5 bytes (Taiwan, Hong Kong) are mostly valid GBK too, decoding to rare characters.
    try:
        big5 = data.decode("big5")
    except UnicodeDecodeError:
        big5 = None
    if big5 is not None and _common_share(big5) > _common_share(text):
        return Decoded(big5, "big5", ())
    return Decoded(text, "gb18030", ())


def looks_like_utf16(data: bytes) -> bool:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    return utf16_without_bom(data) is not None


def utf16_without_bom(data: bytes) -> str | None:
    """The codec ("utf-16-le"/"utf-16-be") under which data reads as plausible text, else None."""
    if len(data) < 4 or len(data) % 2:
        return None
    best, best_share = None, 0.0
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        share = plausible_share(text)
        if share > best_share:
            best, best_share = codec, share
    return best if best_share >= 0.9 else None


def plausible_share(text: str) -> float:
    """Share of characters that Chinese policy text is made of: Han, ASCII, CJK and full-width punctuation."""
    if not text:
        return 0.0
    return len(_PLAUSIBLE_CHAR.findall(text)) / len(text)


@cache
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def _common_share(text: str) -> float:
    """Share of Chinese characters among the 3755 most common (GB2312 level 1), Traditional ones counted
    by their Simplified form: ~0.9 for real text, far lower for text decoded with the wrong codec."""
    sample = "".join(HAN_CHAR.findall(text[:4000]))
    if not sample:
        return 0.0
    common = 0
    for ch in _t2s().convert(sample):
        encoded = ch.encode("gb2312", "ignore")
        common += bool(encoded) and 0xB0 <= encoded[0] <= 0xD7
    return common / len(sample)


def _encoding_family(name: str) -> str:
    name = name.lower().replace("_", "-")
    if name in _GB_NAMES:
        return "gb"
    if name.startswith("utf-8") or name == "utf8":
        return "utf-8"
    if name.startswith("utf-16") or name == "unicode":
        return "utf-16"
    return name


def charset_tag_flags(text: str, encoding: str) -> list[str]:
    """["charset_tag_lied:<declared>"] when the page's <meta charset> names another encoding than its bytes."""
    match = _CHARSET_TAG.search(text[:8192])
    if not match:
        return []
    declared = match.group(1).lower()
    if _encoding_family(declared) != _encoding_family(encoding):
        return [f"charset_tag_lied:{declared}"]
    return []
