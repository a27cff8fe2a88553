"""Period rules of the forty-third session's thirteenth periods round (2026-12-05): the months of
a split marketing or crop year written in a bracket after it, each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import in_body, period
from tradetrace.normalize.periods import FiscalStart, fiscal_year_start

WHEN = date(2024, 2, 20)


def test_bracketed_months_through_state_the_season() -> None:
    """`the 2022/2023 season (August through July)`: months joined by `through` in the bracket
    after a split year state its months, as `(August-July)` does."""
    assert fiscal_year_start("Shipments in the 2022/2023 season (August through July) grew.") == \
        FiscalStart(8)
    assert fiscal_year_start("Sales in the 2021-22 crop year (April until March) fell.") == \
        FiscalStart(4)


def test_first_months_of_a_product_marketing_year() -> None:
    """`the first three months of the 2023-24 sugar marketing year (September-August)`: a part of
    the split year named with a product's word before its noun, counted from its first month; the
    bracketed months are no period of their own."""
    claims = in_body("In the first three months of the 2023-24 sugar marketing year "
                     "(September-August), Brazil shipped 6.2 million tonnes of sugar, against 4.9 "
                     "million tonnes a year earlier.", WHEN)
    assert period(claims["6.2 million tonnes"]) == ("2023-09-01", "2023-11-30")
    assert period(claims["4.9 million tonnes"]) == ("2022-09-01", "2022-11-30")


def test_opening_months_of_a_season_with_through_months() -> None:
    """`the opening four months of the 2023/2024 season (October through September)`: the split
    year's first months, not the last October-September span before publication."""
    claims = in_body("In the opening four months of the 2023/2024 season (October through "
                     "September), Uganda exported 2.1 million bags of coffee.", WHEN)
    assert period(claims["2.1 million bags"]) == ("2023-10-01", "2024-01-31")
