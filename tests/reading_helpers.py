"""Shared by the tests of gongwen.reading: the field samples, a notice's opening, reading one file."""

from __future__ import annotations

from pathlib import Path

from gongwen.model import Rejection, SourceRecord
from gongwen.reading.inbox import read_file

FIELD = Path(__file__).resolve().parents[1] / "data" / "field"


# The opening of hunan-2024.txt, as a government site would serve it.
NOTICE = "湖南省人民政府关于印发《湖南省深入推进以人为本的新型城镇化战略五年行动计划实施方案》的通知\n湘政发〔2024〕15号\n"


def read_one(tmp_path: Path, name: str, data: bytes) -> SourceRecord | Rejection:
    path = tmp_path / name
    path.write_bytes(data)
    items = read_file(tmp_path, path)
    assert len(items) == 1
    return items[0]
