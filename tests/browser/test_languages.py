"""The Arabic and French site in Chromium (SPEC §5): Arabic pages mirror (the quick exit
and the WhatsApp button change sides), numbers stay one-tap tel: links read left to
right, the hub filters by Arabic words, Arabic search answers crisis words first, the
language switch keeps the visitor on the same page, and axe-core finds no violation."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

PAGES = ("", "emergency/", "crisis-plan/", "search/", "about/", "contact/", "privacy/",
         "online-therapy/")


def centre_x(locator):
    box = locator.bounding_box()
    return box["x"] + box["width"] / 2


def test_the_arabic_hub_is_mirrored(new_page, server):
    sides = {}
    for prefix in ("", "ar/"):
        page = new_page(viewport={"width": 1024, "height": 800}, timezone_id="Asia/Beirut")
        page.goto(f"{server}/{prefix}emergency/")
        sides[prefix] = (centre_x(page.locator("[data-quick-exit]")),
                         centre_x(page.locator("[data-wa-open]")))
    (exit_en, wa_en), (exit_ar, wa_ar) = sides[""], sides["ar/"]
    assert wa_en > 512 > wa_ar  # the WhatsApp button: right in English, left in Arabic
    assert (exit_en < 512) != (exit_ar < 512)  # the quick exit changes side too


def test_arabic_numbers_are_tel_links_read_left_to_right(page, server):
    page.goto(server + "/ar/emergency/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    call = page.locator("[data-crisis-banner] [data-crisis-call]")
    expect(call).to_have_attribute("href", "tel:112")
    # The banner's button reads in the page's direction, its number isolated inside it.
    assert "\u2066112\u2069" in call.locator("[data-call-action]").inner_text()
    lines = page.locator("[data-country=LB] .hub-line a[href^='tel:']")
    assert lines.count() >= 11
    for link in lines.all():
        assert link.evaluate("e => getComputedStyle(e).direction") == "ltr"


def test_the_hub_filters_by_arabic_words(page, server):
    page.goto(server + "/ar/emergency/")
    name = page.locator("#lb-lebanese-red-cross-ambulance h4").text_content()
    word = max(name.split(), key=len)
    page.fill("#hub-text", word)
    expect(page.locator("#lb-lebanese-red-cross-ambulance")).to_be_visible()
    expect(page.locator("#lb-internal-security-forces-police")).to_be_hidden()


def test_arabic_search_answers_a_crisis_word_first(page, server):
    page.goto(server + "/ar/search/?q=انتحار")
    block = page.locator("[data-search-crisis]")
    expect(block).to_be_visible()
    assert block.locator("a[href^='tel:']").first.get_attribute("href") == "tel:112"
    expect(page.locator("[data-search-status]")).not_to_be_empty()


def test_the_language_switch_keeps_the_visitor_on_the_same_page(page, server):
    page.goto(server + "/emergency/")
    page.locator(".lang-switch a[hreflang=ar]").click()
    page.wait_for_url("**/ar/emergency/")
    page.locator(".lang-switch a[hreflang=fr]").click()
    page.wait_for_url("**/fr/emergency/")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    page.goto(server + "/fr/about/")
    page.locator(".lang-switch a[hreflang=en]").click()
    page.wait_for_url("**/about/")
    assert not page.url.endswith("/fr/about/")


@pytest.mark.parametrize("prefix", ["ar/", "fr/"])
@pytest.mark.parametrize("key", PAGES)
def test_axe_core_finds_no_violation_in_arabic_and_french(page, server, prefix, key):
    page.goto(f"{server}/{prefix}{key}")
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


def test_axe_core_finds_no_violation_in_arabic_in_dark_mode(page, server):
    page.emulate_media(color_scheme="dark")
    page.goto(f"{server}/ar/emergency/")
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()
