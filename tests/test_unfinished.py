"""Nothing unfinished goes public: drafts and posts dated in the future stay in the
local preview (marked as drafts), production writes none of them, and no post or page
may take an address of the site itself."""

from publisher.build import build
from tests.helpers import ROOT, errors_of, html_files, run_build, tree_hashes

DRAFT = """Title: A draft about sleep
Date: 2024-01-10 09:00
Author: Dr Carla Kesrouani
Category: Online therapy
Tags: sleep
Slug: a-draft-about-sleep
Summary: Not ready yet.
Status: draft

Sleepless text.
"""
FUTURE = DRAFT.replace("A draft about sleep", "A post for next year").replace(
    "a-draft-about-sleep", "a-post-for-next-year").replace("2024-01-10", "2099-01-10").replace(
    "Status: draft\n", "Status: published\n").replace("Sleepless", "Tomorrowish")


def write_unfinished(content):
    (content / "articles" / "2024-01-10-a-draft-about-sleep.md").write_text(DRAFT)
    (content / "articles" / "2099-01-10-a-post-for-next-year.md").write_text(FUTURE)


def everything(output):
    """The text of every file of a built site that is not binary."""
    texts = []
    for path in sorted(output.rglob("*")):
        if path.is_file() and path.suffix not in (".br", ".gz", ".wasm"):
            texts.append(path.read_bytes().decode("utf-8", "ignore"))
    return "\n".join(texts)


def test_production_holds_no_draft_and_no_post_before_its_day(content_copy, tmp_path):
    write_unfinished(content_copy)
    output = tmp_path / "output"
    build(str(ROOT / "publishconf.py"), output=str(output), content=str(content_copy))
    text = everything(output)  # pages, sitemap, feed and the search index's files
    for word in ("a-draft-about-sleep", "A draft about sleep", "Sleepless",
                 "a-post-for-next-year", "A post for next year", "Tomorrowish"):
        assert word not in text, word
    assert not (output / "drafts").exists()


def test_the_preview_shows_them_as_drafts_not_to_be_indexed(content_copy, tmp_path):
    write_unfinished(content_copy)
    output = tmp_path / "output"
    build(str(ROOT / "pelicanconf.py"), output=str(output), content=str(content_copy))
    for slug in ("a-draft-about-sleep", "a-post-for-next-year"):
        page = (output / "drafts" / slug / "index.html").read_text()
        assert "Draft:</strong> only your preview shows this page." in page
        assert '<meta name="robots" content="noindex">' in page
    listed = "\n".join(p.read_text() for p in html_files(output) if "drafts" not in p.parts)
    assert "a-post-for-next-year" not in listed and "a-draft-about-sleep" not in listed


def test_a_slug_that_takes_an_address_of_the_site_fails_naming_the_file(content_copy,
                                                                       good_output):
    before = tree_hashes(good_output)
    pages = content_copy / "pages"
    (pages / "worker.md").write_text("Title: Worker\nSlug: sw.js\nSummary: x\n\nText.\n")
    (pages / "hub.md").write_text("Title: Hub\nSlug: emergency\nSummary: x\n\nText.\n")
    (pages / "recherche.fr.md").write_text(
        "Title: Recherche\nSlug: search\nLang: fr\nSummary: x\n\nTexte.\n")
    result = run_build(content_copy, good_output)
    assert result.returncode == 1
    assert errors_of(result) == [
        f"error: content/pages/{name}: slug: '{slug}' is an address of the site itself "
        f"(/{slug}); choose another Slug:"
        for name, slug in (("hub.md", "emergency"), ("recherche.fr.md", "search"),
                           ("worker.md", "sw.js"))]
    assert tree_hashes(good_output) == before
