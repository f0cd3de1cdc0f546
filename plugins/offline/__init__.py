"""offline: emergency help and the crisis plan open without a network (SPEC §6).

Every build writes the offline page (the theme's `offline.html`) and, once the site
is written and its theme files renamed, a service worker at the site's root
(`sw.js`, from `worker.js` here). The worker keeps OFFLINE_PAGES, the offline page and
every file they load (read from their HTML), in every site language, in a cache
named after their content.
Every page registers it through `js/offline.js`. The `finish` plugin writes the worker
after the assets plugin has renamed the theme files.
"""

import json
import os

from pelican import signals
from pelican.generators import Generator

from assets.finish import finish_file
from languages.settings import language_prefixes

from .precache import cache_name, precache_paths, site_root
from .settings import offline_settings

WORKER_SOURCE = os.path.join(os.path.dirname(__file__), "worker.js")
PREFIX = "offline-"


class OfflineGenerator(Generator):
    """Writes the offline page in each language; hands the templates `offline`."""

    def generate_context(self):
        self.offline = offline_settings(self.settings)
        self.context["offline"] = self.offline
        planned = self.context.setdefault("planned_pages", set())
        planned.update(prefix + self.offline.save_as
                       for _lang, prefix in language_prefixes(self.settings))
        self.context.setdefault("reserved_paths", set()).add(self.offline.worker)

    def generate_output(self, writer):
        for lang, prefix in language_prefixes(self.settings):
            writer.write_file(prefix + self.offline.save_as,
                              self.get_template(self.offline.template), self.context,
                              relative_urls=self.settings["RELATIVE_URLS"],
                              url=prefix + self.offline.url, lang=lang)


def add_generator(pelican):
    return OfflineGenerator


def write_worker(pelican):
    """The service worker, with the list of kept files and the cache's name."""
    settings = offline_settings(pelican.settings)
    output, site_url = pelican.output_path, pelican.settings["SITEURL"]
    root = site_root(site_url)
    languages = [prefix for _lang, prefix in language_prefixes(pelican.settings)]
    pages = [prefix + page for prefix in languages for page in [*settings.pages, settings.url]]
    paths = precache_paths(output, site_url, pages)
    config = {
        "cache": cache_name(output, site_url, paths), "prefix": PREFIX, "precache": paths,
        # The offline page of each language, by the path its pages start with.
        "offline": {root + prefix: root + prefix + settings.url for prefix in languages},
        "skip": [root + path for path in settings.skip], "timeout": settings.timeout_ms,
    }
    with open(WORKER_SOURCE, encoding="utf-8") as handle:
        source = handle.read()
    path = os.path.join(output, settings.worker)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(source.replace("__CONFIG__", json.dumps(config, indent=2)))
    if pelican.settings.get("ASSETS_PRECOMPRESS"):
        finish_file((path, False, True))  # written after the assets plugin ran


def register():
    """`write_worker` runs from the `finish` plugin, after the assets' renaming."""
    signals.get_generators.connect(add_generator)
