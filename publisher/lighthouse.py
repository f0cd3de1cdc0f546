"""Lighthouse on the production build, served on this machine: `make lighthouse` and
tests/lighthouse.

`run(pages)` builds the site with publishconf.py, its PUBLIC_URL the local origin it is
then served on by publisher.server (127.0.0.1, a free port), runs Lighthouse (npm, pinned
in package-lock.json) in its default mobile mode on each page, stops the server by its pid
and returns the scores of each page, 0-100. Chromium may resolve no name but 127.0.0.1, so
neither the pages nor the browser itself reach another origin.
"""

import json
import os
import shlex
import subprocess
import sys
import tempfile
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from publisher.browsers import CHROMIUM
from publisher.server import serving

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION = ROOT / "publishconf.py"
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
PAGES = [
    "/",
    "/2023/05/challenges-in-online-therapy-and-solutions/",
    "/emergency/",
    "/search/",
    "/crisis-plan/",
]
# Lighthouse's category ids, and their names in its report.
CATEGORIES = {
    "performance": "Performance",
    "accessibility": "Accessibility",
    "best-practices": "Best Practices",
    "seo": "SEO",
}
# Besides the flags chrome-launcher always adds (no background networking, component
# updates, sync or first-run screens): no window, and no sandbox or /dev/shm, which a
# container run as root does not offer. Every name but 127.0.0.1 fails to resolve.
CHROME_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-dev-shm-usage",
    "--disable-gpu",
    "--host-resolver-rules='MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'",
]
LIGHTHOUSE_TIMEOUT_SECONDS = 300


class LighthouseError(RuntimeError):
    """Lighthouse could not run or score a page; the message says why."""


def run(pages=PAGES, reports=None, log=None, content=None, at_once=1):
    """{page: {category: score 0-100, or None when Lighthouse gave none}} for `pages` of
    the production build (of the folder `content`, if given); each page's JSON report goes
    into the folder `reports` if given (see `report_path`). `log(message)` hears of each
    step. `at_once` audits run side by side: Lighthouse mostly waits for the page to be
    quiet, but Performance, timed on this machine, drops when they share its cores."""
    log = log or (lambda message: None)
    check_tools()
    with tempfile.TemporaryDirectory(prefix="lighthouse-") as work:
        work = Path(work)
        output = work / "output"
        folder = Path(reports).resolve() if reports else work / "reports"
        folder.mkdir(parents=True, exist_ok=True)
        # The server first: the port it gets is the build's public address.
        with serving(output) as origin:
            log(f"Building the production site for {origin} ...")
            build(output, origin, content)

            def scored(page):
                log(f"Lighthouse (mobile): {page}")
                path = report_path(folder, page)
                audit(origin + page, path, cwd=work)
                return category_scores(read(path))

            with ThreadPoolExecutor(max_workers=at_once) as pool:
                return dict(zip(pages, pool.map(scored, pages), strict=True))


def check_tools():
    if not LIGHTHOUSE.exists():
        raise LighthouseError(f"{LIGHTHOUSE.relative_to(ROOT)} is missing: run `npm ci` "
                              "(`make test` and `make lighthouse` run it)")
    if not os.path.exists(CHROMIUM):
        raise LighthouseError(f"no browser at {CHROMIUM}: install Debian's chromium "
                              "(`make test` does, as root) or set CHROME_PATH")


def build(output, origin, content=None):
    """`python -m publisher.build` with publishconf.py into `output`, for `origin`."""
    command = [sys.executable, "-m", "publisher.build", "--settings", str(PRODUCTION),
               "--output", str(output), *(["--content", str(content)] if content else [])]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False,
                            env={**os.environ, "PUBLIC_URL": origin})
    if result.returncode != 0:
        raise LighthouseError(f"the production build failed:\n{result.stderr.strip()}")


def audit(url, path, cwd):
    """Run Lighthouse on `url`, writing its JSON report to `path`."""
    command = [
        str(LIGHTHOUSE), url,
        "--output=json", f"--output-path={path}",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={' '.join(CHROME_FLAGS)}",
        "--no-enable-error-reporting",
        "--quiet",
    ]
    # Lighthouse 12 has no --chrome-path: chrome-launcher takes the browser from
    # CHROME_PATH (and quietly looks for another one when that file does not exist).
    env = {**os.environ, "CHROME_PATH": CHROMIUM}
    try:
        result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True,
                                check=False, timeout=LIGHTHOUSE_TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        raise LighthouseError(f"Lighthouse took over {LIGHTHOUSE_TIMEOUT_SECONDS} s on "
                              f"{url}") from None
    if result.returncode != 0 or not Path(path).exists():
        raise LighthouseError(f"Lighthouse failed on {url}: {shlex.join(command)}\n"
                              f"{result.stderr.strip()}")


def report_path(folder, page):
    """Where `run` writes the report of `page`: home.json, 2023-05-....json, emergency.json."""
    name = page.strip("/").replace("/", "-") or "home"
    return Path(folder) / f"{name}.json"


def read(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def category_scores(report):
    return {category: None if report["categories"][category]["score"] is None
            else round(100 * report["categories"][category]["score"])
            for category in CATEGORIES}


# The categories that must score 100; Performance depends on the machine as well.
STRICT = ["accessibility", "best-practices", "seo"]


def notes(report):
    """What a report says needs a look: each scored audit of the STRICT categories that
    did not pass, Lighthouse's warnings, and any request to another origin."""
    lines = []
    for category in STRICT:
        for ref in report["categories"][category]["auditRefs"]:
            result = report["audits"][ref["id"]]
            if ref["weight"] > 0 and result["score"] is not None and result["score"] < 1:
                lines.append(f"{CATEGORIES[category]}: {ref['id']}: {result['title']}")
    lines += [f"warning: {warning}" for warning in report.get("runWarnings", [])]
    lines += [f"request to another origin: {url}" for url in foreign_requests(report)]
    return lines


def foreign_requests(report):
    """The page's requests to any origin but its own (there should be none)."""
    own = urllib.parse.urlsplit(report["requestedUrl"]).netloc
    items = report["audits"]["network-requests"].get("details", {}).get("items", [])
    urls = [urllib.parse.urlsplit(item["url"]) for item in items]
    return [url.geturl() for url in urls
            if url.scheme in ("http", "https", "ws", "wss") and url.netloc != own]


def table(scores):
    """The scores as a text table: one line per page."""
    width = max(len("page"), *(len(page) for page in scores))
    head = "  ".join([f"{'page':<{width}}", *CATEGORIES.values()])
    lines = [head, "-" * len(head)]
    for page, results in scores.items():
        cells = [f"{'-' if results[c] is None else results[c]:>{len(name)}}"
                 for c, name in CATEGORIES.items()]
        lines.append("  ".join([f"{page:<{width}}", *cells]))
    return "\n".join(lines)
