"""The build for a host that sends no headers (GitHub Pages): the same
Content-Security-Policy as nginx sends, as a <meta http-equiv>, without the directives
only a header can carry; in Chromium, no page breaks it."""

import os
import re
import subprocess
import sys

import pytest
from playwright.sync_api import expect

from tests.helpers import ROOT, html_files, serving, soup

PAGES = ["/", "/2023/05/challenges-in-online-therapy-and-solutions/", "/emergency/",
         "/crisis-plan/", "/search/?q=suicide", "/ar/emergency/"]
WATCH = ("document.addEventListener('securitypolicyviolation', e => "
         "(window.__violations = window.__violations || [])"
         ".push(e.violatedDirective + ' ' + e.blockedURI))")


def header_policy():
    """The policy nginx sends, from deploy/nginx/headers.conf."""
    text = (ROOT / "deploy/nginx/headers.conf").read_text(encoding="utf-8")
    return re.search(r'add_header Content-Security-Policy "([^"]+)"', text).group(1)


@pytest.fixture(scope="module")
def pages_site(tmp_path_factory):
    """The production build with PUBLISH_TARGET=pages, served on 127.0.0.1."""
    output = tmp_path_factory.mktemp("pages") / "output"
    output.mkdir()
    with serving(output) as origin:
        built = subprocess.run(
            [sys.executable, "-m", "publisher.build", "--settings", "publishconf.py",
             "--output", str(output)], cwd=ROOT, capture_output=True, text=True,
            check=False, env={**os.environ, "PUBLISH_TARGET": "pages", "PUBLIC_URL": origin})
        assert built.returncode == 0, built.stderr
        yield output, origin


def test_the_header_policy_is_the_sites_setting():
    from pelican.settings import read_settings
    assert header_policy() == read_settings(str(ROOT / "pelicanconf.py"))[
        "CONTENT_SECURITY_POLICY"]


def test_every_page_carries_the_policy_first_in_its_head(pages_site):
    output, _ = pages_site
    expected = header_policy().replace("; frame-ancestors 'none'", "")
    pages = [path for path in html_files(output) if "/pagefind/" not in str(path)]
    assert len(pages) > 30
    for path in pages:
        tags = soup(path).find_all(True)  # minified: no <head> tag, so in document order
        metas = [tag for tag in tags if tag.get("http-equiv") == "Content-Security-Policy"]
        assert [meta["content"] for meta in metas] == [expected], path
        first_load = next(tag for tag in tags if tag.name in ("script", "link", "style"))
        assert tags.index(metas[0]) < tags.index(first_load), path


@pytest.mark.parametrize("path", PAGES)
def test_no_page_breaks_the_policy_in_chromium(new_page, pages_site, path):
    _, origin = pages_site
    page = new_page(timezone_id="Asia/Beirut")
    page.add_init_script(WATCH)
    page.goto(origin + path, wait_until="networkidle")
    if path.startswith("/search/"):
        expect(page.locator(".search-result").first).to_be_visible()
    page.click("[data-wa-open]")  # the WhatsApp script ran under the policy
    expect(page.locator("#wa-panel")).to_be_visible()
    assert page.evaluate("window.__violations || []") == []
