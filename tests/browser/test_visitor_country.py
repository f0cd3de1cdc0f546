"""The visitor's country in Chromium (SPEC §6): from the time zone alone, never the
browser's language; a country we list no numbers for is named with the mobile fallback;
no zone means Lebanon; a choice made on the device wins. Then what a person in crisis
sees first on a phone, and a quick exit that stays in reach and speaks."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

HUB = "/emergency/"
PHONE = {"width": 390, "height": 844}
EXIT_URL = "https://www.google.com/"  # QUICK_EXIT_URL's default, kept by pelicanconf.py

# (time zone, browser language) -> (the banner's country, its number); None: not listed.
VISITORS = [
    ("Asia/Beirut", "ar", "Lebanon", "112"),
    ("Europe/Madrid", "en-GB", "Spain", "112"),
    ("Europe/Rome", "en-US", "Italy", "112"),
    ("Africa/Lagos", "en-GB", "Nigeria", "112"),
    ("Asia/Kolkata", "en-US", "India", None),        # Chromium reports Asia/Calcutta
    ("Europe/Istanbul", "tr", "Türkiye", "112"),
    ("America/New_York", "en-US", "United States", "911"),
    ("Europe/Paris", "fr", "France", "112"),
    ("America/Sao_Paulo", "en-GB", "Brazil", "190"),
    ("Asia/Riyadh", "en-US", "Saudi Arabia", "911"),
    ("Asia/Tokyo", "en-GB", "Japan", None),
    ("UTC", "en-GB", "Lebanon", "112"),              # a zone of no country
    ("Etc/GMT+3", "en-US", "Lebanon", "112"),
]


def banner(page):
    return page.locator("[data-crisis-banner]")


def banner_numbers(page):
    """The tel: numbers the banner shows."""
    return banner(page).locator("a[href^='tel:']:visible").evaluate_all(
        "links => links.map(a => a.getAttribute('href').slice(4))")


@pytest.mark.parametrize(("zone", "locale", "name", "number"), VISITORS,
                         ids=[f"{zone}-{locale}" for zone, locale, *_ in VISITORS])
def test_the_banner_shows_the_country_of_the_time_zone(new_page, server, zone, locale,
                                                        name, number):
    page = new_page(timezone_id=zone, locale=locale)
    page.goto(server + HUB)
    expect(banner(page).locator("[data-crisis-place]")).to_have_text(name)
    if number:
        expect(banner(page).locator("[data-crisis-call]")).to_have_attribute(
            "href", f"tel:{number}")
        expect(banner(page).locator("[data-crisis-unlisted]")).to_be_hidden()
    else:
        unlisted = banner(page).locator("[data-crisis-unlisted]")
        expect(unlisted).to_be_visible()
        expect(unlisted.locator("[data-crisis-unlisted-title]")).to_have_text(
            f"We do not list the numbers of {name}.")
        expect(banner(page).locator("[data-crisis-listed]")).to_be_hidden()
        # The mobile fallback, and nothing else: never another country's number.
        assert banner_numbers(page) == ["112", "911"]
        expect(unlisted).to_contain_text("not guaranteed from a landline")
        expect(page.locator("#hub-country")).to_have_value(
            page.evaluate("() => window.siteCountry.current"))
    expect(page.locator("#hub-country option:checked")).to_contain_text(name)


def test_the_browser_language_never_picks_the_country(new_page, server):
    """An English (UK) browser in Madrid is in Spain: 999 is nowhere in the banner."""
    page = new_page(timezone_id="Europe/Madrid", locale="en-GB")
    page.goto(server + HUB)
    expect(banner(page).locator("[data-crisis-place]")).to_have_text("Spain")
    assert "999" not in banner_numbers(page)


def test_without_a_time_zone_the_banner_is_lebanons_and_asks_for_the_country(new_page,
                                                                             server):
    page = new_page(timezone_id="UTC")
    page.goto(server + HUB)
    assert banner_numbers(page)[:2] == ["112", "1564"]
    note = page.locator("[data-crisis-guess]")
    expect(note).to_have_text("Your device did not tell us where you are. Choose your "
                              "country.")
    expect(page.locator("#hub-country")).to_be_visible()


def test_a_choice_made_on_the_device_wins_over_the_time_zone(new_page, server):
    page = new_page(timezone_id="America/New_York")
    page.add_init_script("localStorage.setItem('hub-country', 'FR')")
    page.goto(server + HUB)
    expect(banner(page).locator("[data-crisis-place]")).to_have_text("France")
    expect(banner(page).locator("[data-crisis-call]")).to_have_attribute("href", "tel:112")
    expect(page.locator("[data-crisis-guess]")).to_be_hidden()


def test_picking_a_country_shows_it_everywhere_and_is_remembered(new_page, server):
    page = new_page(timezone_id="Asia/Tokyo")
    page.goto(server + HUB)
    page.select_option("#hub-country", "GB")
    expect(banner(page).locator("[data-crisis-call]")).to_have_attribute("href", "tel:999")
    for path in ("/search/?q=suicide", "/crisis-plan/", HUB):
        page.goto(server + path)
        expect(page.locator("[data-crisis-place]").first).to_have_text("United Kingdom")


def test_saudi_911_names_its_regions_and_the_numbers_for_elsewhere(new_page, server):
    page = new_page(timezone_id="Asia/Riyadh")
    page.goto(server + HUB)
    expect(banner(page).locator("[data-crisis-region]")).to_have_text(
        "Riyadh, Makkah, Madinah, Eastern Province")
    elsewhere = banner(page).locator("[data-crisis-elsewhere] a")
    assert sorted(elsewhere.evaluate_all("links => links.map(a => a.getAttribute('href'))")) \
        == ["tel:997", "tel:998", "tel:999"]


def test_a_text_line_is_offered_with_its_keyword_when_it_is_the_support_line(new_page,
                                                                             server):
    page = new_page()
    page.add_init_script("localStorage.setItem('hub-country', 'US')")
    page.goto(server + HUB)
    support = banner(page).locator("[data-crisis-line]")
    expect(support).to_have_attribute("href", "tel:988")


def in_viewport(box, height=PHONE["height"]):
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= height


def test_the_first_screen_of_a_phone_in_beirut_holds_exit_112_and_1564(new_page, server,
                                                                       measured):
    page = new_page(viewport=PHONE, timezone_id="Asia/Beirut")
    page.goto(server + HUB)
    call, line = page.locator("[data-crisis-call]"), page.locator("[data-crisis-line]")
    expect(call).to_have_attribute("href", "tel:112")
    expect(line).to_have_attribute("href", "tel:1564")
    expect(line).to_contain_text("Embrace LifeLine")
    for name, element in (("quick exit", page.locator("[data-quick-exit]")), ("112", call),
                          ("1564", line)):
        box = element.bounding_box()
        assert in_viewport(box), box
        measured(f"the hub at 390 x 844 px in Beirut, {name}: top {box['y']:.0f} px, "
                 f"bottom {box['y'] + box['height']:.0f} px")


@pytest.mark.parametrize("path", [HUB, "/crisis-plan/", "/search/?q=suicide",
                                  "/ar/emergency/", "/fr/crisis-plan/"])
def test_quick_exit_stays_in_view_at_the_bottom_of_the_page(new_page, server, path):
    page = new_page(viewport=PHONE, timezone_id="Asia/Beirut")
    page.goto(server + path)
    expect(page.locator("[data-quick-exit]")).to_be_visible()
    page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
    page.wait_for_function("window.scrollY > 0")
    assert in_viewport(page.locator("[data-quick-exit]").bounding_box())


def test_a_search_without_a_crisis_word_shows_no_quick_exit(new_page, server):
    page = new_page()
    page.goto(server + "/search/?q=therapy")
    expect(page.locator("[data-search-results] li").first).to_be_visible()
    expect(page.locator("[data-quick-exit]")).to_be_hidden()


def test_each_shift_press_is_announced_and_the_count_resets_after_a_pause(new_page, server):
    page = new_page()
    page.clock.install()
    page.goto(server + HUB)
    status = page.locator("[data-quick-exit-status]")
    expect(status).to_have_attribute("aria-live", "assertive")
    page.keyboard.press("Shift")
    expect(status).to_have_text("Press Shift 2 more times to leave.")
    page.keyboard.press("Shift")
    expect(status).to_have_text("Press Shift 1 more time to leave.")
    page.clock.run_for(2100)
    expect(status).to_have_text("")
    page.keyboard.press("Shift")  # the count started again: one press, not a third
    expect(status).to_have_text("Press Shift 2 more times to leave.")
    page.evaluate("window.dispatchEvent(new PageTransitionEvent('pageshow', "
                  "{persisted: true}))")
    expect(status).to_have_text("")
    page.keyboard.press("Shift")
    expect(status).to_have_text("Press Shift 2 more times to leave.")
    assert page.url == server + HUB


def test_shift_is_announced_in_the_pages_language(new_page, server):
    page = new_page()
    page.goto(server + "/fr/emergency/")
    page.keyboard.press("Shift")
    expect(page.locator("[data-quick-exit-status]")).to_have_text(
        "Appuyez encore 2 fois sur Maj pour partir.")


def test_three_shift_presses_leave_the_crisis_plan(new_page, server):
    page = new_page()
    page.context.route(EXIT_URL + "**", lambda route: route.fulfill(
        status=200, content_type="text/html", body="<title>Neutral</title>"))
    page.goto(server + "/crisis-plan/")
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(EXIT_URL)


AXE_PAGES = ["emergency/", "crisis-plan/", "search/?q=suicide"]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("prefix", ["", "ar/", "fr/"])
@pytest.mark.parametrize("path", AXE_PAGES)
def test_axe_core_finds_no_violation(new_page, server, path, prefix, scheme):
    page = new_page(viewport=PHONE, timezone_id="Asia/Beirut", color_scheme=scheme)
    page.goto(f"{server}/{prefix}{path}")
    if path.startswith("search"):
        expect(page.locator("[data-search-crisis]")).to_be_visible()
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()
