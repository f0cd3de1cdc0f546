"""Debian's Chromium driven by Playwright. A missing browser fails the tests: never a skip."""

import os

import pytest
from playwright.sync_api import sync_playwright

BROWSER = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
# Keep Chromium from calling home: this machine, and the site, reach no other origin.
QUIET_FLAGS = ["--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--no-first-run", "--disable-gpu"]


def pytest_collection_modifyitems(items):
    for item in items:
        if "/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    assert os.path.exists(BROWSER), (
        f"no browser at {BROWSER}: `make test` installs Debian's chromium as root, "
        "or set CHROME_PATH")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=BROWSER, args=QUIET_FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A fresh page in Beirut's time zone; `page.requested` lists every URL it asked for.

    The time zone is fixed so the emergency hub preselects the same country on every
    machine (it guesses from the time zone, then the language)."""
    context = browser.new_context(timezone_id="Asia/Beirut")
    tab = context.new_page()
    tab.requested = []
    tab.on("request", lambda request: tab.requested.append(request.url))
    yield tab
    context.close()
