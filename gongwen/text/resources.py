"""The one way to find and read the vocabulary files in `gongwen/resources/`.

Every resource file starts with a header of `#` lines saying what it holds and who reads it; the
readers here skip those lines.
"""

from __future__ import annotations

import csv
import functools
import io
from pathlib import Path

import yaml

RESOURCES = Path(__file__).resolve().parents[1] / "resources"


def resource_path(name: str) -> Path:
    return RESOURCES / name


def read_text(name: str) -> str:
    return resource_path(name).read_text(encoding="utf-8")


def read_lines(name: str) -> list[str]:
    """The non-empty lines of a word list, header and comment lines (`#`) left out."""
    return [line.strip() for line in read_text(name).splitlines() if line.strip() and not line.startswith("#")]


# libyaml's loader where PyYAML was built with it: the same data, ~10× faster (0.08 → 0.01 s a process)
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@functools.cache
def read_yaml(name: str):
    """A YAML resource, parsed once a process: its readers (the metadata keywords, the task vocabulary, the
    jurisdiction's joint words …) share the one result and only read it."""
    return yaml.load(read_text(name), Loader=_YAML_LOADER)


def read_csv(name: str) -> list[dict[str, str]]:
    """The rows of a CSV resource as dicts; header lines starting with `#` before the column row are skipped."""
    lines = read_text(name).splitlines(keepends=True)
    body = "".join(line for line in lines if not line.startswith("#"))
    return list(csv.DictReader(io.StringIO(body)))
