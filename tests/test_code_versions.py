"""Every asset carries a code_version; changing the code an asset depends on without bumping it fails here.

After a deliberate change: `GONGWEN_UPDATE_CODE_VERSIONS=1 .venv/bin/pytest tests/test_code_versions.py`
bumps the versions of the assets whose sources changed (which also invalidates their extraction cache).
"""

import copy
import os

from assets.versions import _declared, bump_and_record, source_files, unbumped_changes


def _explain(stale: dict[str, list[str]]) -> str:
    return "; ".join(f"{asset}: {', '.join(files[:5])} changed but its code_version did not"
                     for asset, files in stale.items())


def test_no_asset_changed_its_sources_without_a_new_code_version():
    if os.environ.get("GONGWEN_UPDATE_CODE_VERSIONS"):
        bump_and_record()
    stale = unbumped_changes()
    assert not stale, _explain(stale) + " (GONGWEN_UPDATE_CODE_VERSIONS=1 bumps and records them)"


def test_a_changed_extraction_module_is_named_with_its_asset():
    declared = copy.deepcopy(_declared())
    # As if gongwen/tasks/deadlines.py had been edited since core_task_ledger's version was recorded.
    declared["core_task_ledger"]["sha256"]["gongwen/tasks/deadlines.py"] = "0" * 64
    assert unbumped_changes(declared) == {"core_task_ledger": ["gongwen/tasks/deadlines.py"]}


def test_the_sources_of_an_asset_follow_its_imports_inside_gongwen():
    files = source_files("out_theme_coverage")
    assert "gongwen/text/patterns.py" in files  # imported by gongwen/rollup/themes.py
    assert "gongwen/resources/themes.csv" in files
    assert "gongwen/tasks/deadlines.py" not in files


def test_every_asset_has_the_code_version_recorded_for_it():
    from pipelines.definitions import defs

    versions = {key.path[-1]: version
                for assets_def in defs.assets for key, version in assets_def.code_versions_by_key.items()}
    declared = _declared()
    producers = {"raw_files": "raw_inbox", "raw_documents": "raw_inbox", "raw_citations": "raw_inbox",
                 "core_tasks": "core_task_ledger", "core_task_units": "core_task_ledger"}
    assert versions == {name: declared[producers.get(name, name)]["code_version"] for name in versions}
    assert len(versions) == 17  # 15 tables, the staged ledger and the published set
