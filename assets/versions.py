"""Each asset's code_version and the source files its logic depends on (assets/code_versions.json).

The file records, per asset, its code_version, what its logic is made of (entry modules, whose imports
inside gongwen/ are followed, and plain files or folders: SQL, vocabulary, the asset's module) and the
SHA-256 of every one of those files when the version was last set. tests/test_code_versions.py fails
when a file changed and the version did not; `GONGWEN_UPDATE_CODE_VERSIONS=1 pytest
tests/test_code_versions.py` bumps the versions of the assets whose sources changed and records them.
The extraction caches are keyed by these versions (cache_version), so a bump re-extracts everything.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from modulefinder import ModuleFinder
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
VERSIONS_FILE = Path(__file__).with_name("code_versions.json")


@cache
def _declared() -> dict[str, dict]:
    return json.loads(VERSIONS_FILE.read_text(encoding="utf-8"))


def code_version(asset: str) -> str:
    """The code_version of the asset (or multi-asset) named `asset`."""
    return _declared()[asset]["code_version"]


def versioned_assets() -> list[str]:
    """The assets with a code_version (the only names an extraction cache may have)."""
    return list(_declared())


def cache_version(asset: str) -> str:
    """The version part of the asset's cache keys: a bump of its code_version invalidates its cache."""
    return f"{asset}@{code_version(asset)}"


def _imported_files(entry: str) -> set[str]:
    """The entry module and every module of gongwen/ it imports, as paths relative to the repo."""
    finder = ModuleFinder(path=[str(REPO_ROOT)])  # only the repo: the standard library and packages are skipped
    finder.run_script(str(REPO_ROOT / entry))
    files = {entry}
    for name, module in finder.modules.items():
        if name.startswith("gongwen") and module.__file__:
            files.add(Path(module.__file__).resolve().relative_to(REPO_ROOT).as_posix())
    return files


def source_files(asset: str, declared: dict | None = None) -> list[str]:
    """Every file the asset's logic depends on, relative to the repo, sorted."""
    spec = (declared or _declared())[asset]
    files: set[str] = set()
    for entry in spec.get("modules", []):
        files |= _imported_files(entry)
    for name in spec.get("files", []):
        path = REPO_ROOT / name
        if path.is_dir():
            files |= {p.relative_to(REPO_ROOT).as_posix() for p in path.rglob("*")
                      if p.is_file() and "__pycache__" not in p.parts}
        else:
            files.add(name)
    return sorted(files)


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def source_digests(asset: str, declared: dict | None = None) -> dict[str, str]:
    return {name: file_sha256(REPO_ROOT / name) for name in source_files(asset, declared)}


def unbumped_changes(declared: dict | None = None) -> dict[str, list[str]]:
    """Assets whose source files differ from those recorded with their code_version: asset → files
    changed, added or removed."""
    declared = declared or _declared()
    stale = {}
    for asset, spec in declared.items():
        recorded, now = spec.get("sha256", {}), source_digests(asset, declared)
        changed = sorted(name for name in recorded.keys() | now.keys() if recorded.get(name) != now.get(name))
        if changed:
            stale[asset] = changed
    return stale


def bump_and_record() -> dict[str, str]:
    """Bump the code_version of every asset whose sources changed and record their hashes; returns the
    new versions of the assets bumped."""
    declared = json.loads(VERSIONS_FILE.read_text(encoding="utf-8"))
    bumped = {}
    for asset in unbumped_changes(declared):
        spec = declared[asset]
        if "sha256" in spec:  # a new asset keeps the version it was given
            spec["code_version"] = str(int(spec["code_version"]) + 1)
        spec["sha256"] = source_digests(asset, declared)
        bumped[asset] = spec["code_version"]
    VERSIONS_FILE.write_text(json.dumps(declared, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    _declared.cache_clear()
    return bumped
