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
