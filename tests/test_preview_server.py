"""`make preview` serves the production build as nginx does (deploy/nginx/site.conf): the
.br copy to browsers that accept Brotli, else the .gz copy to those that accept gzip, else
the file itself; always with the file's own Content-Type and `Vary: Accept-Encoding`."""

import email.utils
import gzip
import http.client
import os
import time
import urllib.parse

import brotli
import pytest

from publisher.server import accepts
from tests.helpers import serving

ARTICLE = "/2023/05/challenges-in-online-therapy-and-solutions/"


@pytest.fixture(scope="module")
def preview(published_site):
    with serving(published_site) as origin:
        yield origin


def fetch(origin, path, accept_encoding=None, method="GET", **headers):
    """(status, headers, body) with exactly this Accept-Encoding (None: no such header;
    http.client would otherwise send `identity`)."""
    url = urllib.parse.urlsplit(origin)
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=10)
    try:
        connection.putrequest(method, path, skip_accept_encoding=True)
        if accept_encoding is not None:
            connection.putheader("Accept-Encoding", accept_encoding)
        for name, value in headers.items():
            connection.putheader(name.replace("_", "-"), value)
        connection.endheaders()
        response = connection.getresponse()
        return response.status, response.headers, response.read()
    finally:
        connection.close()


def theme_file(site, pattern):
    return next(site.glob(pattern)).relative_to(site).as_posix()


@pytest.mark.parametrize("accept_encoding", ["gzip, deflate, br, zstd", "br", "br;q=0.5"])
def test_brotli_copy_when_brotli_is_accepted(preview, published_site, accept_encoding):
    status, headers, body = fetch(preview, ARTICLE, accept_encoding)
    on_disk = published_site / ARTICLE.strip("/") / "index.html"
    assert status == 200
    assert headers["Content-Encoding"] == "br"
    assert headers["Vary"] == "Accept-Encoding"
    assert headers["Content-Type"] == "text/html"
    assert body == on_disk.with_name("index.html.br").read_bytes()
    assert int(headers["Content-Length"]) == len(body)
    assert brotli.decompress(body) == on_disk.read_bytes()


@pytest.mark.parametrize("accept_encoding", ["gzip, deflate", "gzip", "br;q=0, gzip",
                                             "x-gzip", "deflate, gzip;q=0.3"])
def test_gzip_copy_when_gzip_but_not_brotli_is_accepted(preview, published_site,
                                                        accept_encoding):
    status, headers, body = fetch(preview, "/emergency/", accept_encoding)
    on_disk = published_site / "emergency" / "index.html"
    assert status == 200
    assert headers["Content-Encoding"] == "gzip"
    assert headers["Vary"] == "Accept-Encoding"
    assert headers["Content-Type"] == "text/html"
    assert body == on_disk.with_name("index.html.gz").read_bytes()
    assert gzip.decompress(body) == on_disk.read_bytes()


@pytest.mark.parametrize("accept_encoding", [None, "", "identity", "deflate, zstd",
                                             "br;q=0, gzip;q=0", "*"])
def test_the_file_itself_when_neither_is_accepted(preview, published_site, accept_encoding):
    status, headers, body = fetch(preview, "/", accept_encoding)
    assert status == 200
    assert "Content-Encoding" not in headers
    # The answer still depends on Accept-Encoding, so caches must keep them apart.
    assert headers["Vary"] == "Accept-Encoding"
    assert headers["Content-Type"] == "text/html"
    assert body == (published_site / "index.html").read_bytes()


@pytest.mark.parametrize(("pattern", "content_types"), [
    ("theme/css/site.*.css", {"text/css"}),
    ("theme/js/emergency.*.js", {"text/javascript"}),
    ("theme/images/icon.*.svg", {"image/svg+xml"}),
    ("sitemap.xml", {"application/xml", "text/xml"}),  # as the system's mime.types says
    ("robots.txt", {"text/plain"}),
])
def test_each_copy_has_the_content_type_of_its_file(preview, published_site, pattern,
                                                     content_types):
    path = theme_file(published_site, pattern)
    content_type = fetch(preview, "/" + path)[1]["Content-Type"]
    assert content_type in content_types
    for coding, suffix in [("br", ".br"), ("gzip", ".gz")]:
        status, headers, body = fetch(preview, "/" + path, coding)
        assert status == 200
        assert headers["Content-Type"] == content_type, (path, coding)
        assert headers["Content-Encoding"] == coding
        assert body == (published_site / (path + suffix)).read_bytes()


def test_files_without_copies_are_sent_as_before(preview, published_site):
    vcard = theme_file(published_site, "emergency/lb.vcf")
    assert not (published_site / (vcard + ".br")).exists()
    status, headers, body = fetch(preview, "/" + vcard, "gzip, br")
    assert status == 200
    assert "Content-Encoding" not in headers and "Vary" not in headers
    assert body == (published_site / vcard).read_bytes()


def test_head_sends_the_headers_of_the_copy_without_a_body(preview, published_site):
    status, headers, body = fetch(preview, "/", "br", method="HEAD")
    assert status == 200 and body == b""
    assert headers["Content-Encoding"] == "br"
    assert int(headers["Content-Length"]) == (published_site / "index.html.br").stat().st_size


def test_a_copy_the_browser_holds_is_answered_304(preview):
    status, headers, _ = fetch(preview, "/", "br")
    assert status == 200 and headers["ETag"]
    status, again, body = fetch(preview, "/", "br", If_None_Match=headers["ETag"])
    assert (status, body, again["Vary"]) == (304, b"", "Accept-Encoding")
    # A date is whole seconds: it never answers 304 in the ETag's place.
    future = email.utils.formatdate(time.time() + 3600, usegmt=True)
    assert fetch(preview, "/", "br", If_Modified_Since=future)[0] == 200


def test_a_page_rebuilt_within_the_same_second_is_sent_anew(tmp_path):
    page = tmp_path / "index.html"
    page.write_text("first", encoding="utf-8")
    with serving(tmp_path) as origin:
        status, headers, _ = fetch(origin, "/")
        held = {"If_None_Match": headers["ETag"],
                "If_Modified_Since": headers["Last-Modified"]}
        mtime = page.stat().st_mtime_ns
        page.write_text("again", encoding="utf-8")  # same size, same second
        os.utime(page, ns=(mtime + 1000, mtime + 1000))
        assert fetch(origin, "/", **held)[::2] == (200, b"again")


def test_misses_and_folders_without_a_slash_are_answered_as_before(preview):
    status, headers, body = fetch(preview, "/no/such/page/", "gzip, br")
    assert status == 404
    assert "Content-Encoding" not in headers
    assert b"Page not found" in body
    status, headers, _ = fetch(preview, "/emergency", "gzip, br")
    assert status == 301
    assert headers["Location"] == "/emergency/"


def test_accept_encoding_is_read_as_nginx_reads_it():
    assert accepts("gzip, deflate, br", "br")
    assert accepts("BR;Q=1.0", "br")
    assert accepts("x-gzip", "gzip")
    assert not accepts("br;q=0", "br")
    assert not accepts("br;q=0.000", "br")
    assert not accepts("brotli, gzip", "br")
    assert not accepts("*", "br")
    assert not accepts("", "gzip")


def test_every_response_is_revalidated(preview):
    """So an edit shows on the next load, and the browser's own cache never stands in
    for the site (or for the service worker's copies)."""
    for path, expected in (("/", 200), ("/sitemap.xml", 200), ("/no/such/page/", 404)):
        status, headers, _ = fetch(preview, path, "br")
        assert (status, headers["Cache-Control"]) == (expected, "no-cache"), path
