"""Bad content fails the build with one line naming the file and the problem,
exits non-zero, and leaves the previous output/ exactly as it was."""

import os
import shutil
import subprocess
import sys

import pytest

from tests.helpers import CONTENT, ROOT, errors_of, run_build, tree_hashes

HEADER = {"Title": "A post", "Date": "2024-01-10", "Author": "Dr Carla Kesrouani",
          "Category": "Online therapy", "Tags": "sleep", "Summary": "One sentence.",
          "Status": "published"}
HINT = "One sentence that says what this article is about."  # pelicanconf's, as make new writes
BAD = "error: content/articles/bad.md: "


def article(**changes):
    """A post's text: HEADER with `changes` (None leaves a key out)."""
    header = {**HEADER, **changes}
    return "".join(f"{key}: {value}\n" for key, value in header.items() if value is not None) \
        + "\nA paragraph.\n"


CASES = {
    "missing title": (article(Title=None), "title: missing; add a line 'Title: ...'"),
    "unparsable date": (article(Date="2024-13-45"),
                        "date: '2024-13-45' is not a date; expected e.g. 2023-05-09 09:00"),
    "typo of a known key": (article(Tittle="A post"),
                            "tittle: unknown metadata key; did you mean 'title'?"),
    "missing summary": (article(Summary=None), "summary: missing; add one sentence: "
                        "'Summary: ...'"),
    "placeholder summary": (article(Summary=HINT), "summary: still the placeholder of make "
                            "new; write one sentence about it"),
    "empty tags": (article(Tags=""), "tags: empty; list a few words, separated by commas: "
                   "'Tags: sleep, anxiety'"),
    "unknown status": (article(Status="publish"), "status: 'publish' is not a status; did "
                       "you mean 'published'? (published, draft, hidden)"),
}
BYTES = {
    "not UTF-8": (article(Title="Caf\u00e9").encode("latin-1"),
                  "file: not UTF-8 text (byte 0xe9 at byte 10); save it again with the "
                  "encoding UTF-8"),
    "a NUL byte": (article().encode() + b"\0", "file: a NUL byte at byte "
                   f"{len(article().encode())}; save the file again as plain text"),
}


@pytest.fixture(scope="module")
def good_site(tmp_path_factory):
    """One good build of the site, copied by each test that breaks it."""
    output = tmp_path_factory.mktemp("good") / "output"
    assert run_build(CONTENT, output).returncode == 0
    return output


@pytest.mark.parametrize("case", [*CASES, *BYTES])
def test_bad_content_fails_with_one_line_and_keeps_the_last_good_output(tmp_path, content_copy,
                                                                       good_site, case):
    output = tmp_path / "output"
    shutil.copytree(good_site, output)
    before = tree_hashes(output)
    text, message = CASES[case] if case in CASES else BYTES[case]
    bad = content_copy / "articles/bad.md"
    bad.write_bytes(text if isinstance(text, bytes) else text.encode())
    result = run_build(content_copy, output)

    assert result.returncode == 1
    assert errors_of(result) == [BAD + message]
    assert tree_hashes(output) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["content", "output"]


def test_drafts_may_be_unfinished(tmp_path, content_copy):
    (content_copy / "articles/draft.md").write_text(article(Summary=HINT, Tags="",
                                                            Status="draft"))
    assert run_build(content_copy, tmp_path / "output").returncode == 0


def test_a_deleted_page_the_navigation_names_fails_the_build(tmp_path, content_copy):
    for name in ("contact.md", "contact.ar.md", "contact.fr.md"):
        (content_copy / "pages" / name).unlink()
    result = run_build(content_copy, tmp_path / "output")
    assert result.returncode == 1
    assert errors_of(result) == [
        "error: pelicanconf.py: NAV_PAGES: no page has the slug 'contact'; put its page back "
        "in content/pages/ or take 'contact' out of NAV_PAGES"]


def test_every_problem_of_every_file_is_reported_in_one_run(tmp_path, content_copy):
    for name, (text, _) in CASES.items():
        (content_copy / f"articles/{name.replace(' ', '-')}.md").write_text(text)
    result = run_build(content_copy, tmp_path / "output")
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert result.returncode == 1 and len(errors) == len(CASES), result.stderr
    assert not (tmp_path / "output").exists()


def test_a_key_unlike_any_known_one_is_allowed(build_site, content_copy):
    post = content_copy / "articles/2023-06-02-online-therapy-emergencies.md"
    post.write_text("Reviewed_by: someone\n" + post.read_text())
    output = build_site(content_copy)
    assert (output / "2023/06/online-therapy-emergencies/index.html").exists()


def test_check_reports_problems_without_touching_output(tmp_path, content_copy):
    (content_copy / "articles/bad.md").write_text(CASES["missing title"][0])
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


def test_check_warns_about_content_that_git_does_not_track(tmp_path, content_copy):
    env = {**os.environ, "GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@example.invalid",
           "GIT_COMMITTER_NAME": "T", "GIT_COMMITTER_EMAIL": "t@example.invalid"}
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    subprocess.run(["git", "add", "content"], cwd=tmp_path, check=True, env=env)
    (content_copy / "images" / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    command = [sys.executable, "-m", "publisher.build", "--check", "--content",
               str(content_copy)]

    def warnings():
        result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True,
                                check=False)
        assert result.returncode == 0, result.stderr
        return [line for line in result.stderr.splitlines() if line.startswith("warning: ")]

    assert warnings() == [
        "warning: content/images/photo.jpg: not added to git, so a push would not publish "
        "it; git add content/images/photo.jpg"]
    subprocess.run(["git", "add", "content"], cwd=tmp_path, check=True, env=env)
    assert warnings() == []
