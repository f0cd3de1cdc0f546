"""Site search in Chromium (SPEC §8): results as you type for articles, pages and
emergency lines, crisis words answered first with the visitor's numbers, filters,
result text shown as text, the bundle loaded only by the search page, no request to
another origin, and no axe-core violation."""

import re
import shutil
from urllib.parse import urlencode

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from publisher.build import build
from tests.helpers import CONTENT, ROOT, serving

ARTICLE = "/2023/05/challenges-in-online-therapy-and-solutions/"
ARTICLE_TITLE = "Challenges in Online Therapy and Solutions"
EMBRACE = "lb-embrace-lifeline-national-emotional"
TRAP_TITLE = "<img src=x onerror=alert(1)>"
TRAP_ARTICLE = f"""Title: {TRAP_TITLE}
Slug: markup-in-the-title
Date: 2024-02-01 10:00
Category: Online therapy
Tags: markup
Summary: A page whose title is markup.

Quokkaesque words with markup as text: `<b>bold</b>` and `<script>alert(2)</script>`.

<div data-pagefind-ignore markdown="1">
A wombatish paragraph left out of the index, as the README shows.
</div>
"""
CRISIS_QUERIES = ("suicide", "I want to kill myself", "emergency", "urgence", "Urgences",
                  "انتحار", "طوارئ", "أنتحر")
CALM_QUERIES = ("nonverbal", "sessions", "therapy online")


@pytest.fixture(scope="module")
def trap_site(tmp_path_factory):
    """The site plus an article titled with markup, built and served once."""
    folder = tmp_path_factory.mktemp("trap")
    shutil.copytree(CONTENT, folder / "content")
    (folder / "content" / "articles" / "trap.md").write_text(TRAP_ARTICLE, encoding="utf-8")
    build(str(ROOT / "pelicanconf.py"), output=str(folder / "output"),
          content=str(folder / "content"))
    with serving(folder / "output") as origin:
        yield origin


def search(page, origin, query, **filters):
    """Open /search/ with a query (as the header's form does) and wait for the answer."""
    page.goto(origin + "/search/?" + urlencode({"q": query, **filters}))
    expect(page.locator("[data-search-status]")).to_contain_text("result")
    return page.locator(".search-result")


def titles(results):
    return results.locator(".search-result-title").all_inner_texts()


def test_an_article_is_found_by_a_word_of_its_text(page, server):
    results = search(page, server, "nonverbal")
    assert ARTICLE_TITLE in titles(results)
    link = results.filter(has_text=ARTICLE_TITLE).get_by_role("link", name=ARTICLE_TITLE)
    assert link.get_attribute("href") == ARTICLE


def test_an_emergency_line_is_found_and_its_link_lands_on_its_entry(page, server):
    results = search(page, server, "Embrace")
    line = results.first
    expect(line.locator(".search-result-title")).to_contain_text("Embrace LifeLine")
    expect(line.locator(".search-result-about")).to_contain_text("Emergency line · Lebanon")
    call = line.get_by_role("link", name="Call 1564")
    assert call.get_attribute("href") == "tel:1564"
    line.locator(".search-result-title a").click()
    page.wait_for_url(f"**/emergency/#{EMBRACE}")
    expect(page.locator(f"#{EMBRACE}")).to_be_in_viewport()


def test_suicide_and_a_country_find_that_countrys_line(page, server):
    results = search(page, server, "suicide Lebanon")
    assert any(title.startswith("Embrace LifeLine") for title in titles(results))


@pytest.mark.parametrize("query", CRISIS_QUERIES)
def test_a_crisis_word_shows_the_emergency_block_above_the_results(page, server, query):
    search(page, server, query)
    block = page.locator("[data-search-crisis]")
    expect(block).to_be_visible()
    status = page.locator("[data-search-status]")
    expect(status).to_contain_text("Emergency help is shown first.")
    call = block.get_by_role("link", name="Call 112")
    assert call.get_attribute("href") == "tel:112"
    expect(block.locator("[data-crisis-place]")).to_have_text("Lebanon")
    assert block.get_by_role("link", name="Call 1564").get_attribute("href") == "tel:1564"
    hub = block.get_by_role("link", name="All emergency and crisis numbers")
    assert hub.get_attribute("href") == "/emergency/"
    first = page.locator(".search-result").first
    if first.count():
        assert block.bounding_box()["y"] < first.bounding_box()["y"]


@pytest.mark.parametrize("query", CALM_QUERIES)
def test_other_words_show_no_emergency_block(page, server, query):
    search(page, server, query)
    expect(page.locator("[data-search-crisis]")).to_be_hidden()


def test_the_block_shows_the_numbers_of_the_visitors_country(new_page, server):
    paris = new_page(timezone_id="Europe/Paris")
    search(paris, server, "suicide")
    block = paris.locator("[data-search-crisis]")
    expect(block.locator("[data-crisis-place]")).to_have_text("France")
    assert block.get_by_role("link", name="Call 3114").get_attribute("href") == "tel:3114"

    chosen = new_page(timezone_id="Asia/Beirut")
    chosen.goto(server + "/emergency/")
    chosen.select_option("#hub-country", "GB")
    search(chosen, server, "suicide")
    block = chosen.locator("[data-search-crisis]")
    expect(block.locator("[data-crisis-place]")).to_have_text("United Kingdom")
    assert block.get_by_role("link", name="Call 999").get_attribute("href") == "tel:999"


def test_a_filter_by_type_narrows_the_results(page, server):
    everything = search(page, server, "online")
    total = everything.count()
    page.get_by_text("Filters").click()
    page.get_by_label("Pages", exact=True).check()
    # Wait for the new count: "Searching…", shown meanwhile, is not an answer.
    expect(page.locator("[data-search-status]")).to_have_text(
        re.compile(rf"^(?!{total} )\d+ results? "))
    pages = page.locator(".search-result")
    assert 0 < pages.count() < total
    assert all(text.startswith("Page") for text in
               pages.locator(".search-result-about").all_inner_texts())
    assert "type=page" in page.url


def test_filters_in_the_address_apply_and_show(page, server):
    results = search(page, server, "suicide", type="line", country="France")
    expect(page.locator("[data-search-filters]")).to_have_attribute("open", "")
    about = results.locator(".search-result-about").all_inner_texts()
    assert about and all(text.startswith("Emergency line · France") for text in about)


def test_result_text_from_the_index_is_shown_as_text(page, trap_site):
    alerts = []
    page.on("dialog", lambda dialog: (alerts.append(dialog.message), dialog.dismiss()))
    results = search(page, trap_site, "quokkaesque")
    expect(results).to_have_count(1)
    expect(results.locator(".search-result-title")).to_have_text(TRAP_TITLE)
    expect(results.locator(".search-excerpt")).to_contain_text("<b>bold</b>")
    assert results.locator("img, b, script").count() == 0
    assert alerts == []


def test_a_part_marked_data_pagefind_ignore_is_not_found(page, trap_site):
    search(page, trap_site, "wombatish")
    expect(page.locator("[data-search-status]")).to_contain_text("No results")
    page.goto(trap_site + "/search/")
    assert search(page, trap_site, "quokkaesque").count() == 1


def test_searching_requests_nothing_from_another_origin(page, server):
    for query in ("nonverbal", "Embrace", "suicide"):
        search(page, server, query)
    assert any("/pagefind/" in url for url in page.requested)
    outside = [url for url in page.requested
               if not url.startswith(server + "/") and not url.startswith("data:")]
    assert outside == []


def test_a_plain_page_loads_no_search_file(page, server):
    page.goto(server + ARTICLE, wait_until="networkidle")
    page.get_by_role("button", name="Search the site").click()
    expect(page.locator("#site-search-q")).to_be_focused()
    page.keyboard.type("nonverbal")
    page.wait_for_timeout(300)
    assert [url for url in page.requested if "/pagefind/" in url or "search" in url] == []


def test_the_search_page_loads_the_bundle_on_focus_not_before(page, server):
    page.goto(server + "/search/", wait_until="networkidle")
    assert [url for url in page.requested if "/pagefind/" in url] == []
    with page.expect_request(re.compile(r"/pagefind/pagefind\.js$")):
        page.locator("#search-q").focus()


def test_the_header_field_leads_to_results(page, server):
    page.goto(server + ARTICLE)
    opener = page.get_by_role("button", name="Search the site")
    expect(opener).to_have_attribute("aria-expanded", "false")
    opener.click()
    expect(opener).to_have_attribute("aria-expanded", "true")
    page.locator("#site-search-q").fill("nonverbal")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search/?q=nonverbal")
    expect(page.locator(".search-result-title").first).to_be_visible()
    expect(page.locator("#search-q")).to_have_value("nonverbal")


def test_without_javascript_the_header_search_is_a_link_to_the_search_page(new_page, server):
    offline_script = new_page(java_script_enabled=False)
    offline_script.goto(server + ARTICLE)
    expect(offline_script.locator("#site-search-q")).to_be_hidden()
    offline_script.get_by_role("link", name="Search the site").click()
    offline_script.wait_for_url("**/search/")
    expect(offline_script.get_by_text("Search needs JavaScript")).to_be_visible()
    hub = offline_script.get_by_role("link", name="Emergency and crisis numbers", exact=True)
    expect(hub).to_be_visible()


def test_show_more_adds_results_and_moves_focus_to_the_first_new_one(page, server):
    results = search(page, server, "emergency", type="line")
    expect(results).to_have_count(10)
    page.get_by_role("button", name="Show more results").click()
    # Results show one by one as their text arrives; focus moves once the ten are in.
    expect(results.nth(10).locator(".search-result-title a")).to_be_focused()
    expect(results).to_have_count(20)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_core_finds_no_violation_with_results_shown(page, server, scheme):
    page.emulate_media(color_scheme=scheme)
    search(page, server, "suicide")
    page.get_by_text("Filters").click()
    expect(page.locator("[data-search-crisis]")).to_be_visible()
    result = Axe().run(page)
    assert result.violations_count == 0, result.generate_report()
