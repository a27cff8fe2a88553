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


def test_level_with_the_same_months_is_no_frame() -> None:
    """`were roughly level with the same months of 2021`: the months a total is likened to, a
    comparison base; the sentence's own months stay in force for `over the period` after it."""
    claims = in_body("Japan's imports of Australian coal in January-June 2022 were roughly level "
                     "with the same months of 2021. Purchases by utilities rose 12% over the "
                     "period.", date(2022, 8, 15))
    assert period(claims["12%"]) == ("2022-01-01", "2022-06-30")


def test_similar_to_a_year_is_a_base() -> None:
    """`similar to 2022`: the year a figure is likened to is not its own; it keeps the period in
    force."""
    claims = in_body("Vietnam's cashew exports rose 9% in 2023. Sales to Europe were worth $820 "
                     "million, similar to 2022.", date(2024, 1, 20))
    assert period(claims["$820 million"]) == ("2023-01-01", "2023-12-31")


def test_second_of_an_old_pair_with_respectively() -> None:
    """`against $8.7 billion and $2.2 billion, respectively, a year earlier`: the second figure
    set against the pair before it is an old level too, a year before the period in force."""
    claims = in_body("Ghana imported goods worth $9.1 billion in January-June 2023 and exported "
                     "$7.4 billion, against $8.7 billion and $6.9 billion, respectively, a year "
                     "earlier.", date(2023, 8, 30))
    assert period(claims["$8.7 billion"]) == ("2022-01-01", "2022-06-30")
    assert period(claims["$6.9 billion"]) == ("2022-01-01", "2022-06-30")


def test_by_the_end_of_a_month_last_year() -> None:
    """`By the end of April last year`: January to that month of the year named after it, not of
    the year of publication nor the whole of last year."""
    claims = in_body("Laos sent 2.3 million tonnes of iron ore abroad between January and April. "
                     "By the end of April last year, shipments had reached 3.4 million tonnes.",
                     date(2024, 5, 21))
    assert period(claims["3.4 million tonnes"]) == ("2023-01-01", "2023-04-30")
