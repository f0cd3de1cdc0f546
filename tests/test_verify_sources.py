"""make verify-sources against a stand-in of the operators' sites on 127.0.0.1 (never
the internet, tests/sources_site.py): each written form of a number is found, and each
line gets the class its page earns; the exit code is 1 when an emergency or crisis line
is not found (publisher/sources/)."""

import json
import os
import subprocess
import sys

import pytest
import yaml

from tests.helpers import ROOT, PrintedLines

LEBANON = [  # (name, kind, phone, path on the stand-in, the class it should get)
    ("Spaces", "crisis-line", "+961 1 345 678", "/forms/spaces", "found"),
    ("Dashes", "crisis-line", "+961 1 345 678", "/forms/dashes", "found"),
    ("Dots", "other", "+961 1 345 678", "/forms/dots", "found"),
    ("Parentheses", "other", "+961 1 345 678", "/forms/parentheses", "found"),
    ("Arabic-Indic digits", "crisis-line", "1564", "/forms/arabic", "found"),
    ("Persian digits", "other", "1564", "/forms/persian", "found"),
    ("In a PDF", "other", "1564", "/leaflet.pdf", "found"),
    ("Moved", "other", "1564", "/old", "moved"),
    ("Absent", "other", "1564", "/absent", "not found"),
    ("Missing", "police", "112", "/missing", "gone"),
    ("Failing", "other", "112", "/error", "gone"),
    ("Slow", "other", "112", "/slow", "unreachable"),
    ("Robots", "other", "1564", "/private/page", "blocked"),
]
UNITED_STATES = [
    ("Dashes", "crisis-line", "+1 800 799 7233", "/forms/us-dashes", "found", None),
    ("Letters", "crisis-line", "+1 800 799 7233", "/forms/us-letters", "found",
     "1-800-799-SAFE"),
]


@pytest.fixture(scope="module")
def stand_in():
    process = subprocess.Popen([sys.executable, "-m", "tests.sources_site"], cwd=ROOT,
                               stdout=subprocess.PIPE, text=True)
    try:
        yield PrintedLines(process.stdout).wait_for(r"at (http://127\.0\.0\.1:\d+)").group(1)
    finally:
        os.kill(process.pid, 15)
        process.wait(timeout=10)


def write_country(content, code, lines, origin):
    resources = []
    for name, kind, phone, path, _, *letters in lines:
        line = {"name": name, "kind": kind, "phone": phone, "source": origin + path}
        if letters and letters[0]:
            line["phone_letters"] = letters[0]
        resources.append(line)
    folder = content / "emergency"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{code.lower()}.yaml").write_text(
        yaml.safe_dump({"country": code, "resources": resources}), encoding="utf-8")


def run(tmp_path, *args):
    """`python -m publisher.sources.verify`, as make verify-sources runs it (its own
    process: the browser tests keep an event loop running in this one)."""
    return subprocess.run(
        [sys.executable, "-m", "publisher.sources.verify", "--content",
         str(tmp_path / "content"), "--report", str(tmp_path), "--timeout", "0.5",
         "--retries", "1", "--backoff", "0", *args],
        cwd=ROOT, capture_output=True, text=True, check=False)


def test_each_line_gets_the_class_its_page_earns(tmp_path, stand_in):
    write_country(tmp_path / "content", "LB", LEBANON, stand_in)
    write_country(tmp_path / "content", "US", UNITED_STATES, stand_in)
    result = run(tmp_path, "--no-cache")
    assert result.returncode == 1, result.stderr  # the police line is gone
    report = json.loads((tmp_path / "verify-report.json").read_text(encoding="utf-8"))
    got = {r["line"]: r["status"] for r in report}
    expected = {f"lb: {name}": status for name, *_, status in LEBANON}
    expected |= {f"us: {line[0]}": line[4] for line in UNITED_STATES}
    assert got == expected
    assert [r["line"] for r in report if r["critical"]] == ["lb: Missing"]
    moved = next(r for r in report if r["line"] == "lb: Moved")
    assert moved["final"] == stand_in + "/new" and "call 1564" in moved["excerpt"]
    assert result.stdout.splitlines()[-1] == (
        "Sources: 15 lines checked: 9 found, 1 moved, 1 not found, 1 blocked, "
        "1 unreachable, 2 gone; 1 emergency or crisis line to look at. "
        f"Report: {tmp_path}/verify-report.md")
    markdown = (tmp_path / "verify-report.md").read_text(encoding="utf-8")
    lebanon = markdown[markdown.index("## LB"):markdown.index("## US")]
    rows = [row.split(" | ")[0].lstrip("| ") for row in lebanon.splitlines()
            if row.startswith("| ") and not row.startswith("| line")]
    assert rows[:4] == ["Failing", "Missing", "Slow", "Robots"]  # the worst first


def test_all_found_exits_0_and_answers_are_kept_for_a_day(tmp_path, stand_in):
    write_country(tmp_path / "content", "US", UNITED_STATES, stand_in)
    cache = tmp_path / "cache"
    assert run(tmp_path, "--country", "us", "--cache", str(cache)).returncode == 0
    assert len(list(cache.iterdir())) == 2
    first = (tmp_path / "verify-report.json").read_text(encoding="utf-8")
    assert run(tmp_path, "--country", "us", "--cache", str(cache)).returncode == 0
    assert (tmp_path / "verify-report.json").read_text(encoding="utf-8") == first


def test_an_unknown_country_is_said_in_one_line(tmp_path):
    (tmp_path / "content/emergency").mkdir(parents=True)
    result = run(tmp_path, "--country", "zz")
    assert result.returncode == 2
    assert result.stderr == (
        f"verify-sources: no emergency lines for zz in {tmp_path}/content/emergency/\n")
