"""Names of countries, languages and time zones in the language of the page shown.

Registered on every generator's templates (the search and offline pages show
countries too): `country_name(code)`, `hub_data(hub, crisis_lines)` and the filters
`language_name` and `zone_name`, each in the page's language (gettext_theme's rule).
"""

from functools import cache

from babel import Locale
from babel.dates import get_timezone_location
from jinja2 import pass_context

from gettext_theme import page_lang


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
                               lang=lang)

    env.globals.update(country_name=country_name, hub_data=hub_data)
    env.filters.update(language_name=language_name, zone_name=zone_name)
