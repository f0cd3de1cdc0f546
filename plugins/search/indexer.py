"""Running Pagefind over the written site, through its Python API."""

import asyncio
import json
import os
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from .service import PagefindError, PromptIndex
from .settings import UNUSED_BUNDLE_FILES


@dataclass
class IndexSummary:
    pages: int          # HTML pages Pagefind indexed (those with data-pagefind-body)
    records: int        # custom records (emergency lines)
    languages: list
    seconds: float


def index_site(output, bundle_dir, records, timeout):
    """Index every page of `output` plus `records`; write the bundle to output/bundle_dir.

    Raises PagefindError (or whatever else Pagefind raises): the caller fails the build."""
    started = time.perf_counter()
    output = os.path.abspath(output)
    bundle = os.path.join(output, bundle_dir)
    try:
        _run(asyncio.wait_for(_index(output, bundle, records), timeout))
    except TimeoutError:
        raise PagefindError(f"no answer within {timeout:g} s") from None
    totals = _entry_totals(bundle)
    _remove_unused(bundle, totals)
    return IndexSummary(pages=sum(t["page_count"] for t in totals.values()) - len(records),
                        records=len(records), languages=sorted(totals),
                        seconds=time.perf_counter() - started)


def _run(coroutine):
    """asyncio.run in a thread of its own, since the caller may be running an event loop
    already (the browser tests' Playwright does)."""
    with ThreadPoolExecutor(max_workers=1) as thread:
        return thread.submit(asyncio.run, coroutine).result()


async def _index(output, bundle, records):
    # Leaving the `async with` block writes the bundle once; an exception skips it.
    async with PromptIndex(config={"output_path": bundle}) as index:
        await index.add_directory(output)
        for record in records:
            await index.add_custom_record(**record)


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
