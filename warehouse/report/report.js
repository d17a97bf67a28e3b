// Draws every figure of the page with the plotly.js beside it, then marks each chart with how many
// points it plots (data-n-points; edges and other decoration traces are not points) and the page as ready (body[data-charts-ready]) for the browser test.
"use strict";

function countPoints(gd) {
  let n = 0;
  for (const trace of gd._fullData) {
    if (trace.visible !== true || trace.meta === "decoration") continue;
    if (trace.type === "heatmap") {
      for (const row of trace.z) for (const v of row) if (v !== null && v !== undefined) n += 1;
    } else {
      n += trace._length || 0;
    }
  }
  return n;
}

function drawAll() {
  const figures = JSON.parse(document.getElementById("report-figures").textContent);
  const config = { displaylogo: false, responsive: true };
  const drawn = figures.map(function (figure) {
    const el = document.getElementById(figure.id);
    return Plotly.newPlot(el, figure.data, figure.layout, config).then(function (gd) {
      el.dataset.nPoints = String(countPoints(gd));
      el.dataset.rendered = "true";
    });
  });
  Promise.all(drawn).then(
    function () { document.body.dataset.chartsReady = "true"; },
    function (err) { console.error("report: a chart failed to draw", err); }
  );
}

document.addEventListener("DOMContentLoaded", drawAll);
