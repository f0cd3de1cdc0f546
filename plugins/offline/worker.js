/* The site's service worker, written to the site's root by the offline plugin.
   It keeps the emergency help, the crisis plan, the offline page and everything they
   load in one cache named after their content, so a deploy that changes any of them
   replaces the cache and deletes the old one. Kept pages: the network if it answers
   within CONFIG.timeout ms with a good response (a 404 or 5xx counts as no answer),
   else the copy. Other pages: the network, else the offline page; no copy is kept of
   them (the Privacy page lists what is kept). Files the kept pages load: the copy
   first. Never touched: other origins, other methods than GET, and CONFIG.skip (the
   search index). */
"use strict";

var CONFIG = __CONFIG__;

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(CONFIG.cache)
    .then(function (cache) { return cache.addAll(CONFIG.precache); })
    .then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name.indexOf(CONFIG.prefix) === 0 && name !== CONFIG.cache;
    }).map(function (name) { return caches.delete(name); }));
  }).then(function () { return self.clients.claim(); }));
});

function handled(request, url) {
  return request.method === "GET" && url.origin === self.location.origin &&
    !CONFIG.skip.some(function (path) { return url.pathname.indexOf(path) === 0; });
}

function keep(path, response) {
  if (response.ok && response.type === "basic") {
    var copy = response.clone();
    caches.open(CONFIG.cache).then(function (cache) { return cache.put(path, copy); });
  }
  return response;
}

function copyOr(path, otherwise) {
  return caches.match(path).then(function (hit) { return hit || otherwise(); });
}

/* The offline page in the language of the page asked for: the longest prefix wins. */
function offlinePage(path) {
  var prefix = Object.keys(CONFIG.offline).filter(function (start) {
    return path.indexOf(start) === 0;
  }).sort(function (a, b) { return b.length - a.length; })[0];
  return caches.match(CONFIG.offline[prefix]).then(function (hit) {
    return hit || new Response("Offline", { status: 503, headers: { "Content-Type": "text/plain" } });
  });
}

function page(request, url) {
  if (CONFIG.precache.indexOf(url.pathname) === -1) {
    return fetch(request).catch(function () { return offlinePage(url.pathname); });
  }
  var network = fetch(request).then(function (response) {
    if (!response.ok) throw new Error("HTTP " + response.status);  /* the copy is better */
    return keep(url.pathname, response);
  });
  var fallback = function () {
    return copyOr(url.pathname, function () { return offlinePage(url.pathname); });
  };
  var slow = new Promise(function (resolve) { setTimeout(resolve, CONFIG.timeout); });
  return Promise.race([network, slow])
    .then(function (response) { return response || fallback(); })
    .catch(fallback);
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (!handled(request, url)) return;
  if (request.mode === "navigate") {
    event.respondWith(page(request, url));
  } else {
    event.respondWith(copyOr(url.pathname, function () { return fetch(request); }));
  }
});
