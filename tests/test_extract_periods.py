"""Which period each claim of a sentence gets (extract/timeframe via build_claims).

Sentences are invented; quantities are written out by hand as the quantity layer would hand them
over, so these tests exercise the period choice alone.
"""

from __future__ import annotations

from datetime import date

from claim_helpers import quantity_at
from tradetrace.extract import build_claims
from tradetrace.model import Claim, Document, Quantity

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
