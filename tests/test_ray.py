"""The per-document work on a Ray cluster publishes the same bytes as local worker processes.

Needs the `ray` extra and a running head: `.ci/run` starts one (`ray start --head --num-cpus 2 …`) and
sets GONGWEN_TEST_RAY_ADDRESS=auto; elsewhere the test is skipped and says why.
"""

from __future__ import annotations

import json
import os
import shutil

import dagster as dg
import pytest


def _published_hashes(home) -> dict[str, str]:
    manifest = json.loads((home / "published" / "_manifest.json").read_text(encoding="utf-8"))
    return {name: entry["sha256"] for name, entry in sorted(manifest["tables"].items())}


@pytest.fixture
def ray_head():
    ray = pytest.importorskip("ray", reason="ray is not installed (pip install '.[ray]', lock requirements-ray.txt)")
    address = os.environ.get("GONGWEN_TEST_RAY_ADDRESS", "auto")
    try:
        ray.init(address=address, log_to_driver=False, logging_level="warning")
    except ConnectionError as exc:
        pytest.skip(f"no Ray head reachable at {address!r} (start one: ray start --head): {exc}")
    yield address
    ray.shutdown()


def test_parallel_map_runs_as_ray_tasks_within_on_ray(ray_head):
    from assets.pool import on_ray, parallel_map

    # Ray starts its workers with the job's id in their environment; this process has none.
    assert os.getenv("RAY_JOB_ID") is None
    with on_ray(ray_head):
        job_ids = list(parallel_map(os.getenv, ["RAY_JOB_ID"] * 5, batch_size=2))
    assert len(job_ids) == 5 and None not in job_ids


def test_the_ray_path_publishes_the_same_parquet_as_local_processes(samples_run, ray_head, tmp_path):
    from assets.resources import Gongwen
    from pipelines.definitions import defs

    inbox, local_home, _ = samples_run
    ray_home = tmp_path / "home"
    gongwen = Gongwen(inbox=str(inbox), home=str(ray_home), workers=2, ray_address=ray_head)
    with dg.DagsterInstance.ephemeral() as instance:
        result = dg.materialize([*defs.assets, *defs.asset_checks], resources={"gongwen": gongwen}, instance=instance)
    assert result.success
    assert _published_hashes(ray_home) == _published_hashes(local_home)
    shutil.rmtree(ray_home)
