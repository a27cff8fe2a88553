"""Session 46 (plans and forecasts): each test pins one rule of the session on invented text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_a_forecast_without_a_time_of_its_own_takes_the_plan_stated_just_before() -> None:
    found = _claims("Moldova expects its walnut exports to reach 40,000 tonnes this year, the "
                    "growers' union said. Sales to France are projected to rise 12%.")
    claim = found["12%"]
    assert claim.modality == "forecast"
    assert (claim.period_start, claim.period_end) == ("2024-01-01", "2024-12-31")


def test_a_plans_month_without_a_year_far_ahead_is_the_month_just_past() -> None:
    found = _claims("In May, Kenya had pledged to ship 50,000 tonnes of tea to Egypt.")
    claim = found["50,000 tonnes"]
    assert claim.modality == "planned"
    assert (claim.period_start, claim.period_end) == ("2024-05-01", "2024-05-31")
    found = _claims("Kenya will ship 50,000 tonnes of tea to Egypt in September.")
    assert found["50,000 tonnes"].period_start == "2024-09-01"


def test_a_time_already_over_in_a_coordinate_clause_before_a_plan_is_not_its_time() -> None:
    found = _claims("Trade between Peru and Chile came to $380 million in 2023, and the two sides "
                    "aim to lift it to $1 billion.")
    assert found["$380 million"].period_start == "2023-01-01"
    claim = found["$1 billion"]
    assert claim.modality == "forecast"
    assert (claim.period_start, claim.period_end) == (None, None)
