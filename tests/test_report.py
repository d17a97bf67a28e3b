"""The offline report: written with every release, identical for identical input, and drawn by a real
headless Chromium with no console error, no request outside its folder and data in every chart."""

import json
import re
import shutil
from dataclasses import replace
from importlib.resources import files
from pathlib import Path

import polars as pl
import pytest

from gongwen.vocabulary import IMPLEMENTS
from tests.browser import Browser, chromium_binary
from warehouse.report import write_report
from warehouse.report.figures import deadline_chart
from warehouse.report.inputs import deadline_month, deadline_months, read_inputs
from warehouse.store import Warehouse

ASSETS = ("plotly.min.js", "report.js", "report.css")
CHARTS_JS = """JSON.stringify([...document.querySelectorAll('[data-chart]')].map(el => ({
    chart: el.dataset.chart, expected: Number(el.dataset.expectedPoints), points: Number(el.dataset.nPoints),
    rendered: el.dataset.rendered === 'true', svg: el.querySelector('svg.main-svg') !== null})))"""


def _release(home: Path) -> Path:
    return (home / "published").resolve()


@pytest.mark.parametrize(("text", "month"), [
    ("2025年底前", "2025-12"),
    ("2026年6月底前", "2026-06"),
    ("长期坚持", None),
])
def test_a_deadline_written_as_text_falls_in_its_month(text, month):
    assert deadline_month(text) == month


def test_the_deadline_chart_counts_tasks_per_month_and_document(samples_run):
    _, home, _ = samples_run
    inputs = read_inputs(_release(home))
    chenzhou = inputs.documents.filter(pl.col("label") == "郴州市 2025")["doc_id"].item()
    tasks = pl.DataFrame({
        "doc_id": [chenzhou] * 4,
        "task_id": [f"{chenzhou}-{i}" for i in range(1, 5)],
        "deadline": ["2025年底前", "2025年12月底前完成", "2026年6月底前", "长期坚持"],
    })
    chart = deadline_chart(replace(inputs, tasks=deadline_months(tasks)))
    assert chart.n_points == 2
    assert [(t.name, list(t.x), list(t.y)) for t in chart.figure.data] == [
        ("郴州市 2025", ["2025-12", "2026-06"], [2, 1])
    ]
    assert chart.note == "3 of 4 tasks state a deadline · 写明时限的任务"


def test_every_release_carries_its_report_with_plotly_beside_it(samples_run):
    _, home, _ = samples_run
    report = _release(home) / "report"
    page = (report / "index.html").read_text(encoding="utf-8")
    referenced = re.findall(r'(?:src|href)="([^"#][^"]*)"', page)
    assert sorted(referenced) == sorted(f"assets/{name}" for name in ASSETS)
    assert (report / "assets" / "plotly.min.js").read_bytes() == (
        files("plotly") / "package_data" / "plotly.min.js").read_bytes()


def test_identical_releases_give_identical_report_bytes(samples_run, tmp_path):
    _, home, _ = samples_run
    warehouse = Warehouse(home / "warehouse.duckdb")
    written = []
    for name in ("first", "second"):
        copy = tmp_path / name
        shutil.copytree(_release(home), copy, ignore=shutil.ignore_patterns("report"))
        report = write_report(copy, warehouse).parent
        written.append({str(p.relative_to(report)): p.read_bytes() for p in sorted(report.rglob("*")) if p.is_file()})
    assert sorted(written[0]) == ["assets/plotly.min.js", "assets/report.css", "assets/report.js", "index.html"]
    assert written[0] == written[1]


def test_without_the_warehouse_the_report_says_where_gates_live(samples_run, tmp_path):
    _, home, _ = samples_run
    copy = tmp_path / "release"
    shutil.copytree(_release(home), copy, ignore=shutil.ignore_patterns("report"))
    page = write_report(copy).read_text(encoding="utf-8")
    assert "gate results live in the warehouse, not read here" in page
    assert "quarantine lives in the warehouse, not read here" in page


def _expected_points(home: Path) -> dict[str, int]:
    """What each chart must plot, counted from the release's Parquet and the warehouse, not from the page."""
    release = _release(home)
    read = lambda name: pl.read_parquet(release / f"{name}.parquet")  # noqa: E731
    run_id = json.loads((release / "_manifest.json").read_text(encoding="utf-8"))["run_id"]
    implements = read("out_doc_lineage").filter(pl.col("relation") == IMPLEMENTS)
    outside = implements.filter(pl.col("parent_doc_id").is_null()).select(
        pl.coalesce("parent_number", "parent_title")).n_unique()
    tasks = read("core_tasks")
    due = tasks.filter(pl.col("deadline_date" if "deadline_date" in tasks.columns else "deadline").is_not_null())
    with Warehouse(home / "warehouse.duckdb").connect() as con:
        stages = con.execute("select count(distinct stage) from dq_results where run_id = ?", [run_id]).fetchone()[0]
        reasons = con.execute("select count(distinct q.reason) from raw_files f join ops_quarantine q using "
                              "(source_file, sha256) where f.status = 'quarantined'").fetchone()[0]
    per_metric = read("out_indicator_comparison").group_by("canonical_metric").agg(pl.col("doc_id").n_unique())
    expected = {
        "lineage": read("core_documents").height + outside,
        "themes": read("out_theme_coverage").height,
        "gates": 2 * stages,
        "quarantine": reasons,
        "deadlines": 0 if due.is_empty() else None,  # None: some points, their number depends on the months
    }
    shared = per_metric.filter(pl.col("doc_id") >= 2).sort("canonical_metric")  # one chart each, in name order
    for i, n in enumerate(shared["doc_id"].to_list(), start=1):
        expected[f"target-{i}"] = n
    expected.update(_expected_tracking_points(read))
    return expected


def _expected_tracking_points(read) -> dict[str, int]:
    """Per (metric, region, unit) with an actual: its one-year actuals plus its targets with a year;
    the cascade's rows; hard, soft and neutral bars per document with tasks."""
    tracking, indicators = read("out_target_tracking"), read("core_indicators")
    groups = sorted(tracking.filter(pl.col("actual_indicator_id").is_not_null()).select(
        "canonical_metric", "scope_region", "unit_base").unique().iter_rows(), key=lambda g: (g[0], g[1] or "", g[2]))
    actuals = indicators.filter((pl.col("kind") == "actual") & pl.col("as_of_year").is_not_null()
                                & (~pl.col("is_flow") | (pl.col("as_of_start_year") == pl.col("as_of_year"))))
    expected = {}
    for i, (metric, region, unit) in enumerate(groups, start=1):
        same = ((pl.col("canonical_metric") == metric) & (pl.col("scope_region") == region)
                & (pl.col("unit_base") == unit))
        expected[f"tracking-{i}"] = (actuals.filter(same).height
                                     + tracking.filter(same & pl.col("target_year").is_not_null()).height)
    documents = read("core_documents")
    expected["cascade"] = read("out_target_cascade").height
    expected["strength"] = 3 * documents.filter(pl.col("n_tasks") > 0).height
    return expected


@pytest.mark.skipif(chromium_binary() is None, reason="no chromium binary here (CI installs Debian's `chromium`)")
@pytest.mark.parametrize("run", ["samples_run", "samples_field_run"])
def test_the_report_loads_offline_in_chromium_and_every_chart_has_data(run, request):
    _, home, _ = request.getfixturevalue(run)
    report = _release(home) / "report"
    with Browser() as browser:
        visit = browser.open((report / "index.html").as_uri(), "document.body?.dataset.chartsReady === 'true'")
        charts = json.loads(browser.evaluate(CHARTS_JS))

    assert visit.console_errors == []
    assert visit.failed_loads == []
    assert sorted({url for url in visit.requested_urls if not url.startswith("data:")}) == sorted(
        [(report / "index.html").as_uri()] + [(report / "assets" / name).as_uri() for name in ASSETS]
    )
    drawn = {c["chart"]: c for c in charts}
    assert all(c["rendered"] and c["points"] == c["expected"] for c in charts), charts
    assert all(c["svg"] for c in charts if c["points"] > 0), charts
    assert drawn["departments"]["points"] > 0
    expected = _expected_points(home)
    assert {name: drawn[name]["points"] for name in expected if expected[name] is not None} == {
        name: n for name, n in expected.items() if n is not None
    }
    for prefix in ("target-", "tracking-"):
        assert sorted(name for name in drawn if name.startswith(prefix)) == sorted(
            name for name in expected if name.startswith(prefix))


def test_the_field_reports_targets_are_charted_against_their_actuals(samples_field_run):
    """Ningxia's urbanization: 69.1% in 2025 as a point, 69.5% (2026) and 71% (2030) as targets, behind."""
    from warehouse.report.tracking import tracking_charts

    _, home, _ = samples_field_run
    charts = {c.figure.layout.title.text: c for c in tracking_charts(read_inputs(_release(home)))}
    chart = charts["常住人口城镇化率 · 宁夏回族自治区（%）"]
    *paths, actuals, targets = chart.figure.data
    assert (list(actuals.x), list(actuals.y)) == ([2025], [69.1])
    assert (list(targets.x), list(targets.y)) == ([2026, 2030], [69.5, 71.0])
    assert list(targets.text) == ["69.5% ≥ · 进度落后 behind", "71% ≥ · 进度落后 behind"]
    assert [(list(p.x), list(p.y), p.meta) for p in paths] == [
        ([2025, 2026], [69.1, 69.5], "decoration"), ([2025, 2030], [69.1, 71.0], "decoration")]
    assert chart.n_points == 3
