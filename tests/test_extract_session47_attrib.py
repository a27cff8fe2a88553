"""Session 47 (attribution and modality): each test pins one rule of the session on invented
text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_a_further_figure_joined_to_a_scheduled_list_keeps_its_plan() -> None:
    found = _claims("Under the deal, Kenya's KTDA is to ship 20,000 tonnes of black tea and "
                    "5,000 tonnes of green tea to Egypt every year.")
    assert found["20,000 tonnes"].modality == "planned"
    assert found["5,000 tonnes"].modality == "planned"
    found = _claims("Under the permits, Peru is to ship 12,500 tonnes and the Philippines "
                    "8,200 tonnes.")
    assert found["8,200 tonnes"].modality == "planned"
    found = _claims("Sales to Chile were to reach 1 million tons, but fell short at 700,000 "
                    "tons.")
    assert found["700,000 tons"].modality == "reported"


def test_a_possessive_of_a_name_of_several_words_opens_a_speakers_office() -> None:
    found = _claims("Kenya sold 20,000 tonnes of tea to Egypt last year, Amina Otieno, New "
                    "Zealand's trade commissioner in Cairo, said.")
    assert found["20,000 tonnes"].attribution == (
        "Amina Otieno, New Zealand's trade commissioner in Cairo")


def test_estimates_owned_by_no_one_name_no_source() -> None:
    found = _claims("Peru sold 90,000 tonnes of quinoa abroad, the farm ministry said. By current "
                    "estimates, Bolivia is exporting 70,000 tonnes of quinoa a year.")
    assert found["90,000 tonnes"].attribution == "the farm ministry"
    assert found["70,000 tonnes"].attribution is None


def test_a_body_moving_its_own_goal_is_its_source() -> None:
    found = _claims("The Andean Quinoa Growers Council (AQGC) has lowered its 2025 export goal to "
                    "$410 million.")
    assert found["$410 million"].attribution == "The Andean Quinoa Growers Council (AQGC)"
