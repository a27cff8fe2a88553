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


def test_what_is_already_moving_is_reported_whatever_deal_it_runs_under() -> None:
    found = _claims("Norway already delivers 4 bcm a year to Poland under a 2021 contract, and "
                    "the new pipeline deal adds 2 bcm a year from 2026.")
    assert found["4 bcm a year"].modality == "reported"
    found = _claims("Kenya has already agreed to buy 300,000 tonnes of wheat under the deal.")
    assert found["300,000 tonnes"].modality == "planned"


def test_already_before_a_plan_a_goal_or_a_cap_keeps_its_modality() -> None:
    found = _claims("Qatar already supplies Kuwait and will send 3 million tonnes of LNG next "
                    "year.")
    assert found["3 million tonnes"].modality == "planned"
    found = _claims("Egypt has already reached an agreement to import 2 million tonnes of wheat "
                    "from Russia next season.")
    assert found["2 million tonnes"].modality == "planned"
    found = _claims("Exports have already exceeded the government's target of 10 million tonnes "
                    "for the year.")
    assert found["10 million tonnes"].modality == "forecast"
