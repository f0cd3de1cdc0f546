/* The search page: results as the visitor types, from Pagefind's bundle, which is
   loaded on the first search or when the field gets focus, never before. A query
   holding a crisis word shows the emergency block first. With no type chosen,
   articles and pages come first, then the emergency lines of the visitor's country
   and the home country; other countries' lines are one tap away. Result text is
   inserted as text: only Pagefind's <mark> survives from an excerpt. */
(function () {
  "use strict";

  var PAGE_SIZE = 10;
  var DELAY_MS = 150;

  var root = document.querySelector("[data-search]");
  if (!root) return;
  var form = root.querySelector("[data-search-form]");
  var input = form.querySelector("[name=q]");
  var country = form.querySelector("[name=country]");
  var status = root.querySelector("[data-search-status]");
  var list = root.querySelector("[data-search-results]");
  var more = root.querySelector("[data-search-more]");
  var crisis = root.querySelector("[data-search-crisis]");
  var elsewhere = root.querySelector("[data-search-elsewhere]");
  var suggestion = root.querySelector("[data-search-suggest]");
  var messages = JSON.parse(root.getAttribute("data-messages"));
  var words = window.siteText.words;
  var crisisPhrases = JSON.parse(root.getAttribute("data-crisis-words")).map(words);

  /* ── Crisis words: whole words, folded as everywhere (js/text.js) ──────── */
  function holdsCrisisWord(query) {
    var said = words(query);
    return crisisPhrases.some(function (phrase) {
      for (var start = 0; start + phrase.length <= said.length; start++) {
        if (phrase.every(function (word, i) { return said[start + i] === word; })) return true;
      }
      return false;
    });
  }

  /* The crisis block, and the quick exit above the page while it shows. */
  var exitBar = document.querySelector("[data-quick-exit-bar]");
  function showCrisis(show) {
    if (!crisis || crisis.hidden === !show) return;
    crisis.hidden = !show;
    if (exitBar) exitBar.hidden = !show;
  }

  /* ── Pagefind, loaded once ─────────────────────────────────────────────── */
  var loading = null;
  function pagefind() {
    if (!loading) {
      loading = import(root.getAttribute("data-bundle") + "pagefind.js").then(function (pf) {
        /* No worker: Pagefind would fetch its script before anything else, one round
           trip more on a first visit (0.6 s at 400 ms), to spare the page a search
           this site's small index does in milliseconds. */
        return Promise.resolve(pf.options({ baseUrl: root.getAttribute("data-base"),
                                             noWorker: true }))
          .then(function () { return pf; });
      });
    }
    return loading;
  }

  /* ── Searching ─────────────────────────────────────────────────────────── */
  var latest = 0;
  var results = [];
  var shown = 0;
  var query = "";
  var others = null;  // the search of the other countries' lines, not made yet

  function chosenFilters() {
    var filters = {};
    var type = form.querySelector("[name=type]:checked");
    if (type && type.value !== "all") filters.type = type.value;
    if (country && country.value) filters.country = country.value;
    return filters;
  }

  /* The countries whose lines come with the reading: the visitor's, the home
     country and any the query names, by their names in the index (the page's
     language). */
  function nearCountries(q) {
    var place = window.siteCountry;
    var data = place && place.readData();
    if (!data) return [];
    var said = " " + words(q).join(" ") + " ";
    var named = Object.keys(data.countries).filter(function (code) {
      return said.indexOf(" " + words(data.countries[code].name).join(" ") + " ") !== -1;
    });
    return [place.current, data.home].concat(named).filter(function (code, i, all) {
      return code && all.indexOf(code) === i;
    }).map(function (code) { return place.nameOf(data, code); });
  }

  /* The searches a query makes: the one the filters ask for, or, with none chosen,
     reading first and the near countries' lines after. The last one, if any, is what
     "other countries" adds. */
  function searchesFor(pf, q, filters) {
    var near = nearCountries(q);
    if (filters.type || filters.country || !near.length) {
      return { now: [pf.search(q, { filters: filters })], later: null };
    }
    return {
      now: [pf.search(q, { filters: { type: { any: ["article", "page"] } } }),
        pf.search(q, { filters: { type: "line", country: { any: near } } })],
      later: function () {
        return pf.search(q, { filters: { type: "line", country: { none: near } } });
      }
    };
  }

  function remember(q, filters) {
    var params = new URLSearchParams();
    if (q) params.set("q", q);
    Object.keys(filters).forEach(function (key) { params.set(key, filters[key]); });
    var search = params.toString();
    window.history.replaceState(null, "", search ? "?" + search : window.location.pathname);
  }

  function search() {
    var ticket = ++latest;
    var filters = chosenFilters();
    query = input.value.trim();
    remember(query, filters);
    var urgent = holdsCrisisWord(query);
    showCrisis(urgent);
    if (!query) {
      results = [];
      list.textContent = "";
      more.hidden = suggestion.hidden = true;
      if (elsewhere) elsewhere.hidden = true;
      status.textContent = "";
      return Promise.resolve();
    }
    status.textContent = messages.loading;
    var asked = null;
    return pagefind()
      .then(function (pf) {
        asked = searchesFor(pf, query, filters);
        return Promise.all(asked.now);
      })
      .then(function (found) {
        if (ticket !== latest) return null;
        results = found.reduce(function (all, one) { return all.concat(one.results); }, []);
        shown = 0;
        list.textContent = "";
        others = asked.later;
        /* The word list is asked for once the results are shown: on a slow link it
           would share the bandwidth with their text. */
        return showMore(ticket, urgent).then(function () { suggest(ticket, query); });
      })
      .catch(function () {
        if (ticket === latest) status.textContent = messages.failed;
      });
  }

  /* Each result is shown as soon as it and those above it have their text: the first
     does not wait for the tenth. */
  function showMore(ticket, urgent) {
    var next = results.slice(shown, shown + PAGE_SIZE);
    var shownInOrder = Promise.resolve();
    var items = next.map(function (result) {
      var data = result.data();
      shownInOrder = Promise.all([data, shownInOrder]).then(function (done) {
        if (ticket === latest) list.appendChild(resultItem(done[0]));
      });
      return data;
    });
    return Promise.all(items.concat([shownInOrder]))
      .then(function () {
        if (ticket !== latest) return;
        shown += next.length;
        more.hidden = shown >= results.length;
        if (elsewhere) elsewhere.hidden = !others || !more.hidden;
        var count = results.length === 0 ? messages.none :
          results.length === 1 ? messages.one : messages.count;
        status.textContent = (urgent ? messages.crisis + " " : "") +
          count.replace("{count}", String(results.length)).replace("{query}", query);
      });
  }

  /* ── Did you mean …? For a word the site never uses, the closest one it does
     (words.json, written at build time: each as the site spells it), one or two
     letters away once both are folded. ──────────────────────────────────── */
  var SHORTEST = 4;
  var vocabulary = null;
  function knownWords() {
    if (!vocabulary) {
      vocabulary = fetch(root.getAttribute("data-words"))
        .then(function (response) { return response.json(); })
        .then(function (spelled) {
          var list = spelled.map(function (word) { return words(word).join(""); });
          var spelling = {};
          list.forEach(function (folded, i) { spelling[folded] = spelled[i]; });
          return { list: list, set: new Set(list), spelling: spelling };
        });
    }
    return vocabulary;
  }

  /* Edits (insert, delete, change, swap two neighbours) from a to b, up to limit + 1. */
  function distance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    var rows = [];
    for (var i = 0; i <= a.length; i++) {
      rows.push([i]);
      for (var j = 1; j <= b.length; j++) {
        if (i === 0) { rows[0].push(j); continue; }
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        var best = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
          best = Math.min(best, rows[i - 2][j - 2] + 1);
        }
        rows[i].push(best);
      }
    }
    return rows[a.length][b.length];
  }

  function closest(word, known) {
    var limit = word.length <= 5 ? 1 : 2;
    var best = null;
    known.list.forEach(function (candidate) {
      var d = distance(word, candidate, limit);
      if (d <= limit && (!best || d < best.d)) best = { word: candidate, d: d };
    });
    return best && best.word;
  }

  function suggest(ticket, q) {
    suggestion.hidden = true;
    var asked = words(q);
    if (holdsCrisisWord(q) || !asked.some(function (w) { return w.length >= SHORTEST; })) {
      return;
    }
    knownWords().then(function (known) {
      if (ticket !== latest) return;
      suggestion.setAttribute("data-for", q);  // looked at, for whoever waits on it
      var changed = false;
      var better = asked.map(function (word) {
        if (word.length < SHORTEST || known.set.has(word)) return word;
        var near = closest(word, known);
        changed = changed || !!near;
        return near ? known.spelling[near] : word;
      });
      if (!changed) return;
      var link = suggestion.querySelector("[data-search-suggestion]");
      link.textContent = better.join(" ");
      link.href = "?q=" + encodeURIComponent(better.join(" "));
      suggestion.hidden = false;
    }).catch(function () { /* no suggestion: the results stand */ });
  }

  /* ── One result, built from text only ──────────────────────────────────── */
  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function excerpt(html) {
    var parsed = new DOMParser().parseFromString(html, "text/html").body;
    var out = element("p", "search-excerpt");
    parsed.childNodes.forEach(function (node) {
      out.appendChild(node.nodeName === "MARK" ? element("mark", "", node.textContent)
        : document.createTextNode(node.textContent));
    });
    return out;
  }

  function resultItem(item) {
    var meta = item.meta || {};
    var filters = item.filters || {};
    var type = (filters.type || [])[0];
    var li = element("li", "search-result");
    var heading = element("h2", "search-result-title");
    var link = element("a", "", meta.title || item.url);
    link.href = item.url.charAt(0) === "/" ? item.url : "#";
    heading.appendChild(link);
    li.appendChild(heading);
    var about = [messages[type], meta.country, meta.kind || (filters.category || [])[0]];
    li.appendChild(element("p", "search-result-about", about.filter(Boolean).join(" · ")));
    li.appendChild(excerpt(item.excerpt || ""));
    if (meta.dial) {
      var call = element("a", "hub-call", messages.call.replace("{number}", meta.number));
      call.href = "tel:" + meta.dial;
      var line = element("p", "search-result-call");
      line.appendChild(call);
      li.appendChild(line);
    }
    return li;
  }

  /* ── Wiring ────────────────────────────────────────────────────────────── */
  var timer = 0;
  function soon() {
    window.clearTimeout(timer);
    timer = window.setTimeout(search, DELAY_MS);
  }

  var params = new URLSearchParams(window.location.search);
  input.value = params.get("q") || "";
  var typeChoice = form.querySelector("[name=type][value='" +
    (params.get("type") || "").replace(/[^a-z]/g, "") + "']");
  if (typeChoice) typeChoice.checked = true;
  if (country) country.value = params.get("country") || "";
  if (country && country.selectedIndex < 0) country.value = "";
  if (Object.keys(chosenFilters()).length) {
    root.querySelector("[data-search-filters]").open = true;
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    window.clearTimeout(timer);
    search();
  });
  form.addEventListener("change", function (event) {
    if (event.target !== input) search();
  });
  /* Focus fetches Pagefind and its WebAssembly; each keystroke the index chunks of the
     words so far, while the pause before searching runs. */
  input.addEventListener("input", function () {
    var typed = input.value.trim();
    if (typed) pagefind().then(function (pf) { return pf.preload(typed); })
      .catch(function () {});
    soon();
  });
  input.addEventListener("focus", function () {
    pagefind().then(function (pf) { return pf.init(); }).catch(function () {});
  });
  suggestion.querySelector("[data-search-suggestion]").addEventListener("click",
    function (event) {
      event.preventDefault();
      input.value = event.target.textContent;
      search();
    });
  if (elsewhere) {
    elsewhere.addEventListener("click", function () {
      var ticket = latest;
      var first = list.children.length;
      var asking = others;
      others = null;
      asking().then(function (found) {
        if (ticket !== latest) return null;
        results = results.concat(found.results);
        return showMore(ticket, holdsCrisisWord(query));
      }).then(function () {
        var link = list.children[first] && list.children[first].querySelector("a");
        if (link) link.focus();
      });
    });
  }
  more.addEventListener("click", function () {
    var first = list.children.length;
    showMore(latest, holdsCrisisWord(query)).then(function () {
      var link = list.children[first] && list.children[first].querySelector("a");
      if (link) link.focus();
    });
  });
  root.querySelector("[data-search-nojs]").hidden = true;
  window.siteSearch = { holdsCrisisWord: holdsCrisisWord, search: search };
  if (input.value) search();
})();
