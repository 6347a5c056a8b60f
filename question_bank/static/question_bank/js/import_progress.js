// Polls an import job's status and reloads the page when it has finished, so the report shows.
(function () {
  "use strict";
  var box = document.getElementById("qb-import-progress");
  if (!box) { return; }
  var bar = box.querySelector("progress");
  var state = box.querySelector("[data-state]");
  function poll() {
    fetch(box.dataset.statusUrl, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.json(); })
      .then(function (data) {
        bar.value = data.percent;
        bar.textContent = data.percent + "%";
        state.textContent = data.state_label;
        if (data.finished) { window.location.reload(); } else { window.setTimeout(poll, 1000); }
      })
      .catch(function () { window.setTimeout(poll, 3000); });
  }
  window.setTimeout(poll, 500);
})();
