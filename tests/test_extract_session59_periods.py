"""Session 59, periods: each test pins one rule of the session on invented text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, period

_claims = extracted_on(date(2025, 6, 20))


def test_a_day_closing_this_year_before_it_runs_from_january_to_that_day() -> None:
    found = _claims("Through April 20 this year, Valdoria exported 4.2 million tons of copper "
                    "ore to Freedonia, down 3.1 percent year on year.")
    assert period(found["4.2 million tons"]) == ("2025-01-01", "2025-04-20")
    assert period(found["3.1 percent"]) == ("2025-01-01", "2025-04-20")


def test_as_of_a_day_then_this_year_is_the_running_count_to_that_day() -> None:
    found = _claims("As of May 9 this year, Valdoria had sold 52,000 tonnes of fishmeal to "
                    "Freedonia, the customs office said.")
    assert period(found["52,000 tonnes"]) == ("2025-01-01", "2025-05-09")


def test_a_day_that_this_year_does_not_follow_at_once_stays_a_date() -> None:
    # (`on` opens no running count, and `this year as of` keeps the whole year)
    found = _claims("On May 9 this year, Valdoria sold 52,000 tonnes of fishmeal to Freedonia.")
    assert period(found["52,000 tonnes"]) == ("2025-01-01", "2025-12-31")
    found = _claims("Valdoria sold 61,000 tonnes of fishmeal to Freedonia this year as of May 9.")
    assert period(found["61,000 tonnes"]) == ("2025-01-01", "2025-12-31")


def test_yearless_months_after_an_opening_year_back_are_a_year_before() -> None:
    found = _claims("Valdoria's tin sales to Freedonia came to $3.1 billion in February-April. "
                    "A year earlier the February-April total had been $2.4 billion.")
    assert period(found["$3.1 billion"]) == ("2025-02-01", "2025-04-30")
    assert period(found["$2.4 billion"]) == ("2024-02-01", "2024-04-30")


def test_months_in_a_later_clause_after_a_year_back_keep_the_year_in_force() -> None:
    found = _claims("Valdoria's tin sales to Freedonia came to $3.1 billion in May. A year "
                    "earlier prices were weaker, but in March the sales reached $700 million.")
    assert period(found["$700 million"]) == ("2025-03-01", "2025-03-31")


def test_a_span_compared_with_the_same_months_of_the_season_before_keeps_its_own() -> None:
    found = _claims("From the season's opening in October 2024 through the end of March 2025, "
                    "Valdoria's date exports to Freedonia fell 3.1% to 80,400 tonnes against "
                    "the same months of the 2023-2024 harvest year.")
    assert period(found["80,400 tonnes"]) == ("2024-10-01", "2025-03-31")
    assert period(found["3.1%"]) == ("2024-10-01", "2025-03-31")


def test_the_same_period_of_a_split_year_is_the_months_in_force_in_that_year() -> None:
    found = _claims("Valdoria spent $2.1 billion on palm oil imports across July-March, the "
                    "opening three quarters of fiscal 2024-25 (a July-June year). In the same "
                    "period of 2023-24 the country had bought $1.8 billion of palm oil.")
    assert period(found["$1.8 billion"]) == ("2023-07-01", "2024-03-31")


def test_a_split_year_named_alone_after_a_fiscal_span_is_the_whole_year() -> None:
    found = _claims("Valdoria spent $2.1 billion on palm oil imports across July-March, the "
                    "opening three quarters of fiscal 2024-25 (a July-June year). In 2023-24 as "
                    "a whole the country had bought $2.6 billion of palm oil.")
    assert period(found["$2.6 billion"]) == ("2023-07-01", "2024-06-30")


def test_same_months_of_a_split_year_from_july_on_fall_in_its_first_year() -> None:
    found = _claims("Freedonia bought 2.4 million tonnes of Valdorian barley over "
                    "August-December 2024, versus 1.9 mn t in the same months of "
                    "2023/24.")
    assert period(found["1.9 mn t"]) == ("2023-08-01", "2023-12-31")


def test_same_months_of_a_split_year_before_july_fall_in_its_second_year() -> None:
    found = _claims("Freedonia bought 2.4 million tonnes of Valdorian barley over January-March "
                    "2025, versus 1.9 mn t in the same months of 2023/24.")
    assert period(found["1.9 mn t"]) == ("2024-01-01", "2024-03-31")


def test_a_quarter_written_as_an_adjective_before_this_year_is_that_quarter() -> None:
    found = _claims("First-quarter landings this year rose about 18 percent to 64,200 mt from "
                    "54,400 mt, the Valdorian port authority said of its cashew imports from "
                    "Freedonia.")
    assert period(found["64,200 mt"]) == ("2025-01-01", "2025-03-31")
    assert period(found["54,400 mt"]) == ("2024-01-01", "2024-03-31")


def test_a_half_written_as_an_adjective_before_last_year_is_that_half() -> None:
    found = _claims("Valdoria's second-half cashew shipments last year came to 41,000 tonnes, "
                    "the Freedonian customs office said.")
    assert period(found["41,000 tonnes"]) == ("2024-07-01", "2024-12-31")


def test_a_quarter_adjective_in_another_clause_leaves_this_year_whole() -> None:
    found = _claims("First-quarter shipments fell, and this year Valdoria sold 41,000 tonnes of "
                    "cashews to Freedonia.")
    assert period(found["41,000 tonnes"]) == ("2025-01-01", "2025-12-31")
