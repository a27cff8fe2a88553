"""Period rules of the forty-third session's fifteenth periods round (2026-12-05), each pinned by
invented sentences: a crop's harvest named by its pair of years is a season (a month of it, its
months stated in a relative clause)."""

from __future__ import annotations

from datetime import date

from claim_helpers import in_body, period
from tradetrace.normalize.periods import FiscalStart, fiscal_year_start


def test_month_of_a_split_harvest() -> None:
    """`in January of the 2022-2023 harvest`: one month of a harvest year named by its years, in
    its second calendar year, as `January of the 2022-23 season` is (not the last January)."""
    claims = in_body("Guatemala's coffee exports came to 310,000 bags in January of the "
                     "2022-2023 harvest.", date(2024, 3, 4))
    assert period(claims["310,000 bags"]) == ("2023-01-01", "2023-01-31")


def test_harvest_months_in_a_relative_clause() -> None:
    """`the 2019-2020 harvest, which runs from October to September`: the harvest year's months,
    stated as a season's are."""
    assert fiscal_year_start("Coffee output reached 4.1 million quintals in the 2019-2020 "
                             "harvest, which runs from October to September.") == FiscalStart(10)
