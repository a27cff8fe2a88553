"""Session 59, mend P: reviewers' over-reach in this session's period rules, each pinned on
invented text (fails without its mend)."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, period

_claims = extracted_on(date(2025, 6, 1))


def test_same_months_of_a_split_year_follow_a_stated_april_fiscal_year() -> None:
    found = _claims("Valdoria's fiscal year begins on April 1. Its tin imports from Freedonia "
                    "rose to $14 billion in April-December 2024, up from $11 billion in the "
                    "same period of 2023-24.")
    assert period(found["$14 billion"]) == ("2024-04-01", "2024-12-31")
    assert period(found["$11 billion"]) == ("2023-04-01", "2023-12-31")
    found = _claims("Valdoria's fiscal year runs April through March. Its tin imports from "
                    "Freedonia rose to $14 billion in April-June 2024, up from $11 billion in "
                    "the same period of 2023-24.")
    assert period(found["$11 billion"]) == ("2023-04-01", "2023-06-30")


def test_same_months_of_a_split_year_are_never_the_months_in_force() -> None:
    found = _claims("Valdoria imported 3 million tonnes of LNG from Freedonia in "
                    "April-September, against 2.65 million t in the same period of 2023/24.")
    assert period(found["2.65 million t"]) != period(found["3 million tonnes"])
    assert period(found["2.65 million t"]) == ("2023-04-01", "2023-09-30")


def test_same_months_of_an_older_split_year_from_july_on_are_of_its_first_year() -> None:
    found = _claims("Freedonia bought 2.4 million tonnes of Valdorian barley over "
                    "August-December 2024, versus 1.7 mn t in the same months of 2022/23.")
    assert period(found["1.7 mn t"]) == ("2022-08-01", "2022-12-31")


def test_same_months_of_an_older_split_year_before_july_are_of_its_second_year() -> None:
    found = _claims("Freedonia bought 2.4 million tonnes of Valdorian barley over "
                    "January-March 2025, versus 1.7 mn t in the same months of 2022/23.")
    assert period(found["1.7 mn t"]) == ("2023-01-01", "2023-03-31")


def test_as_of_january_first_this_year_is_no_span_of_one_day() -> None:
    found = _claims("As of January 1 this year, Valdoria has shipped 2 million tonnes of wheat "
                    "to Freedonia.")
    assert period(found["2 million tonnes"]) != ("2025-01-01", "2025-01-01")


def test_a_plan_through_a_day_this_year_is_not_dated_from_january() -> None:
    found = _claims("Valdoria plans to import 2 million tonnes of sugar from Freedonia through "
                    "September 30 this year.")
    assert period(found["2 million tonnes"])[0] != "2025-01-01"
    found = _claims("Freedonia will buy 3 million tonnes of soybeans from Valdoria until "
                    "December 31 this year.")
    assert period(found["3 million tonnes"])[0] != "2025-01-01"


def test_a_year_earlier_than_forecast_points_no_year_back() -> None:
    found = _claims("Freedonia imported 500,000 tonnes of wheat from Valdoria in May. A year "
                    "earlier than forecast, Valdorian wheat in April took 60 percent of "
                    "Freedonia's market.")
    assert period(found["60 percent"]) == ("2025-04-01", "2025-04-30")
