"""The tests' copy of the shared reference is the reference itself, byte for byte."""

import pytest

from tests.helpers import ROOT, SHARED_REFERENCE

COPIES = ["emergency-numbers.yaml", "founding-articles.md"]


@pytest.mark.parametrize("name", COPIES)
def test_the_copy_matches_the_shared_reference(name):
    copy = ROOT / "tests/reference" / name
    if SHARED_REFERENCE.is_dir():
        assert copy.read_bytes() == (SHARED_REFERENCE / name).read_bytes(), (
            f"tests/reference/{name} differs from ../shared/reference/{name}: copy it again")
    else:
        assert copy.stat().st_size > 0
