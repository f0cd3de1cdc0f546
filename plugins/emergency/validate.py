"""Checking one data file against the format of SPEC §6, every problem at once.

`check_file` returns the country it could read, the problems (errors: the build
fails) and the notes (warnings: stale or undated evidence, local codes the
phone library does not know). Each names the file, the entry and the field.
"""

import difflib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

import yaml
from babel import Locale
from babel.core import get_global
from sitecore.hours import ALWAYS, HoursError, parse_hours
from sitecore.languages import is_language
from sitecore.phones import NumberError, read_number
from sitecore.yamlfile import describe_yaml_error, read_yaml

from .model import Country, Resource, SourceDate
from .settings import KINDS

FILE_FIELDS = ("country", "emergency_number", "resources")
REQUIRED = ("name", "kind", "description", "source", "source_date")
PUBLISHED_AS_IS = ("name", "kind", "description", "source")  # needed to build a Resource
OPTIONAL = ("phone", "phone_letters", "sms", "sms_keyword", "website", "region", "hours",
            "hours_reported", "timezone", "languages", "free", "confirmed", "confirmed_by",
            "translations")
KEYPAD = {letter: str(digit) for digit, letters in enumerate(
    ("", "", "ABC", "DEF", "GHI", "JKL", "MNO", "PQRS", "TUV", "WXYZ")) for letter in letters}
TRANSLATED = ("name", "description", "hours")  # what `translations` may give per language
ENGLISH = Locale("en")
ZONES = get_global("territory_zones")
KNOWN_ZONES = get_global("zone_territories")


@dataclass(frozen=True)
class Report:
    """One problem or note about one field of one entry of one file."""

    file: str
    entry: str
    field: str
    message: str
    stale: bool = False             # a note about old or undated evidence

    def __str__(self):
        return f"emergency: {self.file}: {self.entry}: {self.field}: {self.message}"


class Invalid(ValueError):
    """A field's value is wrong; the message says what was expected."""


def _found(value):
    text = "nothing" if value is None else repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def check_file(path, shown_as, settings, today):
    """(country or None, problems, notes) for the data file at `path`."""
    check = FileCheck(shown_as, settings, today)
    return check.run(path), check.problems, check.notes


class FileCheck:
    """The checks of one file, collecting every problem and note on the way."""

    def __init__(self, shown_as, settings, today):
        self.shown_as, self.settings, self.today = shown_as, settings, today
        self.problems, self.notes = [], []
        self.code, self.regions, self.names = None, [], set()

    def problem(self, entry, field, expected, found):
        self.problems.append(
            Report(self.shown_as, entry, field, f"expected {expected}, found {found}"))

    def note(self, entry, field, message, stale=False):
        self.notes.append(Report(self.shown_as, entry, field, message, stale))

    def run(self, path):
        try:
            data = read_yaml(path)
        except yaml.YAMLError as exc:
            where, what = describe_yaml_error(exc)
            self.problem(where, "yaml", "valid YAML", what)
            return None
        if not isinstance(data, dict):
            self.problem("whole file", "yaml", "a mapping with country, emergency_number "
                         "and resources", _found(data))
            return None

        for key in data:
            if key not in FILE_FIELDS:
                self.problem("whole file", key, _one_of(key, FILE_FIELDS), "an unknown field")
        self.code = self.country(data.get("country"), path)
        if self.code:
            self.regions = list(self.settings.regions.get(self.code, (self.code,)))

        entries = data.get("resources")
        if not isinstance(entries, list) or not entries:
            self.problem("whole file", "resources", "a list of lines", _found(entries))
            entries = []
        resources = []
        for index, entry in enumerate(entries):
            resource = self.entry(entry, index)
            if resource:
                resource.anchor = _unique(resource.anchor, {r.anchor for r in resources})
                resources.append(resource)

        emergency = self.emergency_number(data.get("emergency_number"), resources)
        if self.problems or not self.code:
            return None
        return Country(code=self.code, name=ENGLISH.territories.get(self.code, self.code),
                       emergency_number=emergency, resources=resources,
                       source_file=self.shown_as)

    def country(self, value, path):
        stem = path.rsplit("/", 1)[-1].split(".")[0].upper()
        known = value in self.settings.regions or (
            isinstance(value, str) and value in ZONES and value in ENGLISH.territories)
        if not isinstance(value, str) or not re.fullmatch(r"[A-Z]{2}", value) or not known:
            self.problem("whole file", "country", "an ISO 3166-1 alpha-2 code such as LB",
                         _found(value))
            return None
        if value != stem:
            self.problem("whole file", "country", f"{stem}, as the file name says",
                         _found(value))
            return None
        return value

    def emergency_number(self, value, resources):
        if not self.regions:
            return None
        try:
            number, _ = read_number(value, self.regions)
        except NumberError as exc:
            self.problem("whole file", "emergency_number", str(exc), _found(value))
            return None
        # A line that failed its own checks is missing here: say nothing more about it.
        lines_failed = any(p.entry != "whole file" for p in self.problems)
        if not lines_failed and not any(r.phone and r.phone.dial == number.dial
                                        for r in resources):
            self.problem("whole file", "emergency_number",
                         "the phone of one of this file's lines", _found(value))
        return number

    def entry(self, entry, index):
        """The Resource of one entry, or None when it has problems."""
        label = f"line {index + 1}"
        if not isinstance(entry, dict):
            self.problem(label, "resources", "a mapping of fields", _found(entry))
            return None
        if isinstance(entry.get("name"), str) and entry["name"].strip():
            label = entry["name"].strip()

        def bad(field, expected):
            self.problem(label, field, expected, _found(entry.get(field)))

        for key in entry:
            if key not in REQUIRED + OPTIONAL:
                self.problem(label, key, _one_of(key, REQUIRED + OPTIONAL), "an unknown field")
        for key in REQUIRED:
            if key not in entry:
                self.problem(label, key, "this field (required)", "nothing")
        if not any(entry.get(key) for key in ("phone", "sms", "website")):
            self.problem(label, "phone", "at least one of phone, sms or website",
                         "none of them")

        values = {}
        checks = {
            "name": _text, "description": _one_line, "region": _text, "source": _url,
            "website": _url, "kind": _kind, "languages": _languages, "free": _free,
            "source_date": lambda value: _source_date(value, self.today),
            "confirmed": lambda value: _day(value, self.today), "confirmed_by": _one_line,
            "hours_reported": _one_line, "sms_keyword": _keyword,
            "phone_letters": _letters, "translations": _translations,
        }
        for field, check in checks.items():
            if entry.get(field) is None:
                continue
            try:
                values[field] = check(entry[field])
            except Invalid as exc:
                bad(field, str(exc))
        if "name" in values:
            if values["name"].casefold() in self.names:
                bad("name", "a name not used by another line of this country")
            self.names.add(values["name"].casefold())

        for field in ("phone", "sms"):
            if entry.get(field) is None or not self.regions:
                continue
            try:
                values[field], warning = read_number(entry[field], self.regions)
            except NumberError as exc:
                bad(field, str(exc))
                continue
            if warning:
                self.note(label, field, f"{entry[field]!r} is {warning}")

        _check_hours(entry, self.code, values, bad)
        _check_companions(entry, values, bad)

        if not self.code or not all(key in values for key in PUBLISHED_AS_IS):
            return None
        return self.resource(values, label, index, dated="source_date" in entry)

    def resource(self, values, label, index, dated):
        source_date, limit = values.get("source_date"), self.settings.max_age_days
        confirmed = values.get("confirmed")
        age = (self.today - source_date.first_day).days if source_date else None
        stale = not confirmed and (age is None or age > limit)
        if stale and dated and age is None:
            self.note(label, "source_date", "source undated and the line not confirmed; "
                      "confirm it with the operator (confirmed, confirmed_by)", stale=True)
        elif stale and dated:
            self.note(label, "source_date", f"source dated {source_date.iso}, {age} days "
                      f"ago (limit {limit}), and the line not confirmed since", stale=True)
        return Resource(
            country=self.code, name=values["name"], kind=values["kind"],
            anchor=_anchor(self.code, values["name"], index),
            description=values["description"], source=values["source"],
            source_date=source_date, stale=stale, confirmed=confirmed,
            confirmed_by=values.get("confirmed_by"), phone=values.get("phone"),
            phone_letters=values.get("phone_letters"), sms=values.get("sms"),
            sms_keyword=values.get("sms_keyword"), website=values.get("website"),
            region=values.get("region"), hours=values.get("hours"),
            hours_reported=values.get("hours_reported"),
            intervals=values.get("intervals", []), timezone=values.get("timezone"),
            languages=values.get("languages", []), free=values.get("free"),
            translations=values.get("translations", {}),
        )


def _translations(value):
    """{lang: {field: text}} with fields among TRANSLATED, each one line of text."""
    if not isinstance(value, dict) or not value:
        raise Invalid("a mapping of language codes to name, description or hours")
    result = {}
    for lang, fields in value.items():
        if not is_language(lang):
            raise Invalid(f"language codes such as ar or fr, not {lang!r}")
        if not isinstance(fields, dict) or not fields or not set(fields) <= set(TRANSLATED):
            raise Invalid(f"{lang}: a mapping of {', '.join(TRANSLATED)}")
        for field, text in fields.items():
            if not isinstance(text, str) or not text.strip() or "\n" in text.strip():
                raise Invalid(f"{lang}: {field}: one line of text")
        result[lang] = {field: " ".join(text.split()) for field, text in fields.items()}
    return result


def _one_of(key, allowed):
    near = difflib.get_close_matches(str(key), allowed, n=1, cutoff=0.75)
    hint = f" (did you mean {near[0]!r}?)" if near else ""
    return "one of " + ", ".join(allowed) + hint


def _unique(anchor, taken):
    """`anchor`, or `anchor-2`, `anchor-3`... when it is taken."""
    candidate, number = anchor, 2
    while candidate in taken:
        candidate, number = f"{anchor}-{number}", number + 1
    return candidate


def _check_hours(entry, code, values, bad):
    zone = entry.get("timezone")
    if zone is not None:
        if not isinstance(zone, str) or zone not in KNOWN_ZONES:
            bad("timezone", "an IANA time zone such as Asia/Beirut")
            zone = None
        values["timezone"] = zone
    hours = entry.get("hours")
    if hours is None:
        return
    try:
        if not isinstance(hours, str):
            raise HoursError("not text")
        values["intervals"] = parse_hours(hours)
        values["hours"] = hours.strip()
    except HoursError:
        bad("hours", '"24/7" or days and times such as "Mon-Fri 08:30-17:00; Sat 09:00-13:00"')
        return
    zones = ZONES.get(code, ()) if code else ()
    if zone is None and len(zones) == 1:
        values["timezone"] = zones[0]
    elif zone is None and hours.strip() != ALWAYS and code:
        bad("timezone", f"an IANA time zone for these hours, since {code} has "
                        f"{len(zones) or 'no single'} time zones")


def _text(value):
    if not isinstance(value, str) or not value.strip():
        raise Invalid("text")
    return value.strip()


def _one_line(value):
    text = _text(value)
    if "\n" in text:
        raise Invalid("one sentence on one line")
    return text


def _url(value):
    text = value.strip() if isinstance(value, str) else ""
    parts = urlsplit(text)
    if parts.scheme not in ("https", "http") or not parts.netloc or re.search(r"\s", text):
        raise Invalid("a web address starting with https:// or http://")
    return text


def _kind(value):
    if value not in KINDS:
        raise Invalid(_one_of(value, KINDS))
    return value


def _languages(value):
    if not isinstance(value, list) or not all(is_language(code) for code in value):
        raise Invalid("a list of language codes such as [ar, en, fr]")
    return value


def _free(value):
    if not isinstance(value, bool):
        raise Invalid("true, false, or null when unknown")
    return value


def _source_date(value, today):
    """A SourceDate from "2021", "2021-11" or "2021-11-30" (a year may be unquoted)."""
    text = str(value) if isinstance(value, (str, int)) and not isinstance(value, bool) else ""
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text, re.ASCII)
    expected = "the date the source shows: YYYY-MM-DD, YYYY-MM or YYYY, or null when undated"
    if not match:
        raise Invalid(expected)
    year, month, day = (int(part) if part else None for part in match.groups())
    try:
        date(year, month or 1, day or 1)
    except ValueError:
        raise Invalid(expected) from None
    found = SourceDate(year, month, day)
    if found.first_day > today:
        raise Invalid(f"a date not after today ({today})")
    return found


def _day(value, today):
    try:
        day = date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        day = None
    if day is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value, re.ASCII):
        raise Invalid("a date written YYYY-MM-DD")
    if day > today:
        raise Invalid(f"a date not after today ({today})")
    return day


def _keyword(value):
    text = _text(value)
    if not re.fullmatch(r"[A-Za-z0-9]+", text, re.ASCII):
        raise Invalid("one word of letters A-Z or digits, such as SHOUT")
    return text


def _letters(value):
    text = _text(value)
    if not re.fullmatch(r"[0-9A-Z][0-9A-Z -]*", text, re.ASCII) or not re.search("[A-Z]", text):
        raise Invalid("the number as advertised, in digits and capital letters, "
                      "such as 800-SAKINA")
    return text


def _check_companions(entry, values, bad):
    """Fields that only make sense with another one, and letters that match the digits."""
    for field, needs in (("confirmed", "confirmed_by"), ("confirmed_by", "confirmed"),
                         ("sms_keyword", "sms"), ("phone_letters", "phone"),
                         ("hours_reported", "hours")):
        if entry.get(field) is not None and entry.get(needs) is None:
            bad(field, f"{needs} beside it")
    letters, phone = values.get("phone_letters"), values.get("phone")
    if letters and phone:
        digits = "".join(KEYPAD.get(char, char) for char in letters if char not in " -")
        if digits != phone.dial.lstrip("+"):
            bad("phone_letters", f"letters that give the phone's digits on a keypad "
                f"({phone.dial}), not {digits}")


def _anchor(code, name, index):
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    if len(slug) > 40:
        slug = slug[:41].rsplit("-", 1)[0]
    return f"{code.lower()}-{slug or f'line-{index + 1}'}"
