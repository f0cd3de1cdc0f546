"""Phone numbers, read and checked with the `phonenumbers` library.

A hub line's number is written either as a local code of digits ("112", "116 123",
"800 8877"), dialled as it is from inside its country, or as an international
number ("+961 3 414 964"), which must be valid for the entry's country (`read_number`).
A WhatsApp contact's is international, of any country (`read_international`).
"""

import re
import unicodedata
from dataclasses import dataclass

import phonenumbers
from phonenumbers import PhoneNumberFormat, shortnumberinfo

LOCAL_CODE = re.compile(r"^[0-9]+( [0-9]+)*$")
INTERNATIONAL = re.compile(r"^\+[0-9][0-9 \-]*[0-9]$")
NANP = 1  # the country code of the US and Canada, whose toll-free numbers read 1-800-...


class NumberError(ValueError):
    """Not a number the hub can publish; the message says what was expected."""


@dataclass(frozen=True)
class Number:
    """A number as the page shows and dials it."""

    dial: str                 # target of tel: and sms: links: "+9613414964" or "1564"
    display: str              # as people of the country write it
    international: str = ""   # "+961 3 414 964", for numbers that work from abroad


def read_number(value, regions):
    """A Number from the data's text, checked against the numbering plans of `regions`.

    Returns (number, warning); warning is None, or says the library does not
    know a local code, which happens for real lines (Lebanon's 1564).
    Raises NumberError for anything that cannot be dialled.
    """
    if not isinstance(value, str):
        raise NumberError("a quoted string such as \"112\" or \"+961 1 234 567\"")
    text = value.strip()
    other = next((char for char in text if char.isdigit() and char not in "0123456789"), None)
    if other:
        script = unicodedata.name(other, "other DIGIT").split(" DIGIT")[0].lower()
        raise NumberError(f"ASCII digits 0-9, not {script} digits")
    if text.startswith("+"):
        return _international(text, regions), None
    if not LOCAL_CODE.match(text):
        raise NumberError("digits only (a local code) or an international number "
                          "starting with +")
    digits = text.replace(" ", "")
    known = any(_known_locally(digits, region) for region in regions)
    warning = None if known else (
        f"not known to phonenumbers as a number of {'/'.join(regions[:3])}"
        f"{'...' if len(regions) > 3 else ''}; check it with the operator")
    return Number(dial=digits, display=text), warning


def _known_locally(digits, region):
    """Whether the library knows these digits as dialled inside `region`.

    A full number counts only when written as it is dialled there: "3414964"
    for Lebanon's "03 414 964" (or "961..." without +) would not connect.
    """
    parsed = phonenumbers.parse(digits, region)
    if shortnumberinfo.is_valid_short_number_for_region(parsed, region):
        return True
    if not phonenumbers.is_valid_number_for_region(parsed, region):
        return False
    national = phonenumbers.format_number(parsed, PhoneNumberFormat.NATIONAL)
    if re.sub(r"\D", "", national) != digits:
        raise NumberError(f"the number as dialled in {region} ({national}) or with "
                          f"+{parsed.country_code} in front")
    return True


def read_international(value):
    """A Number from an international number of any country ("+961 71 265 146");
    raises NumberError when it is not one."""
    if not isinstance(value, str) or not value.strip().startswith("+"):
        raise NumberError('an international number starting with +, such as '
                          '"+961 71 265 146"')
    text = value.strip()
    try:
        parsed = phonenumbers.parse(text)
    except phonenumbers.NumberParseException:
        parsed = None
    if parsed is None or not phonenumbers.is_valid_number(parsed):
        raise NumberError("a valid international number")
    return Number(
        dial=phonenumbers.format_number(parsed, PhoneNumberFormat.E164),
        display=_national(parsed),
        international=phonenumbers.format_number(parsed, PhoneNumberFormat.INTERNATIONAL),
    )


def _international(text, regions):
    if not INTERNATIONAL.match(text):
        raise NumberError("an international number of digits, spaces and hyphens after +")
    try:
        parsed = phonenumbers.parse(text)
    except phonenumbers.NumberParseException as exc:
        raise NumberError(f"an international number ({exc})") from None
    if not phonenumbers.is_valid_number(parsed):
        raise NumberError("a valid international number")
    if not any(phonenumbers.is_valid_number_for_region(parsed, r) for r in regions):
        found = phonenumbers.region_code_for_number(parsed)
        raise NumberError(f"a number of {regions[0]}, not of {found}")
    return Number(
        dial=phonenumbers.format_number(parsed, PhoneNumberFormat.E164),
        display=_national(parsed),
        international=phonenumbers.format_number(parsed, PhoneNumberFormat.INTERNATIONAL),
    )


def _national(parsed):
    """The number as its country writes it; North American toll-free numbers as
    1-800-222-1222, the form their operators advertise."""
    if (parsed.country_code == NANP
            and phonenumbers.number_type(parsed) == phonenumbers.PhoneNumberType.TOLL_FREE):
        return phonenumbers.format_number(parsed, PhoneNumberFormat.RFC3966)[len("tel:+"):]
    return phonenumbers.format_number(parsed, PhoneNumberFormat.NATIONAL)
