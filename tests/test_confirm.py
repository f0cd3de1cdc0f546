"""make confirm: the practice's check of a line goes into its YAML as two lines, every
other byte of the file kept, and the hub then says so (publisher/sources/confirm.py)."""

import datetime
import difflib
from zoneinfo import ZoneInfo

from publisher.build import build
from publisher.sources.confirm import main
from tests.helpers import ROOT, soup

EMBRACE = "Embrace LifeLine (National Emotional Support and Suicide Prevention Line)"


def test_confirming_a_line_adds_two_lines_and_the_hub_shows_the_date(content_copy,
                                                                     tmp_path, capsys):
    path = content_copy / "emergency/lb.yaml"
    before = path.read_text(encoding="utf-8").splitlines()
    assert main(["--content", str(content_copy), "--line", f"lb: {EMBRACE}",
                 "--by", "called the line"]) == 0
    said = capsys.readouterr().out
    day = said.split(" on ")[-1].split(" in ")[0]  # "Confirmed lb: ... on 2026-11-27 in ..."
    assert said.startswith(f"Confirmed lb: {EMBRACE} on {day} in ")
    beirut = datetime.datetime.now(ZoneInfo("Asia/Beirut")).date()
    assert 0 <= (beirut - datetime.date.fromisoformat(day)).days <= 1  # midnight between
    after = path.read_text(encoding="utf-8").splitlines()
    changed = [line for line in difflib.unified_diff(before, after, lineterm="", n=0)
               if line[:1] in "+-" and not line.startswith(("+++", "---"))]
    assert changed == [f'+    confirmed: "{day}"', '+    confirmed_by: "called the line"']

    output = tmp_path / "output"
    build(str(ROOT / "pelicanconf.py"), output=str(output), content=str(content_copy))
    line = next(li for li in soup(output / "emergency/index.html").select(
        "[data-country=LB] .hub-line") if EMBRACE in li.get_text())
    assert "Confirmed by the practice on" in line.select_one(".hub-confirmed").get_text()
    assert "(called the line)" in line.select_one(".hub-confirmed").get_text()


def test_a_line_that_is_not_there_is_named_with_the_names_that_are(content_copy, capsys):
    assert main(["--content", str(content_copy), "--line", "lb: Embrace",
                 "--by", "called"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"confirm: {content_copy}/emergency/lb.yaml: no line named "
                          "'Embrace'; the names: Internal Security Forces (police) "
                          "emergency line, ")
    assert err.count("\n") == 1
