"""Emergency help without a network (SPEC §6): after one visit to /emergency/, the hub
and the crisis plan open offline with their numbers and styles, another page shows the
offline page, and a rebuild with new emergency data replaces the kept copy."""

import re
import shutil
import urllib.error
import urllib.request

import pytest
from playwright.sync_api import expect

from publisher.build import build
from tests.helpers import CONTENT, ROOT, serving

pytestmark = pytest.mark.service_worker

HUB, PLAN = "/emergency/", "/crisis-plan/"
ARTICLE = "/2023/05/challenges-in-online-therapy-and-solutions/"


def visit_until_kept(page, origin):
    """Open the hub and wait until the worker has kept it (the page then says so)."""
    page.goto(origin + HUB)
    expect(page.locator("[data-offline-note]")).to_be_visible(timeout=15000)


def test_after_one_visit_the_hub_and_the_plan_open_offline(page, server):
    visit_until_kept(page, server)
    page.context.set_offline(True)
    page.goto(server + HUB)
    call = page.locator("[data-crisis-banner] [data-crisis-call]")
    expect(call).to_have_attribute("href", "tel:112")
    assert page.locator(".hub-line a[href^='tel:']").count() > 50
    banner = page.locator("[data-crisis-banner]")  # styled: the stylesheet was kept too
    assert banner.evaluate("e => getComputedStyle(e).backgroundColor") != "rgba(0, 0, 0, 0)"
    page.goto(server + PLAN)
    expect(page.get_by_role("heading", name="My crisis plan")).to_be_visible()
    expect(page.locator("[data-plan-lines] a[href='tel:1564']")).to_be_visible()
    assert page.locator(".plan-private").evaluate(
        "e => getComputedStyle(e).borderTopLeftRadius") != "0px"


def test_an_uncached_page_offline_shows_the_offline_page(page, server):
    visit_until_kept(page, server)
    page.context.set_offline(True)
    page.goto(server + "/about/")
    expect(page.get_by_role("heading", name="You are offline")).to_be_visible()
    expect(page.locator("[data-crisis-call]")).to_have_attribute("href", "tel:112")
    page.get_by_role("link", name=re.compile("Emergency help: numbers")).click()
    expect(page.locator("[data-crisis-banner]")).to_be_visible()


KEPT_URLS = """async () => {
    const urls = [];
    for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) urls.push(new URL(request.url).pathname);
    }
    return urls.sort();
}"""


def test_no_copy_is_kept_of_other_pages_read_online(page, server):
    """The Privacy page lists what is kept: the emergency pages, the crisis plan and the
    offline page with their files, nothing a visitor read. (The browser's own HTTP cache
    is not the site's to empty.)"""
    visit_until_kept(page, server)
    kept = page.evaluate(KEPT_URLS)
    for path in ("/about/", ARTICLE):
        page.goto(server + path)
        expect(page.locator("main h1")).to_be_visible()
    assert page.evaluate(KEPT_URLS) == kept
    pages = [path for path in kept if path.endswith("/")]
    assert sorted(pages) == sorted(f"{prefix}{name}" for prefix in ("/", "/ar/", "/fr/")
                                   for name in ("emergency/", "crisis-plan/", "offline/"))


def test_nothing_is_requested_from_another_origin_and_search_is_never_kept(page, server):
    visit_until_kept(page, server)
    page.goto(server + "/search/?q=embrace")
    expect(page.locator(".search-result").first).to_be_visible()
    kept = page.evaluate("""async () => {
        const names = await caches.keys();
        const urls = [];
        for (const name of names) {
            const cache = await caches.open(name);
            for (const request of await cache.keys()) urls.push(request.url);
        }
        return urls;
    }""")
    assert kept and not [url for url in kept if "/pagefind/" in url]
    outside = [url for url in page.requested
               if not url.startswith(server + "/") and not url.startswith("data:")]
    assert outside == []


@pytest.fixture
def rebuilt_site(tmp_path):
    """A site of its own, served; rebuild() changes a Lebanese line and builds again."""
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    output = tmp_path / "output"

    def rebuild(old="Emergency ambulance and patient transport number",
                new="Ambulance and transport number, checked again"):
        data = content / "emergency" / "lb.yaml"
        text = data.read_text(encoding="utf-8")
        if old:
            assert old in text
            data.write_text(text.replace(old, new, 1), encoding="utf-8")
        build(str(ROOT / "pelicanconf.py"), output=str(output), content=str(content))
        return re.search(r'"cache": "([^"]+)"', (output / "sw.js").read_text()).group(1)

    first = rebuild(old=None)
    with serving(output) as origin:
        yield origin, first, rebuild


def test_a_server_error_on_a_kept_page_shows_the_kept_copy(page, tmp_path):
    """With the server answering 404 for /emergency/, a visitor who has been there
    before still gets the numbers, not "404 Not Found"."""
    output = tmp_path / "output"
    build(str(ROOT / "pelicanconf.py"), output=str(output))
    with serving(output) as origin:
        visit_until_kept(page, origin)
        shutil.rmtree(output / "emergency")  # the server now answers 404 there
        assert urllib.request.urlopen(origin + "/").status == 200
        with pytest.raises(urllib.error.HTTPError, match="404"):
            urllib.request.urlopen(origin + HUB)
        page.goto(origin + HUB)
        expect(page.locator("[data-crisis-call]")).to_have_attribute("href", "tel:112")
        page.goto(origin + "/no/such/page/")  # a page that is not kept: the server's 404
        expect(page.get_by_role("heading", name="You are offline")).to_have_count(0)


def test_a_rebuild_with_new_emergency_data_replaces_the_kept_copy(page, rebuilt_site):
    origin, first, rebuild = rebuilt_site
    visit_until_kept(page, origin)
    assert page.evaluate("caches.keys()") == [first]
    second = rebuild()
    assert second != first
    page.reload()
    expect(page.get_by_text("Ambulance and transport number, checked again")).to_be_visible()
    page.wait_for_function("async name => { const names = await caches.keys();"
                           " return names.length === 1 && names[0] === name; }",
                           arg=second, timeout=15000, polling=250)
    page.context.set_offline(True)
    page.goto(origin + HUB)
    expect(page.get_by_text("Ambulance and transport number, checked again")).to_be_visible()
