"""Session 53, periods: each test pins one rule of the session on invented text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, period

_claims = extracted_on(date(2024, 10, 15))


def test_this_year_after_a_superlative_is_its_reach_while_a_month_is_in_force() -> None:
    found = _claims("Chile's copper cathode exports rose 12% in September to 140,000 tonnes. "
                    "Japan bought 31,000 tonnes, its largest monthly haul this year, and Spain "
                    "took 9,000 tonnes.")
    assert period(found["31,000 tonnes"]) == ("2024-09-01", "2024-09-30")


def test_this_year_after_a_superlative_dates_the_figure_with_no_month_in_force() -> None:
    found = _claims("Chile's copper cathode exports were 1.4 million tonnes in 2023. Japan is "
                    "set to buy 300,000 tonnes, its largest amount this year.")
    assert period(found["300,000 tonnes"]) == ("2024-01-01", "2024-12-31")


def test_a_share_of_a_whole_years_total_is_of_the_period_in_force() -> None:
    found = _claims("Chile's copper cathode exports to Japan so far this year total 410,000 "
                    "tonnes, close to 60% of everything Japan bought from Chile in the whole of "
                    "last year.")
    assert period(found["410,000 tonnes"]) == ("2024-01-01", "2024-10-31")
    assert period(found["60%"]) == ("2024-01-01", "2024-10-31")


def test_a_share_of_a_total_of_its_own_year_keeps_that_year() -> None:
    found = _claims("Chile's copper cathode exports to Japan so far this year total 410,000 "
                    "tonnes. Copper made up 60% of the goods Chile sold to Japan in 2023.")
    assert period(found["60%"]) == ("2023-01-01", "2023-12-31")


def test_an_old_level_after_from_a_record_keeps_its_period_to_itself() -> None:
    found = _claims("Kenya's tea exports reached 600,000 tonnes in 2023. Sales to Egypt eased "
                    "from a record 95,000 tonnes in 2022 but still topped 80,000 tonnes. Sales "
                    "to Sudan rose to 40,000 tonnes.")
    assert period(found["95,000 tonnes"]) == ("2022-01-01", "2022-12-31")
    assert period(found["80,000 tonnes"]) == ("2023-01-01", "2023-12-31")
    assert period(found["40,000 tonnes"]) == ("2023-01-01", "2023-12-31")


def test_a_new_level_after_to_a_record_keeps_the_period_it_names() -> None:
    found = _claims("Kenya's tea exports reached 600,000 tonnes in 2023. Sales to Egypt climbed "
                    "to a record 95,000 tonnes in 2022.")
    assert period(found["95,000 tonnes"]) == ("2022-01-01", "2022-12-31")
