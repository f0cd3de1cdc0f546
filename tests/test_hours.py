"""Opening hours: what the page's "open now" relies on, around midnight and week ends."""

import pytest
from sitecore.hours import WEEK, HoursError, parse_hours

MON, TUE, FRI, SAT, SUN = 0, 1, 4, 5, 6


def is_open(intervals, minute):
    """How the pages' scripts read the intervals: open when start <= minute < end."""
    return any(start <= minute < end for start, end in intervals)


def at(day, clock):
    hours, minutes = map(int, clock.split(":"))
    return day * 1440 + hours * 60 + minutes


def test_round_the_clock_is_always_open():
    assert parse_hours("24/7") == [(0, WEEK)]
    assert is_open(parse_hours("24/7"), at(SUN, "23:59"))


@pytest.mark.parametrize(("moment", "expected"), [
    (at(MON, "08:29"), False), (at(MON, "08:30"), True), (at(FRI, "16:59"), True),
    (at(FRI, "17:00"), False), (at(SAT, "10:00"), True), (at(SAT, "13:00"), False),
    (at(SUN, "10:00"), False),
])
def test_weekdays_and_saturday_morning(moment, expected):
    assert is_open(parse_hours("Mon-Fri 08:30-17:00; Sat 09:00-13:00"), moment) is expected


def test_a_day_range_may_wrap_round_the_week():
    hours = parse_hours("Sat-Thu 08:00-18:00")
    assert is_open(hours, at(SUN, "09:00")) and is_open(hours, at(SAT, "09:00"))
    assert not is_open(hours, at(FRI, "09:00"))


@pytest.mark.parametrize(("moment", "expected"), [
    (at(MON, "21:59"), False), (at(MON, "22:00"), True), (at(TUE, "01:59"), True),
    (at(TUE, "02:00"), False),
])
def test_hours_past_midnight_run_into_the_next_day(moment, expected):
    assert is_open(parse_hours("Mon 22:00-02:00"), moment) is expected


def test_sunday_night_runs_into_monday_morning():
    hours = parse_hours("Sun 20:00-06:00")
    assert is_open(hours, at(SUN, "23:00")) and is_open(hours, at(MON, "05:59"))
    assert not is_open(hours, at(MON, "06:00"))


def test_daily_until_midnight_and_named_days():
    assert is_open(parse_hours("Daily 09:00-24:00"), at(TUE, "23:59"))
    assert not is_open(parse_hours("Weekdays 07:00-23:00"), at(SAT, "12:00"))
    assert is_open(parse_hours("Mon, Wed 10:00-12:00"), at(2, "11:00"))


@pytest.mark.parametrize("text", [
    "Mon-Fri 8-5", "Funday 08:00-10:00", "Mon 25:00-26:00", "open in the morning", "",
    "Daily 24:30-01:00",
])
def test_unreadable_hours_are_refused(text):
    with pytest.raises(HoursError):
        parse_hours(text)
