"""A bad data file fails the whole build, names file, entry and field, and leaves the
last good output/ exactly as it was (SPEC §6, §10)."""

import pytest

from tests.helpers import errors_of, run_build, tree_hashes

LB = "emergency/lb.yaml"
# Each rule of the format is a unit test in test_validation.py; here, end to end, that a
# bad field and a YAML syntax error each fail the whole build and keep the last output.
PHONE = "expected digits only (a local code) or an international number starting with +"
CASES = {
    "letters in a phone": (
        'phone: "1745"', 'phone: "17A5"',
        f"ISF domestic violence hotline: phone: {PHONE}, found '17A5'"),
    "YAML syntax error": (
        "resources:\n", "resources:\n  - name: [unclosed\n",
        "line 8: yaml: expected valid YAML, found expected ',' or ']', but got ':'"),
}


@pytest.mark.parametrize("case", CASES)
def test_bad_data_fails_the_build_naming_file_entry_and_field(content_copy, good_output,
                                                              case):
    before = tree_hashes(good_output)
    old, new, expected = CASES[case]
    data = content_copy / LB
    text = data.read_text(encoding="utf-8")
    assert old in text, f"the case no longer matches lb.yaml: {old!r}"
    data.write_text(text.replace(old, new, 1), encoding="utf-8")

    result = run_build(content_copy, good_output)

    assert result.returncode == 1
    assert "Build failed; " in result.stderr
    assert errors_of(result) == [f"error: emergency: content/{LB}: {expected}"]
    assert tree_hashes(good_output) == before


def test_problems_in_several_files_are_all_reported_in_one_run(content_copy, good_output):
    lebanon, france = content_copy / LB, content_copy / "emergency/fr.yaml"
    lebanon.write_text(lebanon.read_text().replace('phone: "1745"', 'phone: "17A5"')
                       .replace("kind: crisis-line", "kind: hotline"))
    france.write_text(france.read_text().replace('phone: "3114"', 'phone: "31 14x"'))
    result = run_build(content_copy, good_output)
    kinds = ("crisis-line, text-line, chat, emergency, police, ambulance, fire, violence, "
             "child, poison, hospital, other")
    assert errors_of(result) == [
        "error: emergency: content/emergency/fr.yaml: 3114 – Numéro national de prévention "
        f"du suicide: phone: {PHONE}, found '31 14x'",
        "error: emergency: content/emergency/lb.yaml: Embrace LifeLine (National Emotional "
        f"Support and Suicide Prevention Line): kind: expected one of {kinds}, found 'hotline'",
        "error: emergency: content/emergency/lb.yaml: ISF domestic violence hotline: phone: "
        f"{PHONE}, found '17A5'",
    ]
