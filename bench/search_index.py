"""Pagefind's indexing time for this site and for a generated corpus of 1,000 articles.

Run: `.venv/bin/python bench/search_index.py` (not a test). For each corpus it builds
once with the local settings (which run the search plugin) and reads the plugin's
summary line; it then indexes the same output again, five times, through the plugin's
own indexer, and prints the median seconds, the pages and records, and the bundle's size.
"""

import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "plugins"))

from pelican.settings import read_settings  # noqa: E402

from bench.corpus import write_corpus  # noqa: E402
from emergency.loader import load_hub  # noqa: E402
from emergency.settings import hub_settings  # noqa: E402
from publisher.build import build  # noqa: E402
from search.indexer import index_site  # noqa: E402
from search.records import hub_records  # noqa: E402

RUNS = 5


def bundle_bytes(bundle):
    return sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file())


def measure(content, output):
    started = time.perf_counter()
    build(str(ROOT / "pelicanconf.py"), output=str(output), content=str(content))
    build_seconds = time.perf_counter() - started
    settings = read_settings(str(ROOT / "pelicanconf.py"))
    hub, _, _ = load_hub(str(content), hub_settings(settings), date.today())
    records = hub_records(hub, settings["EMERGENCY_URL"], "en")
    pages = [p.relative_to(output).as_posix() for p in output.rglob("index.html")
             if b"data-pagefind-body" in p.read_bytes()]
    runs = [index_site(output, "pagefind", pages, records, 300) for _ in range(RUNS)]
    seconds = statistics.median(run.seconds for run in runs)
    return runs[0], seconds, build_seconds, bundle_bytes(output / "pagefind")


def main():
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        cases = {"this site": ROOT / "content",
                 "1,000 articles": write_corpus(work / "corpus", 1000)}
        print("| corpus | pages | records | indexing (median of 5) | whole build | bundle |")
        print("|---|---:|---:|---:|---:|---:|")
        for name, content in cases.items():
            summary, seconds, build_seconds, size = measure(content, work / name / "output")
            print(f"| {name} | {summary.pages} | {summary.records} | {seconds:.2f} s "
                  f"| {build_seconds:.2f} s | {size / 1024:,.0f} KiB |")


if __name__ == "__main__":
    main()
