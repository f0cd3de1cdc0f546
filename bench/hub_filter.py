"""How long one pass of the emergency hub's filter takes with 1,000 lines, in Chromium.

Run from anywhere: `.venv/bin/python bench/hub_filter.py` (not a test: pytest skips bench/).
It copies content/, appends generated lines to the real country files until the hub holds
at least 1,000, builds that copy into a temporary folder, serves it locally and times, in
the page, typing into the search box: the filter's script plus the style and layout it
causes (what must fit in one 16.7 ms frame), and the wait until the next frame is drawn.
"""

import shutil
import statistics
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from playwright.sync_api import sync_playwright  # noqa: E402

from publisher.build import build  # noqa: E402
from tests.helpers import BROWSER, QUIET_FLAGS, serving  # noqa: E402

TARGET_LINES = 1000
RUNS = 21
FRAME_MS = 1000 / 60
QUERIES = ["violence", "112", "line 5", "suicide help", "no such words"]
KINDS = ("emergency", "police", "ambulance", "fire", "crisis-line", "text-line", "chat",
         "violence", "child", "poison", "hospital", "other")

# One filter pass, timed in the page: set the words and fire 'input' (the script), force
# style and layout (script + layout: what must fit in a frame), then wait two frames (until
# drawn). Runs alternate with an empty box, so every timed run changes what is shown.
TIME_ONE_QUERY = """async ([query, runs]) => {
  const box = document.querySelector("#hub-text");
  const frame = () => new Promise(done => requestAnimationFrame(done));
  const type = (text) => { box.value = text; box.dispatchEvent(new Event("input")); };
  const script = [], work = [], drawn = [];
  for (let i = 0; i < runs; i++) {
    type(""); await frame(); await frame();
    const start = performance.now();
    type(query);
    script.push(performance.now() - start);
    document.body.offsetHeight;  // style and layout now, inside the timing
    work.push(performance.now() - start);
    await frame(); await frame();
    drawn.push(performance.now() - start);
  }
  return {script, work, drawn, status: document.querySelector("[data-hub-status]").textContent};
}"""


def generated_content(folder):
    """A copy of content/ whose country files hold, together, at least TARGET_LINES lines."""
    content = Path(folder) / "content"
    shutil.copytree(ROOT / "content", content)
    files = sorted((content / "emergency").glob("*.yaml"))
    data = {path: yaml.safe_load(path.read_text(encoding="utf-8")) for path in files}
    missing = TARGET_LINES - sum(len(d["resources"]) for d in data.values())
    per_file = -(-missing // len(files))
    n = 0
    for path, country in data.items():
        for _ in range(per_file):
            n += 1
            country["resources"].append({
                "name": f"Generated line {n}", "kind": KINDS[n % len(KINDS)],
                "phone": "112", "languages": ["en"], "source_date": "2026-01-01",
                "description": f"Generated line number {n}, for timing the filter only.",
                "source": f"https://example.org/{n}",
            })
        path.write_text(yaml.safe_dump(country, allow_unicode=True, sort_keys=False),
                        encoding="utf-8")
    return content


def main():
    with tempfile.TemporaryDirectory() as folder:
        content = generated_content(folder)
        output = Path(folder) / "output"
        build(str(ROOT / "pelicanconf.py"), output=str(output), content=str(content))
        with serving(output) as origin, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=BROWSER, args=QUIET_FLAGS)
            page = browser.new_page()
            page.goto(origin + "/emergency/")
            page.check("#hub-all")  # every country: every line counts
            lines = page.locator("li.hub-line").count()
            print(f"{lines} lines on /emergency/, median of {RUNS} runs per query")
            print(f"{'query':<16}{'script ms':>10}{'+layout ms':>12}{'drawn ms':>10}"
                  f"  fits one frame ({FRAME_MS:.1f} ms)  status")
            for query in QUERIES:
                result = page.evaluate(TIME_ONE_QUERY, [query, RUNS])
                script, work, drawn = (statistics.median(result[key])
                                       for key in ("script", "work", "drawn"))
                fits = "yes" if work <= FRAME_MS else "NO"
                print(f"{query!r:<16}{script:>10.1f}{work:>12.1f}{drawn:>10.1f}"
                      f"  {fits:<29}{result['status']}")
            browser.close()


if __name__ == "__main__":
    main()
