/* The search page: results as the visitor types, from Pagefind's bundle, which is
   loaded on the first search or when the field gets focus, never before. A query
   holding a crisis word shows the emergency block first. Result text is inserted
   as text: only Pagefind's <mark> survives from an excerpt. */
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
        return Promise.resolve(pf.options({ baseUrl: root.getAttribute("data-base") }))
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

  function chosenFilters() {
    var filters = {};
    var type = form.querySelector("[name=type]:checked");
    if (type && type.value !== "all") filters.type = type.value;
    if (country && country.value) filters.country = country.value;
    return filters;
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
      more.hidden = true;
      status.textContent = "";
      return Promise.resolve();
    }
    status.textContent = messages.loading;
    return pagefind()
      .then(function (pf) { return pf.search(query, { filters: filters }); })
      .then(function (found) {
        if (ticket !== latest) return null;
        results = found.results;
        shown = 0;
        list.textContent = "";
        return showMore(ticket, urgent);
      })
      .catch(function () {
        if (ticket === latest) status.textContent = messages.failed;
      });
  }

  function showMore(ticket, urgent) {
    var next = results.slice(shown, shown + PAGE_SIZE);
    return Promise.all(next.map(function (result) { return result.data(); }))
      .then(function (items) {
        if (ticket !== latest) return;
        items.forEach(function (item) { list.appendChild(resultItem(item)); });
        shown += items.length;
        more.hidden = shown >= results.length;
        var count = results.length === 0 ? messages.none :
          results.length === 1 ? messages.one : messages.count;
        status.textContent = (urgent ? messages.crisis + " " : "") +
          count.replace("{count}", String(results.length)).replace("{query}", query);
      });
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
  input.addEventListener("input", soon);
  input.addEventListener("focus", function () { pagefind().catch(function () {}); });
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
