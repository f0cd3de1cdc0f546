"""Shared fixtures: sites built into temporary folders, a local server for them, and
Debian's Chromium driven by Playwright (a missing browser fails the tests: never a skip)."""

import os
import shutil

import pytest
from playwright.sync_api import sync_playwright

from publisher.build import build
from tests.helpers import BROWSER, CONTENT, QUIET_FLAGS, ROOT, serving


@pytest.fixture
def build_site(tmp_path):
    """build_site(content=None, settings="pelicanconf.py") -> output folder.

    Builds into tmp_path/output with the real build; `content` may name another
    content folder (see `content_copy`)."""

    def _build(content=None, settings="pelicanconf.py"):
        output = tmp_path / "output"
        build(str(ROOT / settings), output=str(output),
              content=str(content) if content else None)
        return output

    return _build


@pytest.fixture
def content_copy(tmp_path):
    """A writable copy of the site's content folder."""
    copy = tmp_path / "content"
    shutil.copytree(CONTENT, copy)
    return copy


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """The site built once with local settings, shared by read-only tests."""
    output = tmp_path_factory.mktemp("site") / "output"
    build(str(ROOT / "pelicanconf.py"), output=str(output))
    return output


@pytest.fixture(scope="session")
def published_site(tmp_path_factory):
    """The site built once with production settings (publishconf.py)."""
    output = tmp_path_factory.mktemp("published") / "output"
    build(str(ROOT / "publishconf.py"), output=str(output))
    return output


@pytest.fixture(scope="session")
def server(site):
    """The built site served on 127.0.0.1 by publisher.server; stopped by its pid."""
    with serving(site) as origin:
        yield origin


@pytest.fixture
def good_output(tmp_path, site):
    """An output folder of a good build (a copy of `site`'s), to be kept by bad ones."""
    output = tmp_path / "output"
    shutil.copytree(site, output)
    return output


@pytest.fixture
def measured(record_property):
    """measured(line): a figure the test measured, listed at the end of the run (the
    tests run in several processes, whose own output pytest does not show)."""
    return lambda line: record_property("measured", line)


def pytest_terminal_summary(terminalreporter):
    lines = sorted(value for reports in terminalreporter.stats.values() for report in reports
                   if getattr(report, "when", None) == "call"
                   for name, value in getattr(report, "user_properties", ())
                   if name == "measured")
    if lines:
        terminalreporter.section("measured")
        for line in lines:
            terminalreporter.write_line(line)


def pytest_collection_modifyitems(items):
    for item in items:
        if "/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    assert os.path.exists(BROWSER), (
        f"no browser at {BROWSER}: `make test` installs Debian's "
        "chromium-headless-shell as root, or set CHROME_PATH")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=BROWSER, args=QUIET_FLAGS)
        yield chromium
        chromium.close()


def worker_option(request):
    """The site's service worker runs only in tests marked `service_worker` (the offline
    tests): elsewhere it would download every kept page at each test's first visit, and
    answer some navigations in the network's place."""
    allowed = request.node.get_closest_marker("service_worker") is not None
    return "allow" if allowed else "block"


@pytest.fixture
def page(browser, request):
    """A fresh page in Beirut's time zone; `page.requested` lists every URL it asked for.

    The time zone is fixed so the emergency hub preselects the same country on every
    machine (it guesses it from the time zone)."""
    context = browser.new_context(timezone_id="Asia/Beirut",
                                  service_workers=worker_option(request))
    tab = context.new_page()
    tab.requested = []
    tab.on("request", lambda request: tab.requested.append(request.url))
    yield tab
    context.close()


@pytest.fixture
def new_page(browser, request):
    """new_page(**context_options) -> a page in its own browser context, closed after."""
    contexts = []

    def _open(**options):
        context = browser.new_context(**{"service_workers": worker_option(request),
                                         **options})
        contexts.append(context)
        return context.new_page()

    yield _open
    for context in contexts:
        context.close()
