"""Text from content lands escaped in HTML, attributes, JSON-LD and the feed; its
language sets <html lang dir>."""

import json
import xml.etree.ElementTree as ET

from tests.helpers import soup

HOSTILE = 'Fish & "chips" <script>alert(1)</script> </script><b>'


def test_hostile_title_and_summary_are_escaped_everywhere(build_site, content_copy):
    (content_copy / "articles/hostile.md").write_text(
        f"Title: {HOSTILE}\nDate: 2024-02-01\nSlug: hostile\nTags: a<b\n"
        f"Summary: {HOSTILE}\n\nBody.\n"
    )
    output = build_site(content_copy)
    path = output / "2024/02/hostile/index.html"
    raw = path.read_text()
    assert "<script>alert(1)" not in raw and "<b>" not in raw

    page = soup(path)
    assert page.find("h1").get_text() == HOSTILE
    assert page.find("meta", property="og:title")["content"] == HOSTILE
    assert page.title.get_text().startswith(HOSTILE)
    data = json.loads(page.find("script", type="application/ld+json").string)
    assert data["headline"] == HOSTILE
    inline = [s for s in page.find_all("script") if not s.has_attr("src")]
    assert len(inline) == 1  # only the JSON-LD block

    # Pelican's feed writer reads titles as HTML and strips tags; what remains
    # must still be escaped text in well-formed XML, never markup.
    feed = ET.parse(output / "feeds/all.atom.xml").getroot()
    titles = [e.text for e in feed.iter("{http://www.w3.org/2005/Atom}title")]
    assert any(t.startswith('Fish & "chips"') for t in titles)
    assert not [e for e in feed.iter() if e.tag in ("script", "b")]


def test_page_language_sets_lang_and_right_to_left_direction(build_site, content_copy):
    (content_copy / "articles/arabic.md").write_text(
        "Title: العلاج عبر الإنترنت\nDate: 2024-02-02\nSlug: arabic-note\nLang: ar\n"
        "Tags: ملاحظة\nSummary: ملاحظة قصيرة.\n\nنص.\n"
    )
    html = soup(build_site(content_copy) / "ar/2024/02/arabic-note/index.html").html
    assert (html["lang"], html["dir"]) == ("ar", "rtl")
