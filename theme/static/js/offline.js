/* Registers the site's service worker (written by the offline plugin), so the
   emergency help and the crisis plan open without a network after one visit. On a
   page with [data-offline-note], shows the note once that page is kept. */
(function () {
  "use strict";

  var script = document.currentScript;
  if (!("serviceWorker" in navigator) || !script) return;
  var worker = script.getAttribute("data-worker");
  var scope = script.getAttribute("data-scope");

  function showNote() {
    var note = document.querySelector("[data-offline-note]");
    if (!note || !window.caches) return;
    window.caches.match(window.location.pathname).then(function (kept) {
      if (kept) note.hidden = false;
    });
  }

  navigator.serviceWorker.register(worker, { scope: scope })
    .then(function () { return navigator.serviceWorker.ready; })
    .then(showNote)
    .catch(function () { /* no offline copy: the site works as before */ });
})();
