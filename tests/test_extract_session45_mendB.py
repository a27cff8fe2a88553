"""Session 45 review mends (periods and modality): each test pins ordinary news text a rule of
the session over-reached on."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on
from tradetrace.model import Claim

_claims = extracted_on(date(2024, 5, 1))


def _period(claim: Claim) -> tuple[str, str]:
    return (str(claim.period_start), str(claim.period_end))


def test_a_level_with_its_own_period_keeps_it_beside_two_years_compared() -> None:
    found = _claims("Exports doubled between 2015 and 2020, and in 2023 they rose to $5 billion.")
    assert _period(found["$5 billion"]) == ("2023-01-01", "2023-12-31")


def test_amounts_are_no_years_compared() -> None:
    found = _claims("Shipments rose from 1500 to 2000 tonnes in March.")
    assert _period(found["2000 tonnes"]) == ("2024-03-01", "2024-03-31")


def test_an_adjective_or_a_present_verb_after_when_or_but_is_no_finished_event() -> None:
    found = _claims("The firm expects to export 300,000 tonnes in 2025, when its expanded mine "
                    "produces 1 million tonnes.")
    assert found["1 million tonnes"].modality == "forecast"
    found = _claims("The ministry expects wheat exports of 12 million tonnes next season, but "
                    "feed barley shipments of 3 million tonnes.")
    assert found["3 million tonnes"].modality == "forecast"
    found = _claims("Exports are forecast to reach 5 million tonnes in 2025, but the combined "
                    "total reaches 8 million tonnes with re-exports.")
    assert found["8 million tonnes"].modality == "forecast"
    found = _claims("The plan sees exports of 5 million tonnes in 2025, but in the high case "
                    "shipments climbed to 6 million tonnes in 2026.")
    assert found["6 million tonnes"].modality == "forecast"


def test_an_after_clause_of_a_figure_in_a_future_year_is_no_past() -> None:
    found = _claims("The company plans to ship 1 million tonnes in 2025, after it completed a "
                    "new berth that handles 500,000 tonnes.")
    assert found["1 million tonnes"].modality == "planned"
    assert found["500,000 tonnes"].modality == "planned"
