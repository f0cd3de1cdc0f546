"""Every page: canonical URL, description, Open Graph and Twitter tags, valid JSON-LD,
nothing loaded from another origin, and the emergency hub linked in words."""

import json
import re
from urllib.parse import urlsplit

import pytest

from tests.helpers import PUBLIC_URL, html_files, soup

# Elements and attributes a browser fetches by itself, without a click.
LOADED = [("script", "src"), ("link", "href"), ("img", "src"), ("img", "srcset"),
          ("source", "src"), ("source", "srcset"), ("iframe", "src"), ("video", "src"),
          ("audio", "src"), ("embed", "src"), ("object", "data"), ("video", "poster")]
NOT_FETCHED = {"canonical", "alternate", "author", "license", "next", "prev"}


def pages(site):
    return [(p.relative_to(site).as_posix(), soup(p)) for p in html_files(site)]


def test_every_page_has_seo_metadata(site):
    for name, page in pages(site):
        head = page.head
        canonical = head.find("link", rel="canonical")
        assert canonical and canonical["href"].startswith(PUBLIC_URL + "/"), name
        assert head.find("meta", attrs={"name": "description"})["content"].strip(), name
        for prop in ("og:title", "og:description", "og:url", "og:type", "og:site_name"):
            assert head.find("meta", property=prop)["content"].strip(), (name, prop)
        for tag in ("twitter:card", "twitter:title", "twitter:description"):
            assert head.find("meta", attrs={"name": tag})["content"].strip(), (name, tag)
        assert head.find("meta", property="og:url")["content"] == canonical["href"], name


def test_canonical_urls_are_the_pages_own_addresses(site):
    expected = {
        "index.html": PUBLIC_URL + "/",
        "2023/06/online-therapy-emergencies/index.html":
            PUBLIC_URL + "/2023/06/online-therapy-emergencies/",
        "about/index.html": PUBLIC_URL + "/about/",
    }
    for name, url in expected.items():
        assert soup(site / name).find("link", rel="canonical")["href"] == url


def json_ld(page):
    scripts = page.find_all("script", type="application/ld+json")
    assert len(scripts) == 1
    return json.loads(scripts[0].string)


def test_every_page_has_valid_json_ld(site):
    for name, page in pages(site):
        data = json_ld(page)
        assert data["@context"] == "https://schema.org", name
        assert data.get("@type") or data.get("@graph"), name


def test_articles_are_json_ld_articles_with_author_and_dates(site):
    data = json_ld(soup(site / "2023/05/challenges-in-online-therapy-and-solutions/index.html"))
    assert data["@type"] == "Article"
    assert data["headline"] == "Challenges in Online Therapy and Solutions"
    assert data["author"]["name"] == "Dr Carla Kesrouani"
    assert data["datePublished"].startswith("2023-05-09")


def test_home_describes_the_practice_with_its_contact_point(site):
    graph = json_ld(soup(site / "index.html"))["@graph"]
    business = next(node for node in graph if node["@type"] == "MedicalBusiness")
    assert business["contactPoint"]["telephone"] == "+96171265146"


def test_no_page_loads_anything_from_another_origin(site):
    for name, page in pages(site):
        for tag, attribute in LOADED:
            for element in page.find_all(tag, attrs={attribute: True}):
                if tag == "link" and NOT_FETCHED & set(element.get("rel", [])):
                    continue
                for url in re.split(r",\s*", element[attribute]):
                    parts = urlsplit(url.strip().split(" ")[0])
                    assert not parts.netloc and parts.scheme in ("", "data"), (name, url)
        for style in page.find_all(style=True):
            assert "url(" not in style["style"], name


def test_stylesheets_fetch_nothing_from_another_origin(site):
    for css in site.rglob("*.css"):
        for url in re.findall(r"url\(\s*['\"]?([^'\")]+)", css.read_text()):
            assert not urlsplit(url).netloc, (css, url)
        assert "@import" not in css.read_text(), css


# Each language's words for the header link, the footer notice and the skip link.
WORDS = {
    "en": ("Emergency help", "not an emergency service", "Skip"),
    "ar": ("المساعدة الطارئة", "ليسا خدمة طوارئ", "انتقل"),
    "fr": ("Aide d’urgence", "ne sont pas un service d’urgence", "Aller"),
}
PREFIX = {"en": "", "ar": "ar/", "fr": "fr/"}


def test_every_page_links_the_emergency_hub_in_header_and_footer(site):
    for name, page in pages(site):
        lang = page.html["lang"]
        hub, notice, _ = WORDS[lang]
        url = f"/{PREFIX[lang]}emergency/"
        header_link = page.select_one(f"header.site-header a[href='{url}']")
        assert header_link and header_link.get_text(strip=True) == hub, name
        footer = page.select_one("footer.site-footer")
        assert notice in footer.get_text(), name
        assert footer.find("a", href=url), name


def test_every_page_has_landmarks_and_a_skip_link(site):
    for name, page in pages(site):
        lang = page.html["lang"]
        skip = page.body.find("a")
        assert skip["href"] == "#main" and WORDS[lang][2] in skip.get_text(), name
        assert page.find("main", id="main"), name
        expected = "ar/" if name.startswith("ar/") else "fr/" if name.startswith("fr/") else ""
        assert PREFIX[lang] == expected, name
        assert page.html["dir"] == ("rtl" if lang == "ar" else "ltr"), name
        assert len(page.find_all("h1")) == 1, name


@pytest.mark.parametrize("path", ["404.html"])
def test_hidden_pages_ask_not_to_be_indexed(site, path):
    assert soup(site / path).find("meta", attrs={"name": "robots"})["content"] == "noindex"
