"""How long a saved article takes to show in the browser under `make serve`.

Run by `make bench` after bench/build_speed.py; prints one line and returns the
figures for bench/results.md. On a copy of the real site (content, theme, plugins,
settings), it starts the preview server (publisher.preview) as `make serve` does,
opens an article in Debian's Chromium (Playwright), then RUNS times, after one
unmeasured save: appends a sentence with a new word to the article's Markdown file and
times from the file's close to the moment the reloaded page shows the word. The
figure is the median; the whole rebuild (every check, the search index) is in it.
"""

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from publisher.browsers import CHROMIUM  # noqa: E402
from tests.helpers import PrintedLines, copy_project  # noqa: E402

RUNS = 3
ARTICLE = "content/articles/2023-05-09-challenges-in-online-therapy-and-solutions.md"
ADDRESS = "/2023/05/challenges-in-online-therapy-and-solutions/"


def start_preview(folder):
    """The preview server on a free port: (process, origin, what it prints)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "publisher.preview", "--port", "0"], cwd=folder,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    output = PrintedLines(process.stdout)
    return process, output.wait_for(r"at (http://127\.0\.0\.1:\d+)/").group(1), output


def save_to_page(page, article, word, output):
    """Seconds from saving `word` into the article to the page showing it; returns once
    the preview has also indexed the search, as a writer's next save would find it."""
    printed = len(output.lines)
    with open(article, "a", encoding="utf-8") as handle:
        handle.write(f"\nA sentence to measure the preview: {word}.\n")
    saved = time.perf_counter()
    page.wait_for_function("word => document.body && document.body.textContent.includes(word)",
                           arg=word, polling="raf", timeout=30_000)
    shown = time.perf_counter() - saved
    output.wait_for(r"^Search: indexed", after=printed)
    return shown


def measure():
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        copy_project(folder)
        process, origin, output = start_preview(folder)
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM)
                page = browser.new_page()
                page.goto(origin + ADDRESS)
                article = folder / ARTICLE
                save_to_page(page, article, "warmup", output)
                seconds = [save_to_page(page, article, f"measured{run}", output)
                           for run in range(RUNS)]
                browser.close()
        finally:
            process.terminate()
            process.wait(timeout=10)
    return seconds


def main():
    seconds = measure()
    print(f"Preview: a saved article shows in {statistics.median(seconds):.2f} s "
          f"(median of {RUNS}: {', '.join(f'{s:.2f}' for s in seconds)})")
    return seconds


if __name__ == "__main__":
    main()
