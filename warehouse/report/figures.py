"""The report's charts, one function per question, each a plotly figure plus how many points it plots.

Figures are built in Python (plotly validates every property) and drawn in the page by the plotly.js
that the plotly package ships, copied beside the page: nothing is fetched.
"""

from __future__ import annotations

from dataclasses import dataclass

import plotly.graph_objects as go
import polars as pl

from gongwen.vocabulary import ADMIN_LEVELS
from warehouse.report.inputs import ReportInputs, labels

FONT = "Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, PingFang SC, WenQuanYi Micro Hei, sans-serif"
LEVEL_COLOURS = dict(zip(ADMIN_LEVELS, ("#b2182b", "#ef8a62", "#67a9cf", "#2166ac", "#999999"), strict=True))
OUTSIDE_COLOUR = "#7f7f7f"
GRID = "#e5e5e5"
# A small template of our own: plotly's named ones weigh ~7 kB a figure and cost ~0.2 s each to apply.
TEMPLATE = go.layout.Template(layout={
    "paper_bgcolor": "white", "plot_bgcolor": "white", "font": {"family": FONT, "size": 13, "color": "#2a3f5f"},
    "xaxis": {"gridcolor": GRID, "linecolor": GRID, "zeroline": False, "automargin": True},
    "yaxis": {"gridcolor": GRID, "linecolor": GRID, "zeroline": False, "automargin": True},
    "hoverlabel": {"font": {"family": FONT}}, "colorway": ["#2166ac", "#ef8a62", "#67a9cf", "#b2182b", "#1a9850",
                                                          "#fdae61", "#762a83", "#999999"],
})
# A big corpus would make the matrices unreadable: the most-named departments and largest documents only.
MAX_DEPARTMENTS = 40
MAX_DOCUMENTS = 40
MAX_TARGET_CHARTS = 24  # the metrics most documents set
MAX_SINGLES = 60


@dataclass(frozen=True)
class Chart:
    chart_id: str
    figure: go.Figure | None  # None: nothing to plot, `note` says why
    n_points: int  # what the page should count once drawn (bars, markers, non-empty heatmap cells)
    note: str = ""


def styled(fig: go.Figure, title: str, height: int) -> go.Figure:
    fig.update_layout(
        title={"text": title, "x": 0, "xanchor": "left"}, height=height, template=TEMPLATE, margin={"l": 40, "r": 20, "t": 60, "b": 60}, showlegend=False,
    )
    return fig


def number(value: float) -> str:
    """65.0 → 65, 19300000 → 1930万: figures as a Chinese reader writes them."""
    if abs(value) >= 1e4:
        return f"{value / 1e4:g}万"
    return f"{value:g}"


def target_charts(inputs: ReportInputs) -> tuple[list[Chart], list[str]]:
    """One bar chart per canonical metric set by two documents or more, documents in level order."""
    docs = inputs.documents.select("doc_id", "label", "level_rank")
    comparison = inputs.comparison.join(docs, on="doc_id", how="left").sort("level_rank", "label")
    per_metric = comparison.group_by("canonical_metric").agg(pl.col("doc_id").n_unique().alias("n"))
    shared = per_metric.filter(pl.col("n") >= 2).sort(["n", "canonical_metric"], descending=[True, False])
    shared = sorted(shared.head(MAX_TARGET_CHARTS)["canonical_metric"].to_list())
    alone = comparison.filter(pl.col("canonical_metric").is_in(
        per_metric.filter(pl.col("n") == 1)["canonical_metric"].implode())).sort("canonical_metric", "label")
    singles = [f"{r['canonical_metric']}（{r['label']}）" for r in alone.head(MAX_SINGLES).iter_rows(named=True)]
    charts = []
    for i, metric in enumerate(shared, start=1):
        rows = comparison.filter(pl.col("canonical_metric") == metric).head(MAX_DOCUMENTS)
        units = sorted(set(rows["unit_base"].to_list()))
        text = [f"{number(r['value_base'])}{r['unit_base']}{r['qualifier'] or ''}"
                + (f" · {r['target_year']}年" if r["target_year"] else "") for r in rows.iter_rows(named=True)]
        fig = go.Figure(go.Bar(
            x=rows["label"].to_list(), y=rows["value_base"].to_list(), text=text, textposition="outside",
            marker_color=[LEVEL_COLOURS[level] for level in rows["admin_level"].to_list()],
            customdata=[[labels()["levels"][r["admin_level"]], r["title"] or ""] for r in rows.iter_rows(named=True)],
            hovertemplate="%{x} · %{customdata[0]}<br>%{customdata[1]}<br>%{text}<extra></extra>", cliponaxis=False,
        ))
        fig.update_yaxes(title_text="、".join(units), rangemode="tozero", tickformat=",~f")
        fig.update_xaxes(type="category")
        charts.append(Chart(f"target-{i}", styled(fig, f"{metric}（{'、'.join(units)}）", 360), rows.height))
    return charts, singles


def _matrix(frame: pl.DataFrame, row_key: str, rows: list[str], cols: list[str], value: str) -> list[list]:
    shown = frame.filter(pl.col(row_key).is_in(rows) & pl.col("label").is_in(cols))  # not every row of a corpus
    cells = {(r[row_key], r["label"]): r[value] for r in shown.select(row_key, "label", value).iter_rows(named=True)}
    return [[cells.get((row, col)) or None for col in cols] for row in rows]


def _documents_with_rows(inputs: ReportInputs, frame: pl.DataFrame) -> list[str]:
    present = set(frame["doc_id"].to_list())
    docs = inputs.documents.filter(pl.col("doc_id").is_in(present))
    keep = set(docs.sort("n_tasks", "doc_id", descending=[True, False]).head(MAX_DOCUMENTS)["doc_id"].to_list())
    return docs.filter(pl.col("doc_id").is_in(keep))["label"].to_list()


def department_chart(inputs: ReportInputs) -> Chart:
    """Departments × documents: tasks named on by default, led / co-led / shared behind the buttons."""
    load = inputs.department_load.join(inputs.documents.select("doc_id", "label"), on="doc_id")
    if load.is_empty():
        return Chart("departments", None, 0, "没有部门 no department named")
    totals = load.group_by("department").agg(pl.col("n_tasks").sum()).sort(["n_tasks", "department"],
                                                                             descending=[True, False])
    departments = totals.head(MAX_DEPARTMENTS)["department"].to_list()[::-1]  # most named at the top
    docs = _documents_with_rows(inputs, load)
    measures = labels()["department_measures"]
    z = {m: _matrix(load, "department", departments, docs, m) for m in measures}
    # Per cell, every measure in labels.yaml's order, for the hover text.
    custom = [[[v or 0 for v in cell] for cell in zip(*(z[m][i] for m in measures), strict=True)]
              for i in range(len(departments))]
    fig = go.Figure(go.Heatmap(
        z=z["n_tasks"], x=docs, y=departments, customdata=custom, colorscale="Blues", texttemplate="%{z}",
        xgap=1, ygap=1, hoverongaps=False, showscale=False,
        hovertemplate="%{y} · %{x}<br>" + " · ".join(
            f"{name} %{{customdata[{i}]}}" for i, name in enumerate(measures.values())) + "<extra></extra>",
    ))
    height = 200 + 22 * len(departments)
    fig.update_layout(updatemenus=[{  # above the column labels: 40 px over the plot area's top edge
        "type": "buttons", "direction": "right", "x": 0, "y": 1 + 40 / (height - 150 - 50), "xanchor": "left",
        "yanchor": "bottom", "buttons": [
            {"label": name, "method": "restyle", "args": [{"z": [z[m]]}]} for m, name in measures.items()
        ],
    }])
    fig.update_xaxes(side="top", type="category")
    fig.update_yaxes(type="category")
    n = sum(v is not None for row in z["n_tasks"] for v in row)
    notes = []
    if totals.height > len(departments):
        notes.append(f"前 {len(departments)} 个部门 · top {len(departments)} of {totals.height} departments")
    silent = inputs.documents.filter(~pl.col("doc_id").is_in(set(load["doc_id"].to_list())))["label"].to_list()
    if silent:
        notes.append(f"未列出部门的文件 · documents naming no department: {'、'.join(silent)}")
    fig = styled(fig, "", height)
    fig.update_layout(margin={"l": 140, "t": 150, "b": 50})
    return Chart("departments", fig, n, "；".join(notes))


def theme_chart(inputs: ReportInputs) -> Chart:
    """Themes × documents: the share of each document's tasks, the task count written in the cell."""
    themes = inputs.themes.join(inputs.documents.select("doc_id", "label"), on="doc_id")
    if themes.is_empty():
        return Chart("themes", None, 0, "没有主题 no theme assigned")
    order = themes.group_by("theme").agg(pl.col("n_tasks").sum()).sort(["n_tasks", "theme"], descending=[True, False])
    rows = order["theme"].to_list()[::-1]
    docs = _documents_with_rows(inputs, themes)
    share = [[None if v is None else round(100 * v, 1) for v in r] for r in _matrix(themes, "theme", rows, docs, "share")]
    counts = [["" if v is None else v for v in r] for r in _matrix(themes, "theme", rows, docs, "n_tasks")]
    fig = go.Figure(go.Heatmap(
        z=share, x=docs, y=rows, text=counts, texttemplate="%{text}",
        colorscale="Greens", xgap=1, ygap=1, hoverongaps=False, colorbar={"title": {"text": "%"}},
        hovertemplate="%{y} · %{x}<br>%{text} 项任务 tasks · %{z}%<extra></extra>",
    ))
    fig.update_xaxes(side="top", type="category")
    fig.update_yaxes(type="category")
    fig = styled(fig, "", 140 + 24 * len(rows))
    fig.update_layout(margin={"l": 130, "t": 80})
    return Chart("themes", fig, sum(v is not None for r in share for v in r))


def deadline_chart(inputs: ReportInputs) -> Chart:
    """Tasks due per month, stacked by document; says so when no task states a deadline."""
    dated = inputs.tasks.filter(pl.col("deadline_month").is_not_null())
    total = inputs.tasks.height
    if dated.is_empty():
        return Chart("deadlines", None, 0, f"没有任务写明完成时限 · 0 of {total} tasks state a deadline")
    per = dated.join(inputs.documents.select("doc_id", "label", "level_rank"), on="doc_id").group_by(
        "deadline_month", "label", "level_rank").len().sort("level_rank", "label", "deadline_month")
    months = sorted(set(per["deadline_month"].to_list()))
    fig = go.Figure()
    for (label,), rows in per.group_by("label", maintain_order=True):
        fig.add_trace(go.Bar(x=rows["deadline_month"].to_list(), y=rows["len"].to_list(), name=label,
                             hovertemplate="%{x} · " + label + " · %{y}<extra></extra>"))
    fig.update_xaxes(type="category", categoryorder="array", categoryarray=months)
    fig.update_yaxes(title_text="任务 tasks")
    fig = styled(fig, "", 360)
    fig.update_layout(barmode="stack", showlegend=True)
    return Chart("deadlines", fig, per.height, f"{dated.height} of {total} tasks state a deadline · 写明时限的任务")


def gate_chart(inputs: ReportInputs) -> Chart:
    """Expectations per table of this run, held and failed."""
    if inputs.gates is None:
        return Chart("gates", None, 0, "门禁结果在仓库中，本报告未读取 · gate results live in the warehouse, not read here")
    gates = inputs.gates.sort("stage", descending=True)
    if gates.is_empty():
        return Chart("gates", None, 0, "本次运行没有门禁结果 · no gate result recorded for this run")
    outcomes = labels()["gate_outcomes"]
    fig = go.Figure([
        go.Bar(y=gates["stage"].to_list(), x=gates[column].to_list(), name=name, orientation="h",
               marker_color=colour, hovertemplate="%{y} · " + name + " %{x}<extra></extra>")
        for (column, name), colour in zip(outcomes.items(), ("#1a9850", "#d73027"), strict=True)
    ])
    fig.update_yaxes(type="category")
    fig = styled(fig, "", 120 + 24 * gates.height)
    fig.update_layout(barmode="stack", showlegend=True, margin={"l": 190})
    return Chart("gates", fig, 2 * gates.height)


def quarantine_chart(inputs: ReportInputs) -> Chart:
    """Files quarantined by this run, per reason."""
    if inputs.quarantined is None:
        return Chart("quarantine", None, 0, "隔离记录在仓库中，本报告未读取 · quarantine lives in the warehouse, not read here")
    if inputs.quarantined.is_empty():
        return Chart("quarantine", None, 0, "没有文件被隔离 · no file quarantined")
    per = inputs.quarantined.group_by("reason").len().sort(["len", "reason"], descending=[False, True])
    fig = go.Figure(go.Bar(y=per["reason"].to_list(), x=per["len"].to_list(), orientation="h",
                           marker_color="#fc8d59", hovertemplate="%{y} · %{x}<extra></extra>"))
    fig.update_yaxes(type="category")
    fig.update_xaxes(title_text="文件 files", dtick=1)
    fig = styled(fig, "", 170 + 32 * per.height)
    fig.update_layout(margin={"l": 260, "t": 30})
    return Chart("quarantine", fig, per.height)
