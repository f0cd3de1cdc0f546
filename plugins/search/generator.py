"""The /search/ page, and what the indexer needs once the site is written."""

import logging
import os
from dataclasses import replace
from urllib.parse import urlsplit

from pelican.generators import Generator

from .crisis_words import load_crisis_words
from .records import hub_records
from .settings import search_settings

logger = logging.getLogger(__name__)

# Records waiting for the `finalized` signal, by output folder: a generator cannot
# hand them to the signal's receiver, which gets only the Pelican object.
PENDING_RECORDS = {}


class SearchGenerator(Generator):
    """Reads the crisis words, writes the search page, prepares the hub's records."""

    def generate_context(self):
        settings = search_settings(self.settings)
        path = os.path.join(self.path, settings.crisis_words_file)
        shown = os.path.relpath(path)
        words, problems = load_crisis_words(path, shown)
        for problem in problems:
            logger.error("%s", problem)
        self.search = replace(settings, crisis_words=words)
        self.context["search"] = self.search

    def generate_output(self, writer):
        hub = self.context.get("emergency_hub")
        records = []
        if hub:
            records = hub_records(hub, self.settings.get("EMERGENCY_URL", "emergency/"),
                                  self.settings["DEFAULT_LANG"])
        PENDING_RECORDS[os.path.abspath(self.output_path)] = records
        site_url = self.settings["SITEURL"].rstrip("/")
        writer.write_file(
            self.search.save_as,
            self.get_template(self.search.template),
            self.context,
            relative_urls=self.settings["RELATIVE_URLS"],
            url=self.search.url,
            bundle_url=f"{site_url}/{self.search.bundle_dir}/",
            base_path=urlsplit(site_url).path + "/",
        )
