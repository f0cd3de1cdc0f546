"""The WhatsApp button in Chromium: a plain wa.me link without JavaScript, a dialog with
JavaScript that opens by mouse or keyboard, keeps Tab inside, closes with ×, Escape or a
click outside and gives focus back; outside the contacts' hours the emergency note comes
first and says when replies resume; no axe-core violation, no request to another origin,
never over the emergency links, and gone from print."""

import os
import re
from datetime import datetime
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from publisher.build import build
from tests.helpers import settings_file, start_server

ARTICLE = "/2023/05/challenges-in-online-therapy-and-solutions/"
HUB = "/emergency/"
PAGES = ("/", ARTICLE, HUB, "/contact/", "/archives/")
NUMBER = "96171265146"
DEFAULT_MESSAGE = "Hello, I would like to ask about online sessions."
LINK_NAME = "Chat on WhatsApp with Dr Carla Kesrouani"
BUTTON_NAME = "Contact on WhatsApp"
TITLE = "How can I help you?"
PHONES = ({"width": 375, "height": 740}, {"width": 320, "height": 568})
BEIRUT, UTC = ZoneInfo("Asia/Beirut"), ZoneInfo("UTC")

@pytest.fixture(scope="module")
def hours_site(tmp_path_factory):
    """hours_site(timezone) -> origin of the site whose one contact answers Mon-Fri
    09:00-17:00 in `timezone`; each built and served once, stopped by pid after."""
    origins, processes = {}, []

    def _site(timezone):
        if timezone not in origins:
            folder = tmp_path_factory.mktemp("hours")
            contact = {"name": "Dr Carla Kesrouani", "role": "Online therapy",
                       "number": "+961 71 265 146", "hours": "Mon-Fri 09:00-17:00",
                       "timezone": timezone}
            settings = settings_file(folder, WHATSAPP_CONTACTS=[contact])
            build(str(settings), output=str(folder / "output"))
            process, origin = start_server(folder / "output")
            processes.append(process)
            origins[timezone] = origin
        return origins[timezone]

    try:
        yield _site
    finally:
        for process in processes:
            os.kill(process.pid, 15)
            process.wait(timeout=10)


def open_button(page):
    return page.get_by_role("button", name=BUTTON_NAME, exact=True)


def dialog(page):
    return page.get_by_role("dialog", name=TITLE)


def focus_is_inside(locator):
    return locator.evaluate("element => element.contains(document.activeElement)")


def open_dialog(page):
    open_button(page).click()
    expect(dialog(page)).to_be_visible()
    return dialog(page)


def boxes_intersect(a, b):
    return (a["x"] < b["x"] + b["width"] and b["x"] < a["x"] + a["width"]
            and a["y"] < b["y"] + b["height"] and b["y"] < a["y"] + a["height"])


def line_boxes(locator):
    """The element's boxes, one per line for a wrapped link, in viewport pixels."""
    return locator.evaluate("element => Array.from(element.getClientRects(), r => "
                            "({x: r.x, y: r.y, width: r.width, height: r.height}))")


def test_without_javascript_the_button_is_a_large_link_to_the_practices_chat(new_page,
                                                                              server):
    page = new_page(java_script_enabled=False, viewport={"width": 375, "height": 740})
    for path in PAGES:
        page.goto(server + path)
        expect(page.locator("[data-wa]")).to_have_count(1)
    page.goto(server + "/")
    widget = page.locator("[data-wa]")
    link = widget.get_by_role("link", name=LINK_NAME, exact=True)
    expect(link).to_be_visible()
    href = link.get_attribute("href")
    assert href.startswith(f"https://wa.me/{NUMBER}?text="), href
    assert parse_qs(urlsplit(href).query)["text"] == [DEFAULT_MESSAGE]
    box = link.bounding_box()
    assert box["width"] >= 44 and box["height"] >= 44, box
    expect(widget.get_by_role("button")).to_have_count(0)
    expect(page.get_by_role("dialog")).to_have_count(0)
    expect(page.locator("#wa-panel")).to_be_hidden()


def test_clicking_the_button_opens_the_dialog_with_focus_inside(page, server):
    page.goto(server + "/")
    expect(page.locator("[data-wa-link]")).to_be_hidden()
    button = open_button(page)
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(button).to_have_attribute("aria-haspopup", "dialog")
    expect(button).to_have_attribute("aria-controls", "wa-panel")
    expect(dialog(page)).to_have_count(0)

    button.click()
    panel = dialog(page)
    expect(panel).to_be_visible()
    expect(panel).to_have_attribute("aria-modal", "true")
    expect(button).to_have_attribute("aria-expanded", "true")
    expect(panel.get_by_role("button", name="Close")).to_be_focused()
    assert focus_is_inside(panel)
    contact = panel.locator("a.wa-contact")
    expect(contact).to_have_count(1)
    assert contact.get_attribute("href").startswith(f"https://wa.me/{NUMBER}?text=")
    note = panel.locator("[data-wa-note]")
    expect(note).to_contain_text("WhatsApp is not for emergencies.")
    expect(note.get_by_role("link", name="Emergency help")).to_have_attribute("href", HUB)


def test_enter_opens_escape_closes_to_the_button_and_space_opens_again(page, server):
    page.goto(server + "/")
    button = open_button(page)
    button.focus()
    page.keyboard.press("Enter")
    expect(dialog(page)).to_be_visible()
    assert focus_is_inside(dialog(page))

    page.keyboard.press("Escape")
    expect(dialog(page)).to_have_count(0)
    expect(page.locator("#wa-panel")).to_be_hidden()
    expect(button).to_be_focused()
    expect(button).to_have_attribute("aria-expanded", "false")

    page.keyboard.press("Space")
    expect(dialog(page)).to_be_visible()
    expect(button).to_have_attribute("aria-expanded", "true")
    assert focus_is_inside(dialog(page))


def test_tab_and_shift_tab_cycle_inside_the_open_dialog(page, server):
    page.goto(server + "/")
    panel = open_dialog(page)
    close = panel.get_by_role("button", name="Close")
    contact = panel.locator("a.wa-contact")
    emergency = panel.get_by_role("link", name="Emergency help")
    expect(close).to_be_focused()

    page.keyboard.press("Tab")
    expect(contact).to_be_focused()
    page.keyboard.press("Tab")
    expect(emergency).to_be_focused()
    page.keyboard.press("Tab")  # from the last, back to the first
    expect(close).to_be_focused()
    page.keyboard.press("Shift+Tab")  # from the first, round to the last
    expect(emergency).to_be_focused()

    for presses in range(1, 10):
        page.keyboard.press("Tab")
        assert focus_is_inside(panel), f"focus left the dialog after {presses} Tabs"
    for presses in range(1, 10):
        page.keyboard.press("Shift+Tab")
        assert focus_is_inside(panel), f"focus left the dialog after {presses} Shift+Tabs"
    expect(panel).to_be_visible()


def test_the_close_button_and_a_click_outside_close_the_dialog(page, server):
    page.goto(server + "/")
    button = open_button(page)
    panel = open_dialog(page)
    panel.get_by_role("button", name="Close").click()
    expect(dialog(page)).to_have_count(0)
    expect(button).to_be_focused()
    expect(button).to_have_attribute("aria-expanded", "false")

    open_dialog(page)
    page.locator("h1").click()
    expect(dialog(page)).to_have_count(0)
    expect(button).to_have_attribute("aria-expanded", "false")


SATURDAY_NOON = datetime(2026, 1, 3, 12, 0, tzinfo=BEIRUT)
TUESDAY_10 = datetime(2026, 1, 6, 10, 0, tzinfo=BEIRUT)
# 23:30 UTC on Monday: already Tuesday 01:30 for a visitor in Beirut, Monday 18:30 in
# New York, after that contact's hours.
MONDAY_23_30_UTC = datetime(2026, 1, 5, 23, 30, tzinfo=UTC)
# 18:00 on Monday in Beirut, after hours there, is 11:00 in New York: that contact answers.
MONDAY_18_BEIRUT = datetime(2026, 1, 5, 18, 0, tzinfo=BEIRUT)


def note_position(panel):
    """[index of the note among the body's children, their number, note is-first?]."""
    return panel.locator("[data-wa-note]").evaluate(
        "note => [Array.from(note.parentElement.children).indexOf(note), "
        "note.parentElement.children.length, note.classList.contains('is-first')]")


def emergency_link_comes_before_chat_links(panel):
    return panel.evaluate("""panel => {
        const links = Array.from(panel.querySelectorAll("a[href]"));
        const emergency = links.findIndex(a => a.getAttribute("href").endsWith("/emergency/"));
        const chat = links.findIndex(a => a.href.startsWith("https://wa.me/"));
        return emergency !== -1 && chat !== -1 && emergency < chat;
    }""")


@pytest.mark.parametrize(("timezone", "now", "resume"), [
    ("Asia/Beirut", SATURDAY_NOON, "Replies resume Monday at 09:00, Beirut time."),
    ("America/New_York", MONDAY_23_30_UTC,
     "Replies resume Tuesday at 09:00, New York time."),
], ids=["beirut-saturday-noon", "new-york-monday-18-30"])
def test_outside_hours_the_emergency_note_comes_first_and_replies_resume_is_said(
        page, hours_site, timezone, now, resume):
    origin = hours_site(timezone)
    page.clock.set_fixed_time(now)
    page.goto(origin + "/")
    panel = open_dialog(page)
    body = panel.locator("[data-wa-body]")
    first = body.locator("> :first-child")
    expect(first).to_have_attribute("data-wa-note", "")
    expect(first).to_contain_text("WhatsApp is not for emergencies.")
    index, _, is_first = note_position(panel)
    assert index == 0 and is_first
    assert emergency_link_comes_before_chat_links(panel)
    expect(panel.locator("[data-wa-resume]")).to_be_visible()
    expect(panel.locator("[data-wa-resume]")).to_have_text(resume)


@pytest.mark.parametrize(("timezone", "now"), [
    ("Asia/Beirut", TUESDAY_10),
    ("America/New_York", MONDAY_18_BEIRUT),
], ids=["beirut-tuesday-10-00", "new-york-monday-11-00"])
def test_within_hours_the_contacts_come_first_and_no_resume_time_is_shown(
        page, hours_site, timezone, now):
    origin = hours_site(timezone)
    page.clock.set_fixed_time(now)
    page.goto(origin + "/")
    panel = open_dialog(page)
    index, count, is_first = note_position(panel)
    assert index == count - 1 and not is_first
    assert not emergency_link_comes_before_chat_links(panel)
    expect(panel.locator("[data-wa-resume]")).to_be_hidden()
    expect(panel).not_to_contain_text("Replies resume")
    expect(panel.locator(".wa-hours")).to_contain_text("Mon–Fri 09:00–17:00")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_core_finds_no_violation_with_the_dialog_closed_or_open(page, server, scheme):
    page.emulate_media(color_scheme=scheme)
    page.goto(server + ARTICLE)
    expect(open_button(page)).to_be_visible()
    closed = Axe().run(page)
    assert closed.violations_count == 0, closed.generate_report()
    open_dialog(page)
    opened = Axe().run(page)
    assert opened.violations_count == 0, opened.generate_report()


def test_loading_opening_and_closing_request_nothing_from_another_origin(page, server):
    page.goto(server + ARTICLE, wait_until="networkidle")
    assert page.requested, "the page was not loaded"
    loaded = len(page.requested)
    open_dialog(page)
    page.keyboard.press("Escape")
    expect(dialog(page)).to_have_count(0)
    open_dialog(page)
    page.locator("h1").click()
    expect(dialog(page)).to_have_count(0)
    # Two frames later any request the new layout triggers (images, fonts) has started.
    page.evaluate("new Promise(done => requestAnimationFrame(() => "
                  "requestAnimationFrame(done)))")
    outside = [url for url in page.requested if not url.startswith(server + "/")]
    assert outside == []
    assert page.requested[loaded:] == []


# Scrolls to the bottom until the page has kept its height for one poll: scripts (the
# hub's country filter) may lengthen the page after it has loaded.
SCROLLED_TO_BOTTOM = """() => {
    const root = document.documentElement;
    window.scrollTo(0, root.scrollHeight);
    const settled = window.lastHeightSeen === root.scrollHeight;
    window.lastHeightSeen = root.scrollHeight;
    return settled && window.scrollY + root.clientHeight >= root.scrollHeight - 1;
}"""


@pytest.mark.parametrize("viewport", PHONES, ids=["375x740", "320x568"])
def test_the_button_never_covers_the_footers_emergency_link(new_page, server, viewport):
    page = new_page(viewport=viewport, timezone_id="Asia/Beirut")
    for path in ("/", ARTICLE, HUB):
        page.goto(server + path)
        page.wait_for_function(SCROLLED_TO_BOTTOM, polling=100)
        link = page.locator(".site-footer").get_by_role(
            "link", name="Find emergency and crisis numbers")
        expect(link).to_be_in_viewport()
        button = open_button(page).bounding_box()
        for line in line_boxes(link):
            assert not boxes_intersect(button, line), (path, button, line)


# Every kind of page the theme writes, in the three languages' home pages too.
PAGE_KINDS = ("/", "/ar/", "/fr/", ARTICLE, "/about/", "/contact/", "/online-therapy/",
              "/archives/", "/category/online-therapy/", "/tag/privacy/", "/search/",
              HUB, "/crisis-plan/", "/offline/", "/no/such/page/")

# The controls of the page (the widget's own apart) whose boxes meet the WhatsApp
# button's, each as "tag: text".
COVERED = """() => {
    const widget = document.querySelector("[data-wa]");
    const fab = [...widget.querySelectorAll(".wa-fab")].find(e => !e.hidden);
    const box = fab.getBoundingClientRect();
    const meets = r => r.width > 0 && r.height > 0 && r.left < box.right &&
        box.left < r.right && r.top < box.bottom && box.top < r.bottom;
    return [...document.querySelectorAll(
        "a[href], button, input, select, textarea, summary")]
      .filter(c => !widget.contains(c) && [...c.getClientRects()].some(meets))
      .map(c => `${c.tagName.toLowerCase()}: ${c.textContent.trim().slice(0, 40)}`);
}"""


@pytest.mark.parametrize("width", [320, 390, 1280])
def test_the_button_covers_no_control_on_the_first_screen_or_at_the_end(new_page, server,
                                                                         width):
    page = new_page(viewport={"width": width, "height": 844}, timezone_id="Asia/Beirut")
    for path in PAGE_KINDS:
        page.goto(server + path)
        expect(page.locator("[data-wa-open]")).to_be_visible()  # the script has run
        assert page.evaluate(COVERED) == [], (path, "first screen")
        page.wait_for_function(SCROLLED_TO_BOTTOM, polling=100)
        expect(page.locator("[data-wa]")).not_to_have_class(re.compile("is-floating"))
        assert page.evaluate(COVERED) == [], (path, "end")


def test_while_reading_the_button_floats_in_the_corner(new_page, server):
    page = new_page(viewport={"width": 390, "height": 844}, timezone_id="Asia/Beirut")
    page.goto(server + ARTICLE)
    button = open_button(page)
    assert button.evaluate("e => e.getBoundingClientRect().top") >= 844  # in its place
    page.locator(".prose h2").nth(2).scroll_into_view_if_needed()
    expect(page.locator("[data-wa]")).to_have_class(re.compile("is-floating"))
    box = button.bounding_box()
    assert box["x"] + box["width"] <= 390 and box["y"] + box["height"] <= 844
    button.click()
    expect(dialog(page)).to_be_visible()


@pytest.mark.parametrize("viewport", PHONES, ids=["375x740", "320x568"])
@pytest.mark.parametrize("path", [HUB, "/crisis-plan/"])
def test_on_the_emergency_pages_the_button_ends_the_page_and_covers_nothing(
        new_page, server, viewport, path):
    """The crisis banner fills a small phone's first screen: a floating button would
    cover a call button, so there it sits at the end of the page instead."""
    page = new_page(viewport=viewport, timezone_id="Asia/Beirut")
    page.goto(server + path)
    button = open_button(page)
    assert button.evaluate("e => getComputedStyle(e).position") == "static"
    assert button.evaluate("e => e.getBoundingClientRect().top") >= viewport["height"]


def test_printing_hides_the_button(page, server):
    page.goto(server + ARTICLE)
    expect(open_button(page)).to_be_visible()
    page.emulate_media(media="print")
    expect(open_button(page)).to_be_hidden()
    expect(page.locator("[data-wa-link]")).to_be_hidden()
    expect(page.locator("[data-wa]")).to_be_hidden()


def test_focus_stays_in_the_dialog_after_a_click_on_its_text(page, server):
    page.goto(server + "/")
    page.get_by_role("button", name="Contact on WhatsApp").click()
    dialog = page.get_by_role("dialog", name="How can I help you?")
    page.locator("#wa-title").click()
    page.keyboard.press("Shift+Tab")
    assert page.evaluate("document.getElementById('wa-panel')"
                         ".contains(document.activeElement)")
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(page.get_by_role("button", name="Contact on WhatsApp")).to_be_focused()
