"""gettext_theme: `_()` in the theme's templates, translated by gettext catalogs.

Catalogs live in the theme's `translations/<lang>/LC_MESSAGES/messages.mo`; with
none for the site's language the English text of the template is used as it is.
"""

import gettext
import os
from functools import lru_cache

from pelican import signals


@lru_cache(maxsize=8)
def load_catalog(localedir, lang):
    """The site language's catalog, or English as written when there is none."""
    return gettext.translation("messages", localedir, [lang], fallback=True)


def install_translations(generator):
    settings = generator.settings
    localedir = os.path.join(settings["THEME"], "translations")
    catalog = load_catalog(localedir, settings["DEFAULT_LANG"])
    generator.env.install_gettext_translations(catalog, newstyle=True)


def register():
    signals.generator_init.connect(install_translations)
