"""The published Parquet of the samples plus the field exports, byte for byte.

A refactor must leave these hashes alone; a deliberate change of behaviour regenerates them with
`GONGWEN_UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_published_bytes.py` and says why in its commit.
"""

from __future__ import annotations

import json
import os

from tests.conftest import REPO

GOLDEN = REPO / "tests" / "golden" / "published_sha256.json"


def test_published_parquet_is_byte_identical_to_the_golden_hashes(samples_field_run):
    _, home, result = samples_field_run
    assert result.success
    manifest = json.loads((home / "published" / "_manifest.json").read_text(encoding="utf-8"))
    hashes = {name: entry["sha256"] for name, entry in sorted(manifest["tables"].items())}
    if os.environ.get("GONGWEN_UPDATE_GOLDEN"):
        GOLDEN.write_text(json.dumps(hashes, indent=2) + "\n", encoding="utf-8")
    assert hashes == json.loads(GOLDEN.read_text(encoding="utf-8"))
