"""Modality and attribution rules of the forty-ninth session's modality round (2026-12-06), each
pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import in_body

WHEN = date(2024, 6, 12)


def _modality(text: str, surface: str) -> str:
    return in_body(text, WHEN)[surface].modality


def test_closing_estimates_noun_makes_the_figures_estimated() -> None:
    """A sentence closing on `according to estimates (by X)` or `(official) estimates (by X)
    show` gives the figures before it the estimate's modality; a sentence without it stays
    reported."""
    cases = {
        "Ghana's cashew exports rose 8% to 410,000 tonnes in 2023, according to estimates by "
        "the Cashew Traders' Union.": "410,000 tonnes",
        "Peru shipped 52,000 tonnes of avocados to Spain in the first quarter, according to "
        "industry estimates.": "52,000 tonnes",
        "Kenya's tea exports fell to 480,000 tonnes in 2023, official estimates show.":
            "480,000 tonnes",
        "Chile sold 1.2 million tonnes of copper to Japan last year, a preliminary estimate by "
        "the mining council shows; Peru sold less.": "1.2 million tonnes",
    }
    for text, surface in cases.items():
        assert _modality(text, surface) == "estimated", text
    assert _modality("Kenya's tea exports fell to 480,000 tonnes in 2023, official data show.",
                     "480,000 tonnes") == "reported"


def test_goods_bought_for_a_later_season_or_stretch_are_planned() -> None:
    """`for delivery in` with a half, a quarter, a season or marketing year after it; `for
    shipment from`, `for loading on`; a season before the due noun (`for 2024/25 delivery`): the
    goods bought are a planned flow; `for delivery in` a port is no date."""
    cases = {
        "Another 40,000 bales of cotton were sold for 2024/25 delivery, mostly to Vietnam.":
            "40,000 bales",
        "Traders sold about 30,000 mt of urea to Kenyan buyers for delivery in the second half "
        "of September.": "30,000 mt",
        "China has bought 900,000 tonnes of Brazilian corn for shipment in the 2024-25 marketing "
        "year.": "900,000 tonnes",
        "Indian buyers contracted 200,000 tons of Argentine soyoil for shipment from October "
        "2024 to March 2025.": "200,000 tons",
        "The refiner bought 600,000 barrels of Nigerian crude for loading on July 7-17.":
            "600,000 barrels",
    }
    for text, surface in cases.items():
        assert _modality(text, surface) == "planned", text
    assert _modality("The tanker delivered 650,000 barrels of Iraqi crude for delivery in "
                     "Colombo last week.", "650,000 barrels") == "reported"
