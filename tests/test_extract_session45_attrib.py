"""Session 45 (attribution and modality): each test pins one rule of the session on invented
text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_a_name_with_its_initials_and_an_apposition_is_the_source() -> None:
    found = _claims("Malawi sold 52 million kg of burley leaf abroad so far this season, the "
                    "Leaf Growers Auction Holdings Board (LGAHB), the sector watchdog, said.")
    assert found["52 million kg"].attribution == (
        "the Leaf Growers Auction Holdings Board (LGAHB), the sector watchdog")


def test_a_past_clause_after_when_or_but_is_not_reached_by_an_earlier_outlook() -> None:
    found = _claims("Both targets top last season's figures, when the country shipped 41 million "
                    "tonnes of iron ore.")
    assert found["41 million tonnes"].modality == "reported"
    found = _claims("The plan projected cement exports of 9 million tons this year, but only 3 "
                    "million tons left the country in January-May.")
    assert found["9 million tons"].modality == "forecast"
    assert found["3 million tons"].modality == "reported"


def test_a_future_clause_after_when_still_takes_the_outlook() -> None:
    found = _claims("Officials expect the figure to rise next year, when the country could ship "
                    "45 million tonnes of iron ore.")
    assert found["45 million tonnes"].modality == "forecast"


def test_a_clause_of_comparison_before_a_figure_is_not_reached_by_the_plan() -> None:
    found = _claims("The mill plans to buy 40,000 tonnes of Brazilian soybeans, compared with an "
                    "annual 25,000 tonnes bought since 2019.")
    assert found["40,000 tonnes"].modality == "planned"
    assert found["25,000 tonnes"].modality == "reported"


def test_a_clause_opening_on_after_is_what_came_before_the_outlook() -> None:
    found = _claims("The aim is to sell at least 90,000 tonnes of cashews abroad in 2025, "
                    "officials said, after exports of some 60,000 tonnes in 2024.")
    assert found["90,000 tonnes"].modality == "forecast"
    assert found["60,000 tonnes"].modality == "reported"
