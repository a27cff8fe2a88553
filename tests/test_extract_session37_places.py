"""Canada's provinces stand for Canada, as its western provinces already did."""

from __future__ import annotations

from datetime import date

import pytest

from tradetrace.extract import extract_claims
from tradetrace.model import Document


@pytest.mark.parametrize("province", ["Ontario", "Quebec", "Manitoba", "New Brunswick"])
def test_a_province_names_canada_as_the_seller(province: str) -> None:
    text = f"{province}'s power exports to the United States reached 9.2 terawatt hours in 2022."
    (claim,) = extract_claims(Document.from_text(text, published=date(2023, 3, 1)))
    assert (claim.exporter, claim.importer) == ("CAN", "USA")
