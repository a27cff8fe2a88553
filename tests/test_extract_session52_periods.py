"""Session 52, periods: each test pins one rule of the session on invented text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, period

_claims = extracted_on(date(2024, 7, 1))


def test_months_from_april_of_a_split_year_lie_in_its_first_calendar_year() -> None:
    found = _claims("Sri Lanka's tea sales to Iran rose to $95 million in April-August of the "
                    "2023-24 financial year. Its rubber sales to Japan came to $12 million in "
                    "January-March of fiscal 2023-24.")
    assert period(found["$95 million"]) == ("2023-04-01", "2023-08-31")
    assert period(found["$12 million"]) == ("2024-01-01", "2024-03-31")


def test_a_period_in_an_after_clause_of_an_earlier_state_is_only_its_figures() -> None:
    found = _claims("Kenya's tea exports rose to 600,000 tonnes in 2023. Pakistan lifted its "
                    "purchases 14 per cent, after taking 180,000 tonnes in 2022. Egypt bought "
                    "95,000 tonnes after buying 70,000 tonnes in 2022.")
    assert period(found["14 per cent"]) == ("2023-01-01", "2023-12-31")
    assert period(found["180,000 tonnes"]) == ("2022-01-01", "2022-12-31")
    assert period(found["95,000 tonnes"]) == ("2023-01-01", "2023-12-31")
    assert period(found["70,000 tonnes"]) == ("2022-01-01", "2022-12-31")


def test_a_part_singled_out_with_alone_leaves_the_span_reported_on_in_force() -> None:
    found = _claims("Kenya's tea exports rose 9.9% in the first half of 2024 to about 1.94 million "
                    "tonnes. Second-quarter shipments alone jumped 49% to 1.26 million tonnes. "
                    "Pakistan took 0.84 million tonnes, or 43% of the total.")
    assert period(found["1.26 million tonnes"]) == ("2024-04-01", "2024-06-30")
    assert period(found["0.84 million tonnes"]) == ("2024-01-01", "2024-06-30")
    assert period(found["43%"]) == ("2024-01-01", "2024-06-30")


def test_a_decade_is_no_year_of_its_own() -> None:
    found = _claims("Ghana's cocoa exports reached $2 billion in 2023. In the previous year they "
                    "had shrunk 17% to $1.3 billion, the weakest since the mid-2000s.")
    assert period(found["$1.3 billion"]) == ("2022-01-01", "2022-12-31")
