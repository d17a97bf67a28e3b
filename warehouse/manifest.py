"""The published set's manifest, read without the publisher's heavy imports (DuckDB, Arrow, the report):
`gongwen run` reads it before it decides whether to start a run at all."""

from __future__ import annotations

import json
from pathlib import Path

MANIFEST_FILE = "_manifest.json"


def current_manifest(home: Path) -> dict | None:
    """The manifest of the published set, None before the first release."""
    path = home / "published" / MANIFEST_FILE
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None
