/* The header's search control: without a script, a link to the search page; with
   one, a button that opens the field in the header (Escape closes it again). */
(function () {
  "use strict";

  var opener = document.querySelector("[data-search-open]");
  var form = document.querySelector("[data-search-field]");
  if (!opener || !form) return;
  var input = form.querySelector("input");
  opener.setAttribute("role", "button");
  opener.setAttribute("aria-expanded", "false");
  opener.setAttribute("aria-controls", form.id);

  function show(open) {
    form.hidden = !open;
    opener.setAttribute("aria-expanded", String(open));
    if (open) input.focus(); else opener.focus();
  }

  opener.addEventListener("click", function (event) {
    event.preventDefault();
    show(form.hidden);
  });
  opener.addEventListener("keydown", function (event) {
    if (event.key === " ") { event.preventDefault(); show(form.hidden); }
  });
  form.addEventListener("keydown", function (event) {
    if (event.key === "Escape") show(false);
  });
})();
