"""Office formats by their bytes: PDF and OFD (their text layer) and DOCX read into a SourceRecord; a scanned PDF or
OFD and legacy Word binaries (.doc/.wps) quarantined with what to do about them; None for anything else."""

from __future__ import annotations

import io
import zipfile
from xml.etree import ElementTree

import pypdfium2

from gongwen.model import Rejection, SourceRecord
from gongwen.reading.docx import read_docx
from gongwen.reading.ofd import SCANNED_OFD, UNREADABLE_OFD, NoOfdText, read_ofd
from gongwen.reading.pdf import SCANNED_PDF, UNREADABLE_PDF, NoTextLayer, read_pdf
from gongwen.reading.text_fields import text_field_hints

LEGACY_WORD = "legacy Word binary: save as .docx"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_LEGACY_WORD_SUFFIXES = {".doc", ".dot", ".wps", ".wpt"}
_WORD_STREAM = "WordDocument".encode("utf-16-le")  # the stream every .doc (and WPS .wps) holds


def _zip_names(data: bytes) -> set[str]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return set(archive.namelist())
    except (zipfile.BadZipFile, OSError):
        return set()


def office_kind(data: bytes, suffix: str) -> str | None:
    """pdf, docx, ofd or legacy_word by the file's bytes (and a legacy binary's suffix); None otherwise."""
    if data.startswith(b"%PDF"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        names = _zip_names(data)
        if "word/document.xml" in names:
            return "docx"
        if "OFD.xml" in names or suffix == ".ofd":
            return "ofd"
        return None
    if data.startswith(_OLE) and (suffix in _LEGACY_WORD_SUFFIXES or _WORD_STREAM in data):
        return "legacy_word"
    return None


def read_office_file(source_file: str, data: bytes, suffix: str, sha256: str) -> SourceRecord | Rejection | None:
    """The document of a PDF, OFD or DOCX file, the reason a scan, a damaged file or a .doc is not read, or None when
    the bytes are none of these (they go on to the text readers)."""
    kind = office_kind(data, suffix)
    if kind is None:
        return None

    def reject(reason: str, detail: str, fmt: str) -> Rejection:
        return Rejection(source_file, "read", reason, detail, sha256, len(data), fmt)

    if kind == "legacy_word":
        return reject(LEGACY_WORD, "Word 97–2003 / WPS binary (OLE compound file)", "doc")
    if kind == "pdf":
        try:
            text = read_pdf(data)
        except NoTextLayer as exc:
            return reject(SCANNED_PDF, f"{exc}; OCR is out of scope", "pdf")
        except pypdfium2.PdfiumError as exc:
            return reject(UNREADABLE_PDF, f"PDFium: {exc}", "pdf")
    elif kind == "ofd":
        try:
            text = read_ofd(data)
        except NoOfdText as exc:
            return reject(SCANNED_OFD, f"{exc}; OCR is out of scope", "ofd")
        except (zipfile.BadZipFile, ElementTree.ParseError, KeyError, ValueError) as exc:
            return reject(UNREADABLE_OFD, f"{type(exc).__name__}: {exc}", "ofd")
    else:
        text = read_docx(data)
    if not text.strip():
        return reject(f"{kind.upper()} without text", "no paragraph or table cell holds text", kind)
    return SourceRecord(source_file, kind, "", sha256, len(data), text, text_field_hints(text))
