"""Session 60, periods: each test pins one rule of the session on invented text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, period

_claims = extracted_on(date(2025, 6, 20))


def test_a_figure_a_relative_clause_calls_a_past_habit_has_no_period() -> None:
    found = _claims("Valdoria sold 40,000 tonnes of quinoa to Freedonia last year, while the "
                    "25,000 tonnes that Ruritania used to buy has dried up.")
    assert period(found["40,000 tonnes"]) == ("2024-01-01", "2024-12-31")
    assert period(found["25,000 tonnes"]) == (None, None)


def test_an_old_level_of_a_past_habit_has_no_period() -> None:
    found = _claims("Chile's copper shipments to Japan could top 900,000 tonnes this year, up "
                    "from the roughly 610,000 tonnes a year the country used to sell there.")
    assert period(found["900,000 tonnes"]) == ("2025-01-01", "2025-12-31")
    assert period(found["610,000 tonnes a year"]) == (None, None)


def test_used_to_after_a_form_of_be_or_in_a_comparison_is_no_past_habit() -> None:
    found = _claims("Valdoria shipped 12,000 tonnes of tea to Freedonia in March, and about "
                    "3,000 tonnes of it are used to blend local brands.")
    assert period(found["3,000 tonnes"]) == ("2025-03-01", "2025-03-31")
    found = _claims("Valdoria's copper sales to Freedonia reached 900,000 tonnes last year, far "
                    "more than the smelters used to take.")
    assert period(found["900,000 tonnes"]) == ("2024-01-01", "2024-12-31")


def test_one_period_after_respectively_dates_every_figure_of_the_list() -> None:
    found = _claims("Copper and zinc, Valdoria's main metal exports to Freedonia, earned $4.17 "
                    "billion and $1.38 billion, respectively, last year.")
    assert period(found["$4.17 billion"]) == ("2024-01-01", "2024-12-31")
    assert period(found["$1.38 billion"]) == ("2024-01-01", "2024-12-31")


def test_a_pair_of_old_levels_before_respectively_takes_the_year_written_after() -> None:
    found = _claims("Customs data show 21,400 tractors went to Ghana in 2024 and 9,800 to Togo, "
                    "against 5,100 and 3,700, respectively, in 2022.")
    assert period(found["5,100"]) == ("2022-01-01", "2022-12-31")
    assert period(found["3,700"]) == ("2022-01-01", "2022-12-31")


def test_a_period_compared_with_after_respectively_dates_no_figure() -> None:
    found = _claims("Copper and zinc, Valdoria's main metal exports to Freedonia, earned $4.17 "
                    "billion and $1.38 billion, respectively, more than in 2022.")
    assert period(found["$4.17 billion"]) != ("2022-01-01", "2022-12-31")


def test_the_second_old_level_after_up_from_steps_back_a_year() -> None:
    found = _claims("Chile sold 41,200 tonnes of cherries to China and 8,300 tonnes to Korea in "
                    "March, up from 30,100 tonnes and 6,900 tonnes, respectively, a year earlier.")
    assert period(found["6,900 tonnes"]) == ("2024-03-01", "2024-03-31")
    found = _claims("India's palm oil imports fell to 84,279 tonnes and its sunflower oil imports "
                    "to 1,52,803 tonnes in March, against 1,28,954 tonnes and 3,00,732 tonnes, "
                    "respectively, a year earlier.")
    assert period(found["3,00,732 tonnes"]) == ("2024-03-01", "2024-03-31")


def test_a_pair_set_against_rivals_after_respectively_is_no_old_level() -> None:
    found = _claims("Chile sold 41,200 tonnes of cherries to China in March, up from 30,100 "
                    "tonnes and 6,900 tonnes, respectively, for Peru and Argentina.")
    assert period(found["6,900 tonnes"]) == ("2025-03-01", "2025-03-31")


def test_how_long_a_measure_runs_dates_no_figure() -> None:
    found = _claims("Valdoria's wine shipments to Freedonia sank 64% to $120 million, with duties "
                    "of up to 90% due to run until 2027.")
    assert period(found["$120 million"]) == (None, None)
    found = _claims("Valdoria started moving 300,000 tons of rice to Freedonia on Monday, in an "
                    "operation that will last until the end of the year.")
    assert period(found["300,000 tons"]) == (None, None)


def test_a_span_opened_before_running_through_is_still_the_figures_period() -> None:
    found = _claims("Valdoria's wine shipments to Freedonia from January running through March "
                    "totalled 120,000 litres.")
    assert period(found["120,000 litres"]) == ("2025-01-01", "2025-03-31")


def test_a_past_year_after_the_due_month_leaves_the_purchase_a_plan() -> None:
    found = _claims("Chinese mills have jointly bought 45,000 metric tons of scrap from Chile for "
                    "September loading, the first bulk purchase since Beijing opened its market to "
                    "it in 2018, traders said.")
    assert period(found["45,000 metric tons"]) == ("2025-09-01", "2025-09-30")
    assert found["45,000 metric tons"].modality == "planned"


def test_a_past_year_before_the_due_days_still_makes_the_purchase_a_report() -> None:
    found = _claims("Iraq bought 150,000 tonnes of rice from Vietnam in 2024 for delivery on "
                    "Jan. 10-20.")
    assert found["150,000 tonnes"].modality == "reported"


def test_an_old_level_after_a_monthly_change_is_of_the_month_before() -> None:
    found = _claims("Freedonia took 11.9 GW of Valdorian solar panels in May, a 12% monthly rise "
                    "from 10.6 GW.")
    assert period(found["10.6 GW"]) == ("2025-04-01", "2025-04-30")
    found = _claims("Valdoria's silver deliveries to Freedonia shrank to 12.7 tons in April from "
                    "103.3 tons, and its total exports fell 31% on the month.")
    assert period(found["103.3 tons"]) == ("2025-03-01", "2025-03-31")


def test_an_old_level_in_a_sentence_also_comparing_years_stays_a_year_back() -> None:
    found = _claims("Valdoria's silver deliveries to Freedonia shrank to 12.7 tons in April from "
                    "103.3 tons, down 16% on the year and 3% on the month.")
    assert period(found["103.3 tons"]) == ("2024-04-01", "2024-04-30")
    found = _claims("Valdoria's silver deliveries to Freedonia shrank to 12.7 tons in April from "
                    "103.3 tons.")
    assert period(found["103.3 tons"]) == ("2024-04-01", "2024-04-30")
