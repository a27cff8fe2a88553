"""Session 44, periods18: a year that describes a party or is likened to is no period."""

from __future__ import annotations

from datetime import date

from claim_helpers import in_body, period
from tradetrace.normalize.periods import find_periods


def _periods(text: str, published: date) -> dict[str, tuple[str | None, str | None]]:
    return {surface: period(claim) for surface, claim in in_body(text, published).items()}


def test_same_as_in_a_year_is_a_comparison_base() -> None:
    # `the same as in 2021`: the year the figure is likened to, not its own; the sentences
    # after it go on with the year in force
    text = ("Chilean salmon exports rose 6% in 2022 to 700,000 tonnes, the industry body said. "
            "Japan remained the main buyer with about 90,000 tonnes, the same as in 2021, "
            "followed by Brazil with 80,000 tonnes. Mexico, also a large buyer, cut its "
            "purchases by 4%.")
    periods = _periods(text, date(2023, 2, 10))
    assert periods["90,000 tonnes"] == ("2022-01-01", "2022-12-31")
    assert periods["80,000 tonnes"] == ("2022-01-01", "2022-12-31")
    assert periods["4%"] == ("2022-01-01", "2022-12-31")


def test_possessive_year_before_a_party_role_is_no_period() -> None:
    # `last year's top buyer`: when the party held its role, not the time of the figures
    text = ("Exports of Canadian canola fell 5 percent to 2.1 million tonnes in January-April, "
            "a report shows. Japan, last year's top buyer, cut its intake 20 percent to "
            "400,000 tonnes. Mexico imported 300,000 tonnes, down 3 percent.")
    periods = _periods(text, date(2024, 5, 20))
    assert periods["400,000 tonnes"] == ("2024-01-01", "2024-04-30")
    assert periods["300,000 tonnes"] == ("2024-01-01", "2024-04-30")


def test_the_year_before_a_party_role_is_no_period() -> None:
    text = ("Exports of live goats rose 12% to 1.1 million head in 2025. Oman, the 2024 leader, "
            "cut its purchases by 48.6%.")
    periods = _periods(text, date(2026, 1, 26))
    assert periods["48.6%"] == ("2025-01-01", "2025-12-31")


def test_role_stated_of_the_figure_stays_a_period() -> None:
    # `was July's biggest market at ...`: the role is stated of July's figure, a period still;
    # only an aside between commas describes the party
    stated = find_periods("The US was July's biggest market at 56 million litres.",
                          date(2021, 8, 5))
    aside = find_periods("Japan, last year's biggest customer, bought less.", date(2025, 2, 10))
    assert len(stated) == 1
    assert aside == []


def test_reset_phrase_year_dates_the_old_value() -> None:
    # `raised its 2025 forecast in June from ...`: the old value was for 2025, not for June
    text = ("The agency raised its 2025 forecast in June from 30.53 million barrels to 31 "
            "million barrels of crude exports.")
    periods = _periods(text, date(2025, 7, 10))
    assert periods["30.53 million barrels"] == ("2025-01-01", "2025-12-31")
    text = ("The ministry cut its 2024 export target in March from 5 million tonnes to 4.2 "
            "million tonnes.")
    periods = _periods(text, date(2024, 5, 10))
    assert periods["5 million tonnes"] == ("2024-01-01", "2024-12-31")


def test_compared_figure_of_other_goods_is_of_the_same_time() -> None:
    # `against US$3.1 billion for bananas`: a rival goods' figure of the same year, not a year
    # before
    text = ("Coffee was Colombia's top farm export last year, with sales abroad of US$4.2 "
            "billion against US$3.1 billion for bananas, the trade ministry said.")
    periods = _periods(text, date(2024, 3, 12))
    assert periods["US$3.1 billion"] == ("2023-01-01", "2023-12-31")
