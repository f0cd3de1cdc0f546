"""Opening hours: "24/7", or "Mon-Fri 08:30-17:00; Sat 09:00-13:00".

Shared by the emergency hub and the WhatsApp widget. A schedule becomes intervals
of minutes of the week (Monday 00:00 is 0), the form the pages' scripts check
against the time in the line's or contact's time zone. A range
ending at or before its start runs past midnight into the next day; day ranges
may wrap ("Sat-Thu").
"""

import re

ALWAYS = "24/7"
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_WORDS = {"daily": range(7), "weekdays": range(5), "weekends": range(5, 7)}
WEEK = 7 * 24 * 60

_SEGMENT = re.compile(
    r"^(?P<days>[A-Za-z ,\-]+?)\s+(?P<start>\d{2}:\d{2})\s*-\s*(?P<end>\d{2}:\d{2})$")


class HoursError(ValueError):
    """The text is neither "24/7" nor a schedule."""


def _day(word):
    try:
        return DAYS.index(word.strip().lower()[:3]) if len(word.strip()) >= 3 else None
    except ValueError:
        return None


def _days(text):
    """Day numbers (0 = Monday) named by "Daily", "Mon-Fri", "Sat-Thu", "Mon, Wed"."""
    days = []
    for part in text.split(","):
        word = part.strip().lower()
        if word in DAY_WORDS:
            days.extend(DAY_WORDS[word])
            continue
        first, _, last = word.partition("-")
        start, end = _day(first), _day(last) if last else _day(first)
        if start is None or end is None:
            raise HoursError(f"unknown day {part.strip()!r}")
        days.extend((start + step) % 7 for step in range((end - start) % 7 + 1))
    return days


def _minutes(clock):
    hours, minutes = (int(part) for part in clock.split(":"))
    if hours > 24 or minutes > 59 or (hours == 24 and minutes):
        raise HoursError(f"no such time {clock!r}")
    return hours * 60 + minutes


def parse_hours(text):
    """Intervals [(start, end), ...] in minutes of the week; [(0, WEEK)] for 24/7."""
    text = text.strip()
    if text == ALWAYS:
        return [(0, WEEK)]
    intervals = []
    for segment in filter(None, (part.strip() for part in text.split(";"))):
        match = _SEGMENT.match(segment)
        if not match:
            raise HoursError(f"cannot read {segment!r}")
        start, end = _minutes(match["start"]), _minutes(match["end"])
        length = (end - start) % (24 * 60) or 24 * 60
        for day in _days(match["days"]):
            begin = day * 24 * 60 + start
            intervals.extend(_wrap(begin, begin + length))
    if not intervals:
        raise HoursError("no days and times")
    return sorted(intervals)


def _wrap(begin, finish):
    """One interval, split in two where it runs past Sunday midnight."""
    if finish <= WEEK:
        return [(begin, finish)]
    return [(begin, WEEK), (0, finish - WEEK)]


def hours_in(text, lang):
    """The hours as a reader of `lang` writes them: day names from CLDR ("lun.–ven.
    09:00–17:00"); "24/7" is read the same everywhere. `text` must parse."""
    from babel.dates import get_day_names  # only the pages need it

    text = text.strip()
    if text == ALWAYS:
        return ALWAYS
    names = get_day_names("abbreviated", locale=lang)
    arabic_script = lang.split("-")[0] in ("ar", "fa", "ur")
    comma, semicolon = ("، ", "؛ ") if arabic_script else (", ", "; ")
    written = []
    for segment in filter(None, (part.strip() for part in text.split(";"))):
        match = _SEGMENT.match(segment)
        runs = []
        for day in _days(match["days"]):
            if runs and day == runs[-1][-1] + 1:
                runs[-1].append(day)
            else:
                runs.append([day])
        days = comma.join(names[run[0]] if len(run) == 1
                          else f"{names[run[0]]}–{names[run[-1]]}" for run in runs)
        written.append(f"{days} {match['start']}–{match['end']}")
    return semicolon.join(written)
