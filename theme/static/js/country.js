/* The visitor's country for emergency numbers, and the crisis banner that shows its
   numbers: one implementation for the emergency hub, the search page's crisis block,
   the crisis plan and the offline page. Nothing leaves the device.

   The country is the one picked on this device, else the country of the browser's
   time zone (every IANA zone maps to one country; the browser's language never picks
   a country), else the site's home country. A country we list no numbers for is named
   with the mobile fallback (112 and 911) instead of another country's number.
   `data` is the page's #hub-data: {home, zones: {zone: code}, countries: {code: {…}}}. */
(function () {
  "use strict";

  var STORE_KEY = "hub-country";
  var CODE = /^[A-Z]{2}$/;

  function isCountry(data, code) {
    if (data.countries[code]) return true;
    for (var zone in data.zones) if (data.zones[zone] === code) return true;
    return false;
  }

  /* The code picked on this device, or null when none (or an unusable one) is kept. */
  function stored(data) {
    var value = null;
    try { value = window.localStorage.getItem(STORE_KEY); } catch (e) { /* private mode */ }
    return value && CODE.test(value) && isCountry(data, value) ? value : null;
  }

  function remember(code) {
    try { window.localStorage.setItem(STORE_KEY, code); } catch (e) { /* private mode */ }
  }

  /* The browser's IANA time zone, or "" when it gives none. */
  function zone() {
    try { return Intl.DateTimeFormat().resolvedOptions().timeZone || ""; } catch (e) { return ""; }
  }

  /* {code, from}: from "stored", "zone" or "home". */
  function choose(data) {
    var kept = stored(data);
    if (kept) return { code: kept, from: "stored" };
    var code = data.zones[zone()];
    if (code) return { code: code, from: "zone" };
    return { code: data.home, from: "home" };
  }

  function lang() {
    return document.documentElement.lang || "en";
  }

  /* The country's name in the page's language: ours for listed countries, the
     browser's (Intl.DisplayNames) for the others. */
  function nameOf(data, code) {
    if (data.countries[code]) return data.countries[code].name;
    try { return new Intl.DisplayNames([lang()], { type: "region" }).of(code); } catch (e) {
      return code;
    }
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, key) {
      return key in values ? values[key] : all;
    });
  }

  /* A line of #hub-data ({name, number, dial, sms, keyword}) as a tel: or sms: address,
     and as the words of its button. */
  function lineHref(line) {
    if (!line.sms) return "tel:" + line.dial;
    return "sms:" + line.dial + (line.keyword ? "?body=" + encodeURIComponent(line.keyword) : "");
  }

  function lineAction(line, messages) {
    var values = { number: line.number, keyword: line.keyword };
    if (!line.sms) return fill(messages.call, values);
    return fill(line.keyword ? messages.keyword : messages.text, values);
  }

  /* Marks a line's name as English where it is not translated into the page's language. */
  function markLanguage(element, line) {
    if (line && line.english && lang() !== "en") element.setAttribute("lang", "en");
    else element.removeAttribute("lang");
  }

  function setButton(button, href, action, line) {
    var name = button.querySelector("[data-call-name]");
    button.href = href;
    button.querySelector("[data-call-action]").textContent = action;
    name.textContent = line.name;
    markLanguage(name, line);
  }

  /* Shows `code`'s numbers in a crisis banner (partials/crisis_banner.html). */
  function showBanner(banner, data, code) {
    var messages = JSON.parse(banner.getAttribute("data-messages"));
    var country = data.countries[code];
    var name = nameOf(data, code);
    banner.querySelector("[data-crisis-place]").textContent = name;
    banner.querySelector("[data-crisis-listed]").hidden = !country;
    banner.querySelector("[data-crisis-unlisted]").hidden = !!country;
    if (!country) {
      banner.querySelector("[data-crisis-unlisted-title]").textContent =
        fill(messages.unlistedTitle, { country: name });
      return;
    }
    setButton(banner.querySelector("[data-crisis-call]"), "tel:" + country.dial,
      fill(messages.call, { number: country.number }), country.label);
    var region = banner.querySelector("[data-crisis-region]");
    region.textContent = country.region || "";
    region.hidden = !country.region;

    var elsewhere = banner.querySelector("[data-crisis-elsewhere]");
    elsewhere.hidden = country.elsewhere.length === 0;
    elsewhere.querySelector("[data-crisis-elsewhere-title]").textContent =
      fill(messages.elsewhere, { country: name });
    var calls = elsewhere.querySelector("[data-crisis-elsewhere-calls]");
    calls.textContent = "";
    country.elsewhere.forEach(function (line) {
      var link = document.createElement("a");
      link.href = lineHref(line);
      link.dir = "auto";
      link.textContent = line.number + " · " + line.name;
      markLanguage(link, line);
      calls.appendChild(link);
    });

    var support = country.support;
    banner.querySelector("[data-crisis-support-item]").hidden = !support;
    if (support) {
      setButton(banner.querySelector("[data-crisis-line]"), lineHref(support),
        lineAction(support, messages), support);
    }
    var none = banner.querySelector("[data-crisis-nosupport]");
    none.hidden = !!support;
    none.textContent = support ? "" : fill(messages.noSupport, { country: name });
  }

  /* The banner's picker: the chosen country selected (a country we do not list gets
     an option of its own), a note saying how it was chosen, the choice kept. */
  function setUpPicker(banner, data, choice) {
    var picker = banner.querySelector("[data-crisis-picker]");
    var select = picker.querySelector("select");
    var note = picker.querySelector("[data-crisis-guess]");
    var messages = JSON.parse(banner.getAttribute("data-messages"));
    if (!data.countries[choice.code]) {
      var option = document.createElement("option");
      option.value = choice.code;
      option.textContent = fill(messages.unlisted, { country: nameOf(data, choice.code) });
      select.insertBefore(option, select.firstChild);
    }
    select.value = choice.code;
    if (choice.from !== "stored") {
      note.textContent = note.getAttribute(choice.from === "zone" ? "data-zone" : "data-home");
      note.hidden = false;
      select.setAttribute("aria-describedby", note.id);
    }
    picker.hidden = false;
    select.addEventListener("change", function () {
      remember(select.value);
      note.hidden = true;
      select.removeAttribute("aria-describedby");
      api.current = select.value;
      showBanner(banner, data, select.value);
      document.dispatchEvent(new CustomEvent("sitecountry", { detail: select.value }));
    });
  }

  function readData() {
    var node = document.getElementById("hub-data");
    return node ? JSON.parse(node.textContent) : null;
  }

  var api = {
    stored: stored, remember: remember, choose: choose, nameOf: nameOf, fill: fill,
    lineHref: lineHref, lineAction: lineAction, readData: readData, current: null
  };
  window.siteCountry = api;

  var data = readData();
  if (!data) return;
  var choice = choose(data);
  api.current = choice.code;
  var banner = document.querySelector("[data-crisis-banner]");
  if (banner) {
    setUpPicker(banner, data, choice);
    showBanner(banner, data, choice.code);
  }
})();
