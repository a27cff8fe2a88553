"""Session 55, mend P: the reviewers' probes of the session's periods rules, each pinned."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, period

_claims = extracted_on(date(2025, 6, 1))


def test_this_year_through_the_end_of_a_month_is_the_year_so_far() -> None:
    found = _claims("Ruritania's wheat exports to Egypt this year through the end of April reached "
                    "400,000 tonnes.")
    assert period(found["400,000 tonnes"]) == ("2025-01-01", "2025-04-30")
    found = _claims("Ruritania's wheat exports to Egypt so far this year through the end of April "
                    "reached 400,000 tonnes.")
    assert period(found["400,000 tonnes"]) == ("2025-01-01", "2025-04-30")


def test_from_the_start_of_the_year_to_the_end_of_a_month_is_the_year_so_far() -> None:
    found = _claims("Ruritania exported 400,000 tonnes of wheat to Egypt from the start of the "
                    "year to the end of April.")
    assert period(found["400,000 tonnes"]) == ("2025-01-01", "2025-04-30")


def test_the_fiscal_year_to_the_end_of_a_month_still_trails() -> None:
    found = _claims("Ruritania's wheat exports to Egypt in the fiscal year to the end of March "
                    "reached 400,000 tonnes.")
    assert period(found["400,000 tonnes"]) == ("2024-04-01", "2025-03-31")


def test_a_year_written_only_as_a_comparison_base_does_not_date_a_later_month() -> None:
    found = _claims("In 2023 Ruritania exported 2 million tonnes of wheat to Egypt. Compared with "
                    "2024, shipments were higher in September, at 300,000 tonnes.")
    assert period(found["300,000 tonnes"]) == ("2023-09-01", "2023-09-30")


def test_a_year_written_in_a_relative_clause_does_not_date_a_later_month() -> None:
    found = _claims("Ruritania exported 2 million tonnes of wheat to Egypt in 2023. Shipments, "
                    "which fell to 150,000 tonnes in January 2024, had peaked at 300,000 tonnes in "
                    "September.")
    assert period(found["150,000 tonnes"]) == ("2024-01-01", "2024-01-31")
    assert period(found["300,000 tonnes"]) == ("2023-09-01", "2023-09-30")


def test_a_plan_through_the_end_of_a_quarter_is_that_quarter() -> None:
    found = _claims("OPEC+ agreed to extend output cuts of 2.2 million bpd through the end of the "
                    "second quarter.")
    assert period(found["2.2 million bpd"]) == ("2025-04-01", "2025-06-30")
    found = _claims("Ruritania aims to ship 500,000 tonnes of wheat to Egypt by the end of the "
                    "third quarter.")
    assert period(found["500,000 tonnes"]) == ("2025-07-01", "2025-09-30")


def test_the_current_april_march_fiscal_year_is_the_one_under_way() -> None:
    found = _claims("Ruritania shipped 40,000 tonnes of tea to Egypt in the first two months of "
                    "the current April-March fiscal year.")
    assert period(found["40,000 tonnes"]) == ("2025-04-01", "2025-05-31")


def test_the_first_months_of_a_sugar_year_count_from_its_first_month() -> None:
    found = _claims("Ruritania shipped 40,000 tonnes of sugar to Egypt in the first three months "
                    "of the current October-September sugar year.")
    assert period(found["40,000 tonnes"]) == ("2024-10-01", "2024-12-31")
