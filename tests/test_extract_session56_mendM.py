"""Session 56, mend M: the over-reach reviewers found in the session's modality rules (a `seek`
or `ready to` cue past a clause of its own, a figure in the subject of a scheduled change, `first`
as a schedule's adverb, an attributive estimate cut off from a further figure with no verb of its
own), each pinned on the reviewer's invented sentence, with a near-miss that keeps the rule."""

from __future__ import annotations

from datetime import date

import pytest

from claim_helpers import extracted_on

_by_surface = extracted_on(date(2025, 6, 1))


@pytest.mark.parametrize(("text", "figures"), [
    ("Egypt's GASC was seeking 60,000 tonnes of wheat in a tender on Tuesday and bought 120,000 "
     "tonnes.", ["120,000 tonnes"]),
    ("Farmers are seeking higher prices after exports fell 12% to 3 million tonnes in 2024.",
     ["12%", "3 million tonnes"]),
    ("Japan is seeking to cut LNG imports, which fell 8% to 66 million tonnes last year.",
     ["8%", "66 million tonnes"]),
    ("Bangladesh is seeking more LNG cargoes as imports of 4.5 million tonnes in 2024 fell short "
     "of demand.", ["4.5 million tonnes"]),
    ("Vietnam has been seeking buyers for the 2 million tonnes of rice it exported to the "
     "Philippines last year.", ["2 million tonnes"]),
    ("China is ready to buy more US soybeans after purchases fell 40% to 20 million tonnes last "
     "year.", ["40%", "20 million tonnes"]),
    ("Ghana has not decided to sell 8,000 tonnes of cocoa beans to Turkey.", ["8,000 tonnes"]),
])
def test_a_seek_or_decision_plans_only_its_own_predicate(text: str, figures: list[str]) -> None:
    found = _by_surface(text)
    assert [found[figure].modality for figure in figures] == ["reported"] * len(figures)


def test_a_seek_still_plans_its_own_object() -> None:
    found = _by_surface("Egypt's GASC was seeking 60,000 tonnes of wheat in a tender on Tuesday "
                        "and bought 120,000 tonnes.")
    assert found["60,000 tonnes"].modality == "planned"


def test_decides_to_buy_is_a_plan() -> None:
    found = _by_surface("Kenya decides to buy 50,000 tonnes of maize from Zambia.")
    assert found["50,000 tonnes"].modality == "planned"


@pytest.mark.parametrize(("text", "level"), [
    ("Peru's exports of 120,000 tonnes of copper to China are to rise by 10% this year.",
     "120,000 tonnes"),
    ("Current exports of 300,000 barrels per day are to rise to 500,000 barrels per day by 2026.",
     "300,000 barrels per day"),
    ("Wheat imports of 5 million tonnes are to double by 2030.", "5 million tonnes"),
])
def test_the_subject_of_a_scheduled_change_is_the_current_level(text: str, level: str) -> None:
    assert _by_surface(text)[level].modality == "reported"


def test_the_subject_of_a_scheduled_flow_is_planned() -> None:
    found = _by_surface("Deliveries of 20,000 tonnes a month are to continue until December.")
    assert found["20,000 tonnes a month"].modality == "planned"


def test_a_subject_stop_word_ends_the_scheduled_subject() -> None:
    found = _by_surface("Kenya exported 30,000 tonnes of tea and is now to ship more.")
    assert found["30,000 tonnes"].modality == "reported"


def test_first_to_ship_is_no_schedule() -> None:
    found = _by_surface("Brazil was first to ship 65,000 tonnes of soybeans to China this season.")
    assert found["65,000 tonnes"].modality == "reported"


def test_another_adverb_inside_be_to_is_a_schedule() -> None:
    found = _by_surface("Kenya is now to buy 40,000 tonnes of rice from Pakistan.")
    assert found["40,000 tonnes"].modality == "planned"


@pytest.mark.parametrize("text", [
    "Smugglers moved an estimated 300,000 barrels per day, but perhaps as much as 500,000 barrels "
    "per day.",
    "Smugglers moved an estimated 300,000 barrels per day, but possibly as much as 500,000 "
    "barrels per day.",
])
def test_a_further_figure_with_no_verb_stays_estimated(text: str) -> None:
    assert _by_surface(text)["500,000 barrels per day"].modality == "estimated"


@pytest.mark.parametrize("text", [
    "China bought an estimated 2.9 million tonnes of soybeans in May, but only 2.1 million tonnes "
    "in June.",
    "China bought an estimated 2.9 million tonnes of soybeans in May; in June, 2.1 million tonnes.",
])
def test_a_month_after_a_contrast_stays_estimated(text: str) -> None:
    assert _by_surface(text)["2.1 million tonnes"].modality == "estimated"


def test_a_contrast_with_a_verb_still_cuts_the_estimate() -> None:
    found = _by_surface("Peas led at an estimated 29.68 lakh tonnes, while tur touched 12.33 "
                        "lakh tonnes.")
    assert found["12.33 lakh tonnes"].modality == "reported"
