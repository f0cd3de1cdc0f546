"""gettext_theme: `_()` in the theme's templates, translated by gettext catalogs.

Catalogs live in the theme's `translations/<lang>/LC_MESSAGES/messages.mo`; with
none for the site's language the English text of the template is used as it is.
Strings without variables are translated and formatted once per build, not on every
page: every page asks for the same two dozen header, footer and widget strings.
"""

import gettext
import os
from functools import cache, lru_cache

from jinja2 import pass_context
from markupsafe import Markup
from pelican import signals


@lru_cache(maxsize=8)
def load_catalog(localedir, lang):
    """The site language's catalog, or English as written when there is none."""
    return gettext.translation("messages", localedir, [lang], fallback=True)


@lru_cache(maxsize=8)
def template_gettext(catalog):
    """Jinja's new-style gettext for `catalog` (the same result: text formatted with its
    variables, escaped under autoescape), remembering strings that have no variables."""

    @cache
    def constant(text, escaped):
        translated = catalog.gettext(text)
        return (Markup(translated) if escaped else translated) % {}

    @pass_context
    def _gettext(context, text, **variables):
        escaped = context.eval_ctx.autoescape
        if not variables:
            return constant(text, escaped)
        translated = catalog.gettext(text)
        return (Markup(translated) if escaped else translated) % variables

    return _gettext


def install_translations(generator):
    settings = generator.settings
    localedir = os.path.join(settings["THEME"], "translations")
    catalog = load_catalog(localedir, settings["DEFAULT_LANG"])
    generator.env.install_gettext_translations(catalog, newstyle=True)
    generator.env.globals["gettext"] = template_gettext(catalog)


def register():
    signals.generator_init.connect(install_translations)
