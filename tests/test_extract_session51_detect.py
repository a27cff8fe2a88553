"""Session 51, which figures are claims and of which kind: each test pins one rule of the session
on invented text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_a_crop_a_country_or_its_farms_grow_is_no_rise() -> None:
    found = _claims("Kenya grows about 40 percent of the tea sold in Europe, and exports most of "
                    "it to Pakistan. Zambia imports 2 million tonnes of wheat a year, while local "
                    "farms grow only about 200,000 tons.")
    assert (found["40 percent"].kind, found["40 percent"].direction) == ("share", None)
    assert (found["200,000 tons"].kind, found["200,000 tons"].direction) == ("level", None)


def test_a_flow_that_grew_stays_a_rise() -> None:
    found = _claims("Malawi's tobacco exports grew 12% to $300 million in 2023, and exports to "
                    "Kenya grew 20,000 tonnes.")
    assert (found["12%"].kind, found["12%"].direction) == ("change", "up")
    assert (found["20,000 tonnes"].kind, found["20,000 tonnes"].direction) == ("change", "up")

