/* The visitor's country for emergency numbers: the choice kept on this device, else a
   guess from the browser's time zone, then its languages, else the site's home country.
   Shared by the emergency hub and the search page; nothing leaves the device.
   `data` is the page's #hub-data: {home, countries: {code: {zones, …}}}. */
(function () {
  "use strict";

  var STORE_KEY = "hub-country";

  /* The stored code, "" for "all countries", or null when nothing usable is stored. */
  function stored(data) {
    var value = null;
    try { value = window.localStorage.getItem(STORE_KEY); } catch (e) { /* private mode */ }
    return value !== null && (value === "" || data.countries[value]) ? value : null;
  }

  function guess(data) {
    var zone = "";
    try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone || ""; } catch (e) { /* old */ }
    for (var code in data.countries) {
      if (data.countries[code].zones.indexOf(zone) !== -1) return code;
    }
    var languages = navigator.languages || [navigator.language || ""];
    for (var i = 0; i < languages.length; i++) {
      var region = (languages[i].split("-")[1] || "").toUpperCase();
      if (data.countries[region]) return region;
    }
    return data.home;
  }

  function remember(code) {
    try { window.localStorage.setItem(STORE_KEY, code); } catch (e) { /* private mode */ }
  }

  window.siteCountry = { stored: stored, guess: guess, remember: remember };
})();
