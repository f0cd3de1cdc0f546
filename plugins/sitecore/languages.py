"""Language codes, one rule for every plugin: a code CLDR knows, such as "ar" or "fr"."""

from babel import Locale

ENGLISH = Locale("en")


def is_language(code):
    """Whether `code` is a language code CLDR (through Babel) knows."""
    return isinstance(code, str) and code in ENGLISH.languages


def english_name(code):
    """"ar" in English: "Arabic"."""
    return ENGLISH.languages.get(code, code)
