"""A phone number as pages write it: every written form of a line's number is looked
for in a page's text (spaces, dashes, dots, parentheses, with or without the country
code or the trunk 0, Arabic-Indic and Persian digits, the letters of a vanity number)."""

import re

import phonenumbers

# Digits of other scripts, as ASCII: Arabic-Indic and Persian (Extended Arabic-Indic).
OTHER_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# A run of digit groups as pages write a number: "+961 (1) 345-678", "1-800-273-8255".
DIGIT_RUN = re.compile(r"\+?\(?\d[\d\s\-.()/\u00a0\u2010-\u2015]*\d|\d")
GROUP = re.compile(r"\d+")
EXCERPT = 60  # characters of text on each side of a match, in the report


def digit_forms(phone, country):
    """The digit strings a page may write the number as: "112"; or for a full number,
    its national significant number, with the trunk prefix, and with the country code
    (with or without 00)."""
    digits = re.sub(r"\D", "", phone)
    forms = {digits}
    try:
        number = phonenumbers.parse(phone, country)
    except phonenumbers.NumberParseException:
        return forms
    national = phonenumbers.national_significant_number(number)
    if len(national) > 4:  # short codes are written as they are
        code = str(number.country_code)
        written = re.sub(r"\D", "", phonenumbers.format_number(
            number, phonenumbers.PhoneNumberFormat.NATIONAL))
        forms |= {national, written, code + national, "00" + code + national}
    return forms


def letters_pattern(letters):
    """"800-SAKINA" as a pattern allowing any separator (or none) between its parts."""
    parts = re.findall(r"[A-Za-z]+|\d+", letters)
    return re.compile(r"[\s\-.]?".join(map(re.escape, parts)), re.IGNORECASE)


def find_number(text, forms, letters=None):
    """An excerpt of `text` around the first place it writes the number (in one of
    `forms`, or as `letters`), or None."""
    text = text.translate(OTHER_DIGITS)
    for run in DIGIT_RUN.finditer(text):
        groups = GROUP.findall(run.group(0))
        for start in range(len(groups)):  # any consecutive groups: "1564 24/7" holds 1564
            joined = ""
            for group in groups[start:]:
                joined += group
                if joined in forms:
                    return _excerpt(text, run.start(), run.end())
                if len(joined) > 16:
                    break
    if letters:
        found = letters_pattern(letters).search(text)
        if found:
            return _excerpt(text, found.start(), found.end())
    return None


def _excerpt(text, start, end):
    before = text[max(0, start - EXCERPT):start]
    after = text[end:end + EXCERPT]
    return " ".join(f"{before}{text[start:end]}{after}".split())
