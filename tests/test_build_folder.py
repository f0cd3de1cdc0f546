"""A build writes over the folder the previous output moved out of (publisher.build:
creating files costs ten times more than overwriting them here); what it did not write
is gone, so the result is the site a fresh folder would hold (plugins/finish/stale.py)."""

from publisher.build import build, spare_folder
from tests.helpers import ROOT, tree_hashes

POST = """Title: A note for one day
Date: 2024-01-02
Tags: passing
Summary: A post that is published, then taken down.

Soon gone.
"""


def without_index(hashes):
    # Pagefind names its index files by a hash that changes from run to run.
    return {path: digest for path, digest in hashes.items()
            if not path.startswith("pagefind/")}


def test_a_build_over_the_last_output_leaves_nothing_of_removed_posts(tmp_path, content_copy):
    settings, output = str(ROOT / "pelicanconf.py"), tmp_path / "site/output"
    post = content_copy / "articles/2024-01-02-passing.md"
    post.write_text(POST, encoding="utf-8")
    build(settings, output=str(output), content=str(content_copy))
    build(settings, output=str(output), content=str(content_copy))  # makes the spare
    assert (output / "2024/01/a-note-for-one-day/index.html").is_file()
    assert (tmp_path / "site/.output-spare-output").is_dir()

    post.unlink()
    build(settings, output=str(output), content=str(content_copy))
    fresh = tmp_path / "fresh/output"
    build(settings, output=str(fresh), content=str(content_copy))
    assert without_index(tree_hashes(output)) == without_index(tree_hashes(fresh))
    assert not (output / "2024").exists() and not (output / "tag/passing").exists()
    assert spare_folder(str(output)) == str(tmp_path / "site/.output-spare-output")
