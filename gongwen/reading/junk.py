"""What is not a document's text: binary files (by their magic numbers or NUL bytes) and the MIME parts
(boundaries, part headers, base64 or quoted-printable lines) glued after a saved page or mail."""

from __future__ import annotations

import re

from gongwen.reading.decode import looks_like_utf16
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
    if n_nul and not looks_like_utf16(data):
        return f"unknown type, {n_nul} NUL bytes in the first {len(head)}"
    return None


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
