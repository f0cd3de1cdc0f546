"""An article page fits in the first network round trip: HTML + CSS + JS ≤ 14 KB gzipped."""

import gzip
from urllib.parse import urlsplit

from tests.helpers import soup

BUDGET = 14_000  # bytes: about ten TCP segments, the usual initial congestion window
ARTICLE = "2023/05/challenges-in-online-therapy-and-solutions/index.html"


def gzipped_size(path):
    return len(gzip.compress(path.read_bytes(), compresslevel=9, mtime=0))


def test_article_page_and_what_it_loads_fit_in_14_kb_compressed(site):
    page = site / ARTICLE
    html = soup(page)
    assets = [link["href"] for link in html.find_all("link", rel="stylesheet")]
    assets += [script["src"] for script in html.find_all("script", src=True)]
    assert assets, "the page should load its stylesheet"
    files = [page] + [site / urlsplit(url).path.lstrip("/") for url in assets]
    total = sum(gzipped_size(f) for f in files)
    print(f"article page: {total} bytes compressed for {len(files)} files")
    assert total <= BUDGET
