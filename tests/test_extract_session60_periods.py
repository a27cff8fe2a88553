"""Session 60, periods: each test pins one rule of the session on invented text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, period

_claims = extracted_on(date(2025, 6, 20))


def test_a_figure_a_relative_clause_calls_a_past_habit_has_no_period() -> None:
    found = _claims("Valdoria sold 40,000 tonnes of quinoa to Freedonia last year, while the "
                    "25,000 tonnes that Ruritania used to buy has dried up.")
    assert period(found["40,000 tonnes"]) == ("2024-01-01", "2024-12-31")
    assert period(found["25,000 tonnes"]) == (None, None)


def test_an_old_level_of_a_past_habit_has_no_period() -> None:
    found = _claims("Chile's copper shipments to Japan could top 900,000 tonnes this year, up "
                    "from the roughly 610,000 tonnes a year the country used to sell there.")
    assert period(found["900,000 tonnes"]) == ("2025-01-01", "2025-12-31")
    assert period(found["610,000 tonnes a year"]) == (None, None)


def test_used_to_after_a_form_of_be_or_in_a_comparison_is_no_past_habit() -> None:
    found = _claims("Valdoria shipped 12,000 tonnes of tea to Freedonia in March, and about "
                    "3,000 tonnes of it are used to blend local brands.")
    assert period(found["3,000 tonnes"]) == ("2025-03-01", "2025-03-31")
    found = _claims("Valdoria's copper sales to Freedonia reached 900,000 tonnes last year, far "
                    "more than the smelters used to take.")
    assert period(found["900,000 tonnes"]) == ("2024-01-01", "2024-12-31")
