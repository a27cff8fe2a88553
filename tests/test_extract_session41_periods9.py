"""Period rules of the forty-first session's ninth round on claim periods (2026-12-05), each
pinned by invented sentences read through `extract_claims`."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted, period


def _period(text: str, published: date, surface: str) -> tuple[str | None, str | None]:
    return period(extracted(text, published)[surface])


def test_a_change_on_an_old_figure_keeps_its_own_period() -> None:
    """`a rise of 31 per cent on the $1.6 billion of the corresponding nine months of 2020`:
    the figure after `% on the` is the old level the change is measured against; the change
    keeps the sentence's months (not the year after the old level), the old level takes the
    same months of its year."""
    text = ("Ghana earned $2.1 billion from cocoa exports between January and September 2021, "
            "a rise of 31 per cent on the $1.6 billion of the corresponding nine months of "
            "2020, the board said.")
    published = date(2021, 11, 2)
    assert _period(text, published, "31 per cent") == ("2021-01-01", "2021-09-30")
    assert _period(text, published, "$1.6 billion") == ("2020-01-01", "2020-09-30")


def test_an_old_figure_of_the_same_months_a_year_earlier_is_no_frame_for_later_sentences(
) -> None:
    """`70 per cent higher than the 2.1 million tonnes bought from Chile in the same months a
    year earlier`: the figure is an old level though a name follows it; its year is not what the
    next sentence goes on about, nor the change's."""
    text = ("Peru imported 3.6 million tonnes of wheat in April-September. Purchases from "
            "Canada were 70 per cent higher than the 2.1 million tonnes bought from Chile in "
            "the same months a year earlier. Argentina stayed the top supplier with 900,000 "
            "tonnes.")
    published = date(2019, 11, 20)
    assert _period(text, published, "70 per cent") == ("2019-04-01", "2019-09-30")
    assert _period(text, published, "2.1 million tonnes") == ("2018-04-01", "2018-09-30")
    assert _period(text, published, "900,000 tonnes") == ("2019-04-01", "2019-09-30")


def test_for_the_whole_year_after_a_month_of_a_fiscal_year_is_that_fiscal_year() -> None:
    """`in the 2023-24 fiscal year, which ended on June 30 ... In June alone ... For the whole
    year, ...`: while a month of a twelve-month span in force is, `for the whole year` is that
    span (not the calendar year of the month)."""
    text = ("Kenya's tea exports to Egypt reached $310 million in the 2023-24 fiscal year, "
            "which ended on June 30. In June alone, shipments to Egypt were worth $41 million, "
            "up 12 percent on June 2023. For the whole year, the country's total tea exports "
            "edged up 3 percent to $1.4 billion.")
    published = date(2024, 8, 12)
    assert _period(text, published, "$41 million") == ("2024-06-01", "2024-06-30")
    assert _period(text, published, "$1.4 billion") == ("2023-07-01", "2024-06-30")
    assert _period(text, published, "3 percent") == ("2023-07-01", "2024-06-30")


def test_full_year_in_a_forecast_is_the_year() -> None:
    """`full-year purchases are projected to exceed 4 million tonnes`: `full-year` (like `the
    full year`, `the whole year`) names the year, here the publication year."""
    text = ("Vietnam's rice imports reached 3.2 million tonnes in the year through October. "
            "On that trend, full-year purchases are projected to exceed 4 million tonnes.")
    published = date(2024, 11, 4)
    assert _period(text, published, "4 million tonnes") == ("2024-01-01", "2024-12-31")


def test_a_full_year_record_set_in_a_year_is_of_that_year() -> None:
    """`above the full-year record of 120 million barrels set in 2022`: the record compared with
    is of the year written after it, not of the year `full-year` would name."""
    text = ("Crude oil from Norway shipped to Japan between January and November 2023 reached "
            "131.5 million barrels, above the full-year record of 120 million barrels set in "
            "2022, the data showed.")
    published = date(2024, 1, 8)
    assert _period(text, published, "131.5 million barrels") == ("2023-01-01", "2023-11-30")
    assert _period(text, published, "120 million barrels") == ("2022-01-01", "2022-12-31")


def test_a_figure_after_times_as_many_as_the_is_the_old_level() -> None:
    """`2.5 times as many as the 310 tractors it bought from Belarus a year earlier`: the figure
    a multiple is compared with is an old level, a year before the sentence's year."""
    text = ("Uzbekistan sold 1,020 tractors abroad in 2022 for $31.6 million, officials said. "
            "Kazakhstan took 790 of them, 2.5 times as many as the 310 tractors it bought from "
            "Uzbekistan a year earlier.")
    published = date(2023, 2, 20)
    assert _period(text, published, "310 tractors") == ("2021-01-01", "2021-12-31")
