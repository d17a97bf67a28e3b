"""The report's charts of promises kept: each tracked target against the actuals of its metric and region,
child targets against their parents' (层层加码), and how binding each document's tasks are."""

from __future__ import annotations

import plotly.graph_objects as go
import polars as pl

from gongwen.vocabulary import CASCADE_DIRECTIONS, STRENGTHS, TRACKING_STATUSES
from warehouse.report.figures import MAX_DOCUMENTS, Chart, number, styled
from warehouse.report.inputs import ReportInputs, labels

STATUS_COLOURS = dict(zip(TRACKING_STATUSES, ("#1a9850", "#66bd63", "#fdae61", "#d73027", "#999999"), strict=True))
DIRECTION_COLOURS = dict(zip(CASCADE_DIRECTIONS, ("#b2182b", "#999999", "#2166ac"), strict=True))
STRENGTH_COLOURS = dict(zip(STRENGTHS, ("#b2182b", "#67a9cf", "#d9d9d9"), strict=True))
ACTUAL_COLOUR = "#2a3f5f"
MAX_TRACKING_CHARTS = 24


def tracked_groups(inputs: ReportInputs) -> list[tuple[str, str | None, str]]:
    """(canonical metric, region, base unit) of every target that has an actual, in name order."""
    if inputs.tracking.is_empty():
        return []
    tracked = inputs.tracking.filter(pl.col("actual_indicator_id").is_not_null())
    groups = tracked.select("canonical_metric", "scope_region", "unit_base").unique()
    return sorted(groups.iter_rows(), key=lambda g: (g[0], g[1] or "", g[2]))[:MAX_TRACKING_CHARTS]


def tracking_charts(inputs: ReportInputs) -> list[Chart]:
    """One chart per tracked metric and region: actuals as points at their year, each target as a marker
    at its target year coloured by status, and the straight path from the latest actual to it."""
    statuses = labels()["tracking_statuses"]
    charts = []
    for i, (metric, region, unit) in enumerate(tracked_groups(inputs), start=1):
        same = (pl.col("canonical_metric") == metric) & (pl.col("unit_base") == unit) & (
            pl.col("scope_region").is_null() if region is None else pl.col("scope_region") == region)
        actuals = inputs.actuals.filter(same).sort("as_of_year", "indicator_id")
        targets = inputs.tracking.filter(same & pl.col("target_year").is_not_null()).sort(
            "target_year", "indicator_id")
        fig = go.Figure()
        for t in targets.filter(pl.col("actual_year").is_not_null()).iter_rows(named=True):
            fig.add_trace(go.Scatter(
                x=[t["actual_year"], t["target_year"]], y=[t["actual_value"], t["value_base"]], mode="lines",
                line={"color": STATUS_COLOURS[t["status"]], "dash": "dot", "width": 1.5}, hoverinfo="skip",
                meta="decoration"))
        fig.add_trace(go.Scatter(
            x=actuals["as_of_year"].to_list(), y=actuals["value_base"].to_list(), mode="markers", name="实际 actual",
            marker={"color": ACTUAL_COLOUR, "size": 9},
            text=[f"{number(v)}{unit}" for v in actuals["value_base"].to_list()],
            hovertemplate="实际 actual %{x} · %{text}<extra></extra>"))
        fig.add_trace(go.Scatter(
            x=targets["target_year"].to_list(), y=targets["value_base"].to_list(), mode="markers", name="目标 target",
            marker={"symbol": "diamond", "size": 12, "color": [STATUS_COLOURS[s] for s in targets["status"]],
                    "line": {"color": "white", "width": 1}},
            text=[f"{number(v)}{unit} {c} · {statuses[s]}" for v, c, s in
                  targets.select("value_base", "comparator", "status").iter_rows()],
            hovertemplate="目标 target %{x} · %{text}<extra></extra>"))
        fig.update_xaxes(title_text="年份 year", dtick=1, tickformat="d")
        fig.update_yaxes(title_text=unit, tickformat=",~f")
        title = f"{metric} · {region or labels()['national_region']}（{unit}）"
        charts.append(Chart(f"tracking-{i}", styled(fig, title, 320), actuals.height + targets.height))
    return charts


def cascade_chart(inputs: ReportInputs) -> Chart:
    """Each child target as a share of its parent's (parent = 100), coloured stricter / equal / looser."""
    if inputs.cascade.is_empty():
        return Chart("cascade", None, 0, "没有上下级共有的指标 · no target is set by both a plan and the plan it implements")
    docs = inputs.documents.select("doc_id", "label")
    rows = (inputs.cascade.join(docs, on="doc_id", how="left")
            .join(docs.rename({"doc_id": "parent_doc_id", "label": "parent_label"}), on="parent_doc_id", how="left")
            .sort("canonical_metric", "label", "parent_label"))
    directions = labels()["cascade_directions"]
    names = [f"{r['canonical_metric']} · {r['label']} ← {r['parent_label']}" for r in rows.iter_rows(named=True)]
    ratio = [100 * c / p if p else None for c, p in rows.select("value_base", "parent_value_base").iter_rows()]
    text = [f"{number(r['value_base'])}{r['unit_base']}{r['qualifier'] or ''} / "
            f"{number(r['parent_value_base'])}{r['unit_base']}{r['parent_qualifier'] or ''} · "
            f"{directions[r['direction']]}" for r in rows.iter_rows(named=True)]
    fig = go.Figure(go.Bar(
        y=names, x=ratio, orientation="h", text=text, textposition="outside", cliponaxis=False,
        marker_color=[DIRECTION_COLOURS[d] for d in rows["direction"]],
        hovertemplate="%{y}<br>%{text}<extra></extra>"))
    fig.add_vline(x=100, line={"color": "#444", "dash": "dash", "width": 1})
    fig.update_yaxes(type="category", autorange="reversed")
    fig.update_xaxes(title_text="下级目标 / 上级目标 child / parent (%)", rangemode="tozero")
    fig = styled(fig, "", 140 + 36 * rows.height)
    fig.update_layout(margin={"l": 320, "r": 220, "t": 30})
    return Chart("cascade", fig, rows.height)


def strength_chart(inputs: ReportInputs) -> Chart:
    """Tasks per document by how binding they are: hard (确保, 必须 …), soft (力争, 鼓励 …), neutral."""
    docs = inputs.documents
    if "n_hard_tasks" not in docs.columns or docs.filter(pl.col("n_tasks") > 0).is_empty():
        return Chart("strength", None, 0, "没有任务 · no task in this release")
    docs = docs.filter(pl.col("n_tasks") > 0).head(MAX_DOCUMENTS).with_columns(
        n_neutral_tasks=pl.col("n_tasks") - pl.col("n_hard_tasks") - pl.col("n_soft_tasks"))
    names = labels()["strengths"]
    columns = dict(zip(STRENGTHS, ("n_hard_tasks", "n_soft_tasks", "n_neutral_tasks"), strict=True))
    fig = go.Figure([
        go.Bar(y=docs["label"].to_list(), x=docs[column].to_list(), name=names[strength], orientation="h",
               marker_color=STRENGTH_COLOURS[strength], hovertemplate="%{y} · " + names[strength] + " %{x}<extra></extra>")
        for strength, column in columns.items()
    ])
    fig.update_yaxes(type="category", autorange="reversed")
    fig.update_xaxes(title_text="任务 tasks")
    fig = styled(fig, "", 120 + 28 * docs.height)
    fig.update_layout(barmode="stack", showlegend=True, margin={"l": 160, "t": 30})
    return Chart("strength", fig, len(columns) * docs.height)
