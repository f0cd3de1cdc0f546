"""Build time and memory of this site against plain Pelican, on the same generated corpus.

Run: `make bench` (or `.venv/bin/invoke bench`); not part of `make test`. For 100 and
1,000 generated articles (bench/corpus.py) it builds, in turn and RUNS times each:
this site with its local settings (pelicanconf.py), this site with its production
settings (publishconf.py: minify, fingerprint, precompress, search index), and plain
Pelican (its default theme, no plugins, the same content folders). Every build is a
fresh process, timed from start to exit; bench/measured.py reads its peak memory
from the kernel (ru_maxrss), the build's own process apart from its children
(Pagefind's indexer runs as one). Pagefind's time is read from the build's summary
line. It prints the medians and the ratios ours / plain to bench/results.md.
"""

import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pelican  # noqa: E402

from bench import preview_speed, search_speed  # noqa: E402
from bench.corpus import write_corpus  # noqa: E402

SIZES = (100, 1000)
RUNS = 5
RESULTS = ROOT / "bench" / "results.md"
INDEXED = re.compile(r"Search: indexed .* in (\d+\.\d+) s")

PLAIN_SETTINGS = """\
# Plain Pelican: its default theme, no plugins, the same content folders.
AUTHOR = "Dr Carla Kesrouani"
SITENAME = "Plain Pelican"
TIMEZONE = "Asia/Beirut"
DEFAULT_LANG = "en"
ARTICLE_PATHS = ["articles"]
PAGE_PATHS = ["pages"]
STATIC_PATHS = ["images"]
PLUGINS = []
FEED_ALL_ATOM = "feeds/all.atom.xml"
"""


def commands(content, output, plain_settings):
    measured = [sys.executable, str(ROOT / "bench" / "measured.py")]
    ours = measured + ["publisher.build", "--content", str(content), "--output"]
    return {
        "ours, local": ours + [str(output / "local"), "--settings", "pelicanconf.py"],
        "ours, production": ours + [str(output / "production"), "--settings",
                                    "publishconf.py"],
        "plain Pelican": measured + ["pelican", str(content), "-o", str(output / "plain"),
                                     "-s", str(plain_settings), "-q"],
    }


def run(command, peaks_file):
    """(seconds, peak MiB of the build's process, peak MiB of its children, seconds of
    search indexing or 0) of one build."""
    started = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False,
                            env={**os.environ, "BENCH_RUSAGE": str(peaks_file)})
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"build failed: {' '.join(command)}\n{result.stderr[-2000:]}")
    peaks = json.loads(peaks_file.read_text(encoding="utf-8"))
    indexed = INDEXED.search(result.stdout)
    return (seconds, peaks["self"] / 1024, peaks["children"] / 1024,
            float(indexed.group(1)) if indexed else 0.0)


def measure(size, work):
    content = write_corpus(work / f"content-{size}", size)
    plain = work / "plainconf.py"
    plain.write_text(PLAIN_SETTINGS, encoding="utf-8")
    cases = commands(content, work / f"output-{size}", plain)
    samples = {name: [] for name in cases}
    for round_number in range(RUNS):
        for name, command in cases.items():  # alternate, so drift hits all alike
            samples[name].append(run(command, work / "peaks.json"))
        print(f"  {size} articles: round {round_number + 1}/{RUNS} done", flush=True)
    return {name: [statistics.median(column) for column in zip(*runs, strict=True)]
            for name, runs in samples.items()}


def table(results):
    lines = ["| articles | build | wall time | × plain | without Pagefind | × plain "
             "| Pagefind | peak memory | × plain | indexer's memory |",
             "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for size, medians in results.items():
        plain_seconds, plain_memory, _, _ = medians["plain Pelican"]
        for name, (seconds, memory, children, indexing) in medians.items():
            indexer = f"{children:.0f} MiB" if indexing else "–"
            lines.append(
                f"| {size:,} | {name} | {seconds:.2f} s | {seconds / plain_seconds:.2f} "
                f"| {seconds - indexing:.2f} s | {(seconds - indexing) / plain_seconds:.2f} "
                f"| {indexing:.2f} s | {memory:.0f} MiB | {memory / plain_memory:.2f} "
                f"| {indexer} |")
    return "\n".join(lines)


def preview_table(seconds):
    return "\n".join([
        "| what | median | runs |",
        "|---|---:|---|",
        f"| `make serve`: a saved article shown in the browser (the real site) "
        f"| {statistics.median(seconds):.2f} s | {', '.join(f'{s:.2f} s' for s in seconds)} |",
    ])


def search_table(cold, warm, sizes):
    return "\n".join([
        "| visit | first result | received | runs |",
        "|---|---:|---:|---|",
        f"| first, over 400 kbit/s with 400 ms latency | {statistics.median(cold):.2f} s "
        f"| {statistics.median(sizes) / 1024:.0f} KB "
        f"| {', '.join(f'{s:.2f} s' for s in cold)} |",
        f"| again, the browser's cache warm, no throttling "
        f"| {statistics.median(warm) * 1000:.0f} ms | – "
        f"| {', '.join(f'{s * 1000:.0f} ms' for s in warm)} |",
    ])


def main():
    results = {}
    with tempfile.TemporaryDirectory() as work:
        for size in SIZES:
            results[size] = measure(size, Path(work))
    preview = preview_speed.main()
    cold, warm, sizes = search_speed.main()
    report = "\n".join([
        "# Build benchmark: this site against plain Pelican",
        "",
        f"{date.today().isoformat()}, {os.cpu_count()} CPUs ({platform.machine()}), "
        f"Python {platform.python_version()}, Pelican {pelican.__version__}. Medians of "
        f"{RUNS} alternating runs per build, each a fresh process; wall time from start "
        "to exit. Peak memory (ru_maxrss) of the build's own process; the indexer's is "
        "that of Pagefind's binary, a separate process (the largest of the build's "
        "children). Our builds convert each Markdown text once and keep the HTML "
        "(cache/markdown), so all rounds but the first reuse it; plain Pelican runs "
        "with its defaults, which cache nothing. Written by `make bench`.",
        "",
        table(results),
        "",
        "## The preview",
        "",
        "bench/preview_speed.py: from closing the saved file to the page showing the new "
        "text, which `make serve` reloads by itself; the median of "
        f"{preview_speed.RUNS} saves after one unmeasured.",
        "",
        preview_table(preview),
        "",
        "## Search",
        "",
        "bench/search_speed.py: /search/ of the production build, typing "
        f"\"{search_speed.QUERY}\" at once; timed in the page from the first keydown to "
        f"the first result in the list, the median of {search_speed.RUNS} new browser "
        "contexts.",
        "",
        search_table(cold, warm, sizes),
        "",
    ])
    RESULTS.write_text(report, encoding="utf-8")
    print(report)


if __name__ == "__main__":
    main()
