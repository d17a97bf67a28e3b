"""The whole graph on the samples: every file accounted for, gates hold, Parquet published."""

from __future__ import annotations

import json

import pyarrow.parquet as pq

from tests.conftest import REPO, materialization_metadata, materialize_all, warehouse_rows
from warehouse.registry import PUBLISHED_TABLES

GOLD = REPO / "data" / "gold" / "samples"


def test_every_inbox_file_is_published_duplicate_or_quarantined(samples_run):
    _, home, result = samples_run
    assert result.success
    assert warehouse_rows(home, "select source_file, status from raw_files order by source_file") == [
        ("chenzhou-2025.txt", "published"),
        ("empty.txt", "quarantined"),
        ("guizhou-2024.txt", "published"),
        ("hunan-2021-workpoints.txt", "published"),
        ("hunan-2024.txt", "published"),
        ("liuyang-2025.txt", "published"),
        ("resent/hunan-2024.txt", "duplicate"),
        ("scan.pdf", "quarantined"),
    ]


def test_a_duplicate_points_at_the_same_document(samples_run):
    _, home, _ = samples_run
    ids = warehouse_rows(home, "select doc_id from raw_files where source_file like '%hunan-2024.txt' order by source_file")
    assert ids[0] == ids[1]


def test_quarantined_files_have_their_reason(samples_run):
    _, home, _ = samples_run
    rows = warehouse_rows(home, "select source_file, stage from ops_quarantine order by source_file")
    assert rows == [("empty.txt", "read"), ("scan.pdf", "read")]


def test_every_gate_ran_and_held(samples_run):
    _, home, result = samples_run
    checks = result.get_asset_check_evaluations()
    assert len(checks) == 15
    assert all(c.passed for c in checks)
    failed = warehouse_rows(home, "select stage, expectation from dq_results where not success")
    assert failed == []


def test_published_set_matches_the_warehouse(samples_run):
    _, home, _ = samples_run
    published = home / "published"
    manifest = json.loads((published / "_manifest.json").read_text(encoding="utf-8"))
    assert sorted(manifest["tables"]) == sorted(PUBLISHED_TABLES)
    for name, entry in manifest["tables"].items():
        assert pq.ParquetFile(published / entry["file"]).metadata.num_rows == entry["rows"]
        assert warehouse_rows(home, f"select count(*) from {name}")[0][0] == entry["rows"]
    assert manifest["tables"]["core_documents"]["rows"] == 5


def test_rerun_with_nothing_changed_extracts_nothing_and_publishes_nothing_new(samples_run, tmp_path):
    inbox, home, _ = samples_run
    before = json.loads((home / "published" / "_manifest.json").read_text(encoding="utf-8"))
    result = materialize_all(inbox, home)
    after = json.loads((home / "published" / "_manifest.json").read_text(encoding="utf-8"))
    assert after == before  # the same release: the same tables, byte for byte, and no new manifest
    metadata = materialization_metadata(result)
    # 8 readable files (5 samples, a resent copy, an empty file, a scan) from the cache; 5 documents whose
    # rows stay in the core tables
    assert [(metadata[name]["extracted"].value, metadata[name]["reused"].value)
            for name in ("raw_files", "core_task_units", "core_indicators")] == [(0, 8), (0, 0), (0, 0)]
    assert [metadata[name]["kept"].value for name in ("core_task_units", "core_indicators")] == [5, 5]
    assert metadata["published"]["new_release"].value is False
    assert metadata["published"]["release_run_id"].value == before["run_id"]
    assert warehouse_rows(home, "select count(*) from ops_quarantine")[0][0] == 2


def test_an_empty_inbox_fails_the_first_gate_and_publishes_nothing(tmp_path):
    inbox, home = tmp_path / "inbox", tmp_path / "home"
    inbox.mkdir()
    result = materialize_all(inbox, home, raise_on_error=False)
    assert not result.success
    [raw_files_gate] = [c for c in result.get_asset_check_evaluations() if c.asset_key.path == ["raw_files"]]
    assert not raw_files_gate.passed
    materialized = {e.asset_key.path[-1] for e in result.get_asset_materialization_events()}
    assert "core_tasks" not in materialized and "published" not in materialized
    assert not (home / "published").exists()


def test_a_failing_suite_stops_everything_downstream(samples_run, tmp_path, monkeypatch):
    import expectations.suites as suites

    inbox, _, _ = samples_run
    home = tmp_path / "home"
    monkeypatch.setattr(suites, "MIN_DOCUMENT_CHARS", 10**9)  # no document is that long
    result = materialize_all(inbox, home, raise_on_error=False)
    assert not result.success
    materialized = {e.asset_key.path[-1] for e in result.get_asset_materialization_events()}
    assert materialized == {"raw_files", "raw_documents", "raw_citations"}
    assert not (home / "published").exists()


def test_samples_meet_the_issues_quality_bar(samples_run):
    from gongwen.evaluation import evaluate

    _, home, _ = samples_run
    scores = evaluate(home / "published", GOLD)
    assert all(field["accuracy"] == 1.0 for field in scores["documents"]["fields"].values())
    assert scores["tasks"]["f1"] >= 0.97
    assert scores["units"]["f1"] >= 0.95
    assert scores["indicators"]["recall"] >= 0.95 and scores["indicators"]["precision"] >= 0.90
    assert scores["alignment"]["accuracy"] >= 0.90


def test_city_and_county_plans_implement_the_provincial_plan(samples_run):
    _, home, _ = samples_run
    rows = warehouse_rows(home, """
        select c.source_file, p.source_file, l.parent_number, l.relation
        from out_doc_lineage l
        join core_documents c using (doc_id)
        join core_documents p on p.doc_id = l.parent_doc_id
        order by all""")
    assert rows == [
        ("chenzhou-2025.txt", "hunan-2024.txt", "湘政发〔2024〕15号", "implements"),
        ("liuyang-2025.txt", "hunan-2024.txt", "湘政发〔2024〕15号", "implements"),
    ]


def test_urbanization_targets_side_by_side(samples_run):
    _, home, _ = samples_run
    rows = warehouse_rows(home, """
        select region, value_base, unit_base, qualifier, target_year
        from out_indicator_comparison
        where canonical_metric = '常住人口城镇化率'
        order by region""")
    assert rows == [
        ("湖南省", 66.0, "%", "左右", None),
        ("湖南省郴州市", 65.0, "%", "左右", 2030),
        ("贵州省", 61.0, "%", "左右", 2028),
    ]


def test_every_mart_has_rows(samples_run):
    _, home, _ = samples_run
    for mart in ("out_doc_lineage", "out_department_load", "out_indicator_comparison",
                 "out_task_alignment", "out_theme_coverage", "out_target_tracking", "out_target_cascade"):
        assert warehouse_rows(home, f"select count(*) from {mart}")[0][0] > 0, mart


def test_the_field_exports_run_through(tmp_path):
    """Word HTML with split spans, a lying charset tag, CSV exports with a BOM: all read, none lost."""
    home = tmp_path / "home"
    assert materialize_all(REPO / "data" / "field", home).success
    rows = warehouse_rows(home, """
        select f.source_file, f.status, d.admin_level, d.n_tasks
        from raw_files f left join core_documents d using (doc_id)
        order by f.source_file""")
    assert [(source, status, level) for source, status, level, _ in rows] == [
        ("chongqing-hukou-2015.html", "published", "province"),
        ("fujian-hukou-2015.html", "published", "province"),
        ("henan-gov-report-2026.csv#1", "published", "province"),
        ("ningxia-gov-report-2026.csv#1", "published", "province"),
        ("shenzhen-housing-2011.html", "published", "prefecture"),
    ]
    assert rows[0][3] == 40  # Chongqing's task-division annex: one task per numbered row


def test_unseen_plans_and_reports_pass_every_gate(tmp_path):
    """Sixteen hand-labelled documents of other provinces, levels and kinds, through the whole graph."""
    inbox, home = tmp_path / "inbox", tmp_path / "home"
    inbox.mkdir()
    for folder in ("unseen", "unseen_targets"):
        for path in (REPO / "tests" / "fixtures" / folder).glob("*.txt"):
            (inbox / path.name).write_bytes(path.read_bytes())
    result = materialize_all(inbox, home)
    assert result.success and all(c.passed for c in result.get_asset_check_evaluations())
    assert warehouse_rows(home, "select status, count(*) from raw_files group by status") == [("published", 16)]
    assert warehouse_rows(home, "select source_file, admin_level, region from core_documents order by all") == [
        ("baoding-gov-report-2026.txt", "prefecture", "河北省保定市"),
        ("chengdu-business-environment-2025.txt", "prefecture", "四川省成都市"),
        ("chongqing-manufacturing-2025.txt", "province", "重庆市"),
        ("guangdong-digital-2025.txt", "province", "广东省"),
        ("guangdong-elderly-care-2025.txt", "province", "广东省"),
        ("guangxi-employment-2025.txt", "province", "广西壮族自治区"),
        ("guowuyuan-elderly-care-2025.txt", "national", None),
        ("hefei-urban-renewal-2025.txt", "prefecture", "安徽省合肥市"),
        ("jinan-employment-2025.txt", "prefecture", "山东省济南市"),
        ("pujiang-county-workpoints-2025.txt", "county", "四川省成都市蒲江县"),
        ("sichuan-digital-economy-opinion-2025.txt", "province", "四川省"),
        ("sichuan-gov-report-2026.txt", "province", "四川省"),
        ("state-council-community-services-2026.txt", "national", None),
        ("wenzhou-urban-renewal-2025.txt", "prefecture", "浙江省温州市"),
        ("xian-urbanization-2025.txt", "prefecture", "陕西省西安市"),
        ("zhangjiagang-air-2024.txt", "county", "江苏省苏州市张家港市"),
    ]
