/* "Leave this site": replaces the page with a neutral one (location.replace, so Back
   does not return), on a click or on Shift pressed three times within two seconds, as
   GOV.UK's "Exit this page" does. Each press is announced to screen readers ("Press
   Shift 2 more times to leave."); the count starts again after a pause, after any
   other key, and when the page is shown again from the back-forward cache. */
(function () {
  "use strict";

  var PRESSES = 3;
  var PAUSE_MS = 2000;
  var button = document.querySelector("[data-quick-exit]");
  if (!button) return;
  var status = document.querySelector("[data-quick-exit-status]");
  var forms = status ? JSON.parse(status.getAttribute("data-messages")) : {};
  var rules = new Intl.PluralRules(document.documentElement.lang || "en");
  var count = 0;
  var timer = null;

  function leave() {
    document.body.hidden = true;
    document.title = "";
    window.location.replace(button.href);
  }

  function reset() {
    count = 0;
    window.clearTimeout(timer);
    if (status) status.textContent = "";
  }

  function announce(left) {
    if (!status) return;
    var text = forms[rules.select(left)] || forms.other || "";
    status.textContent = text.replace("{count}", String(left));
  }

  button.addEventListener("click", function (event) {
    event.preventDefault();
    leave();
  });
  var bar = document.querySelector("[data-quick-exit-bar]");
  document.addEventListener("keydown", function (event) {
    if (bar && bar.hidden) return;  /* the search page shows it with its crisis block */
    if (event.key !== "Shift") {
      if (count) reset();
      return;
    }
    if (event.repeat) return;
    count += 1;
    window.clearTimeout(timer);
    if (count >= PRESSES) {
      reset();
      leave();
      return;
    }
    announce(PRESSES - count);
    timer = window.setTimeout(reset, PAUSE_MS);
  });
  window.addEventListener("pageshow", reset);

  window.quickExit = { reset: reset };
})();
