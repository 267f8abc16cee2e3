// rung dashboard: draws the overview's charts with the vendored uPlot (no network).
"use strict";
(function () {
  function column(rows, key) {
    return rows.map(function (r) { return r[key] === null || r[key] === undefined ? null : r[key]; });
  }
  var CHARTS = {
    requests: [["requests", "#0b57d0"], ["errors", "#b3261e"]],
    latency: [["latency_ms", "#8250df"]],
    cost: [["cost", "#1a7f37"]],
    quality: [["escalation_rate", "#bf4f00"], ["feedback", "#0b57d0"]],
  };
  function draw(el, rows, range) {
    var spec = CHARTS[el.dataset.chart];
    if (!spec || !window.uPlot) { return; }
    if (!rows.length) { el.textContent = "No requests in this window."; return; }
    var data = [column(rows, "time")];
    var series = [{}];
    spec.forEach(function (s) {
      data.push(column(rows, s[0]));
      series.push({ label: s[0].replace("_", " "), stroke: s[1], width: 2, spanGaps: true,
                    points: { show: rows.length < 40 } });
    });
    var width = Math.max(300, el.clientWidth || 540);
    var scales = { x: { time: true, range: function () { return range; } } };
    var axes = [{}, { size: 64 }];
    new window.uPlot({ width: width, height: 200, series: series, scales: scales, axes: axes },
                     data, el);
  }
  function start() {
    var source = document.getElementById("series-data");
    if (!source) { return; }
    var data = JSON.parse(source.textContent || "{}");
    var rows = data.series || [], range = [data.since, data.until];
    document.querySelectorAll(".chart[data-chart]").forEach(function (el) { draw(el, rows, range); });
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); }
  else { start(); }
})();
