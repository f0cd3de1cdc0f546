"""Feed, sitemap, robots.txt, the listings and the 404 page."""

import xml.etree.ElementTree as ET

import pytest

from tests.helpers import PUBLIC_URL, soup

ARTICLE_URLS = [
    PUBLIC_URL + "/2023/05/challenges-in-online-therapy-and-solutions/",
    PUBLIC_URL + "/2023/06/online-therapy-emergencies/",
]
ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def test_atom_feed_lists_both_articles_with_absolute_links(published_site):
    feed = ET.parse(published_site / "feeds/all.atom.xml").getroot()
    links = sorted(e.find(ATOM + "link").get("href") for e in feed.iter(ATOM + "entry"))
    assert links == ARTICLE_URLS


def test_sitemap_lists_both_articles_and_the_pages_but_not_404(site):
    root = ET.parse(site / "sitemap.xml").getroot()
    locations = {url.find(SITEMAP + "loc").text for url in root}
    assert set(ARTICLE_URLS) <= locations
    assert {PUBLIC_URL + "/", PUBLIC_URL + "/about/", PUBLIC_URL + "/emergency/"} <= locations
    assert not any("404" in location for location in locations)


def test_sitemap_lists_every_language_with_its_alternates(site):
    root = ET.parse(site / "sitemap.xml").getroot()
    xhtml = "{http://www.w3.org/1999/xhtml}"
    entries = {url.find(SITEMAP + "loc").text: {
        link.get("hreflang"): link.get("href") for link in url.iter(xhtml + "link")}
        for url in root}
    about = {"en": f"{PUBLIC_URL}/about/", "ar": f"{PUBLIC_URL}/ar/about/",
             "fr": f"{PUBLIC_URL}/fr/about/", "x-default": f"{PUBLIC_URL}/about/"}
    for address in ("/about/", "/ar/about/", "/fr/about/"):
        assert entries[PUBLIC_URL + address] == about
    assert entries[f"{PUBLIC_URL}/ar/emergency/"]["fr"] == f"{PUBLIC_URL}/fr/emergency/"
    assert f"{PUBLIC_URL}/fr/" in entries
    assert entries[ARTICLE_URLS[0]] == {}  # written in English only: no alternates
    assert len(entries) == 23


def test_robots_txt_allows_crawling_and_names_the_sitemap(site):
    robots = (site / "robots.txt").read_text()
    assert "User-agent: *" in robots
    assert f"Sitemap: {PUBLIC_URL}/sitemap.xml" in robots


@pytest.mark.parametrize("path", [
    "category/online-therapy/index.html",
    "tag/privacy/index.html",
    "author/dr-carla-kesrouani/index.html",
    "archives/index.html",
    "2023/index.html",
])
def test_listings_link_the_articles(site, path):
    links = {a["href"] for a in soup(site / path).select("main a")}
    assert "/2023/06/online-therapy-emergencies/" in links


def test_month_archive_lists_only_that_months_article(site):
    links = {a["href"] for a in soup(site / "2023/05/index.html").select("main .card a")}
    assert links == {"/2023/05/challenges-in-online-therapy-and-solutions/"}


@pytest.mark.parametrize("path, name", [
    ("categories/index.html", "Online therapy"),
    ("tags/index.html", "crisis plan"),
    ("authors/index.html", "Dr Carla Kesrouani"),
])
def test_term_indexes_name_their_terms(site, path, name):
    assert name in [a.get_text() for a in soup(site / path).select("main li a")]


@pytest.mark.parametrize("slug", ["about", "online-therapy", "contact", "privacy"])
def test_pages_are_served_at_their_slug(site, slug):
    page = soup(site / slug / "index.html")
    assert page.find("h1").get_text()
    assert page.select_one(f"nav a[href='/{slug}/']")


def test_404_page_links_home_and_emergency_help_with_root_relative_urls(site):
    links = {a["href"] for a in soup(site / "404.html").select("main a")}
    assert {"/", "/emergency/"} <= links
    assert soup(site / "404.html").find("link", rel="stylesheet")["href"].startswith("/")
