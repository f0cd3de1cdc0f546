"""A bad data file fails the whole build, names file, entry and field, and leaves the
last good output/ exactly as it was (SPEC §6, §10)."""

import pytest

from tests.helpers import errors_of, run_build, tree_hashes

LB = "emergency/lb.yaml"
CASES = {
    "missing field": (
        '    description: "Emergency ambulance and patient transport number of the Lebanese '
        'Red Cross; the Ministry of Public Health describes it as free of charge."\n', "",
        "Lebanese Red Cross ambulance: description: expected this field (required)"),
    "unknown kind": ("kind: crisis-line", "kind: hotline",
                     "Embrace LifeLine (National Emotional Support and Suicide Prevention "
                     "Line): kind: expected one of crisis-line"),
    "bad country": ("country: LB", "country: LBN",
                    "whole file: country: expected an ISO 3166-1 alpha-2 code"),
    "duplicate name": ('name: "Beirut Fire Brigade (Beirut municipality)"',
                       'name: "Lebanese Red Cross ambulance"',
                       "Lebanese Red Cross ambulance: name: expected a name not used"),
    "bad date": ('source_date: "2025-05"', 'source_date: "2025-13"',
                 "Lebanese Civil Defense (General Directorate of Civil Defense): source_date: "
                 "expected the date the source shows"),
    "bad URL": ('website: "https://himaya.org"', 'website: "https//himaya.org"',
                "himaya child protection hotline: website: expected a web address"),
    "javascript: URL": ('source: "https://www.lorientlejour.com/article/1139289/',
                        'source: "javascript:alert(1)//',
                        "ISF domestic violence hotline: source: expected a web address"),
    "letters in a phone": ('phone: "1745"', 'phone: "17A5"',
                           "ISF domestic violence hotline: phone: expected digits only"),
    "invalid international number": ('phone: "+961 81 788 178"', 'phone: "+961 81 788"',
                                     "ABAAD helpline (gender-based violence): phone: "
                                     "expected a valid international number"),
    "YAML syntax error": ("resources:\n", "resources:\n  - name: [unclosed\n",
                          ": yaml: expected valid YAML, found "),
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

    assert result.returncode != 0
    assert "Build failed; " in result.stderr
    assert any(line.startswith(f"error: emergency: content/{LB}: ") and expected in line
               for line in errors_of(result)), result.stderr
    assert tree_hashes(good_output) == before


def test_problems_in_several_files_are_all_reported_in_one_run(content_copy, good_output):
    lebanon, france = content_copy / LB, content_copy / "emergency/fr.yaml"
    lebanon.write_text(lebanon.read_text().replace('phone: "1745"', 'phone: "17A5"')
                       .replace("kind: crisis-line", "kind: hotline"))
    france.write_text(france.read_text().replace('phone: "3114"', 'phone: "31 14x"'))
    result = run_build(content_copy, good_output)
    hub_errors = [line for line in errors_of(result) if line.startswith("error: emergency:")]
    assert len(hub_errors) == 3, result.stderr
    assert sum("content/emergency/fr.yaml: 3114" in line for line in hub_errors) == 1
