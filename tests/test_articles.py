"""The founding articles: every heading and paragraph of the source, at the old addresses."""

import re

import pytest

from tests.helpers import REFERENCE, soup

ARTICLES = {
    1: "2023/05/challenges-in-online-therapy-and-solutions",
    2: "2023/06/online-therapy-emergencies",
}
WORDPRESS_TAIL = "Click of our contacts below"


def normalise(text):
    return " ".join(text.split())


def source_blocks(number):
    """Headings and paragraphs of source `number`, without title, byline and tail."""
    text = (REFERENCE / "founding-articles.md").read_text(encoding="utf-8")
    body = re.search(rf"## Source {number}\b.*?```text\n(.*?)```", text, re.S).group(1)
    body = body.split(WORDPRESS_TAIL)[0]
    lines = [normalise(line) for line in body.splitlines() if line.strip()]
    title, byline, repeated_title, *blocks = lines
    assert byline.startswith("By: Dr Carla Kesrouani") and title == repeated_title
    return title, blocks


def is_heading(block):
    return not block.endswith((".", "?", "!"))


@pytest.mark.parametrize("number", ARTICLES)
def test_article_served_at_old_address_with_title_and_author(site, number):
    title, _ = source_blocks(number)
    page = soup(site / ARTICLES[number] / "index.html")
    assert normalise(page.find("h1").get_text()) == title
    assert "Dr Carla Kesrouani" in page.find(rel="author").get_text()


@pytest.mark.parametrize("number", ARTICLES)
def test_every_heading_and_paragraph_of_the_source_is_there(site, number):
    _, blocks = source_blocks(number)
    prose = soup(site / ARTICLES[number] / "index.html").select_one(".prose")
    headings = [normalise(h.get_text()) for h in prose.find_all(["h2", "h3"])]
    paragraphs = [normalise(p.get_text()) for p in prose.find_all("p")
                  if "wa-cta" not in p.get("class", [])]  # not the WhatsApp button
    assert [b for b in blocks if is_heading(b)] == headings
    assert [b for b in blocks if not is_heading(b)] == paragraphs


@pytest.mark.parametrize("number", ARTICLES)
def test_wordpress_widget_text_is_not_article_text(site, number):
    text = soup(site / ARTICLES[number] / "index.html").select_one("main").get_text()
    assert WORDPRESS_TAIL not in text
    assert "How can I help you?" not in text


def test_home_links_both_articles_newest_first(site):
    links = [a["href"] for a in soup(site / "index.html").select(".card-title a")]
    assert links == [f"/{ARTICLES[2]}/", f"/{ARTICLES[1]}/"]
