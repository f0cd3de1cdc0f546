"""Running Pagefind over the written site, through its Python API."""

import asyncio
import gzip
import json
import logging
import os
import re
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from .service import PagefindError, PromptIndex
from .settings import UNUSED_BUNDLE_FILES

logger = logging.getLogger(__name__)

# Each run is checked; a run that left a file incomplete is repeated this many times.
ATTEMPTS = 3
# Bundle files that are gzip streams: the index, its fragments and filters, the wasm.
GZIPPED = (".pf_meta", ".pf_index", ".pf_fragment", ".pf_filter", ".pagefind")


@dataclass
class IndexSummary:
    pages: int          # HTML pages Pagefind indexed (those with data-pagefind-body)
    records: int        # custom records (emergency lines)
    languages: list
    seconds: float


def index_site(output, bundle_dir, pages, records, timeout):
    """Index `pages` (files of `output`, relative to it) and `records`; write the bundle
    to output/bundle_dir.

    Raises PagefindError (or whatever else Pagefind raises): the caller fails the build."""
    started = time.perf_counter()
    output = os.path.abspath(output)
    bundle = os.path.join(output, bundle_dir)
    for _attempt in range(ATTEMPTS):
        try:
            _run(asyncio.wait_for(_index(output, bundle, pages, records), timeout))
        except TimeoutError:
            raise PagefindError(f"no answer within {timeout:g} s") from None
        problem = bundle_problem(bundle)
        if problem is None:
            break
        logger.warning("search: Pagefind left %s; indexing again", problem)
    else:
        raise PagefindError(f"the bundle was still incomplete after {ATTEMPTS} runs: "
                            f"{problem}")
    totals = _entry_totals(bundle)
    _remove_unused(bundle, totals)
    return IndexSummary(pages=sum(t["page_count"] for t in totals.values()) - len(records),
                        records=len(records), languages=sorted(totals),
                        seconds=time.perf_counter() - started)


def files_glob(paths):
    """A Pagefind glob matching exactly `paths` (relative to the site): Pagefind then
    reads the articles and pages only, not every listing page (a third less time and
    a tenth less memory on 1,000 articles)."""
    escaped = (re.sub(r"([*?\[\]{},\\])", r"\\\1", path) for path in sorted(paths))
    return "{" + ",".join(escaped) + "}"


def _run(coroutine):
    """asyncio.run in a thread of its own, since the caller may be running an event loop
    already (the browser tests' Playwright does)."""
    with ThreadPoolExecutor(max_workers=1) as thread:
        return thread.submit(asyncio.run, coroutine).result()


async def _index(output, bundle, pages, records):
    # Leaving the `async with` block writes the bundle once; an exception skips it.
    async with PromptIndex(config={"output_path": bundle}) as index:
        if pages:
            await index.add_directory(output, glob=files_glob(pages))
        for record in records:
            await index.add_custom_record(**record)


def bundle_problem(bundle):
    """What is wrong with a written bundle, or None: every file must be there in full
    (the index's own files are gzip streams, whose checksum shows a cut)."""
    try:
        _entry_totals(bundle)
    except (OSError, ValueError, KeyError):
        return "pagefind-entry.json unreadable"
    for root, _, names in os.walk(bundle):
        for name in names:
            path = os.path.join(root, name)
            if os.path.getsize(path) == 0:
                return f"{os.path.relpath(path, bundle)} empty"
            if name.endswith(GZIPPED):
                try:
                    with gzip.open(path) as stream:
                        while stream.read(1 << 20):
                            pass
                except (OSError, EOFError):
                    return f"{os.path.relpath(path, bundle)} cut short"
    return None


def _entry_totals(bundle):
    """Pagefind's own account of what it wrote: {language: {page_count, wasm, …}}."""
    with open(os.path.join(bundle, "pagefind-entry.json"), encoding="utf-8") as handle:
        return json.load(handle)["languages"]


def _remove_unused(bundle, totals):
    """Drop Pagefind's ready-made viewers and the WebAssembly of languages not indexed."""
    needed = {f"wasm.{language['wasm']}.pagefind" for language in totals.values()}
    for name in os.listdir(bundle):
        unused_wasm = name.startswith("wasm.") and name not in needed
        if name in UNUSED_BUNDLE_FILES or unused_wasm:
            os.remove(os.path.join(bundle, name))
