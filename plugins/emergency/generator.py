"""The /emergency/ and /crisis-plan/ pages and the vCards: a Pelican generator that loads
the data once and writes all three."""

import logging
import os
from datetime import date
from types import SimpleNamespace

from pelican.generators import Generator

from languages.settings import language_prefixes

from .loader import load_hub, summary
from .settings import KINDS, hub_settings
from .vcard import country_vcards, vcard_filename

logger = logging.getLogger(__name__)


class EmergencyGenerator(Generator):
    """Loads and checks `content/emergency/*.yaml`; writes the hub's page."""

    def generate_context(self):
        self.hub_settings = hub_settings(self.settings)
        hub, problems, notes = load_hub(self.path, self.hub_settings, date.today())
        for problem in problems:
            logger.error("%s", problem)
        if self.hub_settings.list_notes:
            for note in notes:
                logger.warning("%s", note)
        else:
            for line in summary(notes, self.hub_settings.max_age_days):
                logger.warning("%s", line)
        self.hub = hub
        self.context["emergency_hub"] = hub
        if hub:
            self._link_data_files_to_page(hub)
            planned = self.context.setdefault("planned_pages", set())
            for _lang, prefix in language_prefixes(self.settings):
                planned.update({prefix + self.hub_settings.save_as,
                                prefix + self.hub_settings.plan_save_as})

    def _link_data_files_to_page(self, hub):
        """Let content link the hub as `{filename}/emergency/lb.yaml` and the crisis plan
        as `{filename}/emergency/crisis-plan` (Pelican's own links)."""
        links = self.context["generated_content"]
        for country in hub.countries:
            source = os.path.join(self.hub_settings.path, os.path.basename(country.source_file))
            links[source] = SimpleNamespace(url=self.hub_settings.url)
        plan = os.path.join(self.hub_settings.path, "crisis-plan")
        links[plan] = SimpleNamespace(url=self.hub_settings.plan_url)

    def generate_output(self, writer):
        if self.hub is None:
            return
        hub = self.hub_settings
        for lang, prefix in language_prefixes(self.settings):
            for save_as, template, url in (
                    (hub.save_as, hub.template, hub.url),
                    (hub.plan_save_as, hub.plan_template, hub.plan_url)):
                writer.write_file(
                    prefix + save_as, self.get_template(template), self.context,
                    relative_urls=self.settings["RELATIVE_URLS"], url=prefix + url,
                    lang=lang, hub=self.hub, kinds=KINDS, quick_exit_url=hub.quick_exit_url,
                    vcard_filename=vcard_filename,
                )
        self._write_vcards()

    def _write_vcards(self):
        """One .vcf per country beside the hub's page: its core lines and the practice."""
        folder = os.path.join(self.output_path, os.path.dirname(self.hub_settings.save_as))
        os.makedirs(folder, exist_ok=True)
        site_url = self.settings.get("PUBLIC_URL") or self.settings["SITEURL"]
        for country in self.hub.countries:
            text = country_vcards(country, self.settings.get("PRACTICE"), site_url)
            path = os.path.join(folder, vcard_filename(country))
            with open(path, "w", encoding="utf-8", newline="") as handle:
                handle.write(text)
