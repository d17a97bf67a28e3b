"""The implementation graph: which plan implements which, one row per level, arrows from child to parent.

Plans cited as implemented but missing from the corpus sit on a row of their own above the national one,
one node per 文号 (or per title when the citation gives no 文号).
"""

from __future__ import annotations

from dataclasses import replace

import plotly.graph_objects as go
import polars as pl

from gongwen.vocabulary import ADMIN_LEVELS, IMPLEMENTS
from warehouse.report.figures import LEVEL_COLOURS, OUTSIDE_COLOUR, Chart, styled
from warehouse.report.inputs import ReportInputs, labels

OUTSIDE_ROW = 1  # y of the plans outside the corpus; the corpus levels go 0, -1, -2 … downwards
MAX_LABEL_CHARS = 16
BOW = 0.08  # sideways bow of an edge per row it skips, as a share of the width
CURVE_STEPS = 16
MIN_GAP = 0.12
MAX_GRAPH_DOCUMENTS = 60  # beyond this, only documents on an implementation edge, the first in level order  # between two plans outside the corpus, as a share of the width


def _outside_key(row: dict) -> str:
    return row["parent_number"] or row["parent_title"]


def _outside_label(key: str) -> str:
    text = key.strip("《》")
    return text if len(text) <= MAX_LABEL_CHARS else text[: MAX_LABEL_CHARS - 1] + "…"


def _nodes(inputs: ReportInputs, edges: pl.DataFrame) -> dict[str, dict]:
    """Every document of the corpus and every plan outside it that a document implements, placed.

    Each document has a column of its own, ordered by region so that a province sits beside its cities,
    and no arrow between two rows can pass through a node of the row between them.
    """
    nodes: dict[str, dict] = {}
    docs = sorted(inputs.documents.iter_rows(named=True), key=lambda d: (d["region"] or "", d["level_rank"],
                                                                         d["label"]))
    for i, doc in enumerate(docs, start=1):
        nodes[doc["doc_id"]] = {"label": doc["label"], "y": -doc["level_rank"], "x": i / (len(docs) + 1),
                                "hover": doc["title"] or "", "colour": LEVEL_COLOURS[doc["admin_level"]],
                                "inside": True}
    children: dict[str, list[float]] = {}
    for row in edges.filter(pl.col("parent_doc_id").is_null()).iter_rows(named=True):
        key = _outside_key(row)
        node = nodes.setdefault(key, {"label": _outside_label(key), "y": OUTSIDE_ROW, "hover": "",
                                      "colour": OUTSIDE_COLOUR, "inside": False})
        node["hover"] = "<br>".join(sorted({*node["hover"].split("<br>"), row["parent_title"]} - {""}))
        children.setdefault(key, []).append(nodes[row["doc_id"]]["x"])
    # A plan outside the corpus sits above the middle of the documents implementing it, kept apart.
    placed = sorted(children, key=lambda k: (sum(children[k]) / len(children[k]), k))
    previous = -1.0
    for key in placed:
        x = max(sum(children[key]) / len(children[key]), previous + MIN_GAP)
        nodes[key]["x"] = previous = x
    return nodes


def _arrow(start: tuple[float, float], end: tuple[float, float], colour: str) -> dict:
    return {
        "x": end[0], "y": end[1], "ax": start[0], "ay": start[1], "xref": "x", "yref": "y", "axref": "x",
        "ayref": "y", "showarrow": True, "arrowhead": 3, "arrowsize": 1.2, "arrowwidth": 1.4, "arrowcolor": colour,
        "standoff": 9, "text": "",
    }


def _bend(start: tuple[float, float], end: tuple[float, float], t: float) -> tuple[float, float]:
    """A point of the quadratic curve from start to end bowed sideways by BOW per row it skips."""
    control = ((start[0] + end[0]) / 2 + BOW * (abs(start[1] - end[1]) - 1), (start[1] + end[1]) / 2)
    return tuple((1 - t) ** 2 * a + 2 * (1 - t) * t * c + t**2 * b for a, c, b in zip(start, control, end, strict=True))


def _edges(edges: pl.DataFrame, nodes: dict[str, dict]) -> tuple[list[dict], list[go.Scatter]]:
    """An arrow per edge; an edge that skips a row (county → province) is a curve that ends in its arrow,
    so that it cannot run straight through a node of the row it skips."""
    arrows, curves = [], []
    for row in edges.iter_rows(named=True):
        child, parent = nodes[row["doc_id"]], nodes[row["parent_doc_id"] or _outside_key(row)]
        start, end = (child["x"], child["y"]), (parent["x"], parent["y"])
        colour = "#444444" if parent["inside"] else "#aaaaaa"
        if abs(start[1] - end[1]) > 1:
            points = [_bend(start, end, i / CURVE_STEPS) for i in range(CURVE_STEPS)]
            curves.append(go.Scatter(x=[p[0] for p in points], y=[p[1] for p in points], mode="lines",
                                     line={"color": colour, "width": 1.4}, hoverinfo="skip", meta="decoration"))
            start = points[-1]
        arrows.append(_arrow(start, end, colour))
    return arrows, curves


def lineage_chart(inputs: ReportInputs) -> Chart:
    """Documents placed by level, arrows to the plans they implement; citations are counted, not drawn."""
    edges = inputs.lineage.filter(pl.col("relation") == IMPLEMENTS).sort("doc_id", "parent_title")
    n_cites = inputs.lineage.height - edges.height
    if inputs.documents.is_empty():
        return Chart("lineage", None, 0, "没有文件 no document")
    notes = []
    if inputs.documents.height > MAX_GRAPH_DOCUMENTS:
        linked = set(edges["doc_id"].to_list()) | set(edges["parent_doc_id"].drop_nulls().to_list())
        kept = inputs.documents.filter(pl.col("doc_id").is_in(linked)).head(MAX_GRAPH_DOCUMENTS)
        edges = edges.filter(pl.col("doc_id").is_in(kept["doc_id"].implode())
                             & (pl.col("parent_doc_id").is_null() | pl.col("parent_doc_id").is_in(kept["doc_id"].implode())))
        notes.append(f"显示 {kept.height} 份文件 · {kept.height} of {inputs.documents.height} documents shown")
        inputs = replace(inputs, documents=kept)
    nodes = _nodes(inputs, edges)
    ordered = sorted(nodes.values(), key=lambda n: (-n["y"], n["x"]))
    arrows, curves = _edges(edges, nodes)
    fig = go.Figure([*curves, go.Scatter(
        x=[n["x"] for n in ordered], y=[n["y"] for n in ordered], mode="markers+text",
        text=[n["label"] for n in ordered], textposition="bottom center",
        marker={"size": 16, "color": [n["colour"] if n["inside"] else "white" for n in ordered],
                "line": {"width": 2, "color": [n["colour"] for n in ordered]}},
        customdata=[n["hover"] for n in ordered], hovertemplate="%{text}<br>%{customdata}<extra></extra>",
        cliponaxis=False,
    )])
    rows = sorted({n["y"] for n in ordered}, reverse=True)
    names = {-i: labels()["levels"][level] for i, level in enumerate(ADMIN_LEVELS)}
    names[OUTSIDE_ROW] = labels()["outside_corpus"]
    fig.update_yaxes(tickvals=rows, ticktext=[names[y] for y in rows], range=[min(rows) - 0.6, max(rows) + 0.5],
                     showgrid=True, zeroline=False)
    fig.update_xaxes(visible=False, range=[0, max(1.0, max(n["x"] for n in ordered) + 0.05)])
    fig = styled(fig, "", 160 + 110 * len(rows))
    fig.update_layout(annotations=arrows, margin={"l": 130})
    if n_cites:
        notes.append(f"另有 {n_cites} 条引用未绘出 · {n_cites} citations (cites) not drawn")
    return Chart("lineage", fig, len(ordered), "；".join(notes))
