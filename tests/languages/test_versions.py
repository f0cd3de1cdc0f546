"""The site in English, Arabic and French (SPEC §5): every translated page exists in the
three languages with the right lang, dir and hreflang; the Arabic and French interface
has no English string left that its catalog translates; emergency lines fall back to
English visibly; each language gets its own search index."""

import json
import re

import pytest
from babel.messages.pofile import read_po

from tests.helpers import PUBLIC_URL, ROOT, run_build, soup

LANGUAGES = {"en": ("", "ltr"), "ar": ("ar/", "rtl"), "fr": ("fr/", "ltr")}
TRANSLATED = ("", "emergency/", "crisis-plan/", "search/", "about/", "online-therapy/",
              "contact/", "privacy/")


def page(output, prefix, key):
    return soup(output / prefix / key / "index.html")


@pytest.mark.parametrize("key", TRANSLATED)
def test_each_translated_page_exists_in_three_languages_with_lang_dir_hreflang(site, key):
    expected = {lang: f"{PUBLIC_URL}/{prefix}{key}" for lang, (prefix, _) in
                LANGUAGES.items()}
    for lang, (prefix, direction) in LANGUAGES.items():
        html = page(site, prefix, key)
        assert html.html["lang"] == lang and html.html["dir"] == direction, (lang, key)
        alternates = {link["hreflang"]: link["href"]
                      for link in html.select('link[rel=alternate][hreflang]')}
        assert alternates == {**expected, "x-default": expected["en"]}, (lang, key)
        switch = {a["hreflang"]: a["href"] for a in html.select(".lang-switch a")}
        assert switch == {code: f"/{p}{key}" for code, (p, _) in LANGUAGES.items()}


def catalog(lang):
    path = ROOT / "theme" / "translations" / lang / "LC_MESSAGES" / "messages.po"
    with path.open("rb") as handle:
        return read_po(handle, locale=lang)


def interface_text(html):
    """Visible text and labels of a page, without the parts meant to stay in English
    (lines or articles marked lang="en") and without the page's own content."""
    for kept_english in html.select('[lang="en"]:not(html), .prose, script, style'):
        kept_english.decompose()
    texts = [html.get_text(" ")]
    texts += [tag[attr] for attr in ("aria-label", "alt", "title", "placeholder")
              for tag in html.select(f"[{attr}]")]
    return " ".join(" ".join(texts).split())


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_no_english_string_of_the_catalog_is_left_in_the_interface(site, lang):
    messages = [m for m in catalog(lang) if isinstance(m.id, str) and m.id and m.string
                and m.string != m.id and "%(" not in m.id and "{" not in m.id
                and len(m.id.split()) >= 2]
    assert len(messages) > 50
    prefix = LANGUAGES[lang][0]
    for key in TRANSLATED:
        text = interface_text(page(site, prefix, key))
        left = [m.id for m in messages if m.id in text]
        assert not left, (key, left)


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_every_catalog_string_is_translated(lang):
    # A plural message has one string per plural form of the language: each must be there.
    untranslated = [m.id for m in catalog(lang) if m.id and not all(
        m.string if isinstance(m.string, tuple) else [m.string])]
    fuzzy = [m.id for m in catalog(lang) if m.id and m.fuzzy]
    assert untranslated == [] and fuzzy == []


def test_lebanese_lines_are_in_arabic_and_others_fall_back_to_english_visibly(site):
    hub = page(site, "ar/", "emergency/")
    lebanon = hub.select_one("[data-country=LB]")
    names = [h.get_text(strip=True) for h in lebanon.select(".hub-line h4")]
    assert all(re.search("[\u0600-\u06ff]", name) for name in names), names
    assert not lebanon.select(".hub-untranslated")
    france = hub.select_one("[data-country=FR]")
    assert france.select(".hub-line h4[lang=en]")
    assert "الإنجليزية" in france.select_one(".hub-untranslated").get_text()
    assert all(a["href"].startswith("tel:") for a in lebanon.select("a.hub-call"))


def test_each_language_has_its_own_search_index_and_records(site):
    entry = json.loads((site / "pagefind" / "pagefind-entry.json").read_text())
    assert set(entry["languages"]) == {"en", "ar", "fr"}


def test_an_article_with_a_translation_links_to_it(tmp_path, content_copy):
    (content_copy / "articles" / "challenges-fr.md").write_text(
        "Title: Les défis de la thérapie en ligne\nDate: 2023-05-09 10:00\nLang: fr\n"
        "Tags: thérapie\n"
        "Slug: challenges-in-online-therapy-and-solutions\n"
        "Summary: Une traduction.\n\nUn texte en français.\n", encoding="utf-8")
    output = tmp_path / "output"
    assert run_build(content_copy, output).returncode == 0
    english = soup(output / "2023/05/challenges-in-online-therapy-and-solutions/index.html")
    french_url = "/fr/2023/05/challenges-in-online-therapy-and-solutions/"
    assert english.select_one('.lang-switch a[hreflang=fr]')["href"] == french_url
    french = soup(output / french_url.strip("/") / "index.html")
    assert french.html["lang"] == "fr"
    assert french.select_one('.lang-switch a[hreflang=en]')["href"] == \
        "/2023/05/challenges-in-online-therapy-and-solutions/"


def test_bad_translations_in_the_data_fail_the_build(tmp_path, content_copy):
    data = content_copy / "emergency" / "fr.yaml"
    text = data.read_text(encoding="utf-8")
    bad = "    translations: {xx1: {name: Test}}\n    kind: "
    data.write_text(text.replace("    kind: ", bad, 1), encoding="utf-8")
    result = run_build(content_copy, tmp_path / "output")
    assert result.returncode != 0
    assert "translations: expected language codes such as ar or fr" in result.stderr
