"""Phone numbers: how they are dialled and shown, and what is refused."""

import pytest
from sitecore.phones import NumberError, read_number

from emergency.settings import EXTRA_REGIONS


def test_a_local_code_is_dialled_as_written_without_spaces():
    number, warning = read_number("116 123", ["GB"])
    assert (number.dial, number.display, number.international) == ("116123", "116 123", "")
    assert warning is None


def test_an_international_number_dials_e164_and_shows_the_national_form():
    number, _ = read_number("+961 3 414 964", ["LB"])
    assert number.dial == "+9613414964"
    assert number.display == "03 414 964"
    assert number.international == "+961 3 414 964"


def test_a_real_code_the_library_lacks_is_a_warning_not_an_error():
    number, warning = read_number("1564", ["LB"])
    assert number.dial == "1564"
    assert "not known to phonenumbers" in warning


def test_a_national_number_dialled_without_prefix_is_a_local_code():
    number, warning = read_number("800 8877", ["AE"])
    assert (number.dial, warning) == ("8008877", None)


def test_european_numbers_are_checked_against_member_states():
    number, warning = read_number("116 123", list(EXTRA_REGIONS["EU"]))
    assert number.dial == "116123" and warning is None


@pytest.mark.parametrize(("value", "expected"), [
    ("15a4", "digits only"),
    ("1-800-222-1222", "digits only"),
    ("961 3 414 964", r"as dialled in LB \(03 414 964\) or with \+961"),
    ("3 414 964", r"as dialled in LB \(03 414 964\)"),
    ("+961 3 41", "a valid international number"),
    ("+33 1 45 67 89 10", "a number of LB, not of FR"),
    ("+961 3 414 964 ext", "an international number of digits"),
    (112, "a quoted string"),
])
def test_numbers_that_cannot_be_dialled_are_refused(value, expected):
    with pytest.raises(NumberError, match=expected):
        read_number(value, ["LB"])
