/* The emergency hub, enhanced: quick exit, country choice, instant filtering, "open now".
   The page works without this file; it only hides, reorders and annotates what is there.
   Needs js/country.js (loaded first). Nothing here makes a network request. */
(function () {
  "use strict";

  var SHIFT_PRESSES = 3;
  var SHIFT_WINDOW_MS = 2000;
  var DAYS = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };

  /* ── Quick exit: replace this page, so Back does not return to it ─────── */
  function leave(url) {
    document.body.hidden = true;
    document.title = "";
    window.location.replace(url);
  }

  function setUpQuickExit() {
    var button = document.querySelector("[data-quick-exit]");
    if (!button) return;
    var presses = [];
    button.addEventListener("click", function (event) {
      event.preventDefault();
      leave(button.href);
    });
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Shift") {
        presses = [];
        return;
      }
      if (event.repeat) return;
      var now = Date.now();
      presses = presses.filter(function (t) { return now - t < SHIFT_WINDOW_MS; });
      presses.push(now);
      if (presses.length >= SHIFT_PRESSES) leave(button.href);
    });
  }

  /* ── Text matching: lower case, accents removed, every word must match ── */
  /* Lower case, without accents, Arabic short vowels or tatweel; alif forms as one. */
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, "")
      .replace(/\u0649/g, "\u064a").toLowerCase();
  }

  function matchesAll(haystack, words) {
    for (var i = 0; i < words.length; i++) {
      if (haystack.indexOf(words[i]) === -1) return false;
    }
    return true;
  }

  /* A map from folded word to kind, from {kind: "word word"}. */
  function kindWordMap(kindWords) {
    var map = {};
    Object.keys(kindWords).forEach(function (kind) {
      fold(kindWords[kind]).split(/\s+/).filter(Boolean).forEach(function (word) {
        map[word] = kind;
      });
    });
    return map;
  }

  /* The filter's logic, kept apart from the page so it can be tested alone.
     lines: [{country, kind, text}], text folded; choice: {country, home, kind, text,
     kindWords (from kindWordMap)}. Returns one boolean per line. A search word that
     names a kind selects that kind; the other words must all appear in the line. */
  function visibleLines(lines, choice) {
    var kinds = {};
    var named = false;
    var words = fold(choice.text).split(/\s+/).filter(function (word) {
      var kind = word && (choice.kindWords || {})[word];
      if (kind) {
        kinds[kind] = named = true;
      }
      return word && !kind;
    });
    return lines.map(function (line) {
      var place = !choice.country || line.country === choice.country ||
        line.country === choice.home;
      return place && (!choice.kind || line.kind === choice.kind) &&
        (!named || kinds[line.kind] === true) && matchesAll(line.text, words);
    });
  }

  /* ── "Open now", computed in each line's time zone ───────────────────── */
  function minuteOfWeek(date, zone) {
    var parts = new Intl.DateTimeFormat("en-GB", {
      timeZone: zone, weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23"
    }).formatToParts(date);
    var get = function (type) {
      return parts.filter(function (p) { return p.type === type; })[0].value;
    };
    return DAYS[get("weekday")] * 1440 + Number(get("hour")) * 60 + Number(get("minute"));
  }

  function markOpenNow(root, labels) {
    var now = new Date();
    root.querySelectorAll("[data-hours]").forEach(function (line) {
      var badge = line.querySelector("[data-open-now]");
      if (!badge) return;
      var zone = line.getAttribute("data-tz");
      var minute = 0;  /* without a zone the hours are 24/7 (the build checks this) */
      try { if (zone) minute = minuteOfWeek(now, zone); } catch (e) { return; }
      var open = JSON.parse(line.getAttribute("data-hours")).some(function (span) {
        return span[0] <= minute && minute < span[1];
      });
      badge.textContent = open ? labels.open : labels.closed;
      badge.className = "hub-open " + (open ? "is-open" : "is-closed");
      badge.hidden = false;
    });
  }

  /* ── The page ───────────────────────────────────────────────────────── */
  function setUpHub() {
    var hub = document.querySelector("[data-hub]");
    var dataNode = document.getElementById("hub-data");
    var form = document.querySelector("[data-hub-filter]");
    if (!hub || !dataNode || !form) return;
    var data = JSON.parse(dataNode.textContent);
    var list = hub.querySelector("[data-hub-countries]");
    var sections = Array.prototype.slice.call(list.querySelectorAll("[data-country]"));
    var order = sections.slice();
    var lines = [];
    sections.forEach(function (section) {
      section.querySelectorAll(".hub-line").forEach(function (el) {
        lines.push({
          el: el,
          group: el.closest(".hub-kind"),
          section: section,
          country: section.getAttribute("data-country"),
          kind: el.getAttribute("data-kind"),
          text: fold(el.textContent + " " + (el.getAttribute("data-search") || ""))
        });
      });
    });
    var select = form.querySelector("#hub-country");
    var kind = form.querySelector("#hub-kind");
    var text = form.querySelector("#hub-text");
    var status = form.querySelector("[data-hub-status]");
    var call = document.querySelector("[data-crisis-call]");
    var place = document.querySelector("[data-crisis-place]");
    var messages = JSON.parse(form.getAttribute("data-messages"));
    var kindWords = kindWordMap(JSON.parse(form.getAttribute("data-kind-words")));
    var jump = document.querySelector("[data-hub-jump]");

    function apply() {
      var chosen = select.value;
      var shown = visibleLines(lines, {
        country: chosen, home: data.home, kind: kind.value, text: text.value,
        kindWords: kindWords
      });
      var count = 0;
      var groups = new Map();
      var countries = new Map();
      lines.forEach(function (line, i) {
        if (line.el.hidden === shown[i]) line.el.hidden = !shown[i];
        if (shown[i]) count++;
        groups.set(line.group, groups.get(line.group) || shown[i]);
        countries.set(line.section, countries.get(line.section) || shown[i]);
      });
      groups.forEach(function (any, group) { if (group.hidden === any) group.hidden = !any; });
      countries.forEach(function (any, section) {
        if (section.hidden === any) section.hidden = !any;
      });

      var first = chosen || data.home;
      if (first !== placed) placeFirst(first);
      var country = data.countries[first];
      call.href = "tel:" + country.dial;
      call.textContent = messages.call.replace("{number}", country.number);
      if (place) place.textContent = country.name;
      status.textContent = count === 0 ? messages.none :
        messages.count.replace("{count}", String(count));
    }

    /* The chosen country first, then the home country, then the others as built.
       Sections move only when the choice changes, not on every keystroke. */
    var placed = null;
    function placeFirst(first) {
      placed = first;
      order.slice().sort(function (a, b) {
        var rank = function (s) {
          var code = s.getAttribute("data-country");
          return code === first ? 0 : code === data.home ? 1 : 2;
        };
        return rank(a) - rank(b) || order.indexOf(a) - order.indexOf(b);
      }).forEach(function (section) { list.appendChild(section); });
    }

    var picker = window.siteCountry;
    var stored = picker.stored(data);
    var guess = form.querySelector("[data-hub-guess]");
    select.value = stored !== null ? stored : picker.guess(data);
    if (stored === null && select.value !== data.home) {
      guess.hidden = false;
      select.setAttribute("aria-describedby", guess.id);
    }
    form.hidden = false;
    if (jump) jump.hidden = true;  /* the picker replaces the jump links */
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    select.addEventListener("change", function () {
      picker.remember(select.value);
      guess.hidden = true;
      select.removeAttribute("aria-describedby");
      apply();
    });
    kind.addEventListener("change", apply);
    text.addEventListener("input", apply);
    apply();
    markOpenNow(hub, messages);
    window.setInterval(function () { markOpenNow(hub, messages); }, 60000);
  }

  window.hubFilter = {
    visibleLines: visibleLines, kindWordMap: kindWordMap, fold: fold, minuteOfWeek: minuteOfWeek
  };
  setUpQuickExit();
  setUpHub();
})();
