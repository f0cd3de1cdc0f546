"""The /emergency/ page as built: every published line in the HTML itself, one tap each,
matching the reference (with the corrections of its 2026-11 audit) and naming its
source, and nothing left to a script."""

import json
import re
from pathlib import Path

import phonenumbers
import yaml

from tests.helpers import CONTENT, PUBLIC_URL, REFERENCE, soup

PAGE = "emergency/index.html"
# Countries with a data file. Cote d'Ivoire and Syria have none: their only line of
# high or medium confidence is a fire number, which cannot stand as the emergency number.
PUBLISHED = {path.stem.upper() for path in Path(CONTENT, "emergency").glob("*.yaml")}
# The audit's corrections that change how a line is dialled (reference notes, 2026-11):
# SPAVO's SMS in international form, for visitors with foreign SIM cards (item 9b).
CORRECTED = {("CY", "sms", "99 98 4042"): "+35799984042"}


def reference(country=None, confidence=("high", "medium")):
    entries = yaml.safe_load((REFERENCE / "emergency-numbers.yaml").read_text())
    return [e for e in entries if e["confidence"] in confidence
            and (country is None or e["country"] == country)]


def published():
    return [e for e in reference() if e["country"] in PUBLISHED]


def expected_dial(number, e164, country):
    """How the reference's number must be dialled: E.164 where it has one, else its digits."""
    if e164:
        return e164
    digits = re.sub(r"\D", "", number)
    parsed = phonenumbers.parse(digits, country) if country != "EU" else None
    if parsed and phonenumbers.is_valid_number(parsed) and number.startswith(("0", "1-")):
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    return digits


def line_named(page, name):
    heading = next((h for h in page.select("li.hub-line h4")
                    if h.find(string=True, recursive=False).strip() == name), None)
    assert heading is not None, f"{name!r} is not on the page"
    return heading.find_parent("li")


def test_every_lebanese_line_of_the_reference_is_on_the_page_with_its_number(site):
    page = soup(site / PAGE)
    entries = reference("LB")
    assert len(entries) == 11
    for entry in entries:
        line = line_named(page, entry["name"])
        assert line["id"].startswith("lb-")
        tel = line.select_one("a[href^='tel:']")["href"].removeprefix("tel:")
        assert tel == expected_dial(entry["phone"], entry["phone_e164"], "LB"), entry["name"]
        assert line.find("a", href=entry["source"]), entry["name"]


def test_every_published_line_of_every_country_is_dialled_as_the_reference_says(site):
    page = soup(site / PAGE)
    entries = published()
    assert {e["country"] for e in reference()} - {"CI", "SY"} == PUBLISHED
    assert len(page.select("li.hub-line")) == len(entries) == 123
    for entry in entries:
        line = page.select_one(f"section[data-country={entry['country']}]")
        item = line_named(line, entry["name"])
        for field, scheme in (("phone", "tel"), ("sms", "sms")):
            if entry[field]:
                link = item.select_one(f"a[href^='{scheme}:']")
                dial = CORRECTED.get((entry["country"], field, entry[field])) or expected_dial(
                    entry[field], entry.get(f"{field}_e164"), entry["country"])
                assert link["href"].split("?")[0] == f"{scheme}:{dial}", entry["name"]


def test_low_confidence_lines_are_not_published(site):
    page = soup(site / PAGE)
    low = reference(confidence=("low",))
    assert len(low) == 6
    for entry in low:
        section = page.select_one(f"section[data-country={entry['country']}]")
        if section is None:
            continue
        names = [h.find(string=True, recursive=False).strip() for h in section.select("h4")]
        assert entry["name"] not in names
        dial = entry["phone_e164"] or re.sub(r"[^0-9]", "", entry["phone"])
        assert not section.select(f"a[href='tel:{dial}']"), entry["name"]


def test_the_numbers_need_no_script(site):
    page = soup(site / PAGE)
    for script in page.select("script"):
        assert script.get("type") in ("application/json", "application/ld+json") or (
            script.get("src") and script.has_attr("defer")), script
        script.decompose()
    links = page.select("main a[href^='tel:']")
    assert len(links) > 123
    # Hidden: only what a script fills in for a country we do not list (112 and 911).
    hidden = page.select("main [hidden] a[href^='tel:']")
    assert [a["href"] for a in hidden] == ["tel:112", "tel:911"]
    assert all(a.find_parent(attrs={"data-crisis-unlisted": True}) for a in hidden)


def test_crisis_banner_comes_first_with_lebanons_emergency_number_and_crisis_line(site):
    main = soup(site / PAGE).select_one("main")
    banner = main.select_one(".crisis-banner")
    assert banner is main.find("section")
    calls = [(" ".join(a.get_text().split()), a["href"])
             for a in banner.select("[data-crisis-listed] a.crisis-call")]
    assert calls == [
        ("Call 112 Internal Security Forces (police) emergency line", "tel:112"),
        ("Call 1564 Embrace LifeLine (National Emotional Support and Suicide Prevention "
         "Line)", "tel:1564")]
    assert "In danger now? Lebanon" in " ".join(banner.find("h2").get_text().split())
    first_country = main.select_one("section.hub-country")
    assert first_country["data-country"] == "LB"


def test_lines_are_grouped_crisis_and_support_first_then_emergency_services(site):
    page = soup(site / PAGE)
    lebanon = page.select_one("section[data-country=LB]")
    kinds = [group["data-kind"] for group in lebanon.select("section.hub-kind")]
    assert kinds == ["crisis-line", "police", "ambulance", "fire", "violence", "child", "other"]
    britain = page.select_one("section[data-country=GB]")
    kinds = [group["data-kind"] for group in britain.select("section.hub-kind")]
    assert kinds[:3] == ["crisis-line", "text-line", "emergency"]


def test_page_says_short_codes_work_only_inside_their_country(site):
    text = " ".join(soup(site / PAGE).select_one("main").get_text().split())
    assert "work only from a phone inside their own country" in text


def test_each_line_names_its_source_and_the_date_it_shows_without_any_warning(site):
    page = soup(site / PAGE)
    data = {}
    for path in Path(CONTENT, "emergency").glob("*.yaml"):
        for entry in yaml.load(path.read_text(), Loader=yaml.BaseLoader)["resources"]:
            data[(path.stem.upper(), entry["name"])] = entry
    lines = page.select("li.hub-line")
    assert len(lines) == len(data)
    for item in lines:
        country = item.find_parent("section", class_="hub-country")["data-country"]
        name = item.find("h4").find(string=True, recursive=False).strip()
        entry = data[(country, name)]
        source = item.select_one(".hub-source")
        link = source.find("a")
        assert link["href"] == entry["source"]
        site_name = re.sub(r"^www\.", "", entry["source"].split("/")[2])
        assert link.get_text().startswith(f"Source: {site_name} for "), name
        time = source.find("time")
        if entry["source_date"] in ("null", ""):
            assert time is None, name
        else:
            assert time["datetime"] == entry["source_date"], name
    text = (site / PAGE).read_text()
    for word in ("is-stale", "Last checked", "source undated", "more than a year ago"):
        assert word not in text


def test_source_dates_read_as_precisely_as_their_source(site):
    page = soup(site / PAGE)
    dates = {" ".join(line.select_one(".hub-source").get_text().split()).split(", ")[-1]
             for line in page.select("li.hub-line") if line.select_one(".hub-source time")}
    assert "November 2021" in dates        # "2021-11": a month
    assert "23 October 2025" in dates      # "2025-10-23": a day
    assert "2021" in dates                 # a year


def test_hours_languages_and_cost_are_shown(site):
    embrace = line_named(soup(site / PAGE), "Embrace LifeLine (National Emotional Support "
                         "and Suicide Prevention Line)")
    facts = " ".join(embrace.select_one(".hub-facts").get_text().split())
    assert "Open 24 hours, every day (as reported by RFI, Dec 2021)" in facts
    assert "Languages: Arabic, English, French" in facts
    assert "Free of charge" in facts
    qatar = line_named(soup(site / PAGE), "National Mental Health Helpline (Hamad Medical "
                       "Corporation)")
    assert "Hours: Sat-Thu 08:00-18:00 (Qatar Time)" in " ".join(qatar.get_text().split())
    intervals = json.loads(qatar["data-hours"])
    saturday, friday = 5 * 1440, 4 * 1440
    assert [saturday + 480, saturday + 1080] in intervals and len(intervals) == 6
    assert not any(start <= friday + 600 < end for start, end in intervals)
    assert qatar["data-tz"] == "Asia/Qatar"


def test_numbers_that_work_from_abroad_say_so(site):
    himaya = line_named(soup(site / PAGE), "himaya child protection hotline")
    assert himaya.select_one("a[href^='tel:']").get_text() == "Call 03 414 964"
    assert "From abroad: +961 3 414 964" in " ".join(himaya.get_text().split())


def test_numbers_advertised_in_letters_and_text_keywords_are_shown_as_advertised(site):
    page = soup(site / PAGE)
    sakina = line_named(page, "800-SAKINA mental health hotline (Department of Health – "
                        "Abu Dhabi)")
    call = sakina.select_one("a[href^='tel:']")
    assert (call.get_text(), call["href"]) == ("Call 800-SAKINA", "tel:800725462")
    assert sakina.select_one(".hub-keypad").get_text() == "Keypad digits: 800 725462"
    shout = page.select_one("section[data-country=GB] a[href^='sms:85258']")
    assert (shout.get_text(), shout["href"]) == ("Text SHOUT to 85258", "sms:85258?body=SHOUT")
    home = page.select_one("section[data-country=US] a[href^='sms:741741']")
    assert home.get_text() == "Text HOME to 741741"


def test_north_american_toll_free_numbers_read_1_800(site):
    poison = line_named(soup(site / PAGE), "Poison Control (Poison Help line)")
    call = poison.select_one("a[href^='tel:']")
    assert (call.get_text(), call["href"]) == ("Call 1-800-222-1222", "tel:+18002221222")


def test_quick_exit_is_a_plain_link_to_the_neutral_page(site):
    main = soup(site / PAGE)
    exit_link = main.select_one("[data-quick-exit]")
    assert exit_link.get_text() == "Leave this site"
    assert exit_link["href"] == "https://www.google.com/" and exit_link["rel"] == ["noreferrer"]
    assert "browsing history" in exit_link.find_next("p").get_text()


def test_the_hub_is_in_the_sitemap_and_linked_from_every_page(site):
    assert f"<loc>{PUBLIC_URL}/emergency/</loc>" in (site / "sitemap.xml").read_text()
    contact = soup(site / "contact/index.html")
    assert contact.select_one("main a[href='/emergency/']"), "content links the hub"
