"""The service worker a build writes (SPEC §6): it keeps /emergency/, /crisis-plan/ and
the offline page with every file they load, read from the built HTML; its cache name
follows their content; it never keeps the search index."""

import json
import re
from urllib.parse import urlsplit

import pytest

from tests.helpers import run_build, soup

KEPT_PAGES = tuple(prefix + page for prefix in ("", "ar/", "fr/")
                   for page in ("emergency/", "crisis-plan/", "offline/"))


def worker_config(output):
    text = (output / "sw.js").read_text(encoding="utf-8")
    match = re.search(r"var CONFIG = (\{.*?\});", text, re.S)
    assert match, "sw.js holds no CONFIG"
    return json.loads(match.group(1))


def loaded_paths(output, page):
    """Same-origin files the built page loads as it opens, as root-relative paths."""
    html = soup(output / page / "index.html")
    urls = [tag["href"] for tag in html.select("link[href]")
            if set(tag.get("rel", [])) & {"stylesheet", "icon"}]
    urls += [tag["src"] for tag in html.select("script[src], img[src]")]
    paths = [urlsplit(url).path for url in urls
             if not urlsplit(url).netloc or "127.0.0.1" in urlsplit(url).netloc]
    assert paths, page
    return paths


@pytest.mark.parametrize("build", ["site", "published_site"])
def test_the_worker_keeps_the_pages_and_every_file_they_load(request, build):
    output = request.getfixturevalue(build)
    config = worker_config(output)
    for page in KEPT_PAGES:
        assert "/" + page in config["precache"]
        missing = set(loaded_paths(output, page)) - set(config["precache"])
        assert not missing, (page, missing)
    for path in config["precache"]:
        relative = path.lstrip("/")
        target = output / relative / "index.html" if path.endswith("/") else output / relative
        assert target.is_file(), path
    assert config["offline"] == {"/": "/offline/", "/ar/": "/ar/offline/",
                                 "/fr/": "/fr/offline/"}


def test_the_worker_never_keeps_the_search_index_or_search_files(site):
    config = worker_config(site)
    assert config["skip"] == ["/pagefind/"]
    assert not [path for path in config["precache"] if "pagefind" in path]


def test_every_page_registers_the_worker(site):
    for page in ("index.html", "2023/05/challenges-in-online-therapy-and-solutions/index.html",
                 "emergency/index.html", "crisis-plan/index.html", "404.html"):
        script = soup(site / page).select_one("script[data-worker]")
        assert script is not None, page
        assert script["data-worker"] == "/sw.js" and script["data-scope"] == "/"


def test_the_cache_name_changes_with_the_emergency_data_only(tmp_path, content_copy):
    first, second = tmp_path / "first", tmp_path / "second"
    assert run_build(content_copy, first).returncode == 0
    assert run_build(content_copy, second).returncode == 0
    name = worker_config(first)["cache"]
    assert re.fullmatch(r"offline-[0-9a-f]{12}", name)
    assert worker_config(second)["cache"] == name  # same content, same name

    data = content_copy / "emergency" / "lb.yaml"
    data.write_text(data.read_text(encoding="utf-8").replace(
        "Emergency ambulance and patient transport", "Ambulance and patient transport", 1),
        encoding="utf-8")
    third = tmp_path / "third"
    assert run_build(content_copy, third).returncode == 0
    assert worker_config(third)["cache"] != name


def test_the_offline_page_offers_the_emergency_number_and_kept_pages(site):
    page = soup(site / "offline" / "index.html")
    assert page.select_one("a.crisis-call")["href"] == "tel:112"
    links = {a["href"] for a in page.select("main a")}
    assert {"/emergency/", "/crisis-plan/"} <= links
    assert page.select_one('meta[name=robots]')["content"] == "noindex"
