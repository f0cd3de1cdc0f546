"""How long brotli and gzip take, and how small they make the site, at each level.

Run: `.venv/bin/python bench/compression.py [N]` (not a test). It builds the site with
N generated articles (default 1,000) with the production settings but without
precompression, then compresses every text file once per level on one core and prints
seconds and total bytes per level. plugins/assets/finish.py takes its levels from this.
"""

import gzip
import sys
import tempfile
import time
from pathlib import Path

import brotli

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import write_corpus  # noqa: E402
from plugins.assets.finish import COMPRESSED  # noqa: E402
from publisher.build import build  # noqa: E402
from tests.helpers import settings_file  # noqa: E402


def texts(output):
    return [p.read_bytes() for p in sorted(output.rglob("*")) if p.suffix in COMPRESSED]


def timed(compress, data):
    started = time.perf_counter()
    size = sum(len(compress(item)) for item in data)
    return time.perf_counter() - started, size


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        content = write_corpus(work / "content", count)
        settings = settings_file(work, ASSETS_MINIFY=True, ASSETS_FINGERPRINT=True,
                                 ASSETS_PRECOMPRESS=False)
        build(str(settings), output=str(work / "output"), content=str(content))
        data = texts(work / "output")
    raw = sum(len(item) for item in data)
    print(f"{len(data)} text files, {raw / 1024:,.0f} KiB raw, {count} articles")
    print("| method | seconds (1 core) | total | % of raw |")
    print("|---|---:|---:|---:|")
    for level in (4, 6, 9):
        seconds, size = timed(lambda d, lv=level: gzip.compress(d, lv, mtime=0), data)
        print(f"| gzip -{level} | {seconds:.2f} | {size / 1024:,.0f} KiB "
              f"| {100 * size / raw:.1f} |")
    for quality in (5, 7, 9, 10, 11):
        seconds, size = timed(lambda d, q=quality: brotli.compress(d, quality=q), data)
        print(f"| brotli {quality} | {seconds:.2f} | {size / 1024:,.0f} KiB "
              f"| {100 * size / raw:.1f} |")


if __name__ == "__main__":
    main()
