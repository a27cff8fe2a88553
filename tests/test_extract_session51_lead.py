"""Session 51, the lead's claim rules: each test pins one rule of the session on invented text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_even_that_would_be_restates_the_outlook_before_it() -> None:
    """`Even that would be 4% less ...` restates the forecast of the sentence before it, as
    `That would be ...` does."""
    found = _claims("Vietnam now expects to ship 7.4 million tonnes of rice abroad this year, the "
                    "trade ministry said. Even that would be 4.2% less than the 7.72 million "
                    "tonnes shipped in 2023.")
    assert found["4.2%"].modality == "forecast"
    assert found["7.72 million tonnes"].modality == "reported"
