"""Claims the fortieth session reads as hedged or not. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from claim_helpers import extracted


def _approximate(text: str) -> list[bool]:
    return [c.approximate for c in extracted(text, date(2024, 3, 1)).values()]


@pytest.mark.parametrize("text", [
    "Vietnam's rice exports topped $4 billion in 2023.",
    "Coffee shipments to Germany passed 90,000 tonnes last year.",
    "Turkmen gas deliveries to China neared 40 bcm in 2022.",
    "Zambia's copper exports went past $8 billion in 2023.",
])
def test_a_figure_after_an_inflected_verb_of_going_past_is_approximate(text: str) -> None:
    assert _approximate(text) == [True]


@pytest.mark.parametrize("text", [
    "Imports of refined petroleum exceeded the 500,000-barrel cap in 2023.",
    "Rice exports to China were nowhere near $4 billion in 2023.",
])
def test_a_threshold_named_by_the_or_nowhere_near_is_no_hedge(text: str) -> None:
    assert _approximate(text) == [False]


def test_a_restated_figure_is_hedged_only_by_its_own_hedge() -> None:
    claims = extracted("Trade between Peru and Japan was worth around 9.1 billion euros "
                       "($10 billion) in 2022, the ministry said.", date(2023, 3, 1))
    assert [c.approximate for c in claims.values()] == [True, False]
    claims = extracted("Trade between Peru and Japan was worth 9.1 billion euros (about "
                       "$10 billion) in 2022, the ministry said.", date(2023, 3, 1))
    assert [c.approximate for c in claims.values()] == [False, True]
