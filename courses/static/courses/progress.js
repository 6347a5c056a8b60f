// Progress bars: the width comes from data-progress, because the Content Security Policy forbids style attributes.
(function () {
  "use strict";
  function apply(root) {
    root.querySelectorAll("[data-progress]").forEach(function (bar) {
      var percent = Math.max(0, Math.min(100, parseInt(bar.getAttribute("data-progress"), 10) || 0));
      bar.style.width = percent + "%";
    });
  }
  apply(document);
  document.body.addEventListener("htmx:afterSettle", function () { apply(document); });
})();
