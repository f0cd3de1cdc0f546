"""The first screen and the practice's facts (plugins/practice): the home page says who
the practice is, with a WhatsApp message and the page on how sessions work, in each
language; the facts the practice has set show on the home, About and Contact pages
and in JSON-LD, the others nowhere; the build names those missing, in one line."""

import json
import logging

import pytest
from practice import read_facts

from publisher.build import BuildFailed, build
from tests.helpers import settings_file, soup

WHATSAPP = "https://wa.me/96171265146?text="


GUIDES = [("", "How online sessions work"), ("fr/", "Comment se passent les séances en ligne"),
          ("ar/", "كيف تجري الجلسات عبر الإنترنت")]


@pytest.mark.parametrize(("prefix", "guide"), GUIDES)
def test_the_home_page_offers_a_message_and_how_sessions_work(site, prefix, guide):
    intro = soup(site / prefix / "index.html").select_one("main .intro")
    message, how = intro.select(".intro-actions a")
    assert message["href"].startswith(WHATSAPP)
    assert how.get_text(strip=True) == guide and how["href"] == f"/{prefix}online-therapy/"
    assert intro.select_one(".facts") is None  # no fact is known yet


def test_facts_set_show_in_each_language_and_in_json_ld(tmp_path, caplog):
    facts = {"languages": ["ar", "en", "fr"], "session_length": 50,
             "fee": {"en": "USD 60 a session", "fr": "60 USD la séance"}}
    output = tmp_path / "output"
    with caplog.at_level(logging.WARNING):
        build(str(settings_file(tmp_path, PRACTICE_FACTS=facts)), output=str(output))
    said = [r.getMessage() for r in caplog.records if r.getMessage().startswith("practice:")]
    assert said == ["practice: not set yet in PRACTICE_FACTS (pelicanconf.py), so not "
                    "shown: platform, booking, reply_time, credentials"]
    shown = {
        "": [("Languages spoken", "Arabic, English, French"),
             ("Length of a session", "50 minutes"), ("Fee", "USD 60 a session")],
        "fr/": [("Langues parlées", "arabe, anglais, français"),
                ("Durée d’une séance", "50 minutes"), ("Tarif", "60 USD la séance")],
    }
    for prefix, expected in shown.items():
        for path in ("index.html", "about/index.html", "contact/index.html"):
            facts_list = soup(output / prefix / path).select_one(".facts")
            assert [(d.dt.get_text(), d.dd.get_text()) for d in facts_list.select("div")] \
                == expected, (prefix, path)
    assert soup(output / "privacy/index.html").select_one(".facts") is None
    ld = json.loads(soup(output / "index.html").select_one(
        "script[type='application/ld+json']").string)
    assert ld["@graph"][1]["knowsLanguage"] == ["ar", "en", "fr"]


def test_a_fact_that_cannot_be_read_fails_the_build_naming_it(tmp_path):
    facts = {"languages": ["arabic"], "fees": "60", "session_length": "fifty"}
    with pytest.raises(BuildFailed) as failed:
        build(str(settings_file(tmp_path, PRACTICE_FACTS=facts)), output=str(tmp_path / "o"))
    assert failed.value.problems == [
        "practice: PRACTICE_FACTS: languages: expected language codes such as "
        "[\"ar\", \"en\", \"fr\"], found ['arabic']",
        "practice: PRACTICE_FACTS: fees: expected one of languages, session_length, fee, "
        "platform, booking, reply_time, credentials",
        "practice: PRACTICE_FACTS: session_length: expected minutes, such as 50, found "
        "'fifty'",
    ]


def test_nothing_set_is_nothing_shown():
    assert read_facts({"PRACTICE_FACTS": {}}) == ({}, [])
