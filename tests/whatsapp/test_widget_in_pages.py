"""The WhatsApp widget in the built pages: one per page, a working link without
JavaScript, the articles' own buttons and messages, and a bad number failing the build."""

import subprocess
import sys
from urllib.parse import parse_qs, urlsplit

from tests.helpers import (
    ROOT,
    errors_of,
    html_files,
    run_build,
    settings_file,
    soup,
    tree_hashes,
)

DEFAULT = "Hello, I would like to ask about online sessions."
# The default message in the catalogs (theme/translations): what /ar/ and /fr/ prefill.
MESSAGES = {"ar": "مرحبًا، أودّ الاستفسار عن الجلسات عبر الإنترنت.",
            "fr": "Bonjour, je souhaiterais me renseigner sur les séances en ligne."}
ARTICLES = ["2023/05/challenges-in-online-therapy-and-solutions/index.html",
            "2023/06/online-therapy-emergencies/index.html"]


def text_of(link):
    return parse_qs(urlsplit(link).query)["text"][0]


def test_every_page_has_one_widget_whose_plain_link_reaches_the_practice(site):
    pages = html_files(site)
    assert len(pages) > 15
    for path in pages:
        page = soup(path)
        widgets = page.select("[data-wa]")
        assert len(widgets) == 1, path
        link = widgets[0].select_one("a[data-wa-link]")
        assert link["href"].startswith("https://wa.me/96171265146?text="), path
        assert text_of(link["href"]) == MESSAGES.get(page.html["lang"], DEFAULT), path
        labels = {"ar": "تحدّث عبر واتساب مع", "fr": "Discuter sur WhatsApp"}
        label = labels.get(page.html["lang"], "Chat on WhatsApp with")
        assert link.get_text(strip=True).startswith(label), path
        assert "Dr Carla Kesrouani" in link.get_text(), path
        assert link.find("svg")["aria-hidden"] == "true"
        assert page.select_one("script[src$='/js/whatsapp.js'][defer]"), path


def test_the_panel_says_whatsapp_is_not_for_emergencies_and_links_the_hub(site):
    panel = soup(site / "index.html").select_one("#wa-panel")
    assert panel["role"] == "dialog" and panel["aria-modal"] == "true"
    assert panel.has_attr("hidden")
    note = panel.select_one("[data-wa-note]")
    assert "WhatsApp is not for emergencies." in note.get_text()
    assert note.find("a")["href"] == "/emergency/"
    # One contact: no "Choose a contact"; its link is the panel's one button.
    assert panel.select_one(".wa-intro") is None
    assert len(panel.select("a.wa-contact")) == 1


def test_each_founding_article_ends_with_its_whatsapp_button(site):
    for article in ARTICLES:
        prose = soup(site / article).select_one(".prose")
        button = prose.select_one("p.wa-cta a.wa-button")
        assert button is not None, article
        assert text_of(button["href"]) == DEFAULT
        assert prose.find_all("p")[-1].select_one(".wa-button") is button
        assert "[whatsapp" not in prose.get_text()


def test_an_article_message_is_used_and_encoded_everywhere_on_its_page(build_site,
                                                                       content_copy):
    message = "Bonjour & merci #1? مرحبا 🙂"
    article = content_copy / "articles/2023-06-02-online-therapy-emergencies.md"
    article.write_text(f"WhatsApp_message: {message}\n" + article.read_text())
    page = soup(build_site(content_copy) / ARTICLES[1])
    links = [page.select_one("a.wa-button")["href"],
             page.select_one("a[data-wa-link]")["href"],
             page.select_one("a.wa-contact")["href"]]
    for link in links:
        assert text_of(link) == message
        assert "%26" in link and "%23" in link and "%3F" in link and " " not in link


def test_a_bad_number_fails_the_build_and_keeps_the_output(tmp_path, content_copy):
    output = tmp_path / "output"
    assert run_build(content_copy, output).returncode == 0
    before = tree_hashes(output)
    contact = {"name": "Dr Carla Kesrouani", "role": "Online therapy", "number": "+961 71"}
    settings = settings_file(tmp_path, WHATSAPP_CONTACTS=[contact])
    command = [sys.executable, "-m", "publisher.build", "--settings", str(settings),
               "--content", str(content_copy), "--output", str(output)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 1
    assert ("error: whatsapp: WHATSAPP_CONTACTS: Dr Carla Kesrouani: number: expected a "
            "valid international number, found '+961 71'") in result.stderr.splitlines()
    assert tree_hashes(output) == before


def test_a_marker_naming_no_contact_fails_the_build(tmp_path, content_copy):
    article = content_copy / "articles/2023-06-02-online-therapy-emergencies.md"
    article.write_text(article.read_text() + '\n[whatsapp contact="Dr Carla"]\n')
    result = run_build(content_copy, tmp_path / "output")
    assert result.returncode == 1
    assert errors_of(result) == [
        "error: whatsapp: articles/2023-06-02-online-therapy-emergencies.md: [whatsapp]: "
        "contact: expected one of Dr Carla Kesrouani, found 'Dr Carla'"]


def test_the_panel_speaks_the_pages_language_with_nothing_left_in_english(tmp_path):
    from babel.messages.pofile import read_po

    from publisher.build import build

    contacts = [{"name": "Dr Carla Kesrouani", "role": "Online therapy",
                 "number": "+961 71 265 146", "hours": "Mon-Fri 09:00-17:00",
                 "timezone": "Asia/Beirut", "languages": ["ar", "en", "fr"]},
                {"name": "Reception", "number": "+961 71 265 146"}]
    output = tmp_path / "output"
    build(str(settings_file(tmp_path, WHATSAPP_CONTACTS=contacts)), output=str(output))
    english = ["Arabic", "English", "French", "Beirut", "Mon", "Fri"]
    for lang in ("ar", "fr"):
        with open(ROOT / f"theme/translations/{lang}/LC_MESSAGES/messages.po", "rb") as po:
            english += [m.id for m in read_po(po) if m.id and m.string and m.id != m.string
                        and isinstance(m.id, str) and "%" not in m.id]
    for lang in ("ar", "fr"):
        panel = soup(output / lang / "about/index.html").select_one("[data-wa-panel]")
        shown = " ".join(panel.get_text(" ").split())
        left = [text for text in english if f" {text} " in f" {shown} "]
        assert left == [], (lang, shown)
        hours = panel.select_one(".wa-hours + .wa-hours").get_text()
        written = {"ar": "الاثنين–الجمعة 09:00–17:00", "fr": "lun.–ven. 09:00–17:00"}
        assert written[lang] in hours
        link = panel.select_one("a.wa-contact")["href"]
        assert text_of(link) == MESSAGES[lang]
    assert soup(output / "about/index.html").select_one(".wa-intro")  # two to choose from
