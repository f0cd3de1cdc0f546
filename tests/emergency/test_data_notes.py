"""What the practice sees of the data at build time (SPEC §6): one summary line about old
or undated sources, the full list from `make check`, exact error lines for digits of
another script, and a line the practice confirmed shown as such on the page."""

import re
import subprocess
import sys

from tests.helpers import CONTENT, ROOT, errors_of, run_build, soup, tree_hashes

STALE = re.compile(r"^WARNING: emergency: (\d+) lines have sources older than a year or "
                   r"undated and not confirmed; `make check` lists them$")
EMBRACE = "Embrace LifeLine (National Emotional Support and Suicide Prevention Line)"


def warnings(result):
    return [line for line in result.stderr.splitlines() if line.startswith("WARNING: ")]


def check(content):
    """`make check`'s command on a content folder."""
    return subprocess.run(
        [sys.executable, "-m", "publisher.build", "--check", "--content", str(content)],
        cwd=ROOT, capture_output=True, text=True, check=False)


def test_a_build_counts_old_sources_in_one_line_and_make_check_lists_each(tmp_path):
    built = run_build(CONTENT, tmp_path / "output")
    assert built.returncode == 0, built.stderr
    summary = [line for line in warnings(built) if "sources older than" in line]
    assert len(summary) == 1, warnings(built)
    count = int(STALE.match(summary[0]).group(1))
    assert not [line for line in warnings(built) if ": source_date: " in line]

    checked = check(CONTENT)
    assert checked.returncode == 0, checked.stderr
    listed = [line for line in warnings(checked) if ": source_date: source " in line]
    assert len(listed) == count > 0
    assert ("WARNING: emergency: content/emergency/lb.yaml: Internal Security Forces "
            "(police) emergency line: source_date: source undated and the line not "
            "confirmed; confirm it with the operator (confirmed, confirmed_by)") in listed
    assert not [line for line in warnings(checked) if "sources older than" in line]


def test_digits_of_another_script_fail_the_build_with_one_line_each(content_copy,
                                                                    good_output):
    before = tree_hashes(good_output)
    lebanon = content_copy / "emergency/lb.yaml"
    text = lebanon.read_text(encoding="utf-8")
    text = text.replace('phone: "1564"', 'phone: "١٥٦٤"').replace(
        'phone: "1745"', 'phone: "１７４５"')
    lebanon.write_text(text, encoding="utf-8")
    result = run_build(content_copy, good_output)
    assert result.returncode == 1
    assert errors_of(result) == [
        f"error: emergency: content/emergency/lb.yaml: {EMBRACE}: phone: expected ASCII "
        "digits 0-9, not arabic-indic digits, found '١٥٦٤'",
        "error: emergency: content/emergency/lb.yaml: ISF domestic violence hotline: phone: "
        "expected ASCII digits 0-9, not fullwidth digits, found '１７４５'",
    ]
    assert tree_hashes(good_output) == before


def test_a_line_the_practice_confirmed_says_so_and_is_no_longer_counted(content_copy,
                                                                       tmp_path):
    before = run_build(content_copy, tmp_path / "before")
    lebanon = content_copy / "emergency/lb.yaml"
    text = lebanon.read_text(encoding="utf-8")
    anchor = '    phone: "1564"\n'
    assert anchor in text
    lebanon.write_text(text.replace(anchor, anchor + "    confirmed: 2026-11-02\n"
                                    "    confirmed_by: \"called the line\"\n"),
                       encoding="utf-8")
    after = run_build(content_copy, tmp_path / "after")
    assert after.returncode == 0, after.stderr

    def stale(result):
        return int(next(STALE.match(line) for line in warnings(result)
                        if STALE.match(line)).group(1))

    assert stale(after) == stale(before) - 1
    page = soup(tmp_path / "after/emergency/index.html")
    embrace = page.select_one("#lb-embrace-lifeline-national-emotional")
    confirmed = embrace.select_one(".hub-confirmed").get_text()
    assert confirmed == "Confirmed by the practice on 2 November 2026 (called the line)"
    french = soup(tmp_path / "after/fr/emergency/index.html").select_one(
        "#lb-embrace-lifeline-national-emotional .hub-confirmed")
    assert "Confirmé par le cabinet le 2 novembre 2026" in french.get_text()
