"""Session 55, mend G: each test fails without the mend it pins (reviewer's sentences, invented)."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2025, 6, 1))


def _goods(text: str, surface: str) -> str | None:
    return _claims(text)[surface].commodity


def test_as_goods_then_a_verb_is_a_cause_not_the_goods_form() -> None:
    text = "Coal exports fell 12% to 20 million tonnes as steel slumped, while iron ore held up."
    assert _goods(text, "20 million tonnes") == "coal"
    assert _goods("Shipments rose 4% to 300,000 tonnes as coal recovered.",
                  "300,000 tonnes") != "coal"


def test_as_goods_then_an_aside_and_a_verb_is_a_cause() -> None:
    text = ("Steel exports climbed 10% to 3 million tonnes as iron ore, which feeds the mills, "
            "got cheaper.")
    assert _goods(text, "3 million tonnes") == "iron_steel"
    text = ("Vietnam's rice exports fell 3% to 2 million tonnes as fertiliser, according to "
            "traders, became scarce.")
    assert _goods(text, "2 million tonnes") == "rice"


def test_a_count_of_packages_does_not_hold_goods_counted_in_another_measure() -> None:
    text = ("Colombia exported 300,000 barrels of oil a day in 2024. For Valentine's Day, "
            "growers sent 40 million boxes to the United States.")
    assert _goods(text, "40 million boxes") is None
    text = ("Vietnam exported 8 million tonnes of rice in 2024. The company said it shipped 1.5 "
            "million cartons to Walmart last year.")
    assert _goods(text, "1.5 million cartons") is None


def test_a_share_of_the_bare_definite_goods_stands_for_the_narrower_goods_before() -> None:
    text = "Peru imported 2 million tonnes of diesel in 2023. Chile supplied 40 percent of the oil."
    assert _goods(text, "40 percent") == "diesel"
