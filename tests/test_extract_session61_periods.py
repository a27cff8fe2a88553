"""Session 61, periods: each test pins one rule of the session on invented text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, period

_claims = extracted_on(date(2025, 12, 1))


def test_first_months_of_an_iranian_year_whose_first_day_is_written_count_from_that_day() -> None:
    found = _claims("Iranian urea sales to Turkey reached 3.1 million tonnes over the first "
                    "eight months of the Iranian year, which opened on March 21, customs said.")
    assert period(found["3.1 million tonnes"]) == ("2025-03-21", "2025-11-20")
    found = _claims("Iranian urea sales to Turkey reached 3.1 million tonnes over the opening "
                    "six months of the Iranian calendar year (1404), which began on March 21.")
    assert period(found["3.1 million tonnes"]) == ("2025-03-21", "2025-09-20")


def test_first_months_of_an_iranian_year_with_no_first_day_written_are_not_its_months() -> None:
    found = _claims("Iranian urea sales to Turkey reached 3.1 million tonnes over the first "
                    "eight months of the Iranian year, according to customs.")
    assert period(found["3.1 million tonnes"])[0] != "2025-03-21"


def test_a_fiscal_year_that_opened_on_a_day_states_the_fiscal_months() -> None:
    found = _claims("Ghana's cocoa sales to Belgium brought $410 million over the first four "
                    "months of its financial year, which opened on August 1, its chief said.")
    assert period(found["$410 million"]) == ("2025-08-01", "2025-11-30")
    found = _claims("Cotton sales to Egypt reached $88 million in the 2023/24 fiscal year "
                    "(Sudan's fiscal year opens on July 1), the ministry said.")
    assert period(found["$88 million"]) == ("2023-07-01", "2024-06-30")


def test_a_port_that_opened_on_a_day_states_no_fiscal_months() -> None:
    found = _claims("Cotton sales to Egypt reached $88 million in 2023/24, and the new dry port "
                    "opened on July 1, the ministry said.")
    assert period(found["$88 million"]) != ("2023-07-01", "2024-06-30")


def test_opening_months_of_the_current_fiscal_year_count_from_its_first_day() -> None:
    found = _claims("Kenya's tea earnings came to $512 million over the opening five months of "
                    "the current financial year, which started on June 1, tea board data show.")
    assert period(found["$512 million"]) == ("2025-06-01", "2025-10-31")


def test_opening_months_of_a_short_fiscal_year_whose_first_day_is_written() -> None:
    found = _claims("Analysts put India's drone exports at $1.2 billion over the opening seven "
                    "months of FY26, which began on April 1, 2025, a record.")
    assert period(found["$1.2 billion"]) == ("2025-04-01", "2025-10-31")


def test_opening_months_of_the_current_fiscal_year_with_no_months_written_name_none() -> None:
    found = _claims("Kenya's tea earnings came to $512 million over the opening five months of "
                    "the current fiscal year, the board said.")
    assert period(found["$512 million"]) == (None, None)


def test_a_figure_of_an_undated_part_of_a_marketing_year_has_no_period_in_force() -> None:
    found = _claims("Valdoria's wheat exports reached 3.4 million tonnes in 2024. It shipped "
                    "1.9 million tonnes of barley in the first eight months of the 2024-25 "
                    "marketing year, 12% more than a year earlier.")
    assert period(found["3.4 million tonnes"]) == ("2024-01-01", "2024-12-31")
    assert period(found["1.9 million tonnes"]) == (None, None)
    assert period(found["12%"]) == (None, None)


def test_a_part_of_a_marketing_year_whose_months_are_written_keeps_its_dates() -> None:
    found = _claims("Valdoria's wheat exports reached 3.4 million tonnes in 2024. It shipped "
                    "1.9 million tonnes of barley in the first eight months of the 2024-25 "
                    "marketing year, which lasts from July to June.")
    assert period(found["1.9 million tonnes"]) == ("2024-07-01", "2025-02-28")


def test_a_figure_whose_sentence_names_no_time_keeps_the_period_in_force() -> None:
    found = _claims("Valdoria's wheat exports reached 3.4 million tonnes in 2024. Barley "
                    "shipments came to 1.9 million tonnes, 12% more than a year earlier.")
    assert period(found["1.9 million tonnes"]) == ("2024-01-01", "2024-12-31")


def test_a_planned_flow_from_a_year_still_to_come_is_of_that_year() -> None:
    found = _claims("Freedonia plans to lift its cobalt sales to Valdoria to 18,000 tonnes "
                    "from 2028, the mines minister said.")
    assert period(found["18,000 tonnes"]) == ("2028-01-01", "2028-12-31")
    found = _claims("Valdoria will send 3 million tonnes of ammonia a year to Freedonia starting "
                    "in 2027 under the new deal.")
    assert period(found["3 million tonnes"]) == ("2027-01-01", "2027-12-31")


def test_a_change_from_a_past_year_is_still_measured_from_it() -> None:
    found = _claims("Valdoria's cobalt sales to Freedonia rose to 18,000 tonnes last year "
                    "from 2021, the mines minister said.")
    assert period(found["18,000 tonnes"]) == ("2024-01-01", "2024-12-31")


def test_a_sentence_opening_on_a_comparison_leaves_the_reported_period_in_force() -> None:
    found = _claims("Valdoria's cashew shipments reached 48 million kg between January and "
                    "October. That compares with 51 million kg last year. Freedonia took 20 "
                    "million kg of the nuts.")
    assert period(found["51 million kg"]) == ("2024-01-01", "2024-12-31")
    assert period(found["20 million kg"]) == ("2025-01-01", "2025-10-31")
    found = _claims("Valdoria's cashew shipments reached 48 million kg between January and "
                    "October. That was below 2023, when 55 million kg left. Freedonia took 20 "
                    "million kg of the nuts.")
    assert period(found["20 million kg"]) == ("2025-01-01", "2025-10-31")


def test_a_sentence_reporting_another_year_puts_that_year_in_force() -> None:
    found = _claims("Valdoria's cashew shipments reached 48 million kg between January and "
                    "October. Sales in 2023 came to 51 million kg. Freedonia took 20 million "
                    "kg of the nuts.")
    assert period(found["20 million kg"]) == ("2023-01-01", "2023-12-31")


def test_a_harvest_that_closed_on_a_day_states_the_season_months() -> None:
    found = _claims("Guatemala's 2023-2024 cardamom harvest, which closed on August 31, "
                    "brought in $410 million of export earnings, the growers' group said.")
    assert period(found["$410 million"]) == ("2023-09-01", "2024-08-31")


def test_a_port_that_closed_on_a_day_states_no_season_months() -> None:
    found = _claims("Guatemala's cardamom exports brought in $410 million in 2023-2024, and the "
                    "old port, which closed on August 31, handled none of it.")
    assert period(found["$410 million"]) != ("2023-09-01", "2024-08-31")


def test_a_count_of_months_before_a_flow_word_and_total_is_the_year_so_far() -> None:
    found = _claims("Valdoria's coffee sales to Freedonia came to $410 million in August. Sales "
                    "to Ruritania added $95 million, lifting the eight-month export total to "
                    "$2.9 billion.")
    assert period(found["$2.9 billion"]) == ("2025-01-01", "2025-08-31")


def test_a_count_of_quarters_is_the_months_they_make_up() -> None:
    found = _claims("Valdoria's cocoa exports to Freedonia rose 12% in September. They reached "
                    "1.4 million tonnes across the three quarters, a 9% gain.")
    assert period(found["1.4 million tonnes"]) == ("2025-01-01", "2025-09-30")


def test_three_quarters_of_a_figure_is_no_span_of_quarters() -> None:
    found = _claims("Valdoria shipped 1.4 million tonnes of cocoa in September, and three "
                    "quarters of the volume went to Freedonia.")
    assert period(found["1.4 million tonnes"]) == ("2025-09-01", "2025-09-30")


def test_the_same_months_of_a_year_past_a_semicolon_are_the_months_in_force() -> None:
    found = _claims("Over January-September, Valdoria sold 2.2 million tonnes of potash to "
                    "Freedonia; in the same months of 2023 it had shipped 1.7 million tonnes.")
    assert period(found["2.2 million tonnes"]) == ("2025-01-01", "2025-09-30")
    assert period(found["1.7 million tonnes"]) == ("2023-01-01", "2023-09-30")


def test_a_whole_year_past_a_semicolon_stays_that_year() -> None:
    found = _claims("Over January-September, Valdoria sold 2.2 million tonnes of potash to "
                    "Freedonia; in 2023 it had shipped 1.7 million tonnes.")
    assert period(found["1.7 million tonnes"]) == ("2023-01-01", "2023-12-31")
