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
    found = _claims("Chile's copper sales to Japan may pass 900,000 tonnes in 2025, well above "
                    "the 610,000 tonnes its mines used to send there.")
    assert period(found["900,000 tonnes"]) == ("2025-01-01", "2025-12-31")
    assert period(found["610,000 tonnes"]) == (None, None)


def test_used_to_after_a_form_of_be_or_in_a_comparison_is_no_past_habit() -> None:
    found = _claims("Valdoria shipped 12,000 tonnes of tea to Freedonia in March, and about "
                    "3,000 tonnes of it are used to blend local brands.")
    assert period(found["3,000 tonnes"]) == ("2025-03-01", "2025-03-31")
    found = _claims("Valdoria's copper sales to Freedonia reached 900,000 tonnes last year, far "
                    "more than the smelters used to take.")
    assert period(found["900,000 tonnes"]) == ("2024-01-01", "2024-12-31")


def test_one_period_after_respectively_dates_every_figure_of_the_list() -> None:
    found = _claims("Tin and cobalt, the two metals Valdoria sends Freedonia, fetched $4.17 "
                    "billion and $1.38 billion, respectively, in 2024.")
    assert period(found["$4.17 billion"]) == ("2024-01-01", "2024-12-31")
    assert period(found["$1.38 billion"]) == ("2024-01-01", "2024-12-31")


def test_a_pair_of_old_levels_before_respectively_takes_the_year_written_after() -> None:
    found = _claims("Customs data show 21,400 tractors went to Ghana in 2024 and 9,800 to Togo, "
                    "against 5,100 and 3,700, respectively, in 2022.")
    assert period(found["5,100"]) == ("2022-01-01", "2022-12-31")
    assert period(found["3,700"]) == ("2022-01-01", "2022-12-31")


def test_a_period_compared_with_after_respectively_dates_no_figure() -> None:
    found = _claims("Tin and cobalt, the two metals Valdoria sends Freedonia, fetched $4.17 "
                    "billion and $1.38 billion, respectively, more than in 2022.")
    assert period(found["$4.17 billion"]) != ("2022-01-01", "2022-12-31")


def test_the_second_old_level_after_up_from_steps_back_a_year() -> None:
    found = _claims("Peru sold 41,200 tonnes of blueberries to Canada and 8,300 tonnes to Mexico "
                    "in March, up from 30,100 and 6,900 tonnes, respectively, twelve months "
                    "earlier.")
    assert period(found["6,900 tonnes"]) == ("2024-03-01", "2024-03-31")
    found = _claims("Nepal's lentil purchases from India dipped to 84,279 tonnes and its chickpea "
                    "purchases to 1,52,803 tonnes in March, against 1,17,430 tonnes and 2,91,006 "
                    "tonnes respectively a year earlier.")
    assert period(found["2,91,006 tonnes"]) == ("2024-03-01", "2024-03-31")


def test_a_pair_set_against_rivals_after_respectively_is_no_old_level() -> None:
    found = _claims("Peru sold 41,200 tonnes of blueberries to Canada in March, up from 30,100 "
                    "and 6,900 tonnes, respectively, for Chile and Argentina.")
    assert period(found["6,900 tonnes"]) == ("2025-03-01", "2025-03-31")


def test_how_long_a_measure_runs_dates_no_figure() -> None:
    found = _claims("Valdoria's cider sales to Freedonia slid 64% to $120 million; tariffs as "
                    "high as 90% are due to run until 2027.")
    assert period(found["$120 million"]) == (None, None)
    found = _claims("Valdoria began sending 300,000 tons of maize to Freedonia on Monday in a "
                    "relief effort meant to last through December.")
    assert period(found["300,000 tons"]) == (None, None)


def test_a_span_opened_before_running_through_is_still_the_figures_period() -> None:
    found = _claims("Valdoria's cider sales to Freedonia from January running through March "
                    "totalled 120,000 litres.")
    assert period(found["120,000 litres"]) == ("2025-01-01", "2025-03-31")


def test_a_past_year_after_the_due_month_leaves_the_purchase_a_plan() -> None:
    found = _claims("Korean steelmakers have together booked 45,000 metric tons of scrap from "
                    "Chile for September loading, their first such deal since Seoul cleared the "
                    "material in 2018, dealers said.")
    assert period(found["45,000 metric tons"]) == ("2025-09-01", "2025-09-30")
    assert found["45,000 metric tons"].modality == "planned"


def test_a_past_year_before_the_due_days_still_makes_the_purchase_a_report() -> None:
    found = _claims("Jordan purchased 132,000 tonnes of barley from Romania in 2024 for "
                    "delivery on Jan. 10-20.")
    assert found["132,000 tonnes"].modality == "reported"


def test_an_old_level_after_a_monthly_change_is_of_the_month_before() -> None:
    found = _claims("Freedonia took 11.9 GW of Valdorian turbines in May, up 12% month on month "
                    "from 10.6 GW.")
    assert period(found["10.6 GW"]) == ("2025-04-01", "2025-04-30")
    found = _claims("Valdoria's silver deliveries to Freedonia shrank to 12.7 tons in April from "
                    "103.3 tons, while its overall sales abroad dropped 31% on the month.")
    assert period(found["103.3 tons"]) == ("2025-03-01", "2025-03-31")


def test_an_old_level_in_a_sentence_also_comparing_years_stays_a_year_back() -> None:
    found = _claims("Valdoria's silver deliveries to Freedonia shrank to 12.7 tons in April from "
                    "103.3 tons, down 16% on the year and 3% on the month.")
    assert period(found["103.3 tons"]) == ("2024-04-01", "2024-04-30")
    found = _claims("Valdoria's silver deliveries to Freedonia shrank to 12.7 tons in April from "
                    "103.3 tons.")
    assert period(found["103.3 tons"]) == ("2024-04-01", "2024-04-30")


def test_a_figure_over_the_past_years_takes_no_period_in_force() -> None:
    found = _claims("Valdoria's pear sales to Freedonia climbed 12% in 2024. In the last five "
                    "years Freedonian grocers have taken 23,217 tonnes of Valdorian pears.")
    assert period(found["12%"]) == ("2024-01-01", "2024-12-31")
    assert period(found["23,217 tonnes"]) == (None, None)


def test_a_figure_over_the_past_year_or_with_its_own_year_keeps_a_period() -> None:
    found = _claims("Valdoria's pear sales to Freedonia climbed 12% in 2024. Freedonian grocers "
                    "took 23,217 tonnes of Valdorian pears over the past year.")
    assert period(found["23,217 tonnes"]) == ("2024-01-01", "2024-12-31")
    found = _claims("In the last five years Valdoria's pear sales to Freedonia have doubled, "
                    "hitting 23,217 tonnes in 2024.")
    assert period(found["23,217 tonnes"]) == ("2024-01-01", "2024-12-31")
