"""Bad crisis words or a failing indexer fail the build with one line naming the file,
the entry and the field (or Pagefind's own words), and leave output/ as it was."""

import asyncio
import gc
import stat
from concurrent.futures import ThreadPoolExecutor

import pytest

from search.service import PagefindError, PromptService
from tests.helpers import errors_of, run_build, tree_hashes

WORDS = "search/crisis-words.yaml"
CASES = {
    "not a mapping": ("- suicide\n", "whole file: languages: expected a mapping"),
    "empty list": ("en: []\n", "en: words: expected a list of words or phrases, found nothing"),
    "a number": ("en: [suicide, 12]\n", "en: word 2: expected a word or phrase, found 12"),
    "blank word": ("en: [suicide, '  ']\n", "en: word 2: expected a word or phrase"),
    "unknown language": ("xx: [suicide]\n", "xx: language: expected a language code"),
    "YAML error": ("en: [suicide\n", ": yaml: "),
}



@pytest.mark.parametrize("case", CASES)
def test_bad_crisis_words_fail_the_build_and_keep_the_output(content_copy, good_output,
                                                             case):
    before = tree_hashes(good_output)
    text, expected = CASES[case]
    (content_copy / WORDS).write_text(text, encoding="utf-8")
    result = run_build(content_copy, good_output)
    assert result.returncode != 0
    errors = errors_of(result)
    assert len(errors) == 1, result.stderr
    assert errors[0].startswith("error: search: ") and "crisis-words.yaml: " in errors[0]
    assert expected in errors[0]
    assert tree_hashes(good_output) == before


def test_a_missing_crisis_words_file_is_named(content_copy, good_output):
    (content_copy / WORDS).unlink()
    result = run_build(content_copy, good_output)
    assert result.returncode == 1
    assert errors_of(result) == [
        "error: search: content/search/crisis-words.yaml: whole file: file: expected a list "
        "of crisis words, found no file"]


@pytest.fixture
def broken_indexer(tmp_path):
    """A stand-in for Pagefind's binary that complains and stops."""
    script = tmp_path / "pagefind"
    script.write_text("#!/bin/sh\necho 'pagefind: index folder is not writable' >&2\nexit 3\n",
                      encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return script


def test_a_pagefind_failure_fails_the_build_with_its_message(content_copy, good_output,
                                                             broken_indexer):
    before = tree_hashes(good_output)
    result = run_build(content_copy, good_output,
                       env={"PAGEFIND_BINARY_PATH": str(broken_indexer)})
    assert result.returncode != 0
    assert errors_of(result) == [
        "error: search: Pagefind failed: pagefind: index folder is not writable"]
    assert tree_hashes(good_output) == before


def test_a_missing_pagefind_binary_fails_the_build(content_copy, good_output, tmp_path):
    result = run_build(content_copy, good_output,
                       env={"PAGEFIND_BINARY_PATH": str(tmp_path / "nowhere")})
    assert result.returncode != 0
    [error] = errors_of(result)
    assert error.startswith("error: search: Pagefind failed: ") and "nowhere" in error


def test_an_indexer_that_stops_is_reported_in_its_own_words_every_time(broken_indexer,
                                                                       monkeypatch):
    """The race behind "Pagefind failed: Connection lost": a request written after the
    indexer has exited. Twenty runs, half of them waiting for the exit first (the late
    case every time), all give the indexer's own words (plugins/search/UPSTREAM.md, 3)."""
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(broken_indexer))

    async def request(late):
        service = await PromptService().launch()
        if late:
            await service._backend.wait()
        with pytest.raises(PagefindError) as raised:
            await service.create_index({})
        await service.stop()
        return str(raised.value)

    # In a thread of its own, as the build runs it: the browser tests' Playwright runs
    # an event loop in this one.
    with ThreadPoolExecutor(max_workers=1) as thread:
        said = [thread.submit(asyncio.run, request(n % 2 == 0)).result() for n in range(20)]
    assert said == ["pagefind: index folder is not writable"] * 20
    gc.collect()  # a pipe left open would be reported now, as an error (pyproject.toml)
