"""`make serve`: a saved change reloads the open page by itself, a mistake prints its
line and keeps the last good page, and nothing of the preview gets into output/
(publisher/preview.py)."""

import os
import subprocess
import sys

import pytest
from playwright.sync_api import expect

from tests.helpers import PrintedLines, copy_project

ABOUT = "content/pages/about.md"
# A bound on each wait for the page, not a window it must fit: on a loaded machine a
# restart and a rebuild take seconds.
SHOWN = 60_000


@pytest.fixture
def preview(tmp_path):
    """`invoke serve --port 0` in a copy of the project: (origin, printed lines, copy)."""
    project = copy_project(tmp_path / "project")
    invoke = os.path.join(os.path.dirname(sys.executable), "invoke")
    process = subprocess.Popen([invoke, "serve", "--port", "0"], cwd=project,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    printed = PrintedLines(process.stdout)
    try:
        origin = printed.wait_for(r"at (http://127\.0\.0\.1:\d+)/").group(1)
        yield origin, printed, project
    finally:
        os.kill(process.pid, 15)  # serve execs the preview: the same process
        process.wait(timeout=10)


def edit(path, old, new):
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


def test_a_saved_page_reloads_by_itself_and_a_mistake_keeps_the_last_good_one(page, preview):
    origin, printed, project = preview
    page.goto(origin + "/about/")
    heading = page.locator("main h1")
    expect(heading).to_have_text("About")

    before = len(printed.lines)
    edit(project / ABOUT, "Title: About", "Title: About us")
    expect(heading).to_have_text("About us", timeout=SHOWN)
    printed.wait_for(r"^Built after content/pages/about\.md in \d+\.\d\d s; the page "
                     r"reloads\.$", after=before)
    printed.wait_for(r"^Search: indexed \d+ pages", after=before)  # after the reload

    before = len(printed.lines)
    edit(project / ABOUT, "Title: About us", "Title: About us\nStatus: publsihed")
    printed.wait_for(r"^Build failed after content/pages/about\.md; the last good site is "
                     r"still served\.$", after=before)
    assert printed.wait_for(r"^error: ", after=before).string == (
        "error: content/pages/about.md: status: 'publsihed' is not a status; did you mean "
        "'published'? (published, draft, hidden)")
    page.reload()
    expect(heading).to_have_text("About us")

    edit(project / ABOUT, "Title: About us\nStatus: publsihed", "Title: About the practice")
    expect(heading).to_have_text("About the practice", timeout=SHOWN)
    served = (project / "output/about/index.html").read_text(encoding="utf-8")
    assert "About the practice" in served and "__preview" not in served

    # Edited code runs: the preview starts again on the same port, and the page follows.
    before = len(printed.lines)
    (project / "plugins/finish/__init__.py").touch()
    printed.wait_for(r"^Code changed \(plugins/finish/__init__\.py\); restarting\.$",
                     after=before)
    printed.wait_for(f"^Serving output/ at {origin}/ ", after=before)
    edit(project / ABOUT, "Title: About the practice", "Title: About again")
    expect(heading).to_have_text("About again", timeout=SHOWN)
