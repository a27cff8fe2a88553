"""Session 45, periods (third round): which level a change is of; split years defined by dates."""

from __future__ import annotations

from datetime import date

from claim_helpers import in_body, period


def _periods(text: str, published: date) -> dict[str, tuple[str | None, str | None]]:
    return {surface: period(claim) for surface, claim in in_body(text, published).items()}


def test_a_change_after_a_level_and_its_verb_is_of_that_level() -> None:
    # `..., and 28,000 arrived in the first quarter of 2023, 2% more than a year before`: the
    # change is of the level just before it, whose period follows its verb, not of the
    # sentence's first level
    text = ("Ruritania's bicycle imports rose 6% to 150,000 units in 2022, and 30,000 arrived "
            "in the first quarter of 2023, 4% more than a year before.")
    periods = _periods(text, date(2023, 6, 1))
    assert periods["6%"] == ("2022-01-01", "2022-12-31")
    assert periods["30,000"] == ("2023-01-01", "2023-03-31")
    assert periods["4%"] == ("2023-01-01", "2023-03-31")


def test_a_split_year_defined_by_dated_months_takes_those_months() -> None:
    # `the 2021/22 season, which ran from March 2022 to February 2023`: the dates, each with its
    # year, say which months the split year has, though a reader would start it a year earlier
    text = ("Ruritania exported 1.7 million tonnes of maize to Freedonia in the 2021/22 season, "
            "which ran from March 2022 to February 2023.")
    periods = _periods(text, date(2023, 7, 12))
    assert periods["1.7 million tonnes"] == ("2022-03-01", "2023-02-28")


def test_a_split_year_defined_by_dated_days_takes_those_days() -> None:
    # `the 2023-2024 season, which ran from August 1, 2023 to July 15, 2024`: the season ends on
    # the day its dates give, not at the end of the fiscal month
    text = ("Ruritania shipped 185,000 tonnes of cocoa beans abroad in the 2023-2024 season, "
            "which ran from August 1, 2023 to July 15, 2024, the board said.")
    periods = _periods(text, date(2024, 8, 10))
    assert periods["185,000 tonnes"] == ("2023-08-01", "2024-07-15")


def test_every_share_of_a_verbless_list_after_a_present_verb_is_standing() -> None:
    # `Freedonia takes 72% of the exports, Sylvania 26% and Borduria 2%`: the last share of the
    # list stands, as the others do, not of the year stated before
    text = ("Ruritania exported 3,500 tonnes of uranium in 2019. Freedonia takes 72% of the "
            "exports, Sylvania 26% and Borduria 2%.")
    periods = _periods(text, date(2020, 9, 24))
    assert periods["3,500 tonnes of uranium"] == ("2019-01-01", "2019-12-31")
    assert periods["26%"] == (None, None)
    assert periods["2%"] == (None, None)


def test_a_commodity_year_opening_in_a_month_sets_the_split_years() -> None:
    # `The country's cotton year begins in April`: a crop's own year, like a marketing year,
    # says which months the text's split years have
    text = ("Ruritania exported 300,000 tonnes of cotton lint to Freedonia in 2023/24, the "
            "ministry said. The country's cotton year begins in April.")
    periods = _periods(text, date(2024, 6, 1))
    assert periods["300,000 tonnes"] == ("2023-04-01", "2024-03-31")
