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

from .hours import ALWAYS, HoursError, parse_hours
from .model import Country, Resource
from .phones import NumberError, read_number
from .settings import KINDS
from .yamlfile import describe_yaml_error, read_yaml

FILE_FIELDS = ("country", "emergency_number", "resources")
REQUIRED = ("name", "kind", "description", "source", "verified")
OPTIONAL = ("phone", "sms", "website", "region", "hours", "timezone", "languages", "free")
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

    def __str__(self):
        return f"emergency: {self.file}: {self.entry}: {self.field}: {self.message}"


class Invalid(ValueError):
    """A field's value is wrong; the message says what was expected."""


def _found(value):
    text = "nothing" if value is None else repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def check_file(path, shown_as, settings, today):
    """(country or None, problems, notes) for the data file at `path`."""
    problems, notes = [], []

    def problem(entry, field, expected, found):
        problems.append(Report(shown_as, entry, field, f"expected {expected}, found {found}"))

    try:
        data = read_yaml(path)
    except yaml.YAMLError as exc:
        where, what = describe_yaml_error(exc)
        problem(where, "yaml", "valid YAML", what)
        return None, problems, notes

    if not isinstance(data, dict):
        problem("whole file", "yaml", "a mapping with country, emergency_number and "
                "resources", _found(data))
        return None, problems, notes

    for key in data:
        if key not in FILE_FIELDS:
            problem("whole file", key, _one_of(key, FILE_FIELDS), "an unknown field")
    code = _check_country(data.get("country"), path, settings, problem)
    regions = list(settings.regions.get(code, (code,))) if code else []

    resources, names = [], set()
    entries = data.get("resources")
    if not isinstance(entries, list) or not entries:
        problem("whole file", "resources", "a list of lines", _found(entries))
        entries = []
    for index, entry in enumerate(entries):
        resource = _check_entry(entry, index, code, regions, settings, today, names,
                                problem, notes, shown_as)
        if resource:
            anchors = {r.anchor for r in resources}
            base, number = resource.anchor, 2
            while resource.anchor in anchors:
                resource.anchor, number = f"{base}-{number}", number + 1
            resources.append(resource)

    emergency = _check_emergency_number(data.get("emergency_number"), resources, regions,
                                        problem)
    if problems or not code:
        return None, problems, notes
    country = Country(code=code, name=ENGLISH.territories.get(code, code),
                      emergency_number=emergency, resources=resources,
                      zones=list(ZONES.get(code, ())), source_file=shown_as)
    return country, problems, notes


def _one_of(key, allowed):
    near = difflib.get_close_matches(str(key), allowed, n=1, cutoff=0.75)
    hint = f" (did you mean {near[0]!r}?)" if near else ""
    return "one of " + ", ".join(allowed) + hint


def _check_country(value, path, settings, problem):
    stem = path.rsplit("/", 1)[-1].split(".")[0].upper()
    known = value in settings.regions or (isinstance(value, str) and value in ZONES
                                          and value in ENGLISH.territories)
    if not isinstance(value, str) or not re.fullmatch(r"[A-Z]{2}", value) or not known:
        problem("whole file", "country", "an ISO 3166-1 alpha-2 code such as LB",
                _found(value))
        return None
    if value != stem:
        problem("whole file", "country", f"{stem}, as the file name says", _found(value))
        return None
    return value


def _check_emergency_number(value, resources, regions, problem):
    if not regions:
        return None
    try:
        number, _ = read_number(value, regions)
    except NumberError as exc:
        problem("whole file", "emergency_number", str(exc), _found(value))
        return None
    if not any(r.phone and r.phone.dial == number.dial for r in resources):
        problem("whole file", "emergency_number", "the phone of one of this file's lines",
                _found(value))
    return number


def _check_entry(entry, index, code, regions, settings, today, names, problem, notes,
                 shown_as):
    label = f"line {index + 1}"
    if not isinstance(entry, dict):
        problem(label, "resources", "a mapping of fields", _found(entry))
        return None
    if isinstance(entry.get("name"), str) and entry["name"].strip():
        label = entry["name"].strip()

    def bad(field, expected):
        problem(label, field, expected, _found(entry.get(field)))

    for key in entry:
        if key not in REQUIRED + OPTIONAL:
            problem(label, key, _one_of(key, REQUIRED + OPTIONAL), "an unknown field")
    for key in REQUIRED:
        if key not in entry:
            problem(label, key, "this field (required)", "nothing")
    if not any(entry.get(key) for key in ("phone", "sms", "website")):
        problem(label, "phone", "at least one of phone, sms or website", "none of them")

    values = {}
    checks = {
        "name": _text, "description": _one_line, "region": _text, "source": _url,
        "website": _url, "kind": _kind, "languages": _languages, "free": _free,
        "verified": lambda value: _date(value, today),
    }
    for field, check in checks.items():
        if entry.get(field) is None:
            continue
        try:
            values[field] = check(entry[field])
        except Invalid as exc:
            bad(field, str(exc))
    if "name" in values:
        if values["name"].casefold() in names:
            bad("name", "a name not used by another line of this country")
        names.add(values["name"].casefold())

    for field in ("phone", "sms"):
        if entry.get(field) is None or not regions:
            continue
        try:
            values[field], warning = read_number(entry[field], regions)
        except NumberError as exc:
            bad(field, str(exc))
            continue
        if warning:
            notes.append(Report(shown_as, label, field, f"{entry[field]!r} is {warning}"))

    _check_hours(entry, code, values, bad)

    if not code or not all(key in values for key in ("name", "kind", "description", "source")):
        return None
    verified = values.get("verified")
    stale = verified is None or (today - verified).days > settings.max_age_days
    if "verified" in entry and entry["verified"] is None:
        notes.append(Report(shown_as, label, "verified", "source undated; confirm the "
                            "number with the operator and write the date"))
    elif stale and verified is not None:
        notes.append(Report(shown_as, label, "verified", f"last checked {verified}, "
                            f"{(today - verified).days} days ago (limit "
                            f"{settings.max_age_days})"))
    return Resource(
        country=code, name=values["name"], kind=values["kind"],
        anchor=_anchor(code, values["name"], index), description=values["description"],
        source=values["source"], verified=verified, stale=stale,
        phone=values.get("phone"), sms=values.get("sms"), website=values.get("website"),
        region=values.get("region"), hours=values.get("hours"),
        intervals=values.get("intervals", []), timezone=values.get("timezone"),
        languages=values.get("languages", []), free=values.get("free"),
    )


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
    if not isinstance(value, list) or not all(
            isinstance(code, str) and code in ENGLISH.languages for code in value):
        raise Invalid("a list of language codes such as [ar, en, fr]")
    return value


def _free(value):
    if not isinstance(value, bool):
        raise Invalid("true, false, or null when unknown")
    return value


def _date(value, today):
    try:
        day = date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        day = None
    if day is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise Invalid("a date written YYYY-MM-DD, or null when the source is undated")
    if day > today:
        raise Invalid(f"a date not after today ({today})")
    return day


def _anchor(code, name, index):
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    if len(slug) > 40:
        slug = slug[:41].rsplit("-", 1)[0]
    return f"{code.lower()}-{slug or f'line-{index + 1}'}"
