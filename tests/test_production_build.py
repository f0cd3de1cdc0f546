"""`make publish` (publishconf.py): absolute addresses, minified text, fingerprinted theme
files referenced from every page, and .gz/.br copies beside every text file. Local builds
keep readable names and text."""

import gzip
import re

import brotli
from pelican.settings import read_settings

from publisher.build import build
from publisher.release import kept_files, verify
from tests.helpers import PUBLIC_URL, ROOT, html_files, settings_file, soup

TEXT = (".html", ".css", ".js", ".xml", ".txt", ".svg")
HASHED = re.compile(r"^theme/(css|js|images)/[\w-]+\.[0-9a-f]{10}\.(css|js|svg)$")


def theme_references(page):
    links = [tag.get("href") or tag.get("src")
             for tag in page.select("link[href], script[src]")]
    return [url.removeprefix(PUBLIC_URL + "/") for url in links if "/theme/" in url]


def test_every_page_references_fingerprinted_theme_files_that_exist(published_site):
    for path in html_files(published_site):
        references = theme_references(soup(path))
        assert any(r.endswith(".css") for r in references), path
        for reference in references:
            assert HASHED.match(reference), (path, reference)
            assert (published_site / reference).is_file(), reference
    assert not list(published_site.glob("theme/css/site.css"))


def test_html_css_and_js_are_minified(published_site):
    home = (published_site / "index.html").read_text()
    assert home.startswith("<!doctype html><html") and "\n  " not in home
    sources = {path.name: path for path in (ROOT / "theme/static").rglob("*.*")}
    for pattern in ("theme/css/*.css", "theme/js/*.js"):
        for path in published_site.glob(pattern):
            source = sources[re.sub(r"\.[0-9a-f]{10}\.", ".", path.name)]
            text = path.read_text()
            assert "\n  " not in text, path  # no indented lines left
            # minify-html keeps names and the leading comment: about 20 % smaller
            assert len(text) < 0.85 * len(source.read_text()), path


def test_every_text_file_has_gzip_and_brotli_copies_with_the_same_content(published_site):
    files = [p for p in published_site.rglob("*") if p.suffix in TEXT]
    assert len(files) > 20
    for path in files:
        data = path.read_bytes()
        assert gzip.decompress((path.parent / (path.name + ".gz")).read_bytes()) == data
        assert brotli.decompress((path.parent / (path.name + ".br")).read_bytes()) == data


def test_addresses_are_absolute_from_the_one_public_url(published_site):
    page = soup(published_site / "2023/05/challenges-in-online-therapy-and-solutions"
                / "index.html")
    assert page.select_one("link[rel=stylesheet]")["href"].startswith(PUBLIC_URL + "/theme/")
    assert page.select_one("a[href$='/emergency/']")["href"] == PUBLIC_URL + "/emergency/"
    feed = (published_site / "feeds/all.atom.xml").read_text()
    assert f'href="{PUBLIC_URL}/2023/05/challenges-in-online-therapy-and-solutions/"' in feed


def test_local_builds_stay_readable_and_uncompressed(site):
    assert (site / "theme/css/site.css").is_file()
    assert not list(site.rglob("*.gz")) and not list(site.rglob("*.br"))
    assert "\n" in (site / "index.html").read_text()[:200]


def test_the_finishing_steps_keep_their_order_whatever_the_order_of_plugins(tmp_path):
    """search, then assets, then offline: the worker must list the renamed theme files
    and Pagefind's script must be compressed, even with PLUGINS reversed."""
    plugins = read_settings(str(ROOT / "pelicanconf.py"))["PLUGINS"]
    reordered = [p for p in plugins if p not in ("search", "assets", "offline")]
    reordered[-1:-1] = ["offline", "assets", "search"]
    settings = settings_file(tmp_path, PLUGINS=reordered, ASSETS_FINGERPRINT=True,
                             ASSETS_PRECOMPRESS=True)
    output = tmp_path / "output"
    build(str(settings), output=str(output))
    assert verify(output) == []
    assert any(".css" in path and path.count(".") == 2 for path in kept_files(output / "sw.js"))
    assert (output / "pagefind" / "pagefind.js.br").is_file()
