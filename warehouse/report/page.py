"""The HTML around the charts: run facts, tables of documents, gates and quarantine, and the figure JSON."""

from __future__ import annotations

from html import escape

import plotly.io as pio

from warehouse.report.figures import Chart
from warehouse.report.inputs import ReportInputs, labels

MAX_LISTED = 50  # failed expectations and quarantined files listed in full up to this many
MAX_DOCUMENT_ROWS = 200


def chart_block(chart: Chart) -> str:
    """A chart's placeholder; a chart with nothing to plot says why, counted as drawn with 0 points."""
    attrs = f'id="chart-{chart.chart_id}" data-chart="{chart.chart_id}" data-expected-points="{chart.n_points}"'
    note = f'<p class="note">{escape(chart.note)}</p>' if chart.note else ""
    if chart.figure is None:
        return (f'<div class="chart empty" {attrs} data-n-points="0" data-rendered="true">'
                f'<p class="empty-note">{escape(chart.note)}</p></div>')
    return f'<div class="chart" {attrs}></div>\n{note}'


def figures_json(charts: list[Chart]) -> str:
    """Every figure as JSON for the page's script, safe inside <script> (no '<' left unescaped)."""
    figures = [{"id": f"chart-{c.chart_id}", **c.figure.to_plotly_json()} for c in charts if c.figure is not None]
    return pio.json.to_json_plotly(figures, pretty=False).replace("<", "\\u003c")


def _table(headers: list[str], rows: list[list], numeric: set[int] = frozenset()) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(
            f'<td class="n">{escape(str(v))}</td>' if i in numeric else f"<td>{escape('' if v is None else str(v))}</td>"
            for i, v in enumerate(row)
        ) + "</tr>\n"
        for row in rows
    )
    return f"<table>\n<tr>{head}</tr>\n{body}</table>"


def facts(inputs: ReportInputs) -> str:
    manifest = inputs.manifest
    items = [
        ("运行 run", manifest["run_id"]),
        ("完成于 finished at", manifest.get("finished_at", "")),
        ("数据契约 contract", f"v{manifest['contract_version']}"),
        ("文件 documents", inputs.documents.height),
        ("任务 tasks", inputs.tasks.height),
    ]
    for key in ("package_version", "git_commit", "inbox_fingerprint"):
        if manifest.get(key):
            items.append((key, manifest[key]))
    return '<dl class="facts">' + "".join(f"<dt>{escape(k)}</dt><dd>{escape(str(v))}</dd>" for k, v in items) + "</dl>"


def documents_table(inputs: ReportInputs) -> str:
    levels = labels()["levels"]
    rows = [[d["label"], levels[d["admin_level"]], d["title"], d["doc_number"], d["n_tasks"], d["n_indicators"]]
            for d in inputs.documents.head(MAX_DOCUMENT_ROWS).iter_rows(named=True)]
    more = inputs.documents.height - len(rows)
    note = f'<p class="note">另有 {more} 份文件未列出 · {more} more documents not listed</p>' if more > 0 else ""
    return _table(["简称 short name", "层级 level", "标题 title", "文号 number", "任务 tasks", "指标 targets"],
                  rows, numeric={4, 5}) + note


def gates_section(inputs: ReportInputs, gate: Chart, quarantine: Chart) -> str:
    parts = ["<h3>期望检查 · Expectations per table</h3>", chart_block(gate)]
    if inputs.failed_expectations:
        parts.append(f"<h3>未通过的期望 · Failed expectations ({len(inputs.failed_expectations)})</h3>")
        parts.append(_table(["表 table", "期望 expectation", "观察值 observed"],
                            [list(r) for r in inputs.failed_expectations[:MAX_LISTED]]))
    parts += ["<h3>隔离的文件 · Quarantined files</h3>", chart_block(quarantine)]
    if inputs.quarantined is not None and not inputs.quarantined.is_empty():
        parts.append(_table(["文件 file", "阶段 stage", "原因 reason", "详情 detail"],
                            [list(r) for r in inputs.quarantined.head(MAX_LISTED).iter_rows()]))
    tables = inputs.manifest["tables"]
    parts.append("<h3>发布的表 · Published tables</h3>")
    parts.append(_table(["表 table", "行 rows", "SHA-256"],
                        [[name, t["rows"], t["sha256"][:16]] for name, t in tables.items()], numeric={1}))
    return "\n".join(parts)


def targets_section(charts: list[Chart], singles: list[str]) -> str:
    if not charts:
        parts = ['<div class="chart empty" data-chart="targets" data-expected-points="0" data-n-points="0" '
                 'data-rendered="true"><p class="empty-note">没有两份以上文件共有的指标 · no metric is set by two '
                 "documents or more</p></div>"]
    else:
        parts = [chart_block(chart) for chart in charts]
    if singles:
        parts.append(f'<p class="note">仅一份文件设定 · set by one document only: {escape("、".join(singles))}</p>')
    return "\n".join(parts)


def tracking_section(charts: list[Chart]) -> str:
    if not charts:
        return ('<div class="chart empty" data-chart="tracking" data-expected-points="0" data-n-points="0" '
                'data-rendered="true"><p class="empty-note">没有目标有对应的实际数 · no target has an actual of its '
                "metric and region</p></div>")
    return "\n".join(chart_block(chart) for chart in charts)
