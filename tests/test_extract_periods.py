"""Which period each claim of a sentence gets (extract/timeframe via build_claims), and the
period phrases it reads (normalize/periods `resolve_period`).

Sentences are invented; quantities are written out by hand as the quantity layer would hand them
over, so these tests exercise the period choice alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from claim_helpers import by_surface, parties, quantity_at
from tradetrace.extract import build_claims
from tradetrace.model import Claim, Document, Quantity
from tradetrace.normalize.periods import Period, resolve_period

MARCH_2023 = date(2023, 3, 1)
FEB_2024 = date(2024, 2, 8)
MAY_2024 = date(2024, 5, 20)
JULY_2025 = date(2025, 7, 28)

q = quantity_at

def periods(text: str, published: date, *quantities: Quantity) -> dict[str, tuple[str | None,
                                                                                   str | None]]:
    doc = Document.from_text(text, published=published)
    found: list[Claim] = build_claims(doc, list(quantities))
    return {c.surface: (c.period_start, c.period_end) for c in found}


def test_a_period_stated_with_an_earlier_quantity_covers_the_later_clauses() -> None:
    text = ("China's diesel exports to Laos in May were 40 tonnes, while its kerosene exports to "
            "Laos came to 12 tonnes.")
    found = periods(text, date(2021, 6, 20), q(text, "40 tonnes", 40, "t"),
                    q(text, "12 tonnes", 12, "t"))
    assert found["12 tonnes"] == ("2021-05-01", "2021-05-31")


def test_an_old_level_a_year_earlier_is_a_year_before_the_sentence_period() -> None:
    text = ("Vietnam's rubber exports to China were worth $80 million in June, against "
            "$95 million a year earlier.")
    found = periods(text, date(2021, 7, 9), q(text, "$80 million", 8e7, "USD"),
                    q(text, "$95 million", 9.5e7, "USD"))
    assert found["$80 million"] == ("2021-06-01", "2021-06-30")
    assert found["$95 million"] == ("2020-06-01", "2020-06-30")


def test_the_level_bought_in_the_previous_year_is_the_year_before() -> None:
    text = ("Kenya imported 310,000 tonnes of wheat from Russia in 2020, 9 percent more than the "
            "284,000 tonnes it bought in the previous year.")
    found = periods(text, date(2021, 3, 1), q(text, "310,000 tonnes", 310000, "t"),
                    q(text, "9 percent", 9, "percent", change="up"),
                    q(text, "284,000 tonnes", 284000, "t"))
    assert found["284,000 tonnes"] == ("2019-01-01", "2019-12-31")
    assert found["9 percent"] == ("2020-01-01", "2020-12-31")


def test_a_record_since_a_year_is_not_the_claims_period() -> None:
    text = ("Thailand's rice exports to Iraq rose 30 percent last year to 1.2 million tonnes, "
            "the most since 2011.")
    found = periods(text, date(2022, 2, 2), q(text, "30 percent", 30, "percent", change="up"),
                    q(text, "1.2 million tonnes", 1.2e6, "t"))
    assert found["1.2 million tonnes"] == ("2021-01-01", "2021-12-31")


def test_a_change_from_the_month_before_is_about_the_later_month() -> None:
    text = ("Laos bought 3,000 tonnes of fertilizer from Vietnam in August, up 40 percent "
            "from July.")
    found = periods(text, date(2022, 9, 12), q(text, "3,000 tonnes", 3000, "t"),
                    q(text, "40 percent", 40, "percent", change="up"))
    assert found["40 percent"] == ("2022-08-01", "2022-08-31")


def test_a_change_takes_the_period_of_its_new_level() -> None:
    text = ("Kenya's tea exports to Iran fell 20 percent to $41 million between Jan. 5 and "
            "March 20.")
    found = periods(text, date(2022, 4, 1), q(text, "20 percent", 20, "percent", change="down"),
                    q(text, "$41 million", 4.1e7, "USD"))
    assert found["20 percent"] == found["$41 million"] == ("2022-01-05", "2022-03-20")


def test_a_period_closing_the_clause_covers_a_count_between() -> None:
    text = ("Iran sent 800,000 barrels of fuel to Lebanon in 9 tanker voyages between March 2 and "
            "April 18.")
    found = periods(text, date(2021, 5, 1), q(text, "800,000 barrels", 8e5, "bbl"),
                    q(text, "9 tanker voyages", 9, "voyage"))
    assert found["800,000 barrels"] == ("2021-03-02", "2021-04-18")


def test_a_period_of_a_later_clause_belongs_to_its_own_quantity() -> None:
    text = ("A cargo of about 90,000 tonnes of coal left for Japan, lifting Indonesia's coal "
            "exports to Japan this year to 2 million tonnes.")
    found = periods(text, date(2021, 6, 1), q(text, "90,000 tonnes", 9e4, "t"),
                    q(text, "2 million tonnes", 2e6, "t"))
    assert found["90,000 tonnes"] == (None, None)
    assert found["2 million tonnes"] == ("2021-01-01", "2021-12-31")


def test_fiscal_years_stated_by_their_months() -> None:
    text = ("Pakistan's cotton imports in the July-June fiscal year 2020-21 reached 1.5 million "
            "tonnes and are forecast to reach 1.8 million tonnes in 2021-22, the ministry said. "
            "In the previous fiscal year it imported 1.1 million tonnes.")
    found = periods(text, date(2021, 8, 3), q(text, "1.5 million tonnes", 1.5e6, "t"),
                    q(text, "1.8 million tonnes", 1.8e6, "t"),
                    q(text, "1.1 million tonnes", 1.1e6, "t"))
    assert found == {"1.5 million tonnes": ("2020-07-01", "2021-06-30"),
                     "1.8 million tonnes": ("2021-07-01", "2022-06-30"),
                     "1.1 million tonnes": ("2019-07-01", "2020-06-30")}


def test_for_the_year_is_the_year_in_force() -> None:
    text = ("Egypt bought 60,000 tonnes of sugar from Brazil in March 2019. Purchases for the year "
            "reached 410,000 tonnes as of Nov. 30.")
    found = periods(text, date(2020, 1, 15), q(text, "60,000 tonnes", 6e4, "t"),
                    q(text, "410,000 tonnes", 4.1e5, "t"))
    assert found["410,000 tonnes"] == ("2019-01-01", "2019-12-31")


def test_a_report_since_a_month_runs_to_the_publication_month() -> None:
    text = "Algeria has sold 2 million barrels of crude to Italy starting in April."
    found = periods(text, date(2023, 9, 10), q(text, "2 million barrels", 2e6, "bbl"))
    assert found["2 million barrels"] == ("2023-04-01", "2023-09-30")


def test_a_share_in_the_present_simple_is_a_standing_fact_without_period() -> None:
    text = ("Last year Chile's copper exports to China grew 8 percent. China accounts for "
            "53 percent of Chile's copper exports.")
    found = periods(text, date(2022, 3, 9), q(text, "8 percent", 8, "percent", change="up"),
                    q(text, "53 percent", 53, "percent"))
    assert found["8 percent"] == ("2021-01-01", "2021-12-31")
    assert found["53 percent"] == (None, None)


def test_a_share_in_the_past_tense_goes_on_with_the_period_in_force() -> None:
    text = ("Last year Chile's copper exports to China grew 8 percent. China's share of Chile's "
            "copper exports rose to 53 percent.")
    found = periods(text, date(2022, 3, 9), q(text, "8 percent", 8, "percent", change="up"),
                    q(text, "53 percent", 53, "percent"))
    assert found["53 percent"] == ("2021-01-01", "2021-12-31")


def test_an_old_level_a_month_earlier_is_the_month_before() -> None:
    text = ("Egypt's wheat imports from Ukraine were 300,000 tonnes in May, against "
            "240,000 tonnes a month earlier, and rose 25 percent month-on-month.")
    found = periods(text, date(2021, 6, 20), q(text, "300,000 tonnes", 3e5, "t"),
                    q(text, "240,000 tonnes", 2.4e5, "t"),
                    q(text, "25 percent", 25, "percent", change="up"))
    assert found["240,000 tonnes"] == ("2021-04-01", "2021-04-30")
    assert found["25 percent"] == ("2021-05-01", "2021-05-31")


def test_day_first_dates_joined_as_a_range_are_a_period_carried_to_the_next_sentence() -> None:
    # `between 3 April and 9 October 2023` is those days, in force for the next sentence
    text = ("Observers counted 20 trucks crossing from Thailand into Laos between 3 April and "
            "9 October 2023. They estimated that the trucks carried 8,000 tonnes of rice.")
    found = periods(text, date(2023, 11, 2), q(text, "8,000 tonnes", 8000, "t"))
    assert found["8,000 tonnes"] == ("2023-04-03", "2023-10-09")


def test_a_yearly_rate_takes_no_period_in_force() -> None:
    text = ("Russia shipped 40,000 tonnes of coal to North Korea in February. The pipeline "
            "carries about 520,000 tonnes a year of crude.")
    found = periods(text, date(2018, 3, 20), q(text, "40,000 tonnes", 40000, "t"),
                    q(text, "520,000 tonnes a year", 520000, "t/yr"))
    assert found["40,000 tonnes"] == ("2018-02-01", "2018-02-28")
    assert found["520,000 tonnes a year"] == (None, None)


def test_a_yearly_rate_keeps_the_period_its_own_sentence_states() -> None:
    text = "In 2019 the pipeline carried 520,000 tonnes a year of crude to North Korea."
    found = periods(text, date(2020, 3, 20), q(text, "520,000 tonnes a year", 520000, "t/yr"))
    assert found["520,000 tonnes a year"] == ("2019-01-01", "2019-12-31")


def test_an_old_level_a_year_earlier_is_no_yearly_rate() -> None:
    text = ("Turkey's imports of Russian diesel rose to 400,000 barrels per day in January. "
            "Russia's share of its diesel imports rose to 75 percent from 60 percent a year "
            "earlier.")
    found = periods(text, date(2023, 2, 3), q(text, "400,000 barrels per day", 400000, "bbl/d"),
                    q(text, "75 percent", 75, "percent"), q(text, "60 percent", 60, "percent"))
    assert found["75 percent"] == ("2023-01-01", "2023-01-31")


def test_a_plan_takes_no_reported_period_in_force() -> None:
    text = ("Around 20,000 tons of Thai urea arrived at Vientiane last month, a trader said. "
            "Another 15,000 tons has been ordered for delivery before the planting season.")
    found = periods(text, date(2025, 1, 10), q(text, "20,000 tons", 20000, "t"),
                    q(text, "15,000 tons", 15000, "t"))
    assert found["20,000 tons"] == ("2024-12-01", "2024-12-31")
    assert found["15,000 tons"] == (None, None)


def test_a_plan_keeps_the_period_its_own_sentence_states() -> None:
    text = ("Around 20,000 tons of Thai urea arrived at Vientiane last month. Laos plans to buy "
            "another 15,000 tons in March.")
    found = periods(text, date(2025, 1, 10), q(text, "20,000 tons", 20000, "t"),
                    q(text, "15,000 tons", 15000, "t"))
    assert found["15,000 tons"] == ("2025-03-01", "2025-03-31")


def test_a_change_against_the_same_period_of_a_year_is_the_later_period() -> None:
    text = ("Laos imported 1.9 million tonnes of fuel in the first nine months of 2024, up 14% "
            "against the same period of 2023, the ministry said.")
    found = periods(text, date(2024, 10, 28), q(text, "1.9 million tonnes", 1.9e6, "t"),
                    q(text, "14%", 14, "percent", change="up"))
    assert found["14%"] == ("2024-01-01", "2024-09-30")


def test_a_season_named_by_its_months_and_year_pair() -> None:
    text = ("Russia supplied about 1.5 million tonnes of wheat to Syria in the July-June 2023/24 "
            "season.")
    found = periods(text, date(2025, 3, 5), q(text, "1.5 million tonnes", 1.5e6, "t"))
    assert found["1.5 million tonnes"] == ("2023-07-01", "2024-06-30")


def test_a_rival_flow_after_against_is_of_the_same_period() -> None:
    text = ("Trade between Laos and Thailand came to $1.05 billion in the first half of this year. "
            "Laos's shipments to its neighbour dropped to $140 million, against $910 million worth "
            "of goods it bought from Thailand.")
    found = periods(text, date(2024, 8, 11), q(text, "$1.05 billion", 1.05e9, "USD"),
                    q(text, "$140 million", 1.4e8, "USD"), q(text, "$910 million", 9.1e8, "USD"))
    assert found["$910 million"] == ("2024-01-01", "2024-06-30")


# --- old levels and what they are compared with -------------------------------------------------

def test_against_an_amount_of_the_previous_year_is_still_its_old_level() -> None:
    text = ("Chile shipped 2 million tonnes of copper to China in 2022, against 1.5 million "
            "tonnes in 2021.")
    found = by_surface(text, (("2 million tonnes", 2e6, "t"), ("1.5 million tonnes", 1.5e6, "t")),
                       MARCH_2023)
    assert found["1.5 million tonnes"].period_start == "2021-01-01"


def test_a_rival_supplier_s_figure_after_against_is_not_an_earlier_level() -> None:
    text = ("Brazil overtook Australia in 2022: Japanese customs logged 48 million tonnes of "
            "Australian iron ore against 31 million tonnes from Brazil.")
    found = by_surface(text, (("48 million tonnes", 4.8e7, "t"),
                              ("31 million tonnes", 3.1e7, "t")), MARCH_2023)
    rival = found["31 million tonnes"]
    assert (rival.period_start, rival.period_end) == ("2022-01-01", "2022-12-31")
    assert parties(rival) == ("BRA", "JPN", False)
    assert parties(found["48 million tonnes"]) == ("AUS", "JPN", False)


def test_a_year_before_right_after_the_old_level_steps_back_from_the_new_one() -> None:
    text = ("Exports by Hanoi climbed 9 percent to $370 billion last year from $340 billion a "
            "year before.")
    found = by_surface(text, (q(text, "9 percent", 9.0, "percent", change="up"),
                              ("$370 billion", 3.7e11, "USD"), ("$340 billion", 3.4e11, "USD")),
                       date(2023, 2, 1))
    assert found["$370 billion"].period_start == "2022-01-01"
    assert found["$340 billion"].period_start == "2021-01-01"


def test_the_year_of_the_level_compared_with_is_not_the_figures() -> None:
    text = ("Thai exports to Laos reached $31.6 million in 2023. The combined turnover of $34.4 "
            "million was roughly nine times the 2022 level.")
    claims = by_surface(text, (("$31.6 million", 3.16e7, "USD"), ("$34.4 million", 3.44e7, "USD"),
                               ("nine times", 9, "x")), FEB_2024)
    assert claims["$34.4 million"].period_start == "2023-01-01"


def test_a_revised_figures_old_value_is_of_the_same_period_and_an_aside() -> None:
    text = ("Laos's foreign trade shrank 7 percent last year to $8 billion, the agency said. It "
            "also revised its figure for 2022 to $8.7 billion from the $8.9 billion it announced a "
            "year ago. Imports of fuel reached $1.2 billion.")
    claims = by_surface(text, (("7 percent", 7, "percent"), ("$8 billion", 8e9, "USD"),
                               ("$8.7 billion", 8.7e9, "USD"), ("$8.9 billion", 8.9e9, "USD"),
                               ("$1.2 billion", 1.2e9, "USD")), MAY_2024)
    assert claims["$8.7 billion"].period_start == claims["$8.9 billion"].period_start == \
        "2022-01-01"
    assert claims["$1.2 billion"].period_start == "2023-01-01"


# --- the period in force ------------------------------------------------------------------------

def test_for_the_year_keeps_the_year_in_force() -> None:
    text = ("Mongolia declared 12,500 barrels of diesel supplied to Laos in 2021. Kazakhstan "
            "declared none for the year. In May Mongolia shipped 900 barrels of diesel to Laos.")
    claims = by_surface(text, (("12,500 barrels", 12_500, "bbl"), ("900 barrels", 900, "bbl")),
                        date(2022, 10, 10))
    assert claims["900 barrels"].period_start == "2021-05-01"


def test_a_bare_month_in_the_publication_year_stays_there() -> None:
    text = ("Mongolia shipped 12,500 barrels of diesel to Laos in 2022. In May it shipped 900 "
            "barrels of diesel to Laos.")
    claims = by_surface(text, (("12,500 barrels", 12_500, "bbl"), ("900 barrels", 900, "bbl")),
                        date(2022, 10, 10))
    assert claims["900 barrels"].period_start == "2022-05-01"


def test_a_relative_clauses_year_is_its_own() -> None:
    text = ("Thailand shipped a record 10.7 million tons of rice to Laos in 2023. Vietnam, which "
            "held the top spot as recently as 2022, sent 8.6 million tons.")
    claims = by_surface(text, (("10.7 million tons", 1.07e7, "t"),
                               ("8.6 million tons", 8.6e6, "t")), date(2024, 1, 20))
    assert claims["8.6 million tons"].period_start == "2023-01-01"


# --- plans, caps and yearly rates ---------------------------------------------------------------

def test_a_plans_period_is_not_the_period_reports_go_on_about() -> None:
    text = ("Trade between Laos and Vietnam slid to $84 million in 2015, the agency said. The two "
            "governments had pledged in 2014 to lift bilateral commerce to $1 billion by 2020. "
            "Separate figures show Lao exports to Vietnam at $40 million.")
    claims = by_surface(text, (("$84 million", 84e6, "USD"), ("$1 billion", 1e9, "USD"),
                               ("$40 million", 40e6, "USD")), date(2016, 6, 20))
    assert claims["$1 billion"].modality == "planned"
    assert claims["$40 million"].period_start == "2015-01-01"


def test_the_previous_year_after_a_plan_steps_back_from_the_plans_year() -> None:
    text = ("Laos has set a target of exporting 900,000 tonnes of rice in 2025. In the previous "
            "year it shipped 700,000 tonnes.")
    claims = by_surface(text, (("900,000 tonnes", 9e5, "t"), ("700,000 tonnes", 7e5, "t")),
                        date(2025, 2, 1))
    assert claims["700,000 tonnes"].period_start == "2024-01-01"


def test_when_a_capping_rule_was_adopted_is_not_the_caps_period() -> None:
    text = ("The council capped Laos's diesel imports at 500,000 barrels a year, down from the "
            "2 million barrels allowed under a resolution adopted in September.")
    claims = by_surface(text, (("500,000 barrels a year", 5e5, "bbl/yr"),
                               ("2 million barrels", 2e6, "bbl")), date(2017, 12, 22))
    assert claims["2 million barrels"].kind == "cap"
    assert claims["2 million barrels"].period_start is None


def test_a_yearly_rate_takes_no_since_period_from_another_clause() -> None:
    text = ("Gazprom pumps 38 billion cubic metres of gas a year to CNPC through Siberia, a "
            "line in use since 2019.")
    found = by_surface(text, (("38 billion cubic metres", 3.8e10, "cubic_meter"),),
                       date(2024, 5, 1))
    claim = found["38 billion cubic metres"]
    assert (claim.period_start, claim.period_end) == (None, None)
    assert parties(claim) == ("RUS", "CHN", False)


def test_potash_is_fertilizer_and_a_yearly_rate_is_not_dated_by_an_event_clause() -> None:
    text = ("Before Riga closed the route in March 2021, about 2 million tonnes a year of "
            "Belarusian potash had gone out through Ventspils.")
    found = by_surface(text, (("2 million tonnes a year", 2e6, "t/yr"),), MARCH_2023)
    claim = found["2 million tonnes a year"]
    assert claim.commodity == "fertilizer"
    assert parties(claim) == ("BLR", None, False)
    assert (claim.period_start, claim.period_end) == (None, None)


# --- period phrases (normalize/periods) ---------------------------------------------------------

@pytest.mark.parametrize(("phrase", "period"), [
    ("in the four weeks to Oct. 19", Period(date(2024, 9, 22), date(2024, 10, 19))),
    ("the two weeks to July 14, 2025", Period(date(2025, 7, 1), date(2025, 7, 14))),
])
def test_weeks_to_a_day(phrase: str, period: Period) -> None:
    assert resolve_period(phrase, JULY_2025) == period


@pytest.mark.parametrize("rule", [
    "the 500,000-barrel limit the council set in 2017",
    "the 500,000-barrel cap that the council imposed in 2017",
])
def test_when_a_rule_was_made_is_not_the_figure_s_period(rule: str) -> None:
    text = f"Laos has received 40,000 barrels of diesel, 8 percent of {rule}."
    found = by_surface(text, (("40,000 barrels", 4e4, "bbl"), ("8 percent", 8, "percent"),
                              ("500,000-barrel", 5e5, "bbl")), date(2024, 1, 10))
    assert (found["500,000-barrel"].kind, found["500,000-barrel"].period_start) == ("cap", None)


@pytest.mark.parametrize("text", [
    "Thai customs put last year's two-way trade with Laos at about $2.73 billion.",
    "Last year's trade between Laos and Thailand came to $2.73 billion.",
])
def test_a_possessive_period_owning_the_flow_is_its_period(text: str) -> None:
    found = by_surface(text, (("$2.73 billion", 2.73e9, "USD"),), date(2026, 1, 20))
    assert found["$2.73 billion"].period_start == "2025-01-01"


def test_a_possessive_period_compared_with_is_a_base() -> None:
    text = "Laos plans to triple last year's rice imports from Thailand, to 3 million tonnes."
    found = by_surface(text, (("3 million tonnes", 3e6, "t"),), date(2026, 1, 20))
    assert found["3 million tonnes"].period_start != "2025-01-01"


def test_a_year_after_a_change_and_on_is_its_base() -> None:
    text = "Laos's coal imports hit a record 5.4 million tons in 2024, up 14.4% on 2023."
    found = by_surface(text, (("5.4 million tons", 5.4e6, "t"), ("14.4%", 14.4, "percent")),
                       date(2025, 1, 21))
    assert found["14.4%"].period_start == "2024-01-01"


def test_a_relative_clause_giving_a_year_s_dates_dates_the_figure() -> None:
    text = ("Laos exported nearly 1.8 million tons of coal to Thailand in the solar year 1402, "
            "which ran from March 21, 2023 to March 19, 2024.")
    found = by_surface(text, (("1.8 million tons", 1.8e6, "t"),), date(2024, 4, 15))
    assert (found["1.8 million tons"].period_start, found["1.8 million tons"].period_end) == (
        "2023-03-21", "2024-03-19")


def test_a_cap_s_next_year_does_not_become_the_report_s_year() -> None:
    text = ("The resolution caps Laos's coal exports next year at 7.5 million tonnes. Thailand "
            "bought 1.8 million tonnes of Laotian coal in October alone.")
    found = by_surface(text, (("7.5 million tonnes", 7.5e6, "t"), ("1.8 million tonnes", 1.8e6,
                                                                    "t")), date(2016, 12, 10))
    assert found["1.8 million tonnes"].period_start == "2016-10-01"


def test_a_release_date_and_a_period_compared_below_are_not_the_figure_s_period() -> None:
    text = ("Customs figures for January through November, released last month, had already put "
            "Laos's trade at $1.93 billion, 6 percent below the same period of 2023.")
    found = by_surface(text, (("$1.93 billion", 1.93e9, "USD"),), date(2025, 1, 20))
    assert (found["$1.93 billion"].period_start, found["$1.93 billion"].period_end) == (
        "2024-01-01", "2024-11-30")


@pytest.mark.parametrize(("text", "old"), [
    ("Laos's exports rose to $20 million in 2023 from $11 million.", "2022-01-01"),
    ("Laos's exports rose to $20 million in 2023 from $11 million in 2021.", "2021-01-01"),
])
def test_the_new_level_s_period_is_not_the_old_level_s(text: str, old: str) -> None:
    found = by_surface(text, (("$20 million", 2e7, "USD"), ("$11 million", 1.1e7, "USD")),
                       date(2024, 12, 6))
    assert (found["$20 million"].period_start, found["$11 million"].period_start) == (
        "2023-01-01", old)


def test_an_old_level_s_year_is_not_a_later_clause_s() -> None:
    text = ("Laos took 115,000 tons of rice in 2024, up from 67,000 tons in 2023, while Cambodia's "
            "purchases soared to 299,000 tons.")
    found = by_surface(text, (("115,000 tons", 1.15e5, "t"), ("67,000 tons", 6.7e4, "t"),
                              ("299,000 tons", 2.99e5, "t")), date(2024, 12, 6))
    assert (found["67,000 tons"].period_start, found["299,000 tons"].period_start) == (
        "2023-01-01", "2024-01-01")


def test_when_a_resolution_was_adopted_is_no_share_s_period() -> None:
    text = ("The resolution, adopted in August, banned Laos's exports of coal, which earned "
            "Vientiane about $1 billion in 2016, roughly a third of its export revenue.")
    found = by_surface(text, (("$1 billion", 1e9, "USD"), ("a third", 33.3333, "percent")),
                       date(2017, 9, 12))
    assert found["a third"].period_start != "2017-08-01"
