"""offline: emergency help and the crisis plan open without a network (SPEC §6).

Every build writes the offline page (the theme's `offline.html`) and, once the site
is written and its theme files renamed, a service worker at the site's root
(`sw.js`, from `worker.js` here). The worker keeps OFFLINE_PAGES, the offline page and
every file they load (read from their HTML) in a cache named after their content.
Every page registers it through `js/offline.js`. Runs after the assets plugin.
"""

import json
import os

from pelican import signals
from pelican.generators import Generator

from assets.finish import finish_file

from .precache import cache_name, precache_paths, site_root
from .settings import offline_settings

WORKER_SOURCE = os.path.join(os.path.dirname(__file__), "worker.js")
PREFIX = "offline-"


class OfflineGenerator(Generator):
    """Writes the offline page and hands the templates `offline` (the settings)."""

    def generate_context(self):
        self.offline = offline_settings(self.settings)
        self.context["offline"] = self.offline

    def generate_output(self, writer):
        writer.write_file(self.offline.save_as, self.get_template(self.offline.template),
                          self.context, relative_urls=self.settings["RELATIVE_URLS"],
                          url=self.offline.url)


def add_generator(pelican):
    return OfflineGenerator


def write_worker(pelican):
    """The service worker, with the list of kept files and the cache's name."""
    settings = offline_settings(pelican.settings)
    output, site_url = pelican.output_path, pelican.settings["SITEURL"]
    root = site_root(site_url)
    paths = precache_paths(output, site_url, [*settings.pages, settings.url])
    config = {
        "cache": cache_name(output, site_url, paths), "prefix": PREFIX,
        "precache": paths, "offline": root + settings.url,
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
    signals.get_generators.connect(add_generator)
    signals.finalized.connect(write_worker)
