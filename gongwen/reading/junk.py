"""What is not a document's text: binary files (by their magic numbers, or NUL and control bytes that
are more than a few strays in text), stray control bytes in text, and the MIME parts (boundaries, part
headers, base64 or quoted-printable lines) glued after a saved page or mail."""

from __future__ import annotations

import re

from gongwen.reading.decode import Undecodable, decode_bytes, looks_like_utf16, plausible_share
from gongwen.text.chars import has_han

# Signatures of the binary files that land in a policy inbox (attachments, scans, archives).
_MAGIC_NUMBERS: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"BM", "BMP image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office document (doc/xls/ppt)"),
    (b"{\\rtf", "RTF document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"Rar!", "RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ", "Windows executable"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"RIFF", "RIFF media (wav/avi/webp)"),
    (b"SQLite format 3\x00", "SQLite database"),
)
# Signatures that are also how a text may start: binary only when NULs follow.
_TEXT_LIKE_MAGIC = (b"BM", b"MZ")
# Control bytes that no text line holds (tab, line feed, VT, FF, CR are layout): a NUL or an ESC in a
# plan is damage from a copy or an export, and none of them occurs inside a multibyte character of
# UTF-8, GB18030 or Big5, so removing them byte by byte leaves the rest of the text whole.
_STRAY_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
# Text tolerates this share of stray control bytes besides NULs; a binary file holds far more (~10%).
_MAX_STRAY_SHARE = 0.01
_MIN_TEXT_SHARE = 0.9  # of plausible characters, once the strays are gone

_MIME_BOUNDARY = re.compile(
    r"^-{2,}[ \t]*=?_?(?:NextPart|Part|boundary|=_)[\w.=\-]*[ \t]*$"  # ------=_NextPart_000_…
    r"|^-{2}[\w'()+,./:=?\-]{16,}-{0,2}$"  # --boundary-string, --boundary-string--
)
_MIME_HEADER = re.compile(
    r"^(?:Content-(?:Type|Transfer-Encoding|Location|ID|Disposition|Description)|MIME-Version|X-[\w-]+)\s*:",
    re.IGNORECASE,
)
_BASE64_LINE = re.compile(r"^[A-Za-z0-9+/]{40,}={0,2}$")
_QUOTED_PRINTABLE_LINE = re.compile(r"(?:=[0-9A-F]{2}){4,}")


def binary_kind(data: bytes) -> str | None:
    """Name the binary type of data, or None when it may be text (UTF-16 text has NULs but is text)."""
    for magic, kind in _MAGIC_NUMBERS:
        if data.startswith(magic):
            if magic in _TEXT_LIKE_MAGIC and b"\x00" not in data[:64]:
                continue
            return kind
    head = data[:4096]
    n_nul = head.count(0)
    if n_nul and not looks_like_utf16(data) and not _is_text_with_strays(data):
        return f"unknown type, {n_nul} NUL bytes in the first {len(head)}"
    return None


def _is_text_with_strays(data: bytes) -> bool:
    """Text with a few stray NUL/control bytes (or NUL padding from a cut copy), not a binary file: the
    other control bytes are rare, and what is left decodes to plausible text."""
    kept = data.translate(None, _STRAY_BYTES)
    n_not_nul = len(data) - data.count(0)
    n_other_strays = n_not_nul - len(kept)
    if not kept.strip() or n_other_strays > _MAX_STRAY_SHARE * n_not_nul:
        return False
    try:
        text = decode_bytes(kept).text
    except Undecodable:
        return False
    return plausible_share(text) >= _MIN_TEXT_SHARE


def strip_stray_bytes(data: bytes) -> tuple[bytes, int]:
    """data without its stray NUL/control bytes, and how many there were; UTF-16/32 (whose NULs are
    half of every character) is left alone."""
    kept = data.translate(None, _STRAY_BYTES)
    if len(kept) == len(data) or looks_like_utf16(data) or data.startswith(b"\x00\x00\xfe\xff"):
        return data, 0
    return kept, len(data) - len(kept)


def strip_mime_junk(text: str) -> tuple[str, bool]:
    """Drop MIME parts glued after a document (boundaries, part headers, base64 or quoted-printable lines).
    Returns the text and whether anything was removed."""
    if "Content-" not in text and "NextPart" not in text and not _has_base64_line(text):
        return text, False
    kept, removed = [], False
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped and _is_mime_line(stripped):
            removed = True
            continue
        kept.append(line)
    return "\n".join(kept), removed


def _is_mime_line(stripped: str) -> bool:
    return bool(
        _MIME_BOUNDARY.match(stripped)
        or _MIME_HEADER.match(stripped)
        or _BASE64_LINE.match(stripped)
        # =E6=B9=96 is quoted-printable; a line with Chinese characters in it is text that happens to hold "=XX".
        or (_QUOTED_PRINTABLE_LINE.search(stripped) and not has_han(stripped))
    )


def _has_base64_line(text: str) -> bool:
    return any(_BASE64_LINE.match(line.strip()) for line in text.split("\n") if len(line) >= 40)


def cut_trailing_mime_parts(text: str) -> str:
    """The text before the first MIME part glued after it: a boundary line followed, within a few lines,
    by a part header (`Content-Type: image/png` …), or a part header followed by base64 lines. A saved
    page (MHT) or mail keeps its images there; none of it is the document's text."""
    lines = text.split("\n")
    for n, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        following = [x.strip() for x in lines[n + 1:n + 5] if x.strip()]
        if _MIME_BOUNDARY.match(stripped) and any(_MIME_HEADER.match(x) for x in following):
            return "\n".join(lines[:n]) + "\n"
        if _MIME_HEADER.match(stripped) and any(_BASE64_LINE.match(x) for x in following):
            return "\n".join(lines[:n]) + "\n"
    return text
