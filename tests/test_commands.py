"""The practice's commands: `new` scaffolds a post that builds; `serve` serves and reloads."""

import os
import shutil
import subprocess
import urllib.error
import urllib.request
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from bs4 import BeautifulSoup

from publisher.newpost import new_post
from tasks import SETTINGS
from tests.helpers import ROOT


def test_new_post_has_full_metadata_and_builds_as_a_draft(build_site, content_copy):
    now = datetime(2024, 3, 5, 10, 30, tzinfo=ZoneInfo("Asia/Beirut"))
    path = new_post("Sleep & screens: a note", {**SETTINGS, "PATH": str(content_copy)}, now)
    assert path.endswith("articles/2024-03-05-sleep-screens-a-note.md")
    head = Path(path).read_text().split("\n\n")[0]
    assert "\nTags:\n" in head + "\n"
    header = dict(line.split(": ", 1) for line in head.splitlines() if ": " in line)
    assert header == {
        "Title": "Sleep & screens: a note", "Date": "2024-03-05 10:30",
        "Author": "Dr Carla Kesrouani", "Category": "Online therapy",
        "Slug": "sleep-screens-a-note", "Status": "draft",
        "Summary": header["Summary"],
    }
    output = build_site(content_copy)
    assert (output / "drafts/sleep-screens-a-note/index.html").exists()
    assert not (output / "2024/03/sleep-screens-a-note").exists()


def test_new_post_refuses_an_empty_title_and_an_existing_file(content_copy):
    settings = {**SETTINGS, "PATH": str(content_copy)}
    with pytest.raises(ValueError, match="a title is needed"):
        new_post("  ", settings)
    new_post("Twice", settings)
    with pytest.raises(FileExistsError, match="exists already"):
        new_post("Twice", settings)


def test_preview_server_answers_missing_pages_with_the_sites_404(server):
    with pytest.raises(urllib.error.HTTPError) as missing:
        urllib.request.urlopen(server + "/no/such/page/")
    assert missing.value.code == 404
    assert "Page not found" in BeautifulSoup(missing.value.read(), "html.parser").get_text()


def test_a_post_in_arabic_gets_its_language_and_a_readable_address(build_site, content_copy):
    settings = {**SETTINGS, "PATH": str(content_copy)}
    now = datetime(2024, 3, 5, 10, 30, tzinfo=ZoneInfo("Asia/Beirut"))
    with pytest.raises(ValueError) as refused:
        new_post("القلق والنوم", settings, now, lang="ar")
    assert str(refused.value) == (
        'give the address in Latin letters, as the post in en has or will have it: make new '
        'TITLE="القلق والنوم" LANG=ar SLUG=anxiety-and-sleep')
    path = new_post("القلق والنوم", settings, now, lang="ar", slug="Anxiety and sleep")
    assert path.endswith("articles/2024-03-05-anxiety-and-sleep.ar.md")
    head = Path(path).read_text(encoding="utf-8").split("\n\n")[0]
    assert "\nSlug: anxiety-and-sleep\nLang: ar\n" in head
    output = build_site(content_copy)
    page = BeautifulSoup((output / "ar/drafts/anxiety-and-sleep/index.html").read_text(),
                         "html.parser")
    assert (page.html["lang"], page.html["dir"]) == ("ar", "rtl")
    with pytest.raises(ValueError, match=r"^LANG=de is not a language of the site"):
        new_post("Schlaf", settings, now, lang="de")


def test_make_new_ignores_the_locales_lang_and_takes_one_given_to_it(content_copy, tmp_path):
    project = tmp_path / "project"
    shutil.copytree(ROOT, project, ignore=shutil.ignore_patterns(
        ".git", "output", "node_modules", "content", "__pycache__", ".venv"))
    shutil.copytree(content_copy, project / "content")
    (project / ".venv").symlink_to(ROOT / ".venv")
    env = {**os.environ, "LANG": "C.UTF-8"}
    english = subprocess.run(["make", "-s", "new", "TITLE=Sleep"], cwd=project, env=env,
                             capture_output=True, text=True, check=False)
    assert english.returncode == 0, english.stderr
    french = subprocess.run(["make", "-s", "new", "TITLE=Sommeil", "LANG=fr"], cwd=project,
                            env=env, capture_output=True, text=True, check=False)
    assert french.returncode == 0, french.stderr
    made = sorted(p.name.split("-", 3)[-1] for p in (project / "content/articles").iterdir()
                  if p.name not in {q.name for q in (content_copy / "articles").iterdir()})
    assert made == ["sleep.md", "sommeil.fr.md"]
    french_head = next((project / "content/articles").glob("*-sommeil.fr.md")).read_text()
    assert "\nLang: fr\n" in french_head
