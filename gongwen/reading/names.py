"""Inbox names as text: a file name is bytes (GBK from a Windows share, ESC or CR typed by accident), kept
losslessly as printable text, and any text made safe to print on a terminal."""

from __future__ import annotations

import re

# What a terminal or a log viewer would act on: C0/C1 controls, DEL, line/paragraph separators, bidi
# overrides; and the lone surrogates by which Python holds bytes that are not UTF-8 (os.fsdecode).
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028-\u202e\u2066-\u2069\ud800-\udfff]")
_UNSAFE_OR_BACKSLASH = re.compile(r"[\\" + _UNSAFE.pattern[1:])
_ESCAPE = re.compile(r"\\(\\|x[0-9a-f]{2})")


def _as_bytes(match: re.Match) -> str:
    ch = match.group()
    if ch == "\\":
        return "\\\\"
    if "\udc80" <= ch <= "\udcff":  # a byte that was not UTF-8 (surrogateescape)
        return f"\\x{ord(ch) - 0xDC00:02x}"
    return "".join(f"\\x{b:02x}" for b in ch.encode("utf-8", "surrogatepass"))


def escape_name(name: str) -> str:
    """A file name as printable text, losslessly: `\\` is written `\\\\`, and each byte of a control or
    direction character or of a sequence that is not UTF-8 is written `\\xNN` (lowercase hex)."""
    return _UNSAFE_OR_BACKSLASH.sub(_as_bytes, name)


def unescape_name(escaped: str) -> bytes:
    """The bytes of the name that escape_name wrote (for tools that must find the file again)."""
    out, pos = bytearray(), 0
    for match in _ESCAPE.finditer(escaped):
        out += escaped[pos:match.start()].encode("utf-8")
        token = match.group(1)
        out += b"\\" if token == "\\" else bytes([int(token[1:], 16)])
        pos = match.end()
    out += escaped[pos:].encode("utf-8")
    return bytes(out)


def printable(text: str) -> str:
    """Text for a log line or a terminal: control and direction characters and stray surrogates as
    `\\xNN`, everything else (backslashes too) as it is."""
    return _UNSAFE.sub(_as_bytes, text) if _UNSAFE.search(text) else text
