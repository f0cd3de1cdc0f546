"""Nothing broken goes out: every internal link and image of the written site leads to
a file of it, or the build fails with one line per broken one, naming its Markdown file
(plugins/finish/links.py)."""

from finish.links import links_of

from tests.helpers import errors_of, run_build, tree_hashes

POST = "articles/2023-06-02-online-therapy-emergencies.md"


def test_broken_links_and_images_fail_the_build_naming_the_post(content_copy, good_output):
    before = tree_hashes(good_output)
    post = content_copy / POST
    post.write_text(post.read_text(encoding="utf-8") + (
        "\nSee [nothing]({filename}/articles/nope.md), ![A photo](/images/missing.jpg), "
        "[the hub](/emergency/), [a section](#top), [mail](mailto:a@example.org) "
        "and [gone](/no/such/page/).\n"), encoding="utf-8")
    result = run_build(content_copy, good_output)
    assert result.returncode == 1
    assert errors_of(result) == [
        f"error: content/{POST}: link {{filename}}/articles/nope.md: no such file",
        f"error: content/{POST}: link /images/missing.jpg: no such file",
        f"error: content/{POST}: link /no/such/page/: no such file",
    ]
    assert tree_hashes(good_output) == before


def test_an_image_in_content_images_is_found(content_copy, tmp_path):
    (content_copy / "images" / "photo.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>')
    post = content_copy / POST
    post.write_text(post.read_text(encoding="utf-8")
                    + "\n![A square]({static}/images/photo.svg)\n", encoding="utf-8")
    result = run_build(content_copy, tmp_path / "output")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "output/images/photo.svg").is_file()


def test_links_are_read_from_every_way_of_writing_an_attribute():
    html = ('<a class=x href="/a/?q=1&amp;r=2">A</a><a data-href="/not/">B</a>'
            "<img alt='a &gt; b' src='/i.jpg' srcset=\"/s.jpg 1x, /t.jpg 2x\">"
            "<link rel=stylesheet href=/c.css><script defer src=\"/j.js\"></script>"
            '<abbr href="/not-a-link/">C</abbr><a href="/a/?q=1&amp;r=2">again</a>')
    assert links_of(html) == ["/a/?q=1&r=2", "/i.jpg", "/s.jpg", "/t.jpg", "/c.css", "/j.js"]
