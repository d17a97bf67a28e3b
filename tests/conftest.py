"""Shared fixtures: run the whole pipeline into a temporary home."""

from __future__ import annotations

import json
from pathlib import Path

import dagster as dg
import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "data" / "samples"
FIXTURES = REPO / "tests" / "fixtures"


def load_labelled(folder: str, name: str) -> tuple[str, dict]:
    """A hand-labelled fixture: its text cleaned as the pipeline cleans it, and its labels."""
    from gongwen.normalize import clean_text

    text = clean_text((FIXTURES / folder / f"{name}.txt").read_text(encoding="utf-8")).text
    labels = json.loads((FIXTURES / folder / f"{name}.expected.json").read_text(encoding="utf-8"))
    return text, labels


def warehouse_rows(home: Path, sql: str) -> list[tuple]:
    """The rows of a query on the run's warehouse under `home`, read-only."""
    import duckdb

    with duckdb.connect(str(home / "warehouse.duckdb"), read_only=True) as con:
        return con.execute(sql).fetchall()


def materialize_all(inbox: Path, home: Path, raise_on_error: bool = True) -> dg.ExecuteInProcessResult:
    """Every asset and every gate, in-process, on `inbox`, into `home`."""
    from assets.resources import Gongwen
    from pipelines.definitions import defs

    with dg.DagsterInstance.ephemeral() as instance:
        return dg.materialize(
            [*defs.assets, *defs.asset_checks],
            resources={"gongwen": Gongwen(inbox=str(inbox), home=str(home), workers=2)},
            instance=instance,
            raise_on_error=raise_on_error,
        )


def materialization_metadata(result: dg.ExecuteInProcessResult) -> dict[str, dict]:
    """Each asset's materialization metadata in a run, by the asset's name."""
    return {e.asset_key.path[-1]: e.materialization.metadata for e in result.get_asset_materialization_events()}


@pytest.fixture(scope="session")
def samples_run(tmp_path_factory):
    """The five samples plus a renamed copy of one, an empty file and a binary file."""
    inbox = tmp_path_factory.mktemp("inbox")
    for path in SAMPLES.iterdir():
        (inbox / path.name).write_bytes(path.read_bytes())
    (inbox / "resent").mkdir()
    (inbox / "resent" / "hunan-2024.txt").write_bytes((SAMPLES / "hunan-2024.txt").read_bytes())
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "scan.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n" + bytes(range(256)))
    home = tmp_path_factory.mktemp("home")
    result = materialize_all(inbox, home)
    return inbox, home, result


@pytest.fixture(scope="session")
def samples_field_run(tmp_path_factory):
    """The five samples and the field corpus (data/field/, whose Ningxia and Henan reports state actuals):
    the set tests/test_published_bytes.py pins, and the release the tracking charts and sheet are tested on."""
    import shutil

    inbox = tmp_path_factory.mktemp("inbox-field")
    shutil.copytree(SAMPLES, inbox, dirs_exist_ok=True)
    shutil.copytree(REPO / "data" / "field", inbox / "field")
    home = tmp_path_factory.mktemp("home-field")
    result = materialize_all(inbox, home)
    return inbox, home, result
