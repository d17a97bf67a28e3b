"""The offline HTML report of a release: report/index.html beside the Parquet, readable with no network.

The page loads only files of its own folder: plotly.js as the plotly package ships it, the page's script
and style sheet, all under report/assets/. Identical release folders give identical bytes.
"""

from __future__ import annotations

import shutil
from importlib.resources import files
from pathlib import Path
from string import Template

from warehouse.report.figures import (
    deadline_chart,
    department_chart,
    gate_chart,
    quarantine_chart,
    target_charts,
    theme_chart,
)
from warehouse.report.graph import lineage_chart
from warehouse.report.inputs import read_inputs
from warehouse.report.page import (
    chart_block,
    documents_table,
    facts,
    figures_json,
    gates_section,
    targets_section,
    tracking_section,
)
from warehouse.report.tracking import cascade_chart, strength_chart, tracking_charts
from warehouse.store import Warehouse

HERE = Path(__file__).parent
PAGE_ASSETS = ("report.js", "report.css")

__all__ = ["write_report"]


def write_report(release_dir: Path, warehouse: Warehouse | None = None) -> Path:
    """Write <release_dir>/report/ (index.html and assets/) from the release's Parquet and manifest.

    With a warehouse, the gates and quarantine sections show the run's dq_results and quarantined files;
    without one they say that those live in the warehouse. Returns the path of index.html.
    """
    release_dir = Path(release_dir)
    inputs = read_inputs(release_dir, warehouse)
    targets, singles = target_charts(inputs)
    tracking = tracking_charts(inputs)
    charts = {c.chart_id: c for c in (department_chart(inputs), lineage_chart(inputs), theme_chart(inputs),
                                      deadline_chart(inputs), gate_chart(inputs), quarantine_chart(inputs),
                                      cascade_chart(inputs), strength_chart(inputs))}
    page = Template((HERE / "template.html").read_text(encoding="utf-8")).substitute(
        run_id=inputs.manifest["run_id"],
        facts=facts(inputs),
        documents=documents_table(inputs),
        targets=targets_section(targets, singles),
        tracking=tracking_section(tracking),
        cascade=chart_block(charts["cascade"]),
        strength=chart_block(charts["strength"]),
        departments=chart_block(charts["departments"]),
        lineage=chart_block(charts["lineage"]),
        themes=chart_block(charts["themes"]),
        deadlines=chart_block(charts["deadlines"]),
        gates=gates_section(inputs, charts["gates"], charts["quarantine"]),
        figures=figures_json([*targets, *tracking, *charts.values()]),
    )
    staging = release_dir / ".report-staging"
    if staging.exists():
        shutil.rmtree(staging)
    (staging / "assets").mkdir(parents=True)
    shutil.copyfile(str(files("plotly") / "package_data" / "plotly.min.js"), staging / "assets" / "plotly.min.js")
    for name in PAGE_ASSETS:
        shutil.copyfile(HERE / name, staging / "assets" / name)
    (staging / "index.html").write_text(page, encoding="utf-8")
    report = release_dir / "report"
    if report.exists():
        shutil.rmtree(report)
    staging.rename(report)
    return report / "index.html"
