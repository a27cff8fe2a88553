"""Session 65, periods mend: each test pins one narrowing of the session's period rules on
invented text, beside a near miss where the rule still fires."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, period
from tradetrace.extract import timeframe

_claims = extracted_on(date(2025, 6, 1))

_APRIL = ("2025-04-01", "2025-04-30")
_YEAR_BEFORE = ("2024-01-01", "2024-12-31")


def test_last_year_before_a_comparative_is_no_look_back_aside() -> None:
    found = _claims("Sugar exports rose 4% to 600,000 tonnes in April. Last year, shipments to "
                    "Asia were 6% higher at 5 million tonnes, as demand in China grew. China "
                    "took 200,000 tonnes.")
    assert period(found["200,000 tonnes"]) == _YEAR_BEFORE
    found = _claims("Nickel exports rose 7% to 90,000 tonnes in March. Only 15% went to Japan "
                    "in 2024, a lower share than in 2020. China took 1 million tonnes.")
    assert period(found["1 million tonnes"]) == _YEAR_BEFORE


def test_only_an_earlier_months_figure_being_higher_is_still_a_look_back() -> None:
    found = _claims("Sugar exports rose 4% to 600,000 tonnes in April. Only February's 640,000 "
                    "tonnes was higher. China took 200,000 tonnes.")
    assert period(found["640,000 tonnes"]) == ("2025-02-01", "2025-02-28")
    assert period(found["200,000 tonnes"]) == _APRIL


def test_a_figure_set_against_an_expectation_keeps_the_expectations_time() -> None:
    found = _claims("Zambia's copper exports rose 11% to $2.3 billion and topped the $2.1 "
                    "billion the central bank had forecast for the second half of 2024.")
    half = ("2024-07-01", "2024-12-31")
    assert period(found["11%"]) == half
    assert period(found["$2.3 billion"]) == half


def test_a_later_forecast_predicate_still_keeps_its_time_to_itself() -> None:
    found = _claims("Zambia's copper exports rose 11% to $2.3 billion in the first half and "
                    "could reach $5 billion for the whole year.")
    assert period(found["$2.3 billion"]) == ("2025-01-01", "2025-06-30")
    assert period(found["$5 billion"]) == ("2025-01-01", "2025-12-31")


def test_another_ties_a_reported_figure_to_the_forecasts_time() -> None:
    found = _claims("Ivory Coast shipped 900,000 tonnes of cocoa and expects to ship another "
                    "400,000 tonnes in the 2024/25 season.")
    assert period(found["900,000 tonnes"]) == period(found["400,000 tonnes"])
    assert period(found["900,000 tonnes"]) != (None, None)


def test_a_milestone_month_first_since_a_past_year_leaves_the_year_in_force() -> None:
    found = _claims("Kazakhstan's grain exports reached 9 million tonnes in 2024. Shipments "
                    "topped 1.2 million tonnes in October for the first time since 2017. Sales "
                    "to Iran rose 6%.")
    assert period(found["1.2 million tonnes"]) == ("2024-10-01", "2024-10-31")
    assert period(found["6%"]) == _YEAR_BEFORE


def test_a_first_since_a_past_year_in_the_last_month_of_a_span_to_date_moves_on() -> None:
    found = _claims("Over January-April, Chile's sales abroad reached $40 billion, 3% more "
                    "than a year before. Lithium exports passed $3 billion in April, up 25%, "
                    "overtaking fruit for the first time since 2015. Wine exports rose 6% to "
                    "$200 million.")
    assert period(found["6%"]) == _APRIL


def test_late_last_month_in_an_after_clause_dates_a_figure_with_no_other_time() -> None:
    found = _claims("Coal imports fell 9% to 3 million tonnes after a rail line reopened late "
                    "last month.")
    assert period(found["9%"]) == ("2025-05-01", "2025-05-31")
    assert period(found["3 million tonnes"]) == ("2025-05-01", "2025-05-31")


def test_early_in_the_year_in_an_after_clause_is_still_the_events() -> None:
    found = _claims("Poland imported 20 million tonnes of coal in January-April. Shipments "
                    "from Colombia fell 9% to 3 million tonnes after a rail line closed early in "
                    "the year.")
    span = ("2025-01-01", "2025-04-30")
    assert period(found["9%"]) == span
    assert period(found["3 million tonnes"]) == span


def test_money_before_from_needs_a_known_currency_code() -> None:
    assert timeframe._money_at().match("ISK 4 billion") is not None
    assert timeframe._money_at().match("FOB 400 tonnes") is None
    assert timeframe._earned_from().search("NOK 3 billion from ") is not None
    assert timeframe._earned_from().search("FOB 3 billion from ") is None
