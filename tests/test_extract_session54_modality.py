"""Session 54, modality and hedging: each test pins one rule of the session on invented text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_the_figure_of_a_past_year_set_against_an_outlook_is_reported() -> None:
    found = _claims("Zambia expects copper exports to China this year to stay close to the "
                    "812,000 tonnes of 2022.")
    assert found["812,000 tonnes"].modality == "reported"


def test_the_value_of_an_up_from_baseline_of_a_past_year_is_reported() -> None:
    found = _claims("Malawi expects to sell 190,000 tonnes of tobacco abroad this year, up from "
                    "160,000 tonnes valued at $410 million in 2021, the board said.")
    assert found["$410 million"].modality == "reported"
    assert found["190,000 tonnes"].modality == "forecast"


def test_a_figure_of_the_year_of_publication_keeps_its_outlook() -> None:
    found = _claims("Zambia expects copper exports to China to reach the 900,000 tonnes of "
                    "2024.")
    assert found["900,000 tonnes"].modality == "forecast"
