"""Session 54, mend P: the reviewers' invented sentences on this session's period rules."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, period

_claims = extracted_on(date(2025, 6, 1))


def test_since_at_least_a_year_without_a_superlative_runs_from_that_year() -> None:
    found = _claims("Russia has supplied 40% of India's oil imports since at least 2023, Kpler "
                    "data show.")
    assert period(found["40%"]) == ("2023-01-01", "2025-06-30")


def test_since_at_least_a_year_does_not_borrow_another_clauses_month() -> None:
    found = _claims("India imported a record 2.1 million bpd of Russian oil in May, and has "
                    "bought more than 500 million barrels since at least 2022.")
    assert period(found["2.1 million bpd"]) == ("2025-05-01", "2025-05-31")
    assert period(found["500 million barrels"]) == ("2022-01-01", "2025-06-30")


def test_this_year_through_a_day_runs_from_january_to_that_day() -> None:
    found = _claims("China's soybean imports totalled 42 million tonnes this year through May 9, "
                    "up 5% from a year earlier.")
    assert period(found["42 million tonnes"]) == ("2025-01-01", "2025-05-09")
    assert period(found["5%"]) == ("2025-01-01", "2025-05-09")


def test_this_year_until_a_day_runs_from_january_to_that_day() -> None:
    found = _claims("China's soybean imports totalled 42 million tonnes this year until May 9.")
    assert period(found["42 million tonnes"]) == ("2025-01-01", "2025-05-09")


def test_the_year_through_a_day_is_still_twelve_months() -> None:
    found = _claims("China's soybean imports totalled 42 million tonnes in the year through "
                    "May 9.")
    assert period(found["42 million tonnes"]) == ("2024-05-10", "2025-05-09")


def test_since_at_least_a_month_runs_from_that_month() -> None:
    found = _claims("Prosecutors estimate that chips worth at least $160 million were exported "
                    "under the scheme, which has run since at least November 2023.")
    assert period(found["$160 million"]) == ("2023-11-01", "2025-06-30")


def test_the_most_since_at_least_a_month_dates_no_figure() -> None:
    found = _claims("Freedonia exported 300,000 tonnes in May, the most since at least November "
                    "2023.")
    assert period(found["300,000 tonnes"]) == ("2025-05-01", "2025-05-31")
