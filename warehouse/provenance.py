"""What a release was made from, stamped into its manifest: the package version, the git commit of the
code (when it runs from a checkout with git at hand; never an error without) and a fingerprint of the
inbox as the run read it."""

from __future__ import annotations

import hashlib
import importlib.metadata
import re
import subprocess
from pathlib import Path

from warehouse.store import Warehouse

REPO = Path(__file__).resolve().parents[1]
_COMMIT = re.compile(r"^[0-9a-f]{40}$")


def package_version() -> str | None:
    try:
        return importlib.metadata.version("gongwen")
    except importlib.metadata.PackageNotFoundError:
        return None


def _git(*args: str) -> str | None:
    try:
        done = subprocess.run(["git", "-C", str(REPO), *args], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() if done.returncode == 0 else None


def git_commit() -> tuple[str | None, bool | None]:
    """HEAD of the checkout the code runs from and whether it has uncommitted changes; (None, None)
    outside a git checkout or without git."""
    commit = _git("rev-parse", "HEAD")
    if commit is None or not _COMMIT.match(commit):
        return None, None
    status = _git("status", "--porcelain", "--untracked-files=no")
    return commit, (None if status is None else bool(status))


def inbox_fingerprint(warehouse: Warehouse) -> str | None:
    """SHA-256 over every file the run read (path and content hash, in path order): equal for the same
    inbox, different as soon as a file is added, removed, renamed or changed. None before any read."""
    if not warehouse.has_table("raw_files"):
        return None
    digest = hashlib.sha256()
    for source_file, sha256 in warehouse.query("ops/inbox_files"):
        digest.update(f"{source_file}\t{sha256}\n".encode())
    return digest.hexdigest()


def provenance(warehouse: Warehouse) -> dict:
    commit, dirty = git_commit()
    return {
        "package_version": package_version(),
        "git_commit": commit,
        "git_dirty": dirty,
        "inbox_fingerprint": inbox_fingerprint(warehouse),
    }
