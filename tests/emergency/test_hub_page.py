"""The /emergency/ page as built: every published line in the HTML itself, one tap each,
matching the reference with its source, and nothing left to a script."""

import json
import re
from datetime import date

import phonenumbers
import yaml

from tests.helpers import PUBLIC_URL, REFERENCE, soup

PAGE = "emergency/index.html"


def reference(country=None, confidence=("high", "medium")):
    entries = yaml.safe_load((REFERENCE / "emergency-numbers.yaml").read_text())
    return [e for e in entries if e["confidence"] in confidence
            and (country is None or e["country"] == country)]


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
    entries = reference()
    assert len(page.select("li.hub-line")) == len(entries) == 76
    for entry in entries:
        line = page.select_one(f"section[data-country={entry['country']}]")
        item = line_named(line, entry["name"])
        for field, scheme in (("phone", "tel"), ("sms", "sms")):
            if entry[field]:
                link = item.select_one(f"a[href^='{scheme}:']")
                dial = expected_dial(entry[field], entry.get(f"{field}_e164"), entry["country"])
                assert link["href"] == f"{scheme}:{dial}", entry["name"]


def test_low_confidence_numbers_are_not_published(site):
    text = (site / PAGE).read_text()
    for entry in reference(confidence=("low",)):
        assert entry["name"] not in text
        assert re.sub(r"\D", "", entry["phone"]) not in re.sub(r"\D", "", text.split("tel:")[0])
        assert f"tel:{entry['phone_e164'] or re.sub(r'[^0-9]', '', entry['phone'])}" not in text


def test_the_numbers_need_no_script(site):
    page = soup(site / PAGE)
    for script in page.select("script"):
        assert script.get("type") in ("application/json", "application/ld+json") or (
            script.get("src") and script.has_attr("defer")), script
        script.decompose()
    links = page.select("main a[href^='tel:']")
    assert len(links) > 76
    assert not page.select("main [hidden] a[href^='tel:']")


def test_crisis_banner_comes_first_with_lebanons_emergency_number(site):
    main = soup(site / PAGE).select_one("main")
    banner = main.select_one(".crisis-banner")
    assert banner is main.find("section")
    assert banner.find("a")["href"] == "tel:112"
    assert "In danger now?" in banner.get_text()
    first_country = main.select_one("section.hub-country")
    assert first_country["data-country"] == "LB"


def test_lines_are_grouped_by_kind_in_the_order_of_the_format(site):
    lebanon = soup(site / PAGE).select_one("section[data-country=LB]")
    kinds = [group["data-kind"] for group in lebanon.select("section.hub-kind")]
    assert kinds == ["police", "ambulance", "fire", "crisis-line", "violence", "child", "other"]


def test_page_says_short_codes_work_only_inside_their_country(site):
    text = " ".join(soup(site / PAGE).select_one("main").get_text().split())
    assert "work only from a phone inside their own country" in text


def test_each_line_shows_when_it_was_last_checked_and_marks_old_evidence(site):
    page = soup(site / PAGE)
    entries = {(e["country"], e["name"]): e for e in reference()}
    for item in page.select("li.hub-line"):
        country = item.find_parent("section", class_="hub-country")["data-country"]
        name = item.find("h4").find(string=True, recursive=False).strip()
        checked = item.select_one(".hub-checked")
        text = " ".join(checked.get_text().split())
        day = entries[(country, name)]["source_date"]
        if day == "unknown":
            assert "source undated" in text and "is-stale" in checked["class"]
            continue
        verified = date.fromisoformat((str(day) + "-01-01")[:10] if len(str(day)) == 4
                                      else (str(day) + "-01")[:10])
        assert checked.find("time")["datetime"] == verified.isoformat()
        old = (date.today() - verified).days > 365
        assert ("is-stale" in checked["class"]) is old, name
        assert ("more than a year ago" in text) is old, name


def test_hours_languages_and_cost_are_shown(site):
    embrace = line_named(soup(site / PAGE), "Embrace LifeLine (National Emotional Support "
                         "and Suicide Prevention Line)")
    facts = " ".join(embrace.select_one(".hub-facts").get_text().split())
    assert "Open 24 hours, every day" in facts
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


def test_quick_exit_is_a_plain_link_to_the_neutral_page(site):
    main = soup(site / PAGE).select_one("main")
    exit_link = main.select_one("[data-quick-exit]")
    assert exit_link.get_text() == "Leave this site"
    assert exit_link["href"] == "https://www.google.com/" and exit_link["rel"] == ["noreferrer"]
    assert "browsing history" in exit_link.find_next("p").get_text()


def test_the_hub_is_in_the_sitemap_and_linked_from_every_page(site):
    assert f"<loc>{PUBLIC_URL}/emergency/</loc>" in (site / "sitemap.xml").read_text()
    contact = soup(site / "contact/index.html")
    assert contact.select_one("main a[href='/emergency/']"), "content links the hub"
