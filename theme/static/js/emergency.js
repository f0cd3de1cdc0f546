/* The emergency hub, enhanced: instant filtering and "open now". The page works
   without this file; it only hides, reorders and annotates what is there. The
   visitor's country comes from js/country.js, which also keeps the crisis banner;
   text folding from js/text.js and hours from js/hours.js (all loaded first). Nothing
   here makes a network request. */
(function () {
  "use strict";

  /* The kinds a crisis word shows: crisis and support lines, and emergency services. */
  var CRISIS_KINDS = ["crisis-line", "text-line", "chat", "emergency", "police", "ambulance",
    "fire"];

  /* ── Text matching: folded (js/text.js), every word must match ────────── */
  var fold = window.siteText.fold;

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

  /* The query's words, the kinds its words name (kind words, or a crisis word or
     phrase for CRISIS_KINDS), and whether it named any. */
  function readQuery(text, kindWords, crisisPhrases) {
    var query = " " + fold(text).split(/\s+/).filter(Boolean).join(" ") + " ";
    var kinds = {};
    var named = false;
    (crisisPhrases || []).forEach(function (phrase) {
      if (query.indexOf(" " + phrase + " ") === -1) return;
      query = query.split(" " + phrase + " ").join(" ");
      CRISIS_KINDS.forEach(function (kind) { kinds[kind] = true; });
      named = true;
    });
    var words = query.split(" ").filter(function (word) {
      var kind = word && (kindWords || {})[word];
      if (kind) kinds[kind] = named = true;
      return word && !kind;
    });
    return { words: words, kinds: kinds, named: named };
  }

  /* The filter's logic, kept apart from the page so it can be tested alone.
     lines: [{country, kind, text}], text folded; choice: {countries (codes, or null
     for all), kind, text, kindWords (from kindWordMap), crisisPhrases (folded)}.
     Returns one boolean per line. */
  function visibleLines(lines, choice) {
    var query = readQuery(choice.text, choice.kindWords, choice.crisisPhrases);
    return lines.map(function (line) {
      var place = !choice.countries || choice.countries.indexOf(line.country) !== -1;
      return place && (!choice.kind || line.kind === choice.kind) &&
        (!query.named || query.kinds[line.kind] === true) &&
        matchesAll(line.text, query.words);
    });
  }

  /* The message in the plural form `count` needs ({one: …, other: …}). */
  function plural(forms, count, values) {
    var form = forms[new Intl.PluralRules(document.documentElement.lang || "en")
      .select(count)] || forms.other;
    return window.siteCountry.fill(form, Object.assign({ count: String(count) }, values));
  }

  /* ── "Open now", computed in each line's time zone (js/hours.js) ──────── */
  function markOpenNow(root, labels) {
    var now = new Date();
    root.querySelectorAll("[data-hours]").forEach(function (line) {
      var badge = line.querySelector("[data-open-now]");
      if (!badge) return;
      var zone = line.getAttribute("data-tz");
      var minute = 0;  /* without a zone the hours are 24/7 (the build checks this) */
      try { if (zone) minute = window.siteHours.minuteOfWeek(now, zone); } catch (e) { return; }
      var open = window.siteHours.isOpen(JSON.parse(line.getAttribute("data-hours")), minute);
      badge.textContent = open ? labels.open : labels.closed;
      badge.className = "hub-open " + (open ? "is-open" : "is-closed");
      badge.hidden = false;
    });
  }

  /* ── The page ───────────────────────────────────────────────────────── */
  function setUpHub() {
    var hub = document.querySelector("[data-hub]");
    var form = document.querySelector("[data-hub-filter]");
    var picker = window.siteCountry;
    var data = picker && picker.readData();
    if (!hub || !form || !data) return;
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
    var kind = form.querySelector("#hub-kind");
    var text = form.querySelector("#hub-text");
    var all = form.querySelector("#hub-all");
    var status = form.querySelector("[data-hub-status]");
    var messages = JSON.parse(form.getAttribute("data-messages"));
    var kindWords = kindWordMap(JSON.parse(form.getAttribute("data-kind-words")));
    var crisisPhrases = JSON.parse(form.getAttribute("data-crisis-words")).map(fold)
      .sort(function (a, b) { return b.length - a.length; });
    var jump = document.querySelector("[data-hub-jump]");

    function show(shown) {
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
      return count;
    }

    /* Found elsewhere: "1 in France, 2 in Spain", in the order of the page. */
    function foundElsewhere(shown) {
      var counts = new Map();
      lines.forEach(function (line, i) {
        if (shown[i]) counts.set(line.country, (counts.get(line.country) || 0) + 1);
      });
      var parts = [];
      counts.forEach(function (count, code) {
        parts.push(plural(messages.inCountry, count, { country: picker.nameOf(data, code) }));
      });
      return parts.join(", ");
    }

    function apply() {
      var chosen = picker.current || data.home;
      var scope = all.checked ? null : [chosen, data.home];
      var choice = {
        countries: scope, kind: kind.value, text: text.value, kindWords: kindWords,
        crisisPhrases: crisisPhrases
      };
      var shown = visibleLines(lines, choice);
      var count = show(shown);
      if (chosen !== placed) placeFirst(chosen);
      if (count > 0 || !scope) {
        status.textContent = count === 0 ? messages.none : plural(messages.count, count);
        return;
      }
      /* Nothing where the visitor is: look in every country and say where. */
      choice.countries = null;
      shown = visibleLines(lines, choice);
      if (show(shown) === 0) {
        status.textContent = messages.none;
        return;
      }
      var values = { country: picker.nameOf(data, chosen), home: picker.nameOf(data, data.home),
        found: foundElsewhere(shown) };
      status.textContent = picker.fill(
        chosen === data.home ? messages.noneIn : messages.noneInEither, values);
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

    form.hidden = false;
    if (jump) jump.hidden = true;  /* the picker replaces the jump links */
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    document.addEventListener("sitecountry", apply);
    kind.addEventListener("change", apply);
    all.addEventListener("change", apply);
    text.addEventListener("input", apply);
    apply();
    markOpenNow(hub, messages);
    window.setInterval(function () { markOpenNow(hub, messages); }, 60000);
  }

  window.hubFilter = { visibleLines: visibleLines, kindWordMap: kindWordMap };
  setUpHub();
})();
