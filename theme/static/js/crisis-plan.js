/* The crisis plan: what is typed is kept in this browser's localStorage as it is typed
   and put back on return; "Erase everything" removes it after a confirmation. The
   lines to call follow the visitor's country (js/country.js). Nothing is sent anywhere. */
(function () {
  "use strict";

  var STORE_KEY = "crisis-plan";

  var root = document.querySelector("[data-plan]");
  if (!root) return;
  var fields = Array.prototype.slice.call(root.querySelectorAll("[data-plan-field]"));
  var status = root.querySelector("[data-plan-status]");

  function read() {
    try {
      return JSON.parse(window.localStorage.getItem(STORE_KEY) || "{}") || {};
    } catch (e) {
      return {};  /* private mode, or not ours */
    }
  }

  function write(plan) {
    try {
      window.localStorage.setItem(STORE_KEY, JSON.stringify(plan));
      return true;
    } catch (e) {
      return false;
    }
  }

  /* The printed copy of a field: its text, or an empty box to write in by hand. */
  function mirror(field) {
    root.querySelector("[data-plan-print-copy='" + field.name + "']").textContent = field.value;
  }

  function save() {
    var plan = {};
    fields.forEach(function (field) {
      if (field.value) plan[field.name] = field.value;
    });
    if (write(plan)) status.textContent = status.getAttribute("data-saved");
  }

  function erase() {
    if (!window.confirm(root.querySelector("[data-plan-erase]").getAttribute("data-confirm"))) {
      return;
    }
    try { window.localStorage.removeItem(STORE_KEY); } catch (e) { /* nothing stored */ }
    fields.forEach(function (field) {
      field.value = "";
      mirror(field);
    });
    status.textContent = status.getAttribute("data-erased");
  }

  /* The emergency number and crisis lines of the visitor's country (js/country.js);
     where we list none, the mobile emergency number. */
  function showLines() {
    var picker = window.siteCountry;
    var data = picker && picker.readData();
    if (!data || picker.current === data.home) return;
    var code = picker.current;
    var country = data.countries[code];
    var call = JSON.parse(document.getElementById("plan-messages").textContent).call;
    var list = root.querySelector("[data-plan-lines]");
    var emergency = list.querySelector("[data-plan-emergency]");
    var number = country ? country.number : data.fallback[0];
    emergency.href = "tel:" + (country ? country.dial : number);
    emergency.textContent = call.replace("{number}", number);
    list.querySelector("[data-crisis-place]").textContent = picker.nameOf(data, code);
    list.querySelectorAll("[data-plan-crisis]").forEach(function (item) { item.remove(); });
    (country ? country.crisis : []).forEach(function (line) {
      var item = document.createElement("li");
      item.setAttribute("data-plan-crisis", "");
      var link = document.createElement("a");
      link.className = "hub-call";
      link.href = picker.lineHref(line);
      link.textContent = call.replace("{number}", line.number);
      item.appendChild(document.createTextNode(line.name + ": "));
      item.appendChild(link);
      list.appendChild(item);
    });
  }

  var plan = read();
  fields.forEach(function (field) {
    if (typeof plan[field.name] === "string") field.value = plan[field.name];
    mirror(field);
    field.addEventListener("input", function () {
      mirror(field);
      save();
    });
  });
  root.querySelector("[data-plan-erase]").addEventListener("click", erase);
  root.querySelector("[data-plan-print]").addEventListener("click", function () {
    window.print();
  });
  root.querySelector("[data-plan-actions]").hidden = false;
  root.querySelector("[data-plan-nojs]").hidden = true;
  showLines();
})();
