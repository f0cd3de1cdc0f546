"""whatsapp: the practice's WhatsApp contacts (SPEC §7).

At start-up the contacts of the settings are checked (numbers with `phonenumbers`,
hours with sitecore.hours) and published to the templates as `WHATSAPP`, a
Widget; a bad contact is logged as an error, which fails the build. In articles
and pages, a paragraph holding only a `[whatsapp]` marker becomes a button.
"""

import logging

from pelican import signals

from gettext_theme import translator

from .contacts import ContactError, read_widget
from .marker import replace_markers

logger = logging.getLogger(__name__)


def configure(pelican):
    """Check the settings once and hand the Widget to every template."""
    try:
        pelican.settings["WHATSAPP"] = read_widget(pelican.settings)
    except ContactError as error:
        for problem in error.problems:
            logger.error("whatsapp: %s", problem)
        pelican.settings["WHATSAPP"] = None


def render_markers(content):
    widget = content.settings.get("WHATSAPP")
    if widget and content._content:
        content._content, problems = replace_markers(
            content._content, widget, content.metadata.get("whatsapp_message"),
            translator(content.settings, content.lang))
        for problem in problems:
            logger.error("whatsapp: %s: %s", content.relative_source_path, problem)


def register():
    signals.initialized.connect(configure)
    signals.content_object_init.connect(render_markers)
