"""Every rule of the hub's data format (SPEC §6), on small files: each problem is one
line naming the file, the entry and the field; warnings do not stop the build."""

from datetime import date

import pytest

from emergency.loader import load_hub
from emergency.settings import hub_settings
from emergency.validate import check_file

TODAY = date(2026, 11, 23)
SETTINGS = hub_settings({})
GOOD_LINE = """\
  - name: Embrace LifeLine
    kind: crisis-line
    phone: "1564"
    hours: "24/7"
    languages: [ar, en, fr]
    free: true
    description: A national helpline.
    source: https://embracelebanon.org
    source_date: 2026-06-01
"""


def check(tmp_path, lines=GOOD_LINE, head='country: LB\nemergency_number: "1564"\n',
          name="lb.yaml"):
    path = tmp_path / name
    path.write_text(head + "resources:\n" + lines, encoding="utf-8")
    return check_file(str(path), f"content/emergency/{name}", SETTINGS, TODAY)


def messages(reports):
    return [str(report) for report in reports]


def test_a_good_file_gives_its_country_without_problems(tmp_path):
    country, problems, notes = check(tmp_path)
    assert problems == []
    assert country.code == "LB" and country.name == "Lebanon"
    line = country.resources[0]
    assert (line.phone.dial, line.timezone, line.stale) == ("1564", "Asia/Beirut", False)
    assert line.anchor == "lb-embrace-lifeline"
    assert messages(notes) == [
        "emergency: content/emergency/lb.yaml: Embrace LifeLine: phone: '1564' is not known "
        "to phonenumbers as a number of LB; check it with the operator"]


def replace(old, new):
    assert old in GOOD_LINE
    return GOOD_LINE.replace(old, new)


RULES = {
    "missing field": (replace("    description: A national helpline.\n", ""),
                      "Embrace LifeLine: description: expected this field (required)"),
    "missing date of the evidence": (replace("    source_date: 2026-06-01\n", ""),
                                     "Embrace LifeLine: source_date: expected this field"),
    "unknown kind": (replace("crisis-line", "crisis"),
                     "Embrace LifeLine: kind: expected one of crisis-line, text-line, chat"),
    "unknown field, near a known one": (
        replace("free: true", "fre: true"),
        "Embrace LifeLine: fre: expected one of name, kind, description"),
    "no way to reach the line": (replace('    phone: "1564"\n', ""),
                                 "Embrace LifeLine: phone: expected at least one of phone"),
    "bad date": (replace("2026-06-01", "2026-13-01"),
                 "Embrace LifeLine: source_date: expected the date the source shows: "
                 "YYYY-MM-DD, YYYY-MM or YYYY, or null when undated, found '2026-13-01'"),
    "date in the future": (replace("2026-06-01", "2027-01"),
                           "Embrace LifeLine: source_date: expected a date not after today "
                           "(2026-11-23), found '2027-01'"),
    "Arabic-Indic digits": (replace('"1564"', '"١٥٦٤"'),
                            "Embrace LifeLine: phone: expected ASCII digits 0-9, not "
                            "arabic-indic digits, found '١٥٦٤'"),
    "fullwidth digits": (replace('"1564"', '"１５６４"'),
                         "Embrace LifeLine: phone: expected ASCII digits 0-9, not fullwidth "
                         "digits, found '１５６４'"),
    "confirmed without how": (
        replace("    source_date:", "    confirmed: 2026-11-02\n    source_date:"),
        "Embrace LifeLine: confirmed: expected confirmed_by beside it, found '2026-11-02'"),
    "confirmed as a month": (
        replace("    source_date:", "    confirmed: 2026-11\n    confirmed_by: called\n"
                "    source_date:"),
        "Embrace LifeLine: confirmed: expected a date written YYYY-MM-DD, found '2026-11'"),
    "keyword without SMS": (replace("    hours:", "    sms_keyword: SHOUT\n    hours:"),
                            "Embrace LifeLine: sms_keyword: expected sms beside it, found "
                            "'SHOUT'"),
    "letters that are not the number": (
        replace("    hours:", "    phone_letters: 15-HELP\n    hours:"),
        "Embrace LifeLine: phone_letters: expected letters that give the phone's digits on "
        "a keypad (1564), not 154357, found '15-HELP'"),
    "bad URL": (replace("https://embracelebanon.org", "embracelebanon.org"),
                "Embrace LifeLine: source: expected a web address starting with https://"),
    "javascript: URL": (
        replace("    source:", "    website: javascript:alert(1)\n    source:"),
        "Embrace LifeLine: website: expected a web address starting with https://"),
    "letters in a phone": (replace('"1564"', '"15a4"'),
                           "Embrace LifeLine: phone: expected digits only"),
    "invalid international number": (replace('"1564"', '"+961 1 23"'),
                                     "Embrace LifeLine: phone: expected a valid international"),
    "number of another country": (replace('"1564"', '"+33 1 45 67 89 10"'),
                                  "Embrace LifeLine: phone: expected a number of LB"),
    "unreadable hours": (replace('"24/7"', '"mornings"'),
                         'Embrace LifeLine: hours: expected "24/7" or days and times'),
    "unknown language": (replace("[ar, en, fr]", "[arabic]"),
                         "Embrace LifeLine: languages: expected a list of language codes"),
    "free neither true nor false": (replace("free: true", "free: yes please"),
                                    "Embrace LifeLine: free: expected true, false, or null"),
    "description on several lines": (
        replace("A national helpline.", '"One line.\\nTwo lines."'),
        "Embrace LifeLine: description: expected one sentence on one line"),
    "unknown time zone": (replace('    hours: "24/7"\n', '    hours: "24/7"\n'
                                  "    timezone: Asia/Nowhere\n"),
                          "Embrace LifeLine: timezone: expected an IANA time zone"),
    "entry that is not a mapping": ("  - just a name\n",
                                    "line 1: resources: expected a mapping of fields"),
}


@pytest.mark.parametrize("rule", RULES)
def test_each_rule_names_file_entry_and_field(tmp_path, rule):
    lines, expected = RULES[rule]
    country, problems, _ = check(tmp_path, lines)
    assert country is None
    found = messages(problems)
    assert len(found) == 1 and found[0].startswith(
        "emergency: content/emergency/lb.yaml: " + expected), found


FILE_RULES = {
    "bad country": ('country: XX\nemergency_number: "1564"\n',
                    "whole file: country: expected an ISO 3166-1 alpha-2 code"),
    "country unlike the file name": ('country: FR\nemergency_number: "1564"\n',
                                     "whole file: country: expected LB, as the file name says"),
    "emergency number of no line": ('country: LB\nemergency_number: "112"\n',
                                    "whole file: emergency_number: expected the phone of one"),
    "unknown top-level field": ('country: LB\nemergency_number: "1564"\nnotes: x\n',
                                "whole file: notes: expected one of country"),
}


@pytest.mark.parametrize("rule", FILE_RULES)
def test_file_level_rules(tmp_path, rule):
    head, expected = FILE_RULES[rule]
    _, problems, _ = check(tmp_path, head=head)
    found = messages(problems)
    assert len(found) == 1 and found[0].startswith(
        "emergency: content/emergency/lb.yaml: " + expected), found


def test_duplicate_names_in_a_country_are_refused(tmp_path):
    _, problems, _ = check(tmp_path, GOOD_LINE + GOOD_LINE.replace("1564", "112"))
    assert messages(problems) == [
        "emergency: content/emergency/lb.yaml: Embrace LifeLine: name: expected a name not "
        "used by another line of this country, found 'Embrace LifeLine'"]


def test_a_key_given_twice_is_a_yaml_error_with_its_line(tmp_path):
    twice = replace("    free: true\n", "    free: true\n    free: false\n")
    _, problems, _ = check(tmp_path, twice)
    assert messages(problems) == [
        "emergency: content/emergency/lb.yaml: line 10: yaml: expected valid YAML, found the "
        "key 'free' appears twice"]


def test_a_yaml_syntax_error_gives_its_line(tmp_path):
    _, problems, _ = check(tmp_path, replace("A national helpline.", '"unclosed'))
    assert len(problems) == 1
    assert str(problems[0]).startswith("emergency: content/emergency/lb.yaml: line ")
    assert ": yaml: expected valid YAML, found " in str(problems[0])


def test_every_problem_of_a_file_is_reported_not_only_the_first(tmp_path):
    lines = replace("crisis-line", "crisis").replace('"1564"', '"15a4"').replace(
        "2026-06-01", "someday")
    _, problems, _ = check(tmp_path, lines)
    fields = sorted(report.field for report in problems)
    assert fields == ["kind", "phone", "source_date"]  # not the number the bad line had


def test_hours_in_a_country_with_several_time_zones_need_one(tmp_path):
    lines = GOOD_LINE.replace('"1564"', '"988"').replace('"24/7"', '"Mon-Fri 09:00-17:00"')
    _, problems, _ = check(tmp_path, lines, head='country: US\nemergency_number: "988"\n',
                           name="us.yaml")
    assert "Embrace LifeLine: timezone: expected an IANA time zone for these hours" in (
        messages(problems)[0])
    fixed = lines.replace("    languages:", "    timezone: America/New_York\n    languages:")
    country, problems, _ = check(tmp_path, fixed, head='country: US\nemergency_number: "988"\n',
                                 name="us.yaml")
    assert problems == [] and country.resources[0].timezone == "America/New_York"


@pytest.mark.parametrize(("source_date", "note"), [
    ("null", "source_date: source undated and the line not confirmed; confirm it with the "
             "operator (confirmed, confirmed_by)"),
    ("2025-11-22", "source_date: source dated 2025-11-22, 366 days ago (limit 365), and the "
                   "line not confirmed since"),
    ("2025-11", "source_date: source dated 2025-11, 387 days ago (limit 365), and the line "
                "not confirmed since"),
])
def test_old_or_undated_sources_are_noted_for_make_check(tmp_path, source_date, note):
    country, problems, notes = check(tmp_path, replace("2026-06-01", source_date))
    assert problems == [] and country.resources[0].stale
    assert [str(n) for n in notes if n.stale] == [
        "emergency: content/emergency/lb.yaml: Embrace LifeLine: " + note]


def test_a_source_within_the_allowed_age_is_not_stale(tmp_path):
    country, _, notes = check(tmp_path, replace("2026-06-01", "2025-11-23"))
    assert not country.resources[0].stale
    assert not any(note.stale for note in notes)


def test_a_line_the_practice_confirmed_is_not_stale_however_old_its_source(tmp_path):
    lines = replace("    source_date: 2026-06-01", "    source_date: null\n"
                    "    confirmed: 2026-11-02\n    confirmed_by: called the line")
    country, problems, notes = check(tmp_path, lines)
    line = country.resources[0]
    assert problems == [] and not line.stale
    assert (line.confirmed.isoformat(), line.confirmed_by) == ("2026-11-02", "called the line")
    assert not any(note.stale for note in notes)


@pytest.mark.parametrize(("written", "iso", "first_day"), [
    ("2021", "2021", "2021-01-01"), ('"2021-11"', "2021-11", "2021-11-01"),
    ("2021-11-30", "2021-11-30", "2021-11-30")])
def test_a_source_date_keeps_the_precision_its_source_shows(tmp_path, written, iso,
                                                            first_day):
    country, problems, _ = check(tmp_path, replace("2026-06-01", written))
    assert problems == []
    found = country.resources[0].source_date
    assert (found.iso, found.first_day.isoformat()) == (iso, first_day)


def test_letters_and_keywords_are_kept_for_the_page(tmp_path):
    lines = replace("    hours:", '    phone_letters: "15-6G"\n    sms: "85258"\n'
                    "    sms_keyword: SHOUT\n    hours:")
    country, problems, _ = check(tmp_path, lines)
    line = country.resources[0]
    assert problems == []
    assert (line.phone_letters, line.sms_keyword, line.sms.dial) == ("15-6G", "SHOUT", "85258")


def test_the_home_country_comes_first_then_the_others_by_name(tmp_path):
    folder = tmp_path / "content" / "emergency"
    folder.mkdir(parents=True)
    for code, number in (("fr", "112"), ("lb", "1564"), ("de", "112"), ("au", "000")):
        line = GOOD_LINE.replace('"1564"', f'"{number}"')
        (folder / f"{code}.yaml").write_text(
            f'country: {code.upper()}\nemergency_number: "{number}"\nresources:\n{line}')
    hub, problems, _ = load_hub(str(tmp_path / "content"), SETTINGS, TODAY)
    assert problems == []
    assert [c.code for c in hub.countries] == ["LB", "AU", "FR", "DE"]


def test_a_missing_home_country_or_folder_fails(tmp_path):
    hub, problems, _ = load_hub(str(tmp_path), SETTINGS, TODAY)
    assert hub is None
    assert messages(problems) == [
        "emergency: " + "/".join([tmp_path.name, "emergency"]) + ": whole folder: files: "
        "expected one <country>.yaml file per country, found none"]
