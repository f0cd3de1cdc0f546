"""finish: the steps that work on the written site, in one fixed order, and none of
them once the build has logged an error (each would only add errors of its own).

0. stale: in an output folder recycled from an earlier build (publisher.build), the
   files this build did not write are deleted first;
1. search: Pagefind indexes the pages and the emergency lines;
2. assets: theme files get their fingerprinted names, text is minified and
   compressed (Pagefind's script included);
3. links: every internal link and image of the written pages leads to a file of the
   site, by its final name (one error per broken one, naming its Markdown file);
4. offline: the service worker lists the kept files by their final names.

The order is here, not in the order of PLUGINS.
"""

import logging
import os

from pelican import signals

from assets import finish as finish_assets
from offline import write_worker
from search import index as index_search

from .links import broken_links, content_sources, report
from .stale import remove_stale

SOURCES = {}  # output folder -> {page file: its Markdown file}, from the context


def check_links(pelican):
    output = os.path.abspath(pelican.output_path)
    report(broken_links(output, pelican.settings["SITEURL"], SOURCES.pop(output, {})))


def remember_sources(generators):
    context, settings = generators[0].context, generators[0].settings
    SOURCES[os.path.abspath(settings["OUTPUT_PATH"])] = content_sources(
        context, settings["PATH"])


def sweep(pelican):
    since = pelican.settings.get("OUTPUT_RECYCLED_AT_NS")
    if since is not None:
        remove_stale(pelican.output_path, since)


STEPS = (sweep, index_search, finish_assets, check_links, write_worker)


class ErrorCount(logging.Handler):
    """Counts the errors logged while a build runs."""

    def __init__(self):
        super().__init__(logging.ERROR)
        self.count = 0

    def emit(self, record):
        self.count += 1


ERRORS = ErrorCount()


def watch(pelican):
    ERRORS.count = 0
    logging.getLogger().addHandler(ERRORS)


def run_steps(pelican):
    try:
        for step in STEPS:
            if ERRORS.count:
                return
            step(pelican)
    finally:
        logging.getLogger().removeHandler(ERRORS)


def register():
    signals.initialized.connect(watch)
    signals.all_generators_finalized.connect(remember_sources)
    signals.finalized.connect(run_steps)
