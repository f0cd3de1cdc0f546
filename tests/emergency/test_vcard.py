"""The hub's vCard files: what a phone imports from a country's .vcf file."""

import re
from datetime import date

import vobject
import yaml
from pelican.settings import read_settings
from sitecore.phones import Number

from emergency.loader import load_hub
from emergency.model import Country, Resource, SourceDate
from emergency.settings import hub_settings
from emergency.vcard import CORE_KINDS, country_vcards, vcard_filename
from tests.helpers import CONTENT, ROOT

PRACTICE = {"name": "Dr Carla Kesrouani", "telephone": "+96171265146", "country": "LB"}
SITE = "https://example.org"
# The kinds a visitor saves to their phone, written out here rather than imported.
CORE = ("emergency", "police", "ambulance", "fire", "crisis-line")


def real_settings():
    return read_settings(str(ROOT / "pelicanconf.py"))


def real_hub(settings):
    hub, problems, _ = load_hub(str(CONTENT), hub_settings(settings), date.today())
    assert problems == []
    return hub


def cards_of(text):
    return list(vobject.readComponents(text))


def line(name, kind="crisis-line", phone=None, **extra):
    values = {"country": "XX", "anchor": "xx-line", "description": "A line.",
              "source": "https://example.org/source", "source_date": None, "stale": True}
    values.update(extra)
    return Resource(name=name, kind=kind, phone=phone, **values)


def country(*resources, name="Testland"):
    return Country(code="XX", name=name, emergency_number=Number("112", "112"),
                   resources=list(resources), source_file="content/xx.yaml")


def yaml_dial(text):
    """How the data's number is dialled: a local code without its spaces, or + and
    the digits of an international number."""
    digits = re.sub(r"\D", "", text)
    return "+" + digits if text.strip().startswith("+") else digits


def test_lebanon_file_holds_its_core_lines_in_order_then_the_practice():
    settings = real_settings()
    lebanon = real_hub(settings).country("LB")
    data = yaml.safe_load((CONTENT / "emergency" / "lb.yaml").read_text(encoding="utf-8"))
    core = [entry for entry in data["resources"]
            if entry["kind"] in CORE and entry.get("phone")]
    assert CORE_KINDS == CORE
    assert len(core) >= 3   # police, ambulance, fire, crisis line at least

    cards = cards_of(country_vcards(lebanon, settings["PRACTICE"], settings["PUBLIC_URL"]))
    lines, practice = cards[:-1], cards[-1]
    assert [card.tel.value for card in lines] == [yaml_dial(e["phone"]) for e in core]
    assert [card.fn.value for card in lines] == [f"{e['name']} (Lebanon)" for e in core]
    assert {"112", "140", "1564"} <= {card.tel.value for card in lines}
    for card, entry in zip(lines, core, strict=True):
        assert card.n.value.family == card.fn.value
        assert card.org.value == ["Lebanon"]
        assert card.tel.params["TYPE"] == ["VOICE"]
        assert card.categories.value == ["Emergency"]
        checked = (f"Source dated {entry['source_date']}" if entry["source_date"]
                   else "Source undated")
        assert checked in card.note.value
        if entry.get("hours"):
            assert entry["hours"] in card.note.value
        if entry.get("website"):
            assert card.url.value == entry["website"]
        else:
            assert "url" not in card.contents

    assert practice.fn.value == "Dr Carla Kesrouani"
    assert practice.tel.value == "+96171265146"
    assert practice.tel.params["TYPE"] == ["CELL"]
    assert practice.note.value == "Online therapy. WhatsApp is not for emergencies."
    assert practice.url.value == settings["PUBLIC_URL"] + "/"


def test_notes_name_the_kind_hours_and_evidence():
    police = line("Police line", kind="police", phone=Number("112", "112"), hours="24/7",
                  source_date=SourceDate(2025, 5), confirmed=date(2026, 11, 2),
                  confirmed_by="called the line", website="https://police.example.org")
    crisis = line("Crisis line", phone=Number("1564", "1564"))
    first, second, _ = cards_of(country_vcards(country(police, crisis), PRACTICE, SITE))
    assert first.note.value.startswith("Police")
    assert first.note.value == ("Police. Hours: 24/7. Source dated 2025-05; confirmed by the "
                                "practice on 2026-11-02.")
    assert first.url.value == "https://police.example.org"
    assert second.note.value.startswith("Crisis and suicide-prevention lines")
    assert "Source undated" in second.note.value
    assert "url" not in second.contents


def test_every_card_is_version_3_with_short_crlf_lines():
    settings = real_settings()
    for place in real_hub(settings).countries:
        text = country_vcards(place, settings["PRACTICE"], settings["PUBLIC_URL"])
        assert text.endswith("\r\n")
        rows = text.split("\r\n")[:-1]
        assert rows.count("BEGIN:VCARD") == rows.count("VERSION:3.0") == len(cards_of(text))
        assert all(len(row.encode("utf-8")) <= 75 for row in rows), place.code
        assert cards_of(text)[-1].fn.value == settings["PRACTICE"]["name"]


def test_tricky_names_survive_a_round_trip_unchanged():
    tricky = 'Help, "now"; call\nback \\ later – Polícia'
    dial = "+9613414964"
    lines = [line(tricky, phone=Number(dial, "03 414 964", "+961 3 414 964"),
                  hours="Mon-Fri 08:00-18:00; Sat, Sun \\ closed")]
    text = country_vcards(country(*lines, name="Land, of; odd\\names"), PRACTICE, SITE)
    card, practice = cards_of(text)
    assert card.fn.value == f"{tricky} (Land, of; odd\\names)"
    assert card.n.value.family == card.fn.value
    assert card.org.value == ["Land, of; odd\\names"]
    assert card.tel.value == dial
    assert "Mon-Fri 08:00-18:00; Sat, Sun \\ closed" in card.note.value
    assert practice.tel.value == "+96171265146"


def test_a_country_without_core_lines_still_has_the_practice():
    lines = [line("Violence line", kind="violence", phone=Number("1745", "1745")),
             line("Poison centre", kind="poison", phone=Number("123", "123"))]
    (practice,) = cards_of(country_vcards(country(*lines), PRACTICE, SITE))
    assert practice.fn.value == "Dr Carla Kesrouani"
    assert practice.tel.value == "+96171265146"
    assert practice.url.value == "https://example.org/"


def test_lines_without_a_phone_are_left_out():
    lines = [line("Website only", website="https://help.example.org"),
             line("Text only", kind="police", sms=Number("5555", "5555")),
             line("Ambulance", kind="ambulance", phone=Number("140", "140"))]
    cards = cards_of(country_vcards(country(*lines), PRACTICE, SITE))
    assert [card.fn.value for card in cards] == ["Ambulance (Testland)", "Dr Carla Kesrouani"]
    assert [card.tel.value for card in cards] == ["140", "+96171265146"]


def test_file_name_is_the_lowercase_code():
    assert vcard_filename(country()) == "xx.vcf"
    assert vcard_filename(real_hub(real_settings()).country("LB")) == "lb.vcf"
