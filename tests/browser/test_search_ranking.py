"""What a prospective client finds (SPEC §8): with no type chosen, articles and pages
come before emergency lines; the lines shown are those of the visitor's country and
Lebanon (and of a country the query names), the others one tap away; a word the site
never uses gets "Did you mean …?". In English, French and Arabic (js/search.js)."""

import re
from urllib.parse import urlencode

import pytest
from playwright.sync_api import expect

READING = ("Article", "Page", "Article", "Page")  # what a result's "about" starts with
LINE = {"": "Emergency line · ", "fr/": "Ligne d’urgence · ", "ar/": "خط طوارئ · "}
LEBANON = {"": "Lebanon", "fr/": "Liban", "ar/": "لبنان"}
NOT_READING = {"": "Emergency line", "fr/": "Ligne d’urgence", "ar/": "خط طوارئ"}


def searched(page, origin, query, prefix=""):
    """The "about" lines of the results of `query` on /<prefix>search/, once shown."""
    page.goto(f"{origin}/{prefix}search/?{urlencode({'q': query})}")
    expect(page.locator("[data-search-status]")).to_have_text(re.compile(r"\d|«|»|“"))
    return page.locator(".search-result-about").all_inner_texts()


@pytest.mark.parametrize(("prefix", "query"), [
    ("", "confidentiality"), ("", "therapy"), ("", "privacy"),
    ("fr/", "confidentialité"), ("fr/", "thérapie"), ("ar/", "الخصوصية")])
def test_reading_comes_first(page, server, prefix, query):
    about = searched(page, server, query, prefix)
    assert about, query
    assert not about[0].startswith(NOT_READING[prefix]), about


@pytest.mark.parametrize("query", ["depression", "anxiety"])
def test_words_no_article_uses_never_lead_to_another_countrys_police_or_fire_line(
        page, server, query):
    about = searched(page, server, query)
    for line in (a for a in about if a.startswith(LINE[""])):
        assert line.startswith(LINE[""] + "Lebanon ·"), about
    assert not about or not re.search(r"Police|Fire", about[0]), about


@pytest.mark.parametrize(("prefix", "query"), [("", "suicide"), ("fr/", "suicide"),
                                               ("ar/", "انتحار")])
def test_suicide_from_beirut_shows_the_block_then_lebanons_line_then_the_others_on_a_tap(
        page, server, prefix, query):
    about = searched(page, server, query, prefix)
    expect(page.locator("[data-search-crisis]")).to_be_visible()
    lines = [a for a in about if a.startswith(LINE[prefix])]
    assert lines and all(a.startswith(LINE[prefix] + LEBANON[prefix]) for a in lines), about
    elsewhere = page.locator("[data-search-elsewhere]")
    elsewhere.click()
    expect(page.locator(".search-result-about").nth(len(about))).to_be_visible()
    after = page.locator(".search-result-about").all_inner_texts()
    assert after[:len(about)] == about
    assert any(not a.startswith(LINE[prefix] + LEBANON[prefix]) for a in after[len(about):])
    expect(elsewhere).to_be_hidden()


def test_a_country_named_in_the_query_brings_its_lines(page, server):
    about = searched(page, server, "suicide France")
    assert any(a.startswith(LINE[""] + "France") for a in about), about


@pytest.mark.parametrize(("prefix", "typo", "meant"), [
    ("", "theraphy", "therapy"), ("fr/", "confidentialte", "confidentialité")])
def test_a_word_the_site_never_uses_gets_a_suggestion_that_searches(page, server, prefix,
                                                                    typo, meant):
    searched(page, server, typo, prefix)
    suggestion = page.locator("[data-search-suggestion]")
    expect(suggestion).to_have_text(meant)
    suggestion.click()
    expect(page.locator("[name=q]")).to_have_value(meant)
    expect(page.locator("[data-search-suggest]")).to_be_hidden()


def test_a_word_the_site_uses_gets_no_suggestion(page, server):
    searched(page, server, "therapy")
    expect(page.locator("[data-search-suggest]")).to_have_attribute("data-for", "therapy")
    expect(page.locator("[data-search-suggest]")).to_be_hidden()
