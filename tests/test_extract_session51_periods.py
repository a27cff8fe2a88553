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


def test_a_figure_set_against_the_other_directions_flow_is_of_the_same_time() -> None:
    found = _claims("Kenya's exports to Uganda came to $1.6 billion in March, against $1.4 billion "
                    "going the other way. Zambian shipments to China came to $6.1 billion in 2023, "
                    "against just $2 billion of goods flowing back.")
    assert period(found["$1.4 billion"]) == ("2024-03-01", "2024-03-31")
    assert period(found["$2 billion"]) == ("2023-01-01", "2023-12-31")


def test_a_figure_set_against_with_a_time_before_stays_an_old_level() -> None:
    found = _claims("Kenya's exports to Uganda came to $1.6 billion in March, against $1.4 billion "
                    "of exports a year earlier.")
    assert period(found["$1.4 billion"]) == ("2023-03-01", "2023-03-31")


def test_a_share_a_present_verb_of_trade_or_growing_states_has_no_period() -> None:
    found = _claims("Tunisia's olive oil sales rose 30% to $900 million in 2023. The country "
                    "exports 90 percent of its olive oil output. De Beers markets about 85 percent "
                    "of the stones mined in Botswana.")
    assert period(found["$900 million"]) == ("2023-01-01", "2023-12-31")
    assert period(found["90 percent"]) == (None, None)
    assert period(found["85 percent"]) == (None, None)


def test_a_share_after_a_possessive_flow_noun_keeps_the_period_in_force() -> None:
    found = _claims("Kenya's tea exports rose 5% in 2023. Pakistan took 30 percent of its exports, "
                    "and its imports 12 percent came from Uganda.")
    assert period(found["30 percent"]) == ("2023-01-01", "2023-12-31")


def test_months_called_the_first_half_of_the_fiscal_year_open_its_fiscal_years() -> None:
    found = _claims("Kenya's tea exports rose 5 per cent to $700 million in April-September 2023, "
                    "the first half of the fiscal year. Sales to Pakistan climbed 40 per cent in "
                    "2022-23 to $92 million.", published=date(2023, 11, 5))
    assert period(found["$700 million"]) == ("2023-04-01", "2023-09-30")
    assert period(found["$92 million"]) == ("2022-04-01", "2023-03-31")


def test_months_called_the_start_or_first_quarter_of_a_fy_open_its_fiscal_years() -> None:
    found = _claims("India imported 5 lakh tonnes of urea from Russia during April-June, the first "
                    "quarter of FY23, against 11 lakh tonnes in all of 2021-22.",
                    published=date(2022, 7, 23))
    assert period(found["5 lakh tonnes"]) == ("2022-04-01", "2022-06-30")
    assert period(found["11 lakh tonnes"]) == ("2021-04-01", "2022-03-31")


def test_a_flow_said_to_come_every_year_or_month_has_no_period() -> None:
    found = _claims("Sinotrade, a Heihe firm set up in 2006, sends about 80,000 tons of fruit "
                    "across the river to Russia every year, much of it grown in Shandong. Finland "
                    "raised its nickel imports by 60 percent in 2023. The country buys more than "
                    "160 million euros' worth of nickel from Russia every month.")
    assert period(found["80,000 tons"]) == (None, None)
    assert period(found["60 percent"]) == ("2023-01-01", "2023-12-31")
    assert period(found["160 million euros"]) == (None, None)
