"""Session 58, periods: each test pins one rule of the session on invented text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, period

_claims = extracted_on(date(2025, 6, 20))


def test_a_span_opened_at_a_seasons_start_runs_to_the_close_named_after_it() -> None:
    found = _claims("Valdoria shipped 48,300 tonnes of cashews to Freedonia between the start "
                    "of the harvest in February and the end of May, the growers' union said.")
    assert period(found["48,300 tonnes"]) == ("2025-02-01", "2025-05-31")


def test_a_span_from_a_campaigns_opening_through_the_close_of_a_later_year() -> None:
    found = _claims("From the harvest's opening in September 2023 through the close of March "
                    "2025, Valdorian traders sold 7,250 tonnes of saffron to Freedonia.")
    assert period(found["7,250 tonnes"]) == ("2023-09-01", "2025-03-31")


def test_a_span_with_a_when_aside_after_its_opening_month() -> None:
    found = _claims("Freedonia took in 2.6 million barrels of Valdorian crude between last "
                    "October, when the pipeline reopened, and the end of April.")
    assert period(found["2.6 million barrels"]) == ("2024-10-01", "2025-04-30")


def test_levels_at_a_start_and_an_end_are_no_span_of_their_own() -> None:
    # (the opening and the close each follow a figure, so neither opens nor closes a span)
    found = _claims("Valdoria's cashew exports to Freedonia climbed from 500 tonnes at the start "
                    "of 2023 to 900 tonnes at the end of 2024.")
    assert period(found["500 tonnes"]) == ("2023-01-01", "2023-12-31")
    assert period(found["900 tonnes"]) == ("2024-01-01", "2024-12-31")


def test_a_close_joined_by_a_new_clause_is_no_span() -> None:
    found = _claims("Valdoria shipped 48,300 tonnes of cashews to Freedonia in February, and by "
                    "the end of May the union expected more.")
    assert period(found["48,300 tonnes"]) == ("2025-02-01", "2025-02-28")


def test_a_months_range_quarter_of_a_fiscal_year_is_those_months_not_the_year() -> None:
    found = _claims("During the November-January quarter of fiscal 2024-25, which opened in "
                    "November, Valdoria's cashew exports to Freedonia grew 41 percent to $52.8 "
                    "million.")
    assert period(found["41 percent"]) == ("2024-11-01", "2025-01-31")
    assert period(found["$52.8 million"]) == ("2024-11-01", "2025-01-31")


def test_a_months_range_of_the_current_split_year_is_those_months() -> None:
    found = _claims("In October-March of the current 2024-25 fiscal year, Valdoria sold 6,100 "
                    "tonnes of cashews to Freedonia.")
    assert period(found["6,100 tonnes"]) == ("2024-10-01", "2025-03-31")


def test_a_first_quarter_of_a_fiscal_year_still_counts_from_its_first_month() -> None:
    # (no months range: the part is counted from the fiscal year's opening, not read as months)
    found = _claims("Valdoria's cashew exports to Freedonia grew 41 percent to $52.8 million "
                    "across the first three months of fiscal 2024-25, which began in October.")
    assert period(found["$52.8 million"]) == ("2024-10-01", "2024-12-31")


def test_a_plan_for_the_period_is_of_the_period_in_force() -> None:
    found = _claims("Valdoria sold 9,000 tonnes of cashews to Freedonia in January-April, the "
                    "growers' board said. The board had forecast sales of $61.3 million for the "
                    "period.")
    assert period(found["$61.3 million"]) == ("2025-01-01", "2025-04-30")


def test_a_plan_pointing_nowhere_back_keeps_no_period() -> None:
    found = _claims("Valdoria sold 9,000 tonnes of cashews to Freedonia in January-April, the "
                    "growers' board said. The board expects Freedonia to buy another 4,000 "
                    "tonnes.")
    assert period(found["4,000 tonnes"]) == (None, None)


def test_a_part_of_a_year_restated_by_its_days_is_those_days() -> None:
    found = _claims("Valdorian exports to Freedonia came to $4.5 billion over the Valdorian "
                    "trading year's first five months, December 20 to May 21, a 21% rise.")
    assert period(found["$4.5 billion"]) == ("2024-12-20", "2025-05-21")


def test_a_half_of_the_current_fiscal_year_restated_by_its_months() -> None:
    found = _claims("Valdoria shipped 1,900 tractors to Freedonia across the opening six months "
                    "of this fiscal year, October to March, the makers' guild said.")
    assert period(found["1,900 tractors"]) == ("2024-10-01", "2025-03-31")


def test_a_month_followed_by_another_span_is_no_restatement() -> None:
    # (a one-month period is no part to restate: the span after it is another period)
    found = _claims("Valdoria shipped 1,900 tractors to Freedonia in March, April to May, the "
                    "makers' guild said.")
    assert period(found["1,900 tractors"]) == ("2025-03-01", "2025-03-31")
