"""Names of countries, languages and time zones in the language of the page shown.

Registered on every generator's templates (the search and offline pages show
countries too): `country_name(code)`, `hub_data(hub, crisis_lines)` and the filters
`language_name`, `zone_name` and `source_date`, each in the page's language
(gettext_theme's rule), and `site_name`.
"""

from datetime import date
from functools import cache
from urllib.parse import urlsplit

from babel import Locale
from babel.dates import format_date, format_skeleton, get_timezone_location
from jinja2 import pass_context

from gettext_theme import page_lang

from .zones import zone_countries


@cache
def _locale(lang):
    return Locale.parse(lang)


def territory_name(code, lang):
    """"LB" in `lang`: "Lebanon", "Liban", "لبنان"."""
    return _locale(lang).territories.get(code, code)


def template_names(env, default):
    """Adds the functions and filters to a generator's Jinja environment."""

    @pass_context
    def country_name(context, code):
        return territory_name(code, page_lang(context, default))

    @pass_context
    def language_name(context, code):
        return _locale(page_lang(context, default)).languages.get(code, code)

    @pass_context
    def zone_name(context, zone):
        return get_timezone_location(zone, locale=_locale(page_lang(context, default)))

    @pass_context
    def hub_data(context, hub, crisis_lines=False):
        lang = page_lang(context, default)
        return hub.script_data(crisis_lines, name_of=lambda code: territory_name(code, lang),
                               lang=lang, zones=zone_countries())

    @pass_context
    def source_date(context, value):
        return date_text(value, page_lang(context, default))

    env.globals.update(country_name=country_name, hub_data=hub_data)
    env.filters.update(language_name=language_name, zone_name=zone_name,
                       source_date=source_date, site_name=site_name)


def date_text(value, lang):
    """A date, or a SourceDate as precise as its source: "3 May 2025", "May 2025", "2025"."""
    locale = _locale("en_GB" if lang == "en" else lang)  # the site writes "2 May 2025"
    if isinstance(value, date):
        return format_date(value, "long", locale=locale)
    if value.day:
        return format_date(value.first_day, "long", locale=locale)
    if value.month:
        return format_skeleton("yMMMM", value.first_day, locale=locale)
    return str(value.year)


def site_name(url):
    """The site a web address is on, as people say it: "the961.com"."""
    host = urlsplit(url).hostname or url
    return host.removeprefix("www.")
