"""The emergency hub in Chromium: numbers reachable without JavaScript, instant filtering by
place, kind and words (in every country when the visitor's has no match), "open now",
quick exit that leaves no way back, no request to another origin, and no axe-core
violation once filtered. The choice of country is tested in test_visitor_country.py."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

HUB = "/emergency/"
EXIT_URL = "https://www.google.com/"  # QUICK_EXIT_URL's default, kept by pelicanconf.py
KINDS = ("crisis-line", "text-line", "chat", "emergency", "police", "ambulance", "fire",
         "violence", "child", "poison", "hospital", "other")


def country(page, code):
    return page.locator(f"section.hub-country[data-country={code}]")


def line(page, code, name):
    return country(page, code).locator("li.hub-line").filter(has_text=name)


def section_order(page):
    return page.locator("section.hub-country").evaluate_all(
        "sections => sections.map(s => s.dataset.country)")


def test_without_javascript_lebanon_comes_first_with_large_tappable_numbers(new_page, server):
    page = new_page(java_script_enabled=False, viewport={"width": 375, "height": 740})
    page.goto(server + HUB)
    lebanon = country(page, "LB")
    expect(lebanon).to_be_visible()
    assert section_order(page)[0] == "LB"
    for number in ("112", "140", "125", "1564"):
        links = lebanon.locator(f"a[href='tel:{number}']")
        assert links.count() >= 1, number
        for link in links.all():
            expect(link).to_be_visible()
            box = link.bounding_box()
            assert box["width"] >= 44 and box["height"] >= 44, (number, box)
    expect(page.locator("[data-hub-filter]")).to_be_hidden()


def test_typing_violence_shows_only_violence_lines_with_lebanons_isf_hotline(page, server):
    page.goto(server + HUB)
    page.fill("#hub-text", "violence")
    shown = page.locator("li.hub-line:visible")
    expect(shown.first).to_be_visible()
    assert set(shown.evaluate_all("lines => lines.map(l => l.dataset.kind)")) == {"violence"}
    isf = line(page, "LB", "ISF domestic violence hotline")
    expect(isf.locator("a[href='tel:1745']")).to_be_visible()
    expect(page.locator("[data-hub-status]")).to_have_text(f"{shown.count()} lines shown.")


def test_choosing_france_puts_it_first_keeps_lebanon_and_is_remembered(page, server):
    page.goto(server + HUB)
    page.select_option("#hub-country", "FR")
    expect(country(page, "FR").locator("a[href='tel:3114']")).to_be_visible()
    expect(country(page, "LB").locator("a[href='tel:1564']")).to_be_visible()
    expect(country(page, "GB")).to_be_hidden()
    order = section_order(page)
    assert order.index("FR") < order.index("LB")
    expect(page.locator("[data-crisis-call]")).to_have_attribute("href", "tel:112")
    expect(page.locator("[data-crisis-place]")).to_have_text("France")

    page.reload()
    expect(page.locator("#hub-country")).to_have_value("FR")
    expect(page.locator("[data-crisis-place]")).to_have_text("France")
    assert section_order(page)[0] == "FR"


def test_a_number_of_another_country_is_found_and_the_status_says_where(page, server):
    page.goto(server + HUB)  # Beirut
    page.fill("#hub-text", "3114")
    expect(page.locator("[data-hub-status]")).to_have_text(
        "No line in Lebanon matches; 1 in France:")
    expect(country(page, "FR").locator("a[href='tel:3114']")).to_be_visible()
    expect(page.locator("li.hub-line:visible")).to_have_count(1)


def test_one_line_is_counted_in_the_singular(page, server):
    page.goto(server + HUB)
    page.fill("#hub-text", "1745")
    expect(page.locator("[data-hub-status]")).to_have_text("1 line shown.")


@pytest.mark.parametrize("word", ["انتحار", "urgence", "suicide", "sui\u200bcide",
                                  "\u200fانتحار"])
def test_a_crisis_word_of_any_language_shows_crisis_and_emergency_lines(page, server, word):
    page.goto(server + HUB)
    page.fill("#hub-text", word)
    shown = page.locator("li.hub-line:visible")
    expect(shown.first).to_be_visible()
    kinds = set(shown.evaluate_all("lines => lines.map(l => l.dataset.kind)"))
    assert "crisis-line" in kinds and kinds <= {"crisis-line", "text-line", "chat",
                                                "emergency", "police", "ambulance", "fire"}
    expect(country(page, "LB").locator("a[href='tel:1564']")).to_be_visible()


def test_every_country_can_be_shown_at_once(page, server):
    page.goto(server + HUB)
    expect(country(page, "GB")).to_be_hidden()
    page.check("#hub-all")
    expect(country(page, "GB")).to_be_visible()
    total = page.locator("li.hub-line").count()
    expect(page.locator("[data-hub-status]")).to_have_text(f"{total} lines shown.")


@pytest.mark.parametrize("how", ["button", "shift"])
def test_quick_exit_replaces_the_hub_so_back_does_not_return_to_it(page, server, how):
    page.context.route(EXIT_URL + "**", lambda route: route.fulfill(
        status=200, content_type="text/html", body="<title>Neutral</title><p>neutral</p>"))
    page.goto(server + "/")
    page.goto(server + HUB)
    exit_link = page.locator("[data-quick-exit]")
    expect(exit_link).to_have_text("Leave this site")
    assert exit_link.get_attribute("href") == EXIT_URL
    if how == "button":
        exit_link.click()
    else:
        for _ in range(3):
            page.keyboard.press("Shift")
    page.wait_for_url(EXIT_URL)
    expect(page).to_have_title("Neutral")

    page.go_back()
    assert page.url != server + HUB
    assert page.url == server + "/"
    expect(page.locator("[data-hub]")).to_have_count(0)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_core_finds_no_violation_after_filtering(page, server, scheme):
    page.emulate_media(color_scheme=scheme)
    page.goto(server + HUB)
    page.select_option("#hub-country", "FR")
    page.fill("#hub-text", "suicide")
    expect(page.locator("[data-hub-status]")).to_contain_text("lines shown")
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


def test_loading_and_filtering_request_nothing_from_another_origin(page, server):
    page.goto(server + HUB, wait_until="networkidle")
    loaded = len(page.requested)
    assert loaded, "the page was not loaded"
    page.select_option("#hub-country", "FR")
    page.select_option("#hub-kind", "crisis-line")
    page.fill("#hub-text", "sui")
    page.fill("#hub-text", "")
    page.select_option("#hub-kind", "")
    page.check("#hub-all")
    page.fill("#hub-text", "child")
    expect(page.locator("[data-hub-status]")).to_contain_text("lines shown")
    # Two frames later any request the new layout triggers (images, fonts) has started.
    page.evaluate("new Promise(done => requestAnimationFrame(() => "
                  "requestAnimationFrame(done)))")
    outside = [url for url in page.requested
               if not url.startswith(server + "/") and not url.startswith("data:")]
    assert outside == []
    assert page.requested[loaded:] == []


QATAR, DUBAI = ZoneInfo("Asia/Qatar"), ZoneInfo("Asia/Dubai")


@pytest.mark.parametrize(("now", "code", "name", "expected"), [
    (datetime(2026, 1, 3, 10, 0, tzinfo=QATAR), "QA", "National Mental Health Helpline",
     "Open now"),  # Saturday, hours Sat-Thu 08:00-18:00
    (datetime(2026, 1, 2, 10, 0, tzinfo=QATAR), "QA", "National Mental Health Helpline",
     "Closed now"),  # Friday
    (datetime(2026, 1, 5, 22, 59, tzinfo=DUBAI), "AE", "Poison and Drug Information",
     "Open now"),  # Monday, hours Weekdays 07:00-23:00
    (datetime(2026, 1, 5, 23, 30, tzinfo=DUBAI), "AE", "Poison and Drug Information",
     "Closed now"),
], ids=["qatar-saturday", "qatar-friday", "dubai-monday-22-59", "dubai-monday-23-30"])
def test_open_now_follows_the_lines_hours_in_its_own_time_zone(
        page, server, now, code, name, expected):
    page.clock.set_fixed_time(now)
    page.goto(server + HUB)
    page.select_option("#hub-country", code)
    badge = line(page, code, name).locator("[data-open-now]")
    expect(badge).to_be_visible()
    expect(badge).to_have_text(expected)


FILTER_AT_SCALE = """([codes, kinds, text]) => {
  const lines = [];
  for (let n = 0; n < 1000; n++) {
    const kind = kinds[n % kinds.length];
    const word = n % 7 === 0 ? "violence" : "help";
    lines.push({country: codes[n % codes.length], kind, text: `line ${n} ${word} ${kind}`});
  }
  const kindWords = window.hubFilter.kindWordMap({violence: "violence"});
  return window.hubFilter.visibleLines(lines, {
    countries: ["FR", "LB"], kind: "", text: text, kindWords: kindWords});
}"""
CODES = ("LB", "FR", "GB", "US", "DE", "QA", "AE", "EG", "JO", "KW")


@pytest.mark.parametrize("text", ["violence", "Violence help"])
def test_filter_logic_picks_the_right_lines_among_a_thousand(page, server, text):
    page.goto(server + HUB)
    shown = page.evaluate(FILTER_AT_SCALE, [list(CODES), list(KINDS), text])
    other_words = [word for word in text.lower().split() if word != "violence"]
    expected = [
        CODES[n % 10] in ("FR", "LB") and KINDS[n % 12] == "violence"
        and all(word in f"line {n} {'violence' if n % 7 == 0 else 'help'} {KINDS[n % 12]}"
                for word in other_words)
        for n in range(1000)
    ]
    assert sum(expected) > 0
    assert sum(shown) == sum(expected)
    assert shown == expected


def test_round_the_clock_lines_are_open_now_even_where_the_country_has_many_zones(page,
                                                                                  server):
    page.goto(server + HUB)
    page.select_option("#hub-country", "US")
    badge = line(page, "US", "988 Suicide & Crisis Lifeline").locator("[data-open-now]")
    expect(badge).to_have_text("Open now")


def test_a_guessed_country_says_so_until_the_visitor_chooses(new_page, server):
    page = new_page(locale="fr-FR", timezone_id="Europe/Paris")
    page.goto(server + HUB)
    note = page.locator("[data-crisis-guess]")
    expect(note).to_have_text("Chosen from your device’s time zone. Change it if it is "
                              "wrong.")
    expect(page.locator("#hub-country")).to_have_attribute("aria-describedby", "hub-guess")
    page.select_option("#hub-country", "LB")
    expect(note).to_be_hidden()
