"""gettext_theme: `_()` in the theme's templates, in the language of each page.

Catalogs are the theme's `translations/<lang>/LC_MESSAGES/messages.po`, compiled in
memory at the start of every build (no .mo files to keep in step). A page's language
is the `lang` its generator renders it with, else its article's or page's `lang`,
else DEFAULT_LANG; without a catalog the English text of the template is used.
Strings without variables are translated and formatted once per build, not on every
page: every page asks for the same two dozen header, footer and widget strings.
"""

import gettext
import io
import os
from functools import cache, lru_cache

from babel import Locale
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from jinja2 import pass_context
from markupsafe import Markup
from pelican import signals


def N_(text):  # noqa: N802 - the name gettext's tools look for
    """Marks a string in Python for the catalog; translated where it is shown."""
    return text


@lru_cache(maxsize=16)
def load_catalog(localedir, lang):
    """The catalog of `lang` from its .po file, or English as written when none."""
    path = os.path.join(localedir, lang, "LC_MESSAGES", "messages.po")
    if not os.path.isfile(path):
        return gettext.NullTranslations()
    with open(path, "rb") as handle:
        catalog = read_po(handle, locale=lang)
    compiled = io.BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)


def translator(settings, lang):
    """gettext for `lang` with the theme's catalogs, for Python code that writes HTML."""
    return load_catalog(os.path.join(settings["THEME"], "translations"), lang).gettext


def page_lang(context, default):
    """The language a template is being rendered in."""
    lang = context.get("lang")
    if isinstance(lang, str) and lang:
        return lang
    item = context.get("article") or context.get("page")
    return getattr(item, "lang", None) or default


@lru_cache(maxsize=4)
def template_gettext(localedir, default):
    """Jinja's new-style gettext (text formatted with its variables, escaped under
    autoescape) in each page's language, remembering strings without variables."""

    @cache
    def constant(lang, text, escaped):
        translated = load_catalog(localedir, lang).gettext(text)
        return (Markup(translated) if escaped else translated) % {}

    @pass_context
    def _gettext(context, text, **variables):
        lang = page_lang(context, default)
        escaped = context.eval_ctx.autoescape
        if not variables:
            return constant(lang, text, escaped)
        translated = load_catalog(localedir, lang).gettext(text)
        return (Markup(translated) if escaped else translated) % variables

    return _gettext


class _Braces(dict):
    """Formats "%(name)s" as "{name}", for a script to fill in."""

    def __missing__(self, key):
        return "{" + key + "}"


@lru_cache(maxsize=4)
def template_plural_forms(localedir, default):
    """plural_forms(singular, plural): the message in each CLDR plural category of the
    page's language ({"one": "1 line shown.", "other": "{count} lines shown."}), so a
    script picks the form with Intl.PluralRules. `%(count)s` becomes `{count}`, and
    so does any other variable."""

    @cache
    def forms(lang, singular, plural):
        catalog, rule = load_catalog(localedir, lang), Locale.parse(lang).plural_form
        found = {}
        for number in range(200):  # every category has a member below 200
            found.setdefault(rule(number),
                             catalog.ngettext(singular, plural, number) % _Braces())
        return found

    @pass_context
    def plural_forms(context, singular, plural):
        return forms(page_lang(context, default), singular, plural)

    return plural_forms


def install_translations(generator):
    settings = generator.settings
    localedir = os.path.join(settings["THEME"], "translations")
    catalog = load_catalog(localedir, settings["DEFAULT_LANG"])
    generator.env.install_gettext_translations(catalog, newstyle=True)
    generator.env.globals["gettext"] = template_gettext(localedir, settings["DEFAULT_LANG"])
    generator.env.globals["plural_forms"] = template_plural_forms(
        localedir, settings["DEFAULT_LANG"])


def register():
    signals.generator_init.connect(install_translations)
