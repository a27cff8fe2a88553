"""Session 61, periods mends after review: each test pins one fix on invented text; each fix's
own tests fail without it, and its near misses guard its reach."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, period

_claims = extracted_on(date(2025, 6, 1))


def test_a_planned_figure_with_a_year_of_its_own_is_of_that_year_not_the_from_year() -> None:
    found = _claims("The ministry expects barley exports to climb 6% in 2028 from 2027, an "
                    "official said.")
    assert period(found["6%"]) == ("2028-01-01", "2028-12-31")
    found = _claims("Borlandia hopes to take its tea sales to $900 million by 2031 from 2027 "
                    "levels.")
    assert period(found["$900 million"])[1] == "2031-12-31"


def test_a_planned_level_with_no_year_of_its_own_still_starts_in_the_from_year() -> None:
    found = _claims("Borlandia plans to raise rye exports to 15,000 tonnes from 2027.")
    assert period(found["15,000 tonnes"]) == ("2027-01-01", "2027-12-31")


def test_a_clause_past_a_semicolon_with_no_period_stays_in_the_same_months_opened_on() -> None:
    found = _claims("Borlandia sold 900,000 tonnes of sugar over January-August. In the same "
                    "months of 2022, it had sent 600,000 tonnes to Zenda; Ostia had taken "
                    "100,000 tonnes.")
    assert period(found["100,000 tonnes"]) == ("2022-01-01", "2022-08-31")


def test_a_clause_past_a_semicolon_with_a_period_of_its_own_keeps_it() -> None:
    found = _claims("Borlandia sold 900,000 tonnes of sugar over January-August. In the same "
                    "months of 2022, it had sent 600,000 tonnes to Zenda; Ostia had taken "
                    "100,000 tonnes in March 2022.")
    assert period(found["100,000 tonnes"]) == ("2022-03-01", "2022-03-31")


def test_an_unknown_season_in_a_clause_with_no_figure_leaves_the_year_in_force() -> None:
    found = _claims("Borlandia's tea exports reached $700 million in 2024. Planters fear a "
                    "drought in the coming season, but sales to Zenda dropped 9% to $80 "
                    "million.")
    assert period(found["9%"]) == ("2024-01-01", "2024-12-31")
    assert period(found["$80 million"]) == ("2024-01-01", "2024-12-31")
    found = _claims("Borlandia's tea exports reached $700 million in 2024. Auctions this season "
                    "have been slow, and sales to Zenda dropped 9%.")
    assert period(found["9%"]) == ("2024-01-01", "2024-12-31")


def test_the_change_of_a_figure_of_an_unknown_period_still_has_none() -> None:
    found = _claims("Borlandia sold 2.3 million tonnes of sorghum over the opening five months "
                    "of its 2019-20 crop year, up 11% on the same stretch of the last one.")
    assert period(found["11%"]) == (None, None)


def test_a_compared_lead_reporting_its_own_later_period_is_no_aside() -> None:
    found = _claims("Borlandia's tea exports dropped to $300 million in 2022. It was above $400 "
                    "million again in 2023, with Zenda taking $90 million. Ostia bought $40 "
                    "million.")
    assert period(found["$40 million"]) == ("2023-01-01", "2023-12-31")


def test_a_compared_lead_naming_an_earlier_level_stays_an_aside() -> None:
    found = _claims("Borlandia's tea exports dropped to $300 million in 2022. It was above $250 "
                    "million in 2021. Ostia bought $40 million.")
    assert period(found["$40 million"]) == ("2022-01-01", "2022-12-31")


def test_a_period_inside_a_plan_phrase_is_not_the_figures_own() -> None:
    found = _claims("Borlandia's rye exports reached 1.2 million tonnes in March. Zenda took "
                    "200,000 tonnes, a sixth of what it intends to import this season.")
    assert period(found["a sixth"]) == ("2025-03-01", "2025-03-31")


def test_an_unknown_season_of_the_figures_own_still_leaves_it_undated() -> None:
    found = _claims("Borlandia's rye exports reached 1.2 million tonnes in March. Zenda took "
                    "200,000 tonnes, a sixth of its purchases this season.")
    assert period(found["a sixth"]) == (None, None)


def test_an_unknown_period_opening_the_sentence_still_leaves_its_figure_undated() -> None:
    found = _claims("Borlandia's tea exports reached $700 million in 2024. In the last fiscal "
                    "year, the board earned $60 million from sales to Zenda.")
    assert period(found["$60 million"]) == (None, None)
