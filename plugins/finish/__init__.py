"""finish: the steps that work on the written site, in one fixed order, and none of
them once the build has logged an error (each would only add errors of its own).

1. search: Pagefind indexes the pages and the emergency lines;
2. assets: theme files get their fingerprinted names, text is minified and
   compressed (Pagefind's script included);
3. offline: the service worker lists the kept files by their final names.

The order is here, not in the order of PLUGINS.
"""

import logging

from pelican import signals

from assets import finish as finish_assets
from offline import write_worker
from search import index as index_search

STEPS = (index_search, finish_assets, write_worker)


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
    signals.finalized.connect(run_steps)
