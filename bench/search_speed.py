"""How long a visitor of /search/ waits for the first result, and what the first search
downloads, in Chromium.

Run: `.venv/bin/python bench/search_speed.py` (not a test; `make bench` runs it too).
It serves the real site built with the production settings (minified, compressed, as
visitors get it) on 127.0.0.1 as nginx would (the .br copies), as `make lighthouse`
does, and RUNS times opens /search/ in a new browser context, clicks the field and types
"therapy" at once, timing in the page from the first keydown to the first result in
the list:

- first visit: an empty cache, over 400 kbit/s each way with 400 ms of latency
  (Chromium's own network emulation), with the bytes received from the click to the
  result (Pagefind's script, its WebAssembly, the index);
- warm: a second page of the same context, its HTTP cache full, without throttling.
"""

import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from playwright.sync_api import sync_playwright  # noqa: E402

from publisher.lighthouse import build  # noqa: E402
from publisher.server import serving  # noqa: E402
from tests.helpers import BROWSER, QUIET_FLAGS  # noqa: E402

RUNS = 5
QUERY = "therapy"
SLOW_LINK = {"offline": False, "latency": 400, "downloadThroughput": 400_000 / 8,
             "uploadThroughput": 400_000 / 8}


# Timed in the page: from the first keydown to the first result in the list.
TIMER = """() => {
    window.searchTimes = {};
    addEventListener("keydown", () => { searchTimes.key ??= performance.now(); }, true);
    new MutationObserver(() => {
        if (!searchTimes.shown && document.querySelector(".search-result")) {
            searchTimes.shown = performance.now();
        }
    }).observe(document.body, {childList: true, subtree: true});
}"""


def first_result(page, origin):
    """Seconds from the first keystroke to the first result, and the bytes received
    from the click on the field until then."""
    page.goto(origin + "/search/")
    page.wait_for_load_state("load")
    page.evaluate(TIMER)
    received = []
    page.on("requestfinished",
            lambda request: received.append(request.sizes()["responseBodySize"]))
    page.get_by_role("searchbox").click()
    page.keyboard.type(QUERY)
    page.locator(".search-result").first.wait_for()
    times = page.evaluate("searchTimes")
    return (times["shown"] - times["key"]) / 1000, sum(received)


def measure(browser, origin):
    cold, warm, sizes = [], [], []
    for _ in range(RUNS):
        context = browser.new_context(service_workers="block")
        page = context.new_page()
        session = context.new_cdp_session(page)
        session.send("Network.enable")
        session.send("Network.emulateNetworkConditions", SLOW_LINK)
        seconds, size = first_result(page, origin)
        cold.append(seconds)
        sizes.append(size)
        session.send("Network.emulateNetworkConditions",
                     {**SLOW_LINK, "latency": 0, "downloadThroughput": -1,
                      "uploadThroughput": -1})
        warm.append(first_result(context.new_page(), origin)[0])
        context.close()
    return cold, warm, sizes


def main():
    """(first-visit seconds on the slow link, warm seconds, first-visit bytes) of each
    run, after printing their medians."""
    with tempfile.TemporaryDirectory() as folder:
        output = Path(folder) / "output"
        # The server first: its address is the production build's public one.
        with serving(output) as origin, sync_playwright() as playwright:
            build(output, origin)
            browser = playwright.chromium.launch(executable_path=BROWSER, args=QUIET_FLAGS)
            cold, warm, sizes = measure(browser, origin)
            browser.close()
    print(f"Search: typing {QUERY!r} on /search/, median of {RUNS}: the first result "
          f"{statistics.median(cold):.2f} s after the first keystroke on a first visit "
          f"over 400 kbit/s and 400 ms ({statistics.median(sizes) / 1024:.0f} KB "
          f"received), {statistics.median(warm) * 1000:.0f} ms with a warm cache")
    return cold, warm, sizes


if __name__ == "__main__":
    main()
