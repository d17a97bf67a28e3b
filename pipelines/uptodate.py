"""Whether a run would change anything: the inputs of a run (every inbox entry's name and content hash,
and the code and pinned dependencies that turn them into tables) against those of the run that made the
published set.

`gongwen run` asks before it starts Dagster: when the inputs are those the published set was made from,
the run would extract nothing and publish nothing new, so it says so and stops in about a second
instead of going through every asset and gate (`--force` runs anyway). The record is written only after
a run that ended with a published set and an inbox that did not change while the run read it.
No Dagster, Great Expectations or DuckDB import here: the check must cost what hashing the inbox costs.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from gongwen.reading import walk_inbox
from warehouse.inbox_hashes import InboxHashes
from warehouse.manifest import current_manifest
from warehouse.replaced import write_replacing

REPO_ROOT = Path(__file__).resolve().parents[1]
RECORD = "inputs.json"  # in the home, beside published/
# The code whose change can change a published byte or a gate's verdict, and the pinned dependencies.
CODE_FOLDERS = ("gongwen", "assets", "warehouse", "expectations", "pipelines")
CODE_FILES = ("requirements.txt", "pyproject.toml")
CODE_SUFFIXES = {".py", ".sql", ".yaml", ".yml", ".csv", ".txt", ".json", ".html", ".css", ".js", ".md"}


@dataclass(frozen=True)
class UpToDate:
    release: str  # run_id of the published set the inputs made
    finished_at: str | None


def _code_digest() -> str:
    digest = hashlib.sha256()
    paths = [REPO_ROOT / name for name in CODE_FILES]
    for folder in CODE_FOLDERS:
        paths += [p for p in (REPO_ROOT / folder).rglob("*") if p.suffix in CODE_SUFFIXES and "__pycache__" not in p.parts]
    for path in sorted(paths):
        if path.is_file():  # a missing CODE_FILES entry, or a folder named like a file
            digest.update(f"{path.relative_to(REPO_ROOT).as_posix()}\0".encode())
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def run_inputs(inbox: Path, hashes: InboxHashes | None = None) -> str:
    """SHA-256 of the code and of every inbox entry (escaped name, why it is skipped, content hash): equal
    exactly when a run would read the same bytes under the same names with the same code. `hashes` gives
    the hash of a file it hashed before whose status has not changed since (warehouse/inbox_hashes.py)."""
    hashes = hashes or InboxHashes()
    digest = hashlib.sha256(_code_digest().encode())
    for entry in walk_inbox(inbox):
        content = ""
        if entry.readable:
            try:
                content = hashes.sha256(entry.file_to_read)
            except OSError as exc:  # unreadable now: a run would quarantine it; never equal to a read
                content = f"unreadable {exc.errno}"
        digest.update(f"{entry.name}\0{entry.skip_reason or ''}\0{content}\n".encode())
    return digest.hexdigest()


def _published_manifest(home: Path) -> dict | None:
    """The published set's manifest; None when there is none or it cannot be read (then a run is needed)."""
    try:
        return current_manifest(home)
    except (OSError, ValueError):
        return None


def up_to_date(home: Path, inputs: str) -> UpToDate | None:
    """The published set these inputs already made, or None when a run is needed."""
    try:
        record = json.loads((home / RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    manifest = _published_manifest(home)
    if manifest is None or record.get("inputs") != inputs or record.get("release") != manifest.get("run_id"):
        return None
    return UpToDate(manifest["run_id"], manifest.get("finished_at"))


def record_inputs(home: Path, inputs: str) -> None:
    """Remember that the published set (as it is now) is what these inputs make."""
    manifest = _published_manifest(home)
    if manifest is None:
        return
    record = json.dumps({"inputs": inputs, "release": manifest["run_id"]}) + "\n"
    write_replacing(home / RECORD, record.encode("utf-8"))
