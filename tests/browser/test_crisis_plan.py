"""The crisis plan in Chromium (SPEC §6): what is typed survives a reload, "Erase
everything" asks first and then removes it from the page and from storage, the plan
prints on one or two A4 pages without navigation or widgets, the lines follow the
visitor's country, and without JavaScript it is still a form to print."""

import json
import re

from playwright.sync_api import expect

PLAN = "/crisis-plan/"
TYPED = {
    "#plan-warning-signs": "Not sleeping\nSkipping meals",
    "#plan-people": "My sister Maya: 03 123 456",
    "#plan-reasons": "My cat, and the trip in spring",
}


def stored(page):
    return page.evaluate("window.localStorage.getItem('crisis-plan')")


def fill(page):
    for selector, text in TYPED.items():
        page.locator(selector).fill(text)


def test_what_is_typed_is_restored_after_a_reload(page, server):
    page.goto(server + PLAN)
    fill(page)
    expect(page.locator("[data-plan-status]")).to_have_text("Saved on this device.")
    page.reload()
    for selector, text in TYPED.items():
        expect(page.locator(selector)).to_have_value(text)
    assert json.loads(stored(page)) == {"warning-signs": TYPED["#plan-warning-signs"],
                                        "people": TYPED["#plan-people"],
                                        "reasons": TYPED["#plan-reasons"]}


def test_erase_asks_first_and_then_removes_everything(page, server):
    page.goto(server + PLAN)
    fill(page)
    questions = []

    def answer(dialog, accept):
        questions.append(dialog.message)
        dialog.accept() if accept else dialog.dismiss()

    page.once("dialog", lambda dialog: answer(dialog, False))
    page.get_by_role("button", name="Erase everything").click()
    expect(page.locator("#plan-people")).to_have_value(TYPED["#plan-people"])
    assert stored(page) is not None

    page.once("dialog", lambda dialog: answer(dialog, True))
    page.get_by_role("button", name="Erase everything").click()
    for selector in TYPED:
        expect(page.locator(selector)).to_have_value("")
    expect(page.locator("[data-plan-status]")).to_have_text(
        "Everything was erased from this device.")
    assert stored(page) is None
    assert all("cannot be undone" in question for question in questions)
    page.reload()
    expect(page.locator("#plan-people")).to_have_value("")


def test_print_shows_the_plan_without_navigation_or_widgets_on_two_pages_at_most(page,
                                                                                 server):
    page.goto(server + PLAN)
    fill(page)
    for field in page.locator("[data-plan-field]").all():
        if not field.input_value():
            field.fill("A few words of my own here.\nAnd a second line.")
    page.emulate_media(media="print")
    for hidden in (".site-nav", ".site-search", "[data-wa-open]", ".quick-exit-bar",
                   "[data-plan-erase]", "#plan-people"):
        expect(page.locator(hidden).first).to_be_hidden()
    copy = page.locator("[data-plan-print-copy=people]")
    expect(copy).to_be_visible()
    expect(copy).to_have_text(TYPED["#plan-people"])
    pdf = page.pdf(format="A4")
    pages = len(re.findall(rb"/Type\s*/Page\b", pdf))
    assert 1 <= pages <= 2


def test_the_lines_to_call_follow_the_visitors_country(new_page, server):
    paris = new_page(timezone_id="Europe/Paris")
    paris.goto(server + PLAN)
    lines = paris.locator("[data-plan-lines]")
    expect(lines.locator("[data-crisis-place]")).to_have_text("France")
    calls = [link.get_attribute("href") for link in lines.locator("a[href^='tel:']").all()]
    assert calls[0] == "tel:112" and "tel:3114" in calls and "tel:1564" not in calls


def test_where_we_list_no_numbers_the_plan_offers_the_mobile_emergency_number(new_page,
                                                                              server):
    tokyo = new_page(timezone_id="Asia/Tokyo")
    tokyo.goto(server + PLAN)
    lines = tokyo.locator("[data-plan-lines]")
    expect(lines.locator("[data-crisis-place]")).to_have_text("Japan")
    calls = [link.get_attribute("href") for link in lines.locator("a[href^='tel:']").all()]
    assert calls == ["tel:112"]  # never Lebanon's 1564 as if it were Japan's


def test_without_javascript_the_plan_is_a_form_to_print(new_page, server):
    page = new_page(java_script_enabled=False)
    page.goto(server + PLAN)
    expect(page.locator("[data-plan-field]")).to_have_count(7)
    note = page.get_by_text("Without JavaScript, what you type here is not saved.")
    expect(note).to_be_visible()
    expect(page.get_by_role("button", name="Erase everything")).to_be_hidden()
    page.emulate_media(media="print")
    boxes = page.locator(".plan-print")
    expect(boxes).to_have_count(7)
    assert all(box["height"] > 40 for box in
               (boxes.nth(i).bounding_box() for i in range(7)))
