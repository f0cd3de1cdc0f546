"""Bad content fails the build with one line naming the file and the problem,
exits non-zero, and leaves the previous output/ exactly as it was."""

import subprocess
import sys

import pytest

from tests.helpers import ROOT, errors_of, run_build, tree_hashes

GOOD_BODY = "\n\nA paragraph.\n"
CASES = {
    "missing title": (
        "Date: 2024-01-10\nAuthor: Dr Carla Kesrouani\nCategory: Online therapy",
        "articles/bad.md: title: missing",
    ),
    "unparsable date": (
        "Title: A post\nDate: 2024-13-45\nCategory: Online therapy",
        "articles/bad.md: date: '2024-13-45' is not a date",
    ),
    "typo of a known key": (
        "Tittle: A post\nTitle: A post\nDate: 2024-01-10",
        "articles/bad.md: tittle: unknown metadata key; did you mean 'title'?",
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_bad_content_fails_clearly_and_keeps_the_last_good_output(tmp_path, content_copy,
                                                                  case):
    output = tmp_path / "output"
    assert run_build(content_copy, output).returncode == 0
    before = tree_hashes(output)
    assert "index.html" in before

    header, message = CASES[case]
    (content_copy / "articles/bad.md").write_text(header + GOOD_BODY)
    result = run_build(content_copy, output)

    assert result.returncode != 0
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1 and message in errors[0], result.stderr
    assert tree_hashes(output) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["content", "output"]


def test_every_problem_of_every_file_is_reported_in_one_run(tmp_path, content_copy):
    for name, (header, _) in CASES.items():
        (content_copy / f"articles/{name.replace(' ', '-')}.md").write_text(header + GOOD_BODY)
    result = run_build(content_copy, tmp_path / "output")
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert result.returncode == 1 and len(errors) == len(CASES), result.stderr
    assert not (tmp_path / "output").exists()


def test_a_key_unlike_any_known_one_is_allowed(build_site, content_copy):
    article = content_copy / "articles/2023-06-02-online-therapy-emergencies.md"
    article.write_text("Reviewed_by: someone\n" + article.read_text())
    output = build_site(content_copy)
    assert (output / "2023/06/online-therapy-emergencies/index.html").exists()


def test_check_reports_problems_without_touching_output(tmp_path, content_copy):
    (content_copy / "articles/bad.md").write_text(CASES["missing title"][0] + GOOD_BODY)
    command = [sys.executable, "-m", "publisher.build", "--check",
               "--content", str(content_copy), "--output", str(tmp_path / "output")]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 1 and "title: missing" in result.stderr
    assert not (tmp_path / "output").exists()


def test_a_link_to_a_file_outside_the_site_fails_the_build_naming_it(content_copy,
                                                                      good_output):
    before = tree_hashes(good_output)
    (content_copy / "images" / "photo.jpg").symlink_to("/etc/passwd")
    (content_copy / "pages" / "gone.md").symlink_to(content_copy / "no-such-file.md")
    (content_copy / "images" / "inside.svg").symlink_to(content_copy / "images" / ".gitkeep")
    result = run_build(content_copy, good_output)
    assert result.returncode == 1
    assert errors_of(result) == [
        "error: content/images/photo.jpg: a link to /etc/passwd, outside the site's "
        "folders; put the file itself here",
        f"error: content/pages/gone.md: a link to {content_copy / 'no-such-file.md'}, which "
        "does not exist; put the file itself here",
    ]
    assert tree_hashes(good_output) == before
