"""Each Markdown text is converted once (plugins/content_check/converted.py): a second
build reuses the HTML, still names every problem of a file, and shows an edited file's
new text."""

import markdown
import pytest

from publisher.build import BuildFailed, build
from tests.helpers import ROOT
from tests.test_bad_input import article

POST = "articles/2024-01-10-a-post.md"
PAGE = "2024/01/a-post/index.html"


@pytest.fixture
def cached_build(tmp_path, content_copy):
    """cached_build() -> output: the real build of `content_copy` with a cache of its own."""

    def _build():
        output = tmp_path / "output"
        build(str(ROOT / "pelicanconf.py"), output=str(output), content=str(content_copy),
              override={"CACHE_PATH": str(tmp_path / "cache")})
        return output

    return _build


def converted_texts(monkeypatch):
    """The list every Markdown conversion of a text with a header appends that text to."""
    texts = []
    convert = markdown.Markdown.convert

    def counted(self, source):
        if source.startswith("Title:"):
            texts.append(source)
        return convert(self, source)

    monkeypatch.setattr(markdown.Markdown, "convert", counted)
    return texts


def test_a_second_build_converts_no_text_again(cached_build, content_copy, monkeypatch):
    (content_copy / POST).write_text(article(Title="A post"), encoding="utf-8")
    texts = converted_texts(monkeypatch)
    cached_build()
    read = [*content_copy.glob("articles/*.md"), *content_copy.glob("pages/*.md")]
    assert len(texts) == len(read)
    texts.clear()
    output = cached_build()
    assert texts == []
    assert "<p>A paragraph.</p>" in (output / PAGE).read_text(encoding="utf-8")


def test_an_edited_file_shows_its_new_text(cached_build, content_copy):
    post = content_copy / POST
    post.write_text(article(Title="A post"), encoding="utf-8")
    cached_build()
    post.write_text(article(Title="A post").replace("A paragraph.", "Another paragraph."),
                    encoding="utf-8")
    page = (cached_build() / PAGE).read_text(encoding="utf-8")
    assert "<p>Another paragraph.</p>" in page and "<p>A paragraph.</p>" not in page


def test_a_bad_header_is_named_at_every_build(cached_build, content_copy):
    (content_copy / POST).write_text(article(Tittle="A post"), encoding="utf-8")
    expected = [f"content/{POST}: tittle: unknown metadata key; did you mean 'title'?"]
    for _ in range(2):
        with pytest.raises(BuildFailed) as failed:
            cached_build()
        assert failed.value.problems == expected
