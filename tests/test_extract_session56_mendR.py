"""Session 56, mend R: the periods rules narrowed where reviewers found them over-reaching, each
test on a reviewer's invented sentence."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, period

_claims = extracted_on(date(2025, 6, 1))


def test_at_the_end_of_a_month_after_a_cargo_reaching_a_place_is_the_month() -> None:
    found = _claims("The first cargo of 70,000 tonnes of Ruritanian wheat reached Freedonia at the "
                    "end of May.")
    assert period(found["70,000 tonnes"]) == ("2025-05-01", "2025-05-31")
    found = _claims("A tanker carrying 1 million barrels of Ruritanian crude reached the "
                    "Freedonian port at the end of April.")
    assert period(found["1 million barrels"]) == ("2025-04-01", "2025-04-30")


def test_at_the_end_of_a_month_with_a_running_verb_in_another_clause_is_the_month() -> None:
    found = _claims("Freedonia bought 62,000 tonnes of Ruritanian copper at the end of May, and "
                    "prices rose.")
    assert period(found["62,000 tonnes"]) == ("2025-05-01", "2025-05-31")
    found = _claims("Ruritania's exports to Freedonia fell to $1.1 billion in May after a port "
                    "strike at the end of April cut shipments of 200,000 tonnes of ore.")
    assert period(found["200,000 tonnes"]) == ("2025-04-01", "2025-04-30")
    found = _claims("Prices rose sharply at the end of March, when Freedonia bought 300,000 tonnes "
                    "of Ruritanian rice.")
    assert period(found["300,000 tonnes"]) == ("2025-03-01", "2025-03-31")


def test_at_the_end_of_a_month_after_reserves_rose_or_in_a_week_is_the_month() -> None:
    found = _claims("Freedonia's gold reserves rose to 300 tonnes at the end of May after it "
                    "bought 12 tonnes from Ruritania.")
    assert period(found["12 tonnes"]) == ("2025-05-01", "2025-05-31")
    found = _claims("Ruritania's shipments of coal to Freedonia rose to 1.2 million tonnes in the "
                    "week at the end of May.")
    assert period(found["1.2 million tonnes"]) == ("2025-05-01", "2025-05-31")


def test_at_the_end_of_a_month_after_a_flow_total_is_still_the_year_so_far() -> None:
    found = _claims("Ruritania's exports to Freedonia grew 4.3% to 64.5 billion dirhams at the end "
                    "of April.")
    assert period(found["64.5 billion dirhams"]) == ("2025-01-01", "2025-04-30")
    found = _claims("At the end of April, Ruritania's sales to Freedonia had reached $2 billion.")
    assert period(found["$2 billion"]) == ("2025-01-01", "2025-04-30")


def test_same_month_of_a_year_reaches_past_the_old_level_in_another_unit() -> None:
    found = _claims("Ruritania exported 210 tons of tungsten worth $4 million to Freedonia in May, "
                    "against 3,700 tons worth $60 million in the same month of 2022.")
    assert period(found["3,700 tons"]) == ("2022-05-01", "2022-05-31")
    assert period(found["$60 million"]) == ("2022-05-01", "2022-05-31")


def test_a_change_on_the_month_appended_to_a_total_stays_the_month() -> None:
    found = _claims("Ruritania's tea exports rose 7% in May to $40 million, taking January-May "
                    "sales to $190 million, also up 5% on the month.")
    assert period(found["5%"]) == ("2025-05-01", "2025-05-31")
    found = _claims("Ruritania's tea exports rose 7% in May to $40 million, taking January-May "
                    "sales to $190 million, also 5% higher than in April.")
    assert period(found["5%"]) == ("2025-05-01", "2025-05-31")


def test_of_that_dates_the_parts_value_and_its_old_level_a_year_back() -> None:
    found = _claims("Ruritania shipped 90,000 tonnes of rubber in March, lifting first-quarter "
                    "sales to 260,000 tonnes, the ministry reported. Freedonia bought 150,000 "
                    "tonnes of that for $210 million, up from 120,000 tonnes a year earlier.")
    assert period(found["150,000 tonnes"]) == ("2025-01-01", "2025-03-31")
    assert period(found["$210 million"]) == ("2025-01-01", "2025-03-31")
    assert period(found["120,000 tonnes"]) == ("2024-01-01", "2024-03-31")
