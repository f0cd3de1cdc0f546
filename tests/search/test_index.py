"""The search index a build writes (SPEC §8): Pagefind's bundle, every article and
page indexed by its main content only, one record per published emergency line."""

import json
import re
import shutil

import yaml

from search.indexer import bundle_problem
from tests.helpers import CONTENT, html_files, run_build, soup

BUNDLE = "pagefind"
LANGUAGES = ("en", "ar", "fr")
LANG = re.compile(r"^Lang:", re.M)


def published(folder):
    """Markdown files of `folder` that Pelican publishes (not drafts, not hidden)."""
    files = sorted((CONTENT / folder).glob("*.md"))
    status = re.compile(r"^status:\s*(draft|hidden)\s*$", re.I | re.M)
    return [path for path in files if not status.search(path.read_text(encoding="utf-8"))]


def emergency_lines():
    return sum(len(yaml.safe_load(path.read_text(encoding="utf-8"))["resources"])
               for path in sorted((CONTENT / "emergency").glob("*.yaml")))


def test_the_bundle_is_written_without_pagefinds_unused_viewers(site):
    bundle = site / BUNDLE
    for name in ("pagefind.js", "pagefind-worker.js", "pagefind-entry.json",
                 "wasm.en.pagefind"):
        assert (bundle / name).is_file(), name
    assert list(bundle.glob("index/*.pf_index")) and list(bundle.glob("fragment/*"))
    assert not list(bundle.glob("pagefind-*ui*"))
    assert not (bundle / "pagefind-highlight.js").exists()
    assert not (bundle / "wasm.unknown.pagefind").exists()


def test_index_holds_every_article_and_page_and_one_record_per_line_and_language(site):
    entry = json.loads((site / BUNDLE / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert set(entry["languages"]) == set(LANGUAGES)
    counts = {lang: totals["page_count"] for lang, totals in entry["languages"].items()}
    english_pages = [p for p in published("pages") if not LANG.search(p.read_text())]
    for lang in LANGUAGES:
        pages = [p for p in published("pages") if f"Lang: {lang}" in p.read_text()]
        articles = len(published("articles")) if lang == "en" else 0
        pages = english_pages if lang == "en" else pages
        assert counts[lang] == articles + len(pages) + emergency_lines(), lang


def test_only_articles_and_pages_offer_their_main_content_to_the_index(site):
    indexed = {}
    for path in html_files(site):
        main = soup(path).find("main")
        if main is not None and main.has_attr("data-pagefind-body"):
            indexed[path.relative_to(site).as_posix()] = main["data-pagefind-filter"]
    assert sorted(indexed.values()).count("type:article") == len(published("articles"))
    assert sorted(indexed.values()).count("type:page") == len(published("pages"))
    assert len(indexed) == len(published("articles")) + len(published("pages"))
    for never in ("index.html", "404.html", "emergency/index.html", "search/index.html",
                  "ar/index.html", "ar/emergency/index.html", "fr/search/index.html"):
        assert never not in indexed


def test_navigation_footer_and_widgets_are_left_out_of_the_index(site):
    page = soup(site / "2023/05/challenges-in-online-therapy-and-solutions/index.html")
    for selector in ("nav.site-nav", "footer.site-footer", "form.site-search", "[data-wa]",
                     "p.wa-cta"):
        element = page.select_one(selector)
        assert element is not None, selector
        assert element.has_attr("data-pagefind-ignore"), selector
    assert page.select_one("a[data-pagefind-filter=category]").get_text() == "Online therapy"
    assert page.find("html")["data-pagefind-filter"] == "language:en"


def test_a_build_prints_one_summary_line_for_the_index(tmp_path):
    result = run_build(CONTENT, tmp_path / "output")
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith("Search:")]
    pages = len(published("articles")) + len(published("pages"))
    records = emergency_lines() * len(LANGUAGES)
    assert len(lines) == 1
    assert re.fullmatch(rf"Search: indexed {pages} pages and {records} emergency line "
                        r"records in \d+\.\d\d s \(ar, en, fr\)\.", lines[0]), lines[0]


def test_drafts_are_not_indexed(tmp_path, content_copy):
    draft = content_copy / "articles" / "draft.md"
    draft.write_text("Title: Unfinished thoughts\nDate: 2024-01-01\nStatus: draft\n"
                     "Summary: Not yet.\n\nA draft about quokkas.\n", encoding="utf-8")
    output = tmp_path / "output"
    assert run_build(content_copy, output).returncode == 0
    page = soup(output / "drafts" / "unfinished-thoughts" / "index.html")
    assert not page.find("main").has_attr("data-pagefind-body")


def test_an_incomplete_bundle_is_noticed(site, tmp_path):
    bundle = tmp_path / BUNDLE
    shutil.copytree(site / BUNDLE, bundle)
    assert bundle_problem(bundle) is None
    fragment = next(bundle.glob("fragment/*.pf_fragment"))
    data = fragment.read_bytes()
    fragment.write_bytes(data[: len(data) // 2])
    assert bundle_problem(bundle) == f"fragment/{fragment.name} cut short"
    fragment.write_bytes(data)
    (bundle / "pagefind.js").write_bytes(b"")
    assert bundle_problem(bundle) == "pagefind.js empty"
    (bundle / "pagefind-entry.json").write_text("", encoding="utf-8")
    assert bundle_problem(bundle) == "pagefind-entry.json unreadable"
