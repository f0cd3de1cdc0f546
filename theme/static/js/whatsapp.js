/* The WhatsApp button: without this file it is a plain link to the first contact; with
   it, a button opening a small dialog that lists the contacts. The dialog closes with
   the × button, Escape or a click outside, keeps Tab inside while open and gives focus
   back to the button. Outside a contact's hours it says when replies resume and puts
   the emergency link first (hours from js/hours.js, loaded first). Nothing here makes a
   network request. */
(function () {
  "use strict";

  var FOCUSABLE = "a[href], button:not([hidden]), input, select, textarea";
  var schedule = window.siteHours;  /* js/hours.js, loaded first */

  function dayName(day, lang) {
    var monday = Date.UTC(2024, 0, 1);  /* 1 January 2024 was a Monday */
    return new Intl.DateTimeFormat(lang, { weekday: "long", timeZone: "UTC" })
      .format(new Date(monday + day * 86400000));
  }

  function clock(minutes) {
    var pad = function (n) { return (n < 10 ? "0" : "") + n; };
    return pad(Math.floor(minutes / 60)) + ":" + pad(minutes % 60);
  }

  /* ── The dialog ────────────────────────────────────────────────────────── */
  function setUp() {
    var root = document.querySelector("[data-wa]");
    if (!root) return;
    var link = root.querySelector("[data-wa-link]");
    var button = root.querySelector("[data-wa-open]");
    var panel = root.querySelector("[data-wa-panel]");
    var body = root.querySelector("[data-wa-body]");
    var note = root.querySelector("[data-wa-note]");
    var lang = document.documentElement.lang || "en";

    function showHours() {
      var now = new Date();
      var anyOpen = false;
      root.querySelectorAll("[data-wa-contact]").forEach(function (contact) {
        var resume = contact.querySelector("[data-wa-resume]");
        var hours = contact.getAttribute("data-hours");
        if (!hours) { anyOpen = true; return; }  /* hours unknown: never "closed" */
        var intervals = JSON.parse(hours);
        var minute = schedule.minuteOfWeek(now, contact.getAttribute("data-tz"));
        var open = schedule.isOpen(intervals, minute);
        anyOpen = anyOpen || open;
        resume.hidden = open;
        if (!open) {
          var next = schedule.nextOpening(intervals, minute);
          resume.textContent = root.getAttribute("data-resume")
            .replace("{day}", dayName(Math.floor(next / 1440), lang))
            .replace("{time}", clock(next % 1440))
            .replace("{zone}", contact.getAttribute("data-zone"));
        }
      });
      /* When nobody can answer now, the way to emergency help comes first. */
      body.insertBefore(note, anyOpen ? null : body.firstChild);
      note.classList.toggle("is-first", !anyOpen);
    }

    function focusables() {
      return Array.prototype.filter.call(panel.querySelectorAll(FOCUSABLE), function (el) {
        return el.offsetParent !== null;
      });
    }

    function open() {
      showHours();
      panel.hidden = false;
      button.setAttribute("aria-expanded", "true");
      focusables()[0].focus();
    }

    function close(returnFocus) {
      if (panel.hidden) return;
      panel.hidden = true;
      button.setAttribute("aria-expanded", "false");
      if (returnFocus) button.focus();
    }

    link.hidden = true;
    button.hidden = false;
    floatBetweenHeaderAndPlace(root);
    button.addEventListener("click", function () {
      if (panel.hidden) open(); else close(true);
    });
    root.querySelector("[data-wa-close]").addEventListener("click", function () {
      close(true);
    });
    /* While the dialog is open, Escape closes it and Tab stays inside it, wherever the
       focus is (a click on the dialog's text moves focus to the dialog itself). */
    document.addEventListener("keydown", function (event) {
      if (panel.hidden) return;
      if (event.key === "Escape") {
        event.preventDefault();
        close(true);
      } else if (event.key === "Tab") {
        var items = focusables();
        var first = items[0];
        var last = items[items.length - 1];
        var inside = panel.contains(document.activeElement) && document.activeElement !== panel;
        if (!inside || (event.shiftKey && document.activeElement === first) ||
            (!event.shiftKey && document.activeElement === last)) {
          event.preventDefault();
          (event.shiftKey ? last : first).focus();
        }
      }
    });
    document.addEventListener("click", function (event) {
      if (!panel.hidden && !root.contains(event.target)) {
        close(!event.target.closest(FOCUSABLE));  /* a clicked link keeps its focus */
      }
    });
  }

  /* The button floats in the corner while the visitor reads between the first screen
     and the end of the page: when neither the header nor the button's own place (the
     end of the page) is in view. On the emergency pages it never floats. */
  function floatBetweenHeaderAndPlace(root) {
    var header = document.querySelector(".site-header");
    if (!header || root.classList.contains("wa-in-flow") ||
        !("IntersectionObserver" in window)) return;
    var inView = { header: true, place: true };
    var watch = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        inView[entry.target === header ? "header" : "place"] = entry.isIntersecting;
      });
      root.classList.toggle("is-floating", !inView.header && !inView.place);
    });
    watch.observe(header);
    watch.observe(root);
  }

  setUp();
})();
