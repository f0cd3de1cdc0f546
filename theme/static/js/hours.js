/* Opening hours, as the plugins write them (publisher's hours grammar): intervals of
   minutes of the week, Monday 00:00 = 0, checked in the line's or contact's own time
   zone. Used by the emergency hub ("open now") and the WhatsApp panel. */
(function () {
  "use strict";

  var WEEK = 7 * 1440;
  var DAYS = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };

  /* The minute of the week of `date` in the IANA time zone `zone`. */
  function minuteOfWeek(date, zone) {
    var parts = {};
    new Intl.DateTimeFormat("en-GB", {
      timeZone: zone, weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23"
    }).formatToParts(date).forEach(function (p) { parts[p.type] = p.value; });
    return DAYS[parts.weekday] * 1440 + Number(parts.hour) * 60 + Number(parts.minute);
  }

  function isOpen(intervals, minute) {
    return intervals.some(function (span) { return span[0] <= minute && minute < span[1]; });
  }

  /* The minute of the week at which the next interval starts, after `minute`. */
  function nextOpening(intervals, minute) {
    var waits = intervals.map(function (span) {
      return (span[0] - minute + WEEK) % WEEK || WEEK;
    });
    return (minute + Math.min.apply(null, waits)) % WEEK;
  }

  window.siteHours = { minuteOfWeek: minuteOfWeek, isOpen: isOpen, nextOpening: nextOpening };
})();
