"""The Definitions load, and every table has its asset and its blocking gate."""

import os

import dagster as dg

from assets.resources import Gongwen
from pipelines.definitions import defs, inbox_changed
from warehouse.registry import TABLES


def test_every_table_but_ops_tables_is_an_asset_with_a_blocking_gate():
    repo = defs.get_repository_def()
    asset_names = {key.path[-1] for key in repo.asset_graph.get_all_asset_keys()}
    built = {name for name in TABLES if not name.startswith(("ops_", "dq_"))}
    assert built | {"staged_ledger", "published"} == asset_names
    gated = {spec.asset_key.path[-1] for c in defs.asset_checks for spec in c.check_specs if spec.blocking}
    assert gated == built


def test_jobs_schedule_and_sensor_are_defined():
    repo = defs.get_repository_def()
    assert {"gongwen_full", "gongwen_core"} <= {j.name for j in repo.get_all_jobs()}
    assert repo.get_schedule_def("gongwen_nightly").cron_schedule == "0 2 * * *"
    assert repo.get_sensor_def("inbox_changed") is not None


def test_the_inbox_sensor_fingerprints_names_of_any_bytes_and_does_not_follow_links_out(tmp_path):
    inbox, outside = tmp_path / "inbox", tmp_path / "outside.txt"
    inbox.mkdir()
    outside.write_text("外部文件", encoding="utf-8")
    with open(os.fsencode(inbox) + b"/" + "方案.txt".encode("gbk"), "wb") as handle:
        handle.write("湖南省实施方案".encode("gbk"))
    (inbox / "link.txt").symlink_to(outside)

    def evaluate(cursor):
        resources = {"gongwen": Gongwen(inbox=str(inbox), home=str(tmp_path / "home"))}
        with dg.instance_for_test() as instance, dg.build_sensor_context(
            instance=instance, cursor=cursor, resources=resources
        ) as context:
            return inbox_changed(context), context.cursor

    request, cursor = evaluate(None)
    assert isinstance(request, dg.RunRequest)
    outside.write_text("外部文件改了", encoding="utf-8")  # outside the inbox: not the sensor's business
    assert isinstance(evaluate(cursor)[0], dg.SkipReason)


def test_the_inbox_sensor_waits_while_a_full_run_is_going(tmp_path):
    import dagster as dg

    from assets.resources import Gongwen
    from pipelines.definitions import inbox_changed
    from tests.conftest import SAMPLES

    resources = {"gongwen": Gongwen(inbox=str(SAMPLES), home=str(tmp_path))}
    with dg.instance_for_test() as instance:
        with dg.build_sensor_context(instance=instance, resources=resources) as context:
            idle = inbox_changed(context)
        instance.add_run(dg.DagsterRun(job_name="gongwen_full", run_id="1d747e33", status=dg.DagsterRunStatus.STARTED))
        with dg.build_sensor_context(instance=instance, resources=resources) as context:
            going = inbox_changed(context)
    assert isinstance(idle, dg.RunRequest)
    assert isinstance(going, dg.SkipReason)
    assert going.skip_message == "run 1d747e33 of gongwen_full is in progress"


def test_the_inbox_sensor_requests_one_run_per_inbox_state(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "方案.txt").write_text("湖南省实施方案", encoding="utf-8")
    resources = {"gongwen": Gongwen(inbox=str(inbox), home=str(tmp_path / "home"))}

    def evaluate(cursor=None):
        with dg.instance_for_test() as instance, dg.build_sensor_context(
            instance=instance, cursor=cursor, resources=resources
        ) as context:
            return inbox_changed(context)

    first = evaluate()
    assert first.run_key == evaluate().run_key  # the same inbox state: the same run key, one run
    (inbox / "要点.txt").write_text("长沙市工作要点", encoding="utf-8")
    second = evaluate()
    assert len(second.run_key) == 64 and second.run_key != first.run_key
