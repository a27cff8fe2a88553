"""The country lexicon's patterns of a country's names (knowledge/countries.py)."""

from __future__ import annotations

import pytest

from tradetrace.knowledge.countries import naming_forms


@pytest.mark.parametrize(("code", "text"), [
    ("IND", "exports from India rose"),
    ("IND", "Indian refiners bought more"),  # an adjective
    ("IND", "officials in New Delhi said"),  # a capital
    ("GBR", "U.K. customs data"),
    ("CAN", "potash from Saskatchewan"),  # a region
])
def test_naming_forms_find_every_name_of_the_country(code: str, text: str) -> None:
    assert naming_forms(code).search(text) is not None


@pytest.mark.parametrize(("code", "text"), [
    ("CAN", "we can ship more"),  # not its ISO code as a word
    ("IND", "farms in Indiana"),  # not inside another name
    ("IND", "Pakistan's exports"),
])
def test_naming_forms_find_no_other_word(code: str, text: str) -> None:
    assert naming_forms(code).search(text) is None
