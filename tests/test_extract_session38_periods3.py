"""Session 38 (periods, third round): the claim period and what the claim stage carries from
sentence to sentence, pinned on text written for these tests."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted, period

NOVEMBER_2024 = date(2024, 11, 20)


def test_flow_stated_now_in_the_present_has_no_period() -> None:
    text = ("Peru shipped 3 million tonnes of copper concentrate to China in 2023. Peru, which now "
            "sells about 250,000 tonnes a month of concentrate abroad, wants to build smelters.")
    claims = extracted(text, NOVEMBER_2024)
    assert period(claims["3 million tonnes"]) == ("2023-01-01", "2023-12-31")
    assert period(claims["250,000 tonnes a month"]) == (None, None)


def test_share_stated_currently_in_the_present_has_no_period() -> None:
    text = ("Norway exported 9 billion cubic metres of gas to Germany in October. Norwegian "
            "gas currently fills about 30% of German demand.")
    claims = extracted(text, NOVEMBER_2024)
    assert period(claims["9 billion cubic metres"]) == ("2024-10-01", "2024-10-31")
    assert period(claims["30%"]) == (None, None)


def test_now_with_a_period_in_its_own_clause_keeps_that_period() -> None:
    text = ("Vietnam now ships about 80,000 tonnes of rice to Ghana in 2024, up from "
            "60,000 tonnes in 2023.")
    claims = extracted(text, NOVEMBER_2024)
    assert period(claims["80,000 tonnes"]) == ("2024-01-01", "2024-12-31")


def test_now_before_a_forecast_verb_keeps_the_forecast_period() -> None:
    text = ("The ministry now expects exports of 5 million tonnes of wheat this year, up from "
            "4 million tonnes in 2023.")
    claims = extracted(text, NOVEMBER_2024)
    assert period(claims["5 million tonnes"]) == ("2024-01-01", "2024-12-31")


def test_span_restated_as_the_opening_months_of_a_season_keeps_its_own_months() -> None:
    text = ("Ghana's cocoa exports for October-December 2023, the opening three months of the "
            "2023/24 campaign, were a modest 210,000 tonnes, down 12%.")
    claims = extracted(text, date(2024, 3, 5))
    assert period(claims["210,000 tonnes"]) == ("2023-10-01", "2023-12-31")
    assert period(claims["12%"]) == ("2023-10-01", "2023-12-31")


def test_days_restated_as_the_first_days_of_a_marketing_year_keep_their_dates() -> None:
    text = ("Between July 1 and July 7, the first days of the 2024/25 marketing year, Egypt "
            "bought 120,000 tonnes of wheat from Russia.")
    claims = extracted(text, date(2024, 7, 15))
    assert period(claims["120,000 tonnes"]) == ("2024-07-01", "2024-07-07")


def test_last_quarter_of_a_year_written_is_its_fourth_quarter() -> None:
    text = "Kenya exported 12,000 tonnes of tea to Egypt in the last quarter of 2023."
    claims = extracted(text, date(2024, 3, 5))
    assert period(claims["12,000 tonnes"]) == ("2023-10-01", "2023-12-31")


def test_change_on_the_last_quarter_of_a_year_is_of_the_later_quarter() -> None:
    text = ("Kenya exported 14,000 tonnes of tea to Egypt in January-March 2024, 15% more than in "
            "the last quarter of 2023.")
    claims = extracted(text, date(2024, 6, 5))
    assert period(claims["15%"]) == ("2024-01-01", "2024-03-31")


def test_a_figure_with_decimals_is_no_year() -> None:
    text = ("Kenya's tea export bill grew 5 percent to $2031.445 million in July-June 2017-18. "
            "Volumes rose to 480,000 tonnes.")
    claims = extracted(text, date(2018, 8, 8))
    assert period(claims["480,000 tonnes"]) == ("2017-07-01", "2018-06-30")


def test_short_fiscal_year_closed_by_the_appositive_after_it() -> None:
    text = ("Ghana's cocoa exports grew 6% to $2.1 billion in FY21, the year to September, from "
            "$1.98 billion in FY20.")
    claims = extracted(text, date(2021, 11, 2))
    assert period(claims["$2.1 billion"]) == ("2020-10-01", "2021-09-30")
    assert period(claims["$1.98 billion"]) == ("2019-10-01", "2020-09-30")
