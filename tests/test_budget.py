"""Byte budgets of the production build (SPEC §10), counted as nginx sends them, with
the .br copies `make publish` writes: an article page with the CSS and JS it loads fits
in the first round trip, the emergency hub stays light with every Lebanese line in its
HTML, and no page loads a font file."""

import re
from urllib.parse import urlsplit

import yaml

from tests.helpers import CONTENT, html_files, soup

ARTICLE_BUDGET = 14 * 1024  # about ten TCP segments: the usual initial congestion window
HUB_BUDGET = 50 * 1024
ARTICLE = "2023/05/challenges-in-online-therapy-and-solutions/index.html"
FONT = re.compile(r"\.(woff2?|ttf|otf|eot)(\?|#|$)", re.I)
FONT_IN_CSS = re.compile(r"url\([^)]*\.(woff2?|ttf|otf|eot)\b", re.I)


def loaded_files(output, page):
    """The page and every file it loads as it opens (stylesheets, scripts, icon)."""
    html = soup(page)
    urls = [link["href"] for link in html.find_all("link", href=True)
            if set(link.get("rel", [])) & {"stylesheet", "icon", "preload"}]
    urls += [script["src"] for script in html.find_all("script", src=True)]
    return [page] + [output / urlsplit(url).path.lstrip("/") for url in urls]


def brotli_size(path):
    return (path.parent / (path.name + ".br")).stat().st_size


def test_article_page_and_what_it_loads_fit_in_14_kb_brotli(published_site, measured):
    files = loaded_files(published_site, published_site / ARTICLE)
    assert any(f.suffix == ".css" for f in files) and any(f.suffix == ".js" for f in files)
    total = sum(brotli_size(f) for f in files)
    measured(f"article page: {total} bytes brotli for {len(files)} files")
    assert total <= ARTICLE_BUDGET


def test_emergency_hub_fits_in_50_kb_brotli_with_every_lebanese_line(published_site,
                                                                     measured):
    page = published_site / "emergency" / "index.html"
    lines = yaml.safe_load((CONTENT / "emergency" / "lb.yaml").read_text())["resources"]
    lebanon = soup(page).select_one("[data-country=LB]")
    assert len(lebanon.select(".hub-line")) == len(lines)
    total = sum(brotli_size(f) for f in loaded_files(published_site, page))
    measured(f"/emergency/: {total} bytes brotli with its CSS and JS")
    assert total <= HUB_BUDGET


def test_no_page_loads_a_font_file(published_site):
    for page in html_files(published_site):
        for url in (tag.get("href") or tag.get("src") for tag in
                    soup(page).select("link[href], script[src], img[src]")):
            assert not FONT.search(urlsplit(url).path), (page, url)
    for stylesheet in published_site.glob("theme/css/*.css"):
        text = stylesheet.read_text(encoding="utf-8")
        assert "@font-face" not in text and not FONT_IN_CSS.search(text), stylesheet
