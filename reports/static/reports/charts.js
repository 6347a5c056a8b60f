/* Draws every <canvas data-chart="ID"> from the JSON in <script type="application/json" id="ID">.
   The page carries data only: the strict Content Security Policy forbids inline script. */
(function () {
  "use strict";
  // brand teal, amber, brick, indigo, green: distinguishable and at least 3:1 against white
  var palette = ["#0b5563", "#b7791f", "#9c3d16", "#3b5bdb", "#2b8a3e", "#862e9c"];

  function draw(canvas) {
    var source = document.getElementById(canvas.dataset.chart);
    if (!source || typeof window.Chart === "undefined") {
      return;
    }
    var spec = JSON.parse(source.textContent);
    var datasets = spec.datasets.map(function (dataset, i) {
      var colour = palette[i % palette.length];
      return Object.assign({ backgroundColor: colour, borderColor: colour, borderWidth: 1 }, dataset);
    });
    var axis = { stacked: Boolean(spec.stacked), beginAtZero: true, ticks: { precision: 0 } };
    new window.Chart(canvas, {
      type: spec.type,
      data: { labels: spec.labels, datasets: datasets },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        indexAxis: spec.horizontal ? "y" : "x",
        scales: { x: axis, y: Object.assign({}, axis) },
        plugins: { legend: { display: datasets.length > 1 } },
      },
    });
    canvas.dataset.drawn = "true";
  }

  document.querySelectorAll("canvas[data-chart]").forEach(draw);
})();
