"""The contacts of the settings, checked: one problem per line, naming the setting,
the contact and the field."""

from dataclasses import dataclass, field

from babel import Locale
from babel.core import get_global
from babel.dates import get_timezone_location
from sitecore.hours import HoursError, hours_in, parse_hours
from sitecore.languages import english_name, is_language
from sitecore.phones import NumberError, read_international

from .links import wa_link
from .settings import DEFAULTS

# The icon of buttons and links to WhatsApp: a speech bubble with a handset (drawn for
# this site), inline so that no request is made for it.
ICON = ('<svg class="wa-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" '
        'focusable="false"><path fill="currentColor" d="M12 2.5a9.5 9.5 0 0 0-8.2 14.3L2.5 '
        '21.5l4.8-1.3A9.5 9.5 0 1 0 12 2.5Zm0 2a7.5 7.5 0 1 1-3.9 13.9l-.4-.2-2.4.6.7-2.3-.3-.4'
        'A7.5 7.5 0 0 1 12 4.5Zm-3 3.2c-.3 0-.7.2-.9.6-.3.5-.7 1.3-.4 2.5.4 1.5 1.6 3 3.2 4.1 '
        '1.6 1.1 3 1.4 4 1.1.7-.2 1.2-.8 1.3-1.4l.1-.6-2.1-1-1 1.1c-.8-.3-2.3-1.5-2.8-2.6l.9-1'
        '-.8-2.2c-.1-.3-.4-.4-.6-.4Z"/></svg>')


FIELDS = ("name", "role", "number", "hours", "timezone", "message", "languages")
KNOWN_ZONES = get_global("zone_territories")
ENGLISH = Locale("en")


class ContactError(ValueError):
    def __init__(self, problems):
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class Contact:
    name: str
    role: str
    digits: str                 # international number without +: "96171265146"
    display: str                # "+961 71 265 146"
    message: str                # this contact's default prefilled text
    hours: str = ""             # as written; "" when unknown
    intervals: list = field(default_factory=list)
    timezone: str = ""
    languages: list = field(default_factory=list)   # codes: ["ar", "en"]

    def link(self, message=None):
        """wa.me link with `message`, or this contact's own default."""
        return wa_link(self.digits, message or self.message)

    def language_names(self, lang):
        """The languages spoken, named in `lang`: ["arabe", "anglais"] in French."""
        names = Locale.parse(lang).languages
        return [names.get(code, english_name(code)) for code in self.languages]

    def zone_name(self, lang):
        """The city of the hours' time zone, in `lang`: "Beyrouth", "بيروت"."""
        return get_timezone_location(self.timezone, locale=lang, return_city=True) \
            if self.timezone else ""

    def hours_in(self, lang):
        """The reply hours as `lang` writes them ("lun.–ven. 09:00–17:00")."""
        return hours_in(self.hours, lang) if self.hours else ""


@dataclass(frozen=True)
class Widget:
    contacts: list
    greeting: str
    intro: str
    note: str
    message: str
    icon: str = ICON

    def contact(self, name=None):
        """The contact called `name`, or the first; None when there is no such name."""
        if name is None:
            return self.contacts[0]
        return next((c for c in self.contacts if c.name == name), None)


def read_widget(settings):
    """The Widget of the settings; raises ContactError listing every problem."""
    value = {key: settings.get(key, default) for key, default in DEFAULTS.items()}
    problems, contacts = [], []
    entries = value["WHATSAPP_CONTACTS"]
    if not isinstance(entries, list) or not entries:
        raise ContactError(["WHATSAPP_CONTACTS: expected a list of at least one contact, "
                            f"found {entries!r}"])
    for index, entry in enumerate(entries):
        contact = _read_contact(entry, index, value["WHATSAPP_DEFAULT_MESSAGE"], problems)
        if contact:
            contacts.append(contact)
    if problems:
        raise ContactError(problems)
    return Widget(contacts=contacts, greeting=value["WHATSAPP_GREETING"],
                  intro=value["WHATSAPP_INTRO"], note=value["WHATSAPP_NOTE"],
                  message=value["WHATSAPP_DEFAULT_MESSAGE"])


def _read_contact(entry, index, default_message, problems):
    label = f"contact {index + 1}"
    if not isinstance(entry, dict):
        problems.append(f"WHATSAPP_CONTACTS: {label}: expected a dict, found {entry!r}")
        return None
    label = str(entry.get("name") or label)

    def problem(field, expected):
        problems.append(f"WHATSAPP_CONTACTS: {label}: {field}: expected {expected}, "
                        f"found {entry.get(field)!r}")

    before = len(problems)
    for key in entry:
        if key not in FIELDS:
            problem(key, "one of " + ", ".join(FIELDS))
    if not isinstance(entry.get("name"), str) or not entry["name"].strip():
        problem("name", "the contact's name")
    number = _read_number(entry.get("number"), problem)
    hours, intervals, zone = entry.get("hours") or "", [], entry.get("timezone") or ""
    if hours:
        try:
            intervals = parse_hours(hours)
        except HoursError:
            problem("hours", '"24/7" or days and times such as "Mon-Fri 09:00-17:00"')
        if zone not in KNOWN_ZONES:
            problem("timezone", "an IANA time zone such as Asia/Beirut, for these hours")
    languages = entry.get("languages") or []
    if not isinstance(languages, list) or not all(is_language(code) for code in languages):
        problem("languages", "a list of language codes such as [\"ar\", \"en\", \"fr\"]")
    if len(problems) > before:
        return None
    return Contact(
        name=entry["name"].strip(), role=entry.get("role", ""), digits=number[0],
        display=number[1], message=entry.get("message") or default_message, hours=hours,
        intervals=intervals, timezone=zone, languages=list(entry.get("languages") or []),
    )


def _read_number(value, problem):
    """(digits, display) of an international number, or None after reporting it."""
    try:
        number = read_international(value)
    except NumberError as exc:
        problem("number", str(exc))
        return None
    return number.dial[1:], number.international
