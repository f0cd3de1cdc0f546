"""Reading the site in Chromium: nothing leaves the local origin, axe-core finds no
violation in light or dark mode, and the skip link takes keyboard users to the content."""

import pytest
from axe_playwright_python.sync_playwright import Axe

PAGES = {
    "home": "/",
    "article": "/2023/05/challenges-in-online-therapy-and-solutions/",
    "page": "/online-therapy/",
    "emergency": "/emergency/",
    "search": "/search/",
    "crisis-plan": "/crisis-plan/",
    "offline": "/offline/",
    "listing": "/category/online-therapy/",
    "404": "/no/such/page/",
}


@pytest.mark.parametrize("name", PAGES)
def test_page_requests_nothing_from_another_origin(page, server, name):
    page.goto(server + PAGES[name], wait_until="networkidle")
    assert page.requested, "the page was not loaded"
    outside = [url for url in page.requested
               if not url.startswith(server + "/") and not url.startswith("data:")]
    assert outside == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", PAGES)
def test_axe_core_finds_no_violation(page, server, name, scheme):
    page.emulate_media(color_scheme=scheme)
    page.goto(server + PAGES[name])
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


def test_skip_link_is_first_and_moves_focus_to_main_content(page, server):
    page.goto(server + PAGES["article"])
    page.keyboard.press("Tab")
    skip = page.evaluate("document.activeElement.textContent")
    assert skip == "Skip to main content"
    assert page.evaluate("document.activeElement.getBoundingClientRect().top") >= 0
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    page.keyboard.press("Tab")
    first_in_main = page.evaluate("document.activeElement.closest('main') !== null")
    assert first_in_main


def test_reader_reaches_an_article_from_home_and_the_emergency_hub_in_one_tap(page, server):
    page.set_viewport_size({"width": 375, "height": 740})
    page.goto(server + "/")
    page.get_by_role("link", name="Online Therapy in Emergencies").click()
    assert page.url == server + "/2023/06/online-therapy-emergencies/"
    heading = page.get_by_role("heading", level=2, name="Accessing Emergency Services")
    assert heading.is_visible()
    page.get_by_role("banner").get_by_role("link", name="Emergency help").click()
    assert page.locator("[data-crisis-call]").get_attribute("href") == "tel:112"


@pytest.mark.parametrize("name", ["home", "article", "emergency"])
def test_header_and_phone_links_are_at_least_44_px_tap_targets_on_a_phone(page, server, name):
    page.set_viewport_size({"width": 375, "height": 740})
    page.goto(server + PAGES[name])
    links = page.locator("header.site-header a, main a[href^='tel:']").all()
    for link in [link for link in links if link.is_visible()]:  # the hub hides some
        box = link.bounding_box()
        assert box["width"] >= 44 and box["height"] >= 44, link.inner_text()


def test_article_is_readable_without_horizontal_scroll_on_a_phone(page, server):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(server + PAGES["article"])
    assert page.evaluate("document.documentElement.scrollWidth") <= 320


def test_dark_mode_follows_the_system_setting(page, server):
    background = "getComputedStyle(document.body).backgroundColor"
    page.emulate_media(color_scheme="light")
    page.goto(server + PAGES["article"])
    light = page.evaluate(background)
    page.emulate_media(color_scheme="dark")
    assert page.evaluate(background) != light


def test_print_leaves_out_navigation_and_keeps_the_article(page, server):
    page.goto(server + PAGES["article"])
    page.emulate_media(media="print")
    assert not page.locator(".site-nav").is_visible()
    assert not page.locator(".skip-link").is_visible()
    assert page.get_by_role("heading", level=1).is_visible()
    assert page.locator(".disclaimer").is_visible()
