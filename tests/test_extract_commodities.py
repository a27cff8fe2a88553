"""Which goods a claim is about (extract/commodity via build_claims). Sentences are invented;
quantities are written out by hand, so only the claim logic runs."""

from __future__ import annotations

from datetime import date

import pytest

from claim_helpers import only_claim

JULY_2024 = date(2024, 7, 2)


@pytest.mark.parametrize("text, surface, key", [
    ("Laos's top rice supplier last year was Thailand, which shipped 3.1 million tonnes of the "
     "grain to Vientiane.", "3.1 million tonnes", "rice"),
    ("Thailand sold diesel to Laos; it delivered 40,000 tonnes of the fuel in May.",
     "40,000 tonnes", "diesel"),
])
def test_a_definite_broader_name_stands_for_the_goods_named_before(text: str, surface: str,
                                                                   key: str) -> None:
    value = float(surface.split()[0].replace(",", "")) * (1e6 if "million" in surface else 1)
    assert only_claim(text, surface, value, "t", JULY_2024).commodity == key


def test_an_indefinite_broader_name_keeps_its_own_key() -> None:
    text = "Thailand shipped rice to Laos and 40,000 tonnes of grain to Vietnam in May."
    assert only_claim(text, "40,000 tonnes", 40000, "t", JULY_2024).commodity == "grain"


@pytest.mark.parametrize("text", [
    "Imports from Laos, chiefly clams, crab and other seafood, were worth about $130 million.",
    "Thai exports, mostly rice, were worth about $130 million last year.",
])
def test_goods_in_an_appositive_do_not_value_the_flow(text: str) -> None:
    assert only_claim(text, "$130 million", 1.3e8, "USD", JULY_2024).commodity == "trade"


def test_goods_named_before_worth_value_it() -> None:
    text = "Thailand sold rice and broken rice to Laos, worth $130 million last year."
    assert only_claim(text, "$130 million", 1.3e8, "USD", JULY_2024).commodity == "rice"


def test_a_multiple_of_the_figure_before_is_of_the_same_goods() -> None:
    from claim_helpers import by_surface

    text = ("Thailand shipped 122,000 tons of fertilizer to Laos in the first four months. That is "
            "three times the volume recorded a year earlier.")
    found = by_surface(text, (("122,000 tons", 122000, "t"), ("three times", 3, "x")), JULY_2024)
    assert found["three times"].commodity == "fertilizer"
