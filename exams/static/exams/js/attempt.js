// The exam timer. The server's deadline is the truth: the page only counts down the seconds the server said
// were left when it rendered, and when they run out it submits the page so the saved answers are graded.
(function () {
  "use strict";
  var timer = document.getElementById("exam-timer");
  var value = document.getElementById("exam-timer-value");
  var form = document.getElementById("exam-form");
  if (!timer || !value || !form) { return; }
  var endsAt = Date.now() + parseInt(timer.getAttribute("data-remaining"), 10) * 1000;
  var done = false;

  function pad(n) { return (n < 10 ? "0" : "") + n; }

  function tick() {
    var left = Math.max(0, Math.round((endsAt - Date.now()) / 1000));
    var h = Math.floor(left / 3600), m = Math.floor((left % 3600) / 60), s = left % 60;
    value.textContent = (h ? h + ":" + pad(m) : m) + ":" + pad(s);
    if (left <= 60) { timer.classList.add("text-danger"); }
    if (left === 0 && !done) {
      done = true;
      document.getElementById("exam-timeup").classList.remove("d-none");
      document.getElementById("exam-timeup-field").value = "1";
      form.removeAttribute("hx-post");
      form.submit();
    }
  }
  tick();
  window.setInterval(tick, 1000);
})();
