"""Session 48 (periods, second helper): each test pins one rule of the session on invented
text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 10, 23))


def test_that_year_is_the_year_named_last_before_it() -> None:
    found = _claims("Peru's copper output slipped 3% in the first half of 2024, well short of the "
                    "record set in 2019. That year Peru exported 2.4 million tonnes of copper "
                    "concentrate to China.")
    claim = found["2.4 million tonnes"]
    assert (claim.period_start, claim.period_end) == ("2019-01-01", "2019-12-31")
    found = _claims("Despite the floods of 2017, Malawi's tobacco sales to Belgium came to $61 "
                    "million that year, the board said.")
    claim = found["$61 million"]
    assert (claim.period_start, claim.period_end) == ("2017-01-01", "2017-12-31")


def test_that_year_prefers_the_year_in_force_to_a_base_named_after_it() -> None:
    found = _claims("Trade between Chile and Peru fell to $3.1 billion in 2022 from $3.4 billion "
                    "in 2021. Copper made up 40% of what Peru bought from Chile that year.")
    claim = found["40%"]
    assert (claim.period_start, claim.period_end) == ("2022-01-01", "2022-12-31")
