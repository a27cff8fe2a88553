"""Session 51, periods: each test pins one rule of the session on invented text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, period

_claims = extracted_on(date(2024, 7, 1))


def test_a_change_with_its_own_closing_period_does_not_take_an_earlier_levels() -> None:
    found = _claims("Ghana raised its cocoa output by 12% in 2023 but has not added acreage "
                    "since, so its bean exports to the Netherlands have climbed 8%, or 40,000 "
                    "tonnes, in the year to date.")
    assert period(found["12%"]) == ("2023-01-01", "2023-12-31")
    assert period(found["8%"]) == ("2024-01-01", "2024-07-31")
