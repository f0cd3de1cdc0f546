"""search: site search with Pagefind (SPEC §8).

Every build writes `/search/` (the theme's `search.html`) and, once the site is
written, runs Pagefind through its Python API over the output folder: pages whose
`<main>` carries `data-pagefind-body` (articles and pages), plus one record for
each line of the emergency hub. The bundle goes to `output/pagefind/`; the page
loads it only when the visitor searches. Queries holding a crisis word (from
`content/search/crisis-words.yaml`) show the emergency block first. Needs the
`languages` plugin, which lists the articles' and pages' files.
"""

import logging
import os
from functools import partial

from pelican import signals
from pelican.log import console

from .generator import PENDING, SearchGenerator
from .indexer import index_site
from .settings import search_settings

logger = logging.getLogger(__name__)


def add_generator(pelican):
    return SearchGenerator


LATER = []  # with SEARCH_INDEX_LATER, the index the last build left to do


def index(pelican):
    """Index the written site; a failure is logged as an error, which fails the build."""
    output = os.path.abspath(pelican.output_path)
    records, pages = PENDING.pop(output, ([], []))
    settings = search_settings(pelican.settings)
    job = partial(_index, settings=settings, pages=pages, records=records)
    if settings.later:
        LATER[:] = [job]
        return
    job(output)


def index_later(output):
    """Run the index the last build left (SEARCH_INDEX_LATER) over `output`, where that
    build now is; False if Pagefind failed (its error is logged)."""
    return LATER.pop()(os.path.abspath(output)) if LATER else True


def _index(output, settings, pages, records):
    try:
        summary = index_site(output, settings.bundle_dir, pages, records, settings.timeout)
    except Exception as exc:  # noqa: BLE001 - any Pagefind failure fails the build
        message = " ".join(str(exc).split()) or type(exc).__name__
        logger.error("search: Pagefind failed: %s", message)
        return False
    console.print(f"Search: indexed {summary.pages} pages and {summary.records} emergency "
                  f"line records in {summary.seconds:.2f} s "
                  f"({', '.join(summary.languages)}).")
    return True


def register():
    """`index` runs from the `finish` plugin, in its place among the finishing steps."""
    signals.get_generators.connect(add_generator)
