"""What the hub publishes: countries, each with its lines."""

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from types import SimpleNamespace

from sitecore.phones import Number


@dataclass(frozen=True)
class SourceDate:
    """The date a source shows, as precise as it shows it: a year, a month or a day."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def first_day(self):
        """The earliest day it can mean: a month counts from its first day."""
        return date(self.year, self.month or 1, self.day or 1)

    @property
    def iso(self):
        """"2021", "2021-11" or "2021-11-30", as HTML's <time datetime> takes it."""
        parts = [f"{self.year:04d}"] + [f"{n:02d}" for n in (self.month, self.day) if n]
        return "-".join(parts)


@dataclass
class Resource:
    """One line: a number, a text line or a website, with its evidence."""

    country: str
    name: str
    kind: str
    anchor: str                     # id of the entry on the page: "lb-embrace-lifeline"
    description: str
    source: str
    source_date: SourceDate | None  # the date the source shows; None when it is undated
    stale: bool                     # source older than the allowed age or undated, unconfirmed
    confirmed: date | None = None   # the practice's own check of the line
    confirmed_by: str | None = None  # how: "called the line", "operator's page <url>"
    phone: Number | None = None
    sms: Number | None = None
    sms_keyword: str | None = None  # the word to send: "Text SHOUT to 85258"
    phone_letters: str | None = None  # the number as advertised in letters: "800-SAKINA"
    website: str | None = None
    region: str | None = None
    hours: str | None = None        # as written: "24/7", "Sat-Thu 08:00-18:00"
    hours_reported: str | None = None  # who reported the hours, and when: "RFI, Dec 2021"
    intervals: list = field(default_factory=list)  # open minutes of the week, see hours.py
    timezone: str | None = None     # IANA zone the hours are in
    languages: list = field(default_factory=list)
    free: bool | None = None
    translations: dict = field(default_factory=dict)  # {lang: {name, description, hours}}

    def text(self, lang):
        """The line's name, description and hours in `lang`; `english` lists the fields
        that fall back to English because no translation was given."""
        given = self.translations.get(lang, {})
        english = [] if lang == "en" else [
            key for key in ("name", "description") if key not in given]
        return SimpleNamespace(name=given.get("name", self.name),
                               description=given.get("description", self.description),
                               hours=given.get("hours", self.hours), english=english)


@dataclass
class Country:
    """One data file: a country (or the EU) and its lines in file order."""

    code: str
    name: str
    emergency_number: Number
    resources: list
    source_file: str

    def by_kind(self, kinds):
        """(kind, resources) for each kind that has lines, in the order of `kinds`."""
        groups = [(kind, [r for r in self.resources if r.kind == kind]) for kind in kinds]
        return [(kind, items) for kind, items in groups if items]

    def phones(self, kind):
        """The lines of `kind` that have a phone number, in file order."""
        return [r for r in self.resources if r.kind == kind and r.phone]

    @cached_property
    def emergency_line(self):
        """The line whose phone is the country's emergency number."""
        return next(r for r in self.resources
                    if r.phone and r.phone.dial == self.emergency_number.dial)

    @cached_property
    def support_line(self):
        """The crisis or emotional-support line the banner offers beside the emergency
        number: the first crisis line, else the first text line; None when neither."""
        for kind in SUPPORT_KINDS:
            line = next((r for r in self.resources if r.kind == kind and (r.phone or r.sms)),
                        None)
            if line:
                return line
        return None

    @cached_property
    def elsewhere(self):
        """When the emergency number serves some regions only: the emergency services
        that serve the rest of the country (lines of those kinds without a region)."""
        if not self.emergency_line.region:
            return []
        return [r for r in self.resources if r.kind in SERVICE_KINDS and r.phone
                and not r.region and r is not self.emergency_line]


SUPPORT_KINDS = ("crisis-line", "text-line")
SERVICE_KINDS = ("emergency", "police", "ambulance", "fire")


def _call(line, lang):
    """What a page's script needs to show one line as a button."""
    number = line.phone or line.sms
    text = line.text(lang)
    return {"name": text.name, "english": "name" in text.english, "number": number.display,
            "dial": number.dial, "sms": not line.phone,
            "keyword": line.sms_keyword if not line.phone else None}


@dataclass
class Hub:
    """Every country, the home country first, then the others by name."""

    countries: list
    home: str
    fallback: dict = field(default_factory=dict)  # {numbers, source}: where we list none
    quick_exit_url: str = ""        # where "Leave this site" goes

    def country(self, code):
        return next((c for c in self.countries if c.code == code), None)

    def script_data(self, crisis_lines=False, name_of=None, lang="en", zones=None):
        """What a page's script needs to pick a country and show its numbers: names,
        numbers, the emergency line's region, the support line; `zones` maps every
        time zone to its country; with `crisis_lines`, each country's crisis lines
        that have a phone. `name_of(code)` names the countries, `lang` the lines."""
        countries = {}
        for c in self.countries:
            line = c.emergency_line
            entry = {"name": name_of(c.code) if name_of else c.name,
                     "number": c.emergency_number.display, "dial": c.emergency_number.dial,
                     "label": _call(line, lang), "region": line.region,
                     "elsewhere": [_call(r, lang) for r in c.elsewhere],
                     "support": _call(c.support_line, lang) if c.support_line else None}
            if crisis_lines:
                entry["crisis"] = [_call(r, lang) for r in c.phones("crisis-line")]
            countries[c.code] = entry
        return {"home": self.home, "zones": zones or {}, "countries": countries,
                "fallback": self.fallback.get("numbers", [])}
