"""The site's languages, read from Pelican's settings once."""

from dataclasses import dataclass

from babel import Locale

RTL = ("ar", "fa", "he", "ur")


@dataclass(frozen=True)
class Language:
    code: str          # "ar"
    name: str          # its own name for itself: "العربية"
    dir: str           # "rtl" or "ltr"
    prefix: str        # where its pages live: "" for DEFAULT_LANG, else "ar/"


def site_languages(settings):
    """SITE_LANGUAGES (default: DEFAULT_LANG alone), DEFAULT_LANG first."""
    default = settings["DEFAULT_LANG"]
    codes = [default] + [c for c in settings.get("SITE_LANGUAGES") or [] if c != default]
    rtl = settings.get("RTL_LANGUAGES") or RTL
    return [Language(code=code, name=_own_name(code), dir="rtl" if code in rtl else "ltr",
                     prefix="" if code == default else f"{code}/")
            for code in codes]


def _own_name(code):
    name = Locale.parse(code).get_display_name(code)
    return name[:1].upper() + name[1:]


def language_prefixes(settings):
    """(code, prefix) of each site language, default first: what generators loop over
    to write a page in every language."""
    return [(language.code, language.prefix) for language in site_languages(settings)]
