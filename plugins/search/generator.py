"""The /search/ page, and what the indexer needs once the site is written."""

import json
import logging
import os
from dataclasses import replace
from urllib.parse import urlsplit

from pelican.generators import Generator
from sitecore.files import shown_path

from gettext_theme import translator
from languages.settings import language_prefixes

from .crisis_words import load_crisis_words
from .records import hub_records
from .settings import search_settings
from .vocabulary import texts_of, vocabulary

WORDS = "words.json"  # beside each language's search page: the words it may suggest

logger = logging.getLogger(__name__)

# What the `finalized` signal's receiver is to index, by output folder: the emergency
# records and the files of the published articles and pages. A generator cannot hand
# them over otherwise: the receiver gets only the Pelican object.
PENDING = {}


class SearchGenerator(Generator):
    """Reads the crisis words, writes the search page, prepares the hub's records."""

    def generate_context(self):
        settings = search_settings(self.settings)
        path = os.path.join(self.path, settings.crisis_words_file)
        shown = shown_path(settings.crisis_words_file, self.path)
        words, problems = load_crisis_words(path, shown)
        for problem in problems:
            logger.error("%s", problem)
        self.search = replace(settings, crisis_words=words)
        self.context["search"] = self.search
        planned = self.context.setdefault("planned_pages", set())
        planned.update(prefix + self.search.save_as
                       for _lang, prefix in language_prefixes(self.settings))
        self.context.setdefault("reserved_paths", set()).add(self.search.bundle_dir)

    def generate_output(self, writer):
        hub = self.context.get("emergency_hub")
        hub_url = self.settings.get("EMERGENCY_URL", "emergency/")
        site_url = self.settings["SITEURL"].rstrip("/")
        records = []
        reading = [version for key in ("articles", "pages")
                   for item in self.context.get(key, [])
                   for version in [item, *item.translations]]
        for lang, prefix in language_prefixes(self.settings):
            lines = hub_records(hub, prefix + hub_url, lang,
                                translator(self.settings, lang)) if hub else []
            records += lines
            self._write_words(prefix, [text for item in reading if item.lang == lang
                                       for text in texts_of(item)]
                              + [line["content"] for line in lines])
            writer.write_file(
                prefix + self.search.save_as,
                self.get_template(self.search.template),
                self.context,
                relative_urls=self.settings["RELATIVE_URLS"],
                url=prefix + self.search.url,
                lang=lang,
                bundle_url=f"{site_url}/{self.search.bundle_dir}/",
                words_url=f"{site_url}/{prefix}{self.search.url}{WORDS}",
                base_path=urlsplit(site_url).path + "/",
            )
        PENDING[os.path.abspath(self.output_path)] = (
            records, self.context["content_files"])  # listed by the languages plugin

    def _write_words(self, prefix, texts):
        path = os.path.join(self.output_path, prefix + self.search.url + WORDS)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as handle:
            json.dump(vocabulary(texts), handle, ensure_ascii=False, separators=(",", ":"))
