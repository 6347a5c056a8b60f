// Site-wide behaviour. No inline scripts anywhere: the Content Security Policy forbids them.
(function () {
  "use strict";
  // Show the person's local time for server timestamps marked <time data-local>.
  document.querySelectorAll("time[data-local]").forEach(function (el) {
    var when = new Date(el.getAttribute("datetime"));
    if (!isNaN(when)) { el.textContent = when.toLocaleString(document.documentElement.lang); }
  });
})();
