"""One search record per emergency line, pointing at its entry on /emergency/, and the
search page's data escaped wherever it lands."""

import json
from datetime import date

from pelican.settings import read_settings

from emergency.loader import load_hub
from emergency.settings import hub_settings
from search.records import hub_records
from tests.helpers import CONTENT, ROOT, run_build, soup


def real_hub():
    settings = read_settings(str(ROOT / "pelicanconf.py"))
    hub, problems, _ = load_hub(str(CONTENT), hub_settings(settings), date.today())
    assert problems == []
    return hub


def test_each_line_becomes_one_record_that_lands_on_its_entry(site):
    hub = real_hub()
    records = hub_records(hub, "emergency/", "en")
    lines = [line for country in hub.countries for line in country.resources]
    assert len(records) == len(lines)
    page = soup(site / "emergency" / "index.html")
    urls = [record["url"] for record in records]
    assert len(set(urls)) == len(urls)
    for record in records:
        anchor = record["url"].removeprefix("/emergency/#")
        assert page.find(id=anchor) is not None, record["url"]


def test_a_record_carries_name_kind_country_number_and_description():
    hub = real_hub()
    embrace = next(r for r in hub_records(hub, "emergency/", "en")
                   if r["meta"]["title"].startswith("Embrace LifeLine"))
    assert embrace["url"] == "/emergency/#lb-embrace-lifeline-national-emotional"
    assert embrace["meta"]["country"] == "Lebanon"
    assert embrace["meta"]["kind"] == "Crisis and suicide-prevention lines"
    assert (embrace["meta"]["number"], embrace["meta"]["dial"]) == ("1564", "1564")
    assert embrace["filters"] == {"type": ["line"], "country": ["Lebanon"],
                                  "language": ["en"]}
    for words in ("Embrace LifeLine", "Lebanon", "1564", "suicide", "emotional support"):
        assert words.lower() in embrace["content"].lower(), words


def test_search_page_data_survives_quotes_and_markup(tmp_path, content_copy):
    tricky = "it's \"over\" </script><b>&amp;"
    (content_copy / "search" / "crisis-words.yaml").write_text(
        f"en:\n  - suicide\n  - {json.dumps(tricky)}\n", encoding="utf-8")
    output = tmp_path / "output"
    assert run_build(content_copy, output).returncode == 0
    page = soup(output / "search" / "index.html")
    root = page.select_one("[data-search]")
    assert json.loads(root["data-crisis-words"]) == ["suicide", tricky]
    assert page.find("b") is None
    hub_data = json.loads(page.find(id="hub-data").string)
    embrace = {"name": "Embrace LifeLine (National Emotional Support and Suicide Prevention "
               "Line)", "english": False, "number": "1564", "dial": "1564", "sms": False,
               "keyword": None}
    assert hub_data["countries"]["LB"]["support"] == embrace
    plan = json.loads(soup(output / "crisis-plan" / "index.html").find(id="hub-data").string)
    assert plan["countries"]["LB"]["crisis"] == [embrace]
    assert hub_data["zones"]["Asia/Beirut"] == "LB"
    # The hub's filter gets the same words, escaped where they land (an attribute).
    hub = soup(output / "emergency" / "index.html").select_one("[data-hub-filter]")
    assert json.loads(hub["data-crisis-words"]) == ["suicide", tricky]
