"""The /emergency/ page: a Pelican generator that loads the data and writes the page."""

import logging
import os
from datetime import date
from types import SimpleNamespace

from babel import Locale
from babel.dates import get_timezone_location
from pelican.generators import Generator

from .loader import load_hub
from .settings import KINDS, hub_settings

logger = logging.getLogger(__name__)


def template_filters(lang):
    """Filters the page's template uses to name languages and time zones."""
    locale = Locale.parse(lang)
    return {
        "language_name": lambda code: locale.languages.get(code, code),
        "zone_name": lambda zone: get_timezone_location(zone, locale=locale),
    }


class EmergencyGenerator(Generator):
    """Loads and checks `content/emergency/*.yaml`; writes the hub's page."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.env.filters.update(template_filters(self.settings["DEFAULT_LANG"]))

    def generate_context(self):
        self.hub_settings = hub_settings(self.settings)
        hub, problems, notes = load_hub(self.path, self.hub_settings, date.today())
        for note in notes:
            logger.warning("%s", note)
        for problem in problems:
            logger.error("%s", problem)
        if notes:
            logger.warning("emergency: %d warning(s) about the data; see above", len(notes))
        self.hub = hub
        self.context["emergency_hub"] = hub
        if hub:
            self._link_data_files_to_page(hub)

    def _link_data_files_to_page(self, hub):
        """Let content link the hub as `{filename}/emergency/lb.yaml` (Pelican's own links)."""
        for country in hub.countries:
            source = os.path.join(self.hub_settings.path, os.path.basename(country.source_file))
            self.context["generated_content"][source] = SimpleNamespace(
                url=self.hub_settings.url)

    def generate_output(self, writer):
        if self.hub is None:
            return
        writer.write_file(
            self.hub_settings.save_as,
            self.get_template(self.hub_settings.template),
            self.context,
            relative_urls=self.settings["RELATIVE_URLS"],
            url=self.hub_settings.url,
            hub=self.hub,
            kinds=KINDS,
            quick_exit_url=self.hub_settings.quick_exit_url,
            max_age_days=self.hub_settings.max_age_days,
        )
