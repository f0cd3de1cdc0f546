"""The /crisis-plan/ page as built, and the hub's vCard links (SPEC §6): every section a
labelled field with its prompt, the home country's lines to call, the promise that
nothing leaves the device, the quick exit, and one .vcf per country."""

import vobject

from tests.helpers import CONTENT, soup

SECTIONS = {
    "warning-signs": "My warning signs",
    "coping": "Things I can do on my own",
    "places": "People and places that help me feel better",
    "people": "People I can ask for help",
    "professionals": "Professionals and lines I can call",
    "safer": "Making my surroundings safer",
    "reasons": "My reasons for living",
}


def test_each_section_is_a_labelled_multiline_field_with_its_prompt(site):
    page = soup(site / "crisis-plan" / "index.html")
    fields = page.select("textarea[data-plan-field]")
    assert [field["name"] for field in fields] == list(SECTIONS)
    for field in fields:
        label = page.select_one(f'label[for="{field["id"]}"]')
        assert label is not None and label.get_text(strip=True) == SECTIONS[field["name"]]
        prompt = page.find(id=field["aria-describedby"])
        assert prompt is not None and len(prompt.get_text(strip=True)) > 20


def test_the_lines_to_call_are_prefilled_from_the_hub(site):
    page = soup(site / "crisis-plan" / "index.html")
    calls = [a["href"] for a in page.select("[data-plan-lines] a[href^='tel:']")]
    assert calls == ["tel:112", "tel:1564"]
    assert page.select_one("[data-plan-lines] [data-crisis-place]").get_text() == "Lebanon"


def test_the_page_says_nothing_leaves_the_device_and_has_the_quick_exit(site):
    page = soup(site / "crisis-plan" / "index.html")
    assert "What you write stays on this device." in page.select_one(".plan-private").get_text()
    assert "never sent" in page.select_one(".plan-private").get_text()
    assert page.select_one("[data-quick-exit]")["href"] == "https://www.google.com/"
    erase = page.select_one("button[data-plan-erase]")
    assert erase.get_text() == "Erase everything"
    assert "cannot be undone" in erase["data-confirm"]


def test_the_hub_links_the_plan_and_a_vcard_per_country(site):
    page = soup(site / "emergency" / "index.html")
    assert page.select_one('a[href="/crisis-plan/"]') is not None
    sections = page.select("section.hub-country")
    assert len(sections) == len(list((CONTENT / "emergency").glob("*.yaml"))) == 36
    for section in sections:
        code = section["data-country"]
        link = section.select_one(".hub-vcard a[download]")
        assert link["href"] == f"/emergency/{code.lower()}.vcf"
        cards = list(vobject.readComponents((site / link["href"].lstrip("/")).read_text()))
        assert cards[-1].fn.value == "Dr Carla Kesrouani"
        dialled = [card.tel.value for card in cards[:-1]]
        shown = [a["href"].removeprefix("tel:") for a in section.select(
            ".hub-kind[data-kind=emergency] a[href^='tel:'], "
            ".hub-kind[data-kind=police] a[href^='tel:'], "
            ".hub-kind[data-kind=ambulance] a[href^='tel:'], "
            ".hub-kind[data-kind=fire] a[href^='tel:'], "
            ".hub-kind[data-kind=crisis-line] a[href^='tel:']")]
        assert sorted(dialled) == sorted(shown), code
