"""Text and addresses from the hub's data are escaped wherever they land: element text,
attributes, and the JSON the page embeds."""

import json

from bs4 import BeautifulSoup

HOSTILE = """</script><script>alert("x")</script><b onmouseover='alert(1)'>&amp;"""
URL = """https://example.org/"onmouseover="alert(1)"><script>alert(2)</script>"""
EMBRACE = "Embrace LifeLine (National Emotional Support and Suicide Prevention Line)"


def test_hostile_names_descriptions_and_urls_stay_text(build_site, content_copy):
    data = content_copy / "emergency/lb.yaml"
    text = data.read_text(encoding="utf-8")
    text = text.replace(f'name: "{EMBRACE}"', f"name: {json.dumps(HOSTILE)}", 1)
    text = text.replace('region: "Beirut"', f"region: {json.dumps(HOSTILE)}", 1)
    text = text.replace('website: "https://embracelebanon.org"', f"website: {json.dumps(URL)}")
    data.write_text(text, encoding="utf-8")

    html = (build_site(content_copy) / "emergency/index.html").read_text(encoding="utf-8")
    page = BeautifulSoup(html, "html.parser")

    assert "<script>alert" not in html and "<b onmouseover" not in html
    assert not page.select("[onmouseover]")
    heading = next(h for h in page.select("li.hub-line h4")
                   if h.find(string=True, recursive=False).strip() == HOSTILE)
    line = heading.find_parent("li")
    assert line.select_one(".visually-hidden").get_text() == f" for {HOSTILE}"
    assert line.select_one("a.hub-site")["href"] == URL
    assert page.select_one("li#lb-beirut-fire-brigade-beirut-municipality .hub-region") \
        .get_text() == f"({HOSTILE})"
    assert [s.get("type") for s in page.select("script:not([src])")] == [
        "application/ld+json", "application/json"]
    data = json.loads(page.select_one("#hub-data").string)
    assert data["countries"]["LB"]["dial"] == "112"
