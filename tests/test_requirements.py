"""The pinned dependencies: the server's list builds the site and holds no test tool;
every requirement of both lists is pinned with hashes; the generated lists follow the
direct pins they come from."""

import re

import pytest

from tests.helpers import ROOT

TEST_TOOLS = {"pytest", "playwright", "axe-playwright-python", "ruff", "invoke",
              "beautifulsoup4"}


def pins(name):
    """{package: version} of a requirements file (names normalised as pip does: lower
    case, "-" for runs of "-", "_" and ".")."""
    text = (ROOT / name).read_text(encoding="utf-8")
    found = re.findall(r"^([A-Za-z0-9_.\-]+)(?:\[[a-z,]+\])?==([^\s;\\]+)", text, re.M)
    return {re.sub(r"[-_.]+", "-", package.lower()): version for package, version in found}


@pytest.mark.parametrize("name", ["requirements.txt", "requirements-dev.txt"])
def test_every_requirement_is_pinned_with_hashes(name):
    text = (ROOT / name).read_text(encoding="utf-8")
    entries = re.split(r"\n(?=[A-Za-z])", text.split("\n", 3)[-1].strip())
    assert len(entries) == len(pins(name)) > 20
    for entry in entries:
        assert "==" in entry and "--hash=sha256:" in entry, entry.splitlines()[0]


def test_the_servers_list_holds_no_test_tool_and_builds_the_site():
    runtime = pins("requirements.txt")
    assert not TEST_TOOLS & set(runtime)
    assert {"pelican", "markdown", "jinja2", "pyyaml", "phonenumbers", "babel",
            "minify-html", "brotli", "pagefind", "pagefind-bin", "vobject"} <= set(runtime)


def test_the_developers_list_adds_the_tools_to_the_same_versions():
    runtime, dev = pins("requirements.txt"), pins("requirements-dev.txt")
    assert set(dev) >= TEST_TOOLS
    assert {package: dev[package] for package in runtime} == runtime


@pytest.mark.parametrize(("source", "generated"), [
    ("requirements.in", "requirements.txt"), ("requirements-dev.in", "requirements-dev.txt")])
def test_the_generated_lists_follow_their_direct_pins(source, generated):
    direct, pinned = pins(source), pins(generated)
    assert direct and {package: pinned.get(package) for package in direct} == direct
