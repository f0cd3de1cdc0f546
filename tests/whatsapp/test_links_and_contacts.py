"""WhatsApp links and contacts: digits only, every message encoded, numbers checked."""

from urllib.parse import parse_qs, urlsplit

import pytest

from whatsapp.contacts import ContactError, read_widget
from whatsapp.links import wa_link
from whatsapp.marker import replace_markers

PRACTICE = {"name": "Dr Carla Kesrouani", "role": "Online therapy", "number": "+961 71 265 146"}


def text_of(link):
    return parse_qs(urlsplit(link).query)["text"][0]


def test_a_link_is_digits_only_without_plus():
    assert wa_link("96171265146") == "https://wa.me/96171265146"
    with pytest.raises(ValueError):
        wa_link("+96171265146")


@pytest.mark.parametrize("message", [
    "Tom & Jerry", "Is #2 free?", "When? Now?", "a=b&c=d", "مرحبا، أود أن أسأل عن الجلسات",
    "Bonjour 🙂 à bientôt", "50% off / 100%", "line\nbreak",
])
def test_any_message_survives_the_link_unchanged(message):
    link = wa_link("96171265146", message)
    query = urlsplit(link).query
    assert query.startswith("text=") and "&" not in query and "#" not in link
    assert " " not in link and "?" not in query
    assert text_of(link) == message


def test_the_practice_contact_reads_with_the_neutral_default_message():
    widget = read_widget({"WHATSAPP_CONTACTS": [PRACTICE]})
    contact = widget.contact()
    assert (contact.digits, contact.display) == ("96171265146", "+961 71 265 146")
    assert text_of(contact.link()) == "Hello, I would like to ask about online sessions."
    assert text_of(contact.link("Custom")) == "Custom"


@pytest.mark.parametrize(("number", "expected"), [
    ("96171265146", "number: expected an international number starting with +, such as "
     "\"+961 71 265 146\""),
    ("071 265 146", "number: expected an international number starting with +, such as "
     "\"+961 71 265 146\""),
    ("+961 71 265", "number: expected a valid international number"),
    ("+961 71 26a 146", "number: expected a valid international number"),
    (None, "number: expected an international number starting with +, such as "
     "\"+961 71 265 146\""),
])
def test_a_bad_number_names_the_setting_the_contact_and_the_number(number, expected):
    with pytest.raises(ContactError) as failure:
        read_widget({"WHATSAPP_CONTACTS": [{**PRACTICE, "number": number}]})
    assert failure.value.problems == [
        f"WHATSAPP_CONTACTS: Dr Carla Kesrouani: {expected}, found {number!r}"]


def test_hours_need_a_time_zone_and_a_readable_schedule():
    contact = {**PRACTICE, "hours": "Mon-Fri 09:00-17:00", "timezone": "Asia/Beirut"}
    widget = read_widget({"WHATSAPP_CONTACTS": [contact]})
    assert widget.contact().intervals[0] == (540, 1020)
    assert [widget.contact().zone_name(lang) for lang in ("en", "fr", "ar")] == [
        "Beirut", "Beyrouth", "بيروت"]
    assert [widget.contact().hours_in(lang) for lang in ("en", "fr", "ar")] == [
        "Mon–Fri 09:00–17:00", "lun.–ven. 09:00–17:00", "الاثنين–الجمعة 09:00–17:00"]
    with pytest.raises(ContactError) as failure:
        read_widget({"WHATSAPP_CONTACTS": [{**contact, "hours": "mornings",
                                            "timezone": None}]})
    assert [p.split(": ")[2] for p in failure.value.problems] == ["hours", "timezone"]


def test_no_contacts_is_an_error():
    with pytest.raises(ContactError, match="WHATSAPP_CONTACTS: expected a list"):
        read_widget({})


WIDGET = read_widget({"WHATSAPP_CONTACTS": [PRACTICE, {**PRACTICE, "name": "Reception",
                                                       "number": "+961 1 234 567"}]})


def test_a_marker_becomes_a_button_for_the_first_contact():
    html, problems = replace_markers("<p>Intro</p>\n<p>[whatsapp]</p>", WIDGET)
    assert problems == []
    assert ('<p class="wa-cta" data-pagefind-ignore><a class="wa-button" '
            'href="https://wa.me/96171265146?text=') in html
    assert "Chat on WhatsApp with Dr Carla Kesrouani" in html


def test_a_marker_picks_a_contact_and_a_message_encoded_safely():
    html, _ = replace_markers('<p>[whatsapp contact="Reception" message="A &amp; B #1?"]</p>',
                              WIDGET)
    assert 'href="https://wa.me/9611234567?text=A%20%26%20B%20%231%3F"' in html


def test_the_page_message_is_used_when_the_marker_has_none():
    html, _ = replace_markers("<p>[whatsapp]</p>", WIDGET, page_message="Hi there")
    assert "text=Hi%20there" in html


@pytest.mark.parametrize(("marker", "problem"), [
    ('[whatsapp contact="Nobody"]', "[whatsapp]: contact: expected one of Dr Carla"),
    ('[whatsapp colour="green"]', "[whatsapp]: colour: expected contact or message"),
])
def test_a_bad_marker_is_reported(marker, problem):
    html, problems = replace_markers(f"<p>{marker}</p>", WIDGET)
    assert problems[0].startswith(problem)


def test_text_that_only_mentions_the_marker_is_left_alone():
    text = "<p>Write [whatsapp] on its own line.</p>"
    assert replace_markers(text, WIDGET) == (text, [])


def test_languages_are_named_and_unknown_codes_refused():
    widget = read_widget({"WHATSAPP_CONTACTS": [{**PRACTICE, "languages": ["ar", "fr"]}]})
    assert [widget.contact().language_names(lang) for lang in ("en", "fr", "ar")] == [
        ["Arabic", "French"], ["arabe", "français"], ["العربية", "الفرنسية"]]
    with pytest.raises(ContactError, match="languages: expected a list of language codes"):
        read_widget({"WHATSAPP_CONTACTS": [{**PRACTICE, "languages": ["arabic"]}]})
