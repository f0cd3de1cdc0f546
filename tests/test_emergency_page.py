"""The interim /emergency/ page: Lebanon's core lines, each one tap, as the reference says."""

import yaml

from tests.helpers import REFERENCE, soup

CORE_LINES = {"112", "140", "125", "1564"}


def reference_lebanon():
    entries = yaml.safe_load((REFERENCE / "emergency-numbers.yaml").read_text())
    return {e["phone"]: e for e in entries if e["country"] == "LB"}


def test_every_core_line_is_a_tel_link_to_a_sourced_number(site):
    page = soup(site / "emergency/index.html")
    dialled = {a["href"].removeprefix("tel:") for a in page.select("main a[href^='tel:']")}
    assert dialled == CORE_LINES
    reference = reference_lebanon()
    for number in dialled:
        assert reference[number]["confidence"] == "high"
        assert page.find("a", href=reference[number]["source"]), number


def test_crisis_banner_comes_first_with_the_emergency_number(site):
    main = soup(site / "emergency/index.html").select_one("main")
    banner = main.select_one(".crisis-banner")
    assert banner is main.find("section")
    assert banner.find("a")["href"] == "tel:112"
    assert "In danger now?" in banner.get_text()


def test_page_says_short_codes_work_only_inside_lebanon(site):
    text = " ".join(soup(site / "emergency/index.html").select_one("main").get_text().split())
    assert "only from inside Lebanon" in text
