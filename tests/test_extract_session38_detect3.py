"""Session 38 (detect3): which quantities are claims (spurious and missed claims).

Each test pins one rule of extract/kinds (or its word lists in `knowledge/claim_cues.json`) on
invented sentences, through the public entry point (`extract_claims` on a `Document`)."""

from __future__ import annotations

from datetime import date

import pytest

from claim_helpers import extracted
from tradetrace.model import Claim

MAY_2023 = date(2023, 5, 9)


def _claims(text: str, published: date = MAY_2023) -> dict[str, Claim]:
    return extracted(text, published)


# -- `demand`: a country's or market's use of goods, no flow ----------------------------------

@pytest.mark.parametrize("text, figure", [
    ("Exporters ship most of the mill's pulp abroad, and world pulp demand is seen growing "
     "by 1.5 million tonnes next year.", "1.5 million tonnes"),
    ("Peru sells most of its zinc abroad, while demand there is forecast at about 3.4 million "
     "tonnes.", "3.4 million tonnes"),
    ("Fertilizer imports into Kenya recovered last year, and domestic demand for urea rose 6% "
     "to 410,000 tonnes.", "410,000 tonnes"),
    ("Fertilizer imports into Kenya recovered last year, and domestic demand for urea rose 6% "
     "to 410,000 tonnes.", "6%"),
])
def test_a_figure_closest_to_demand_is_no_claim(text: str, figure: str) -> None:
    assert figure not in _claims(text)


@pytest.mark.parametrize("text, figure, kind", [
    # demand as the cause of a move, not what moved
    ("Cocoa exports from Ghana rose 9 percent to $1.2 billion on firmer demand.",
     "$1.2 billion", "level"),
    ("Cocoa exports from Ghana rose 9 percent to $1.2 billion on firmer demand.",
     "9 percent", "change"),
    ("Vietnam's coffee exports climbed 12 percent in March as European demand recovered.",
     "12 percent", "change"),
    # what a supplier's percentage is of: a share of the buyer's use
    ("Chilean copper meets about 31% of Chinese demand for the metal.", "31%", "share"),
    # demand for a country's goods, or for imports: a buyer's call on a flow
    ("Indian demand for Nigeria's crude has fallen in recent months and is now around 180,000 "
     "barrels per day.", "180,000 barrels per day", "level"),
    ("Egypt's demand for imported wheat is forecast at 12.5 million tonnes this season.",
     "12.5 million tonnes", "level"),
    ("Chinese import demand for soybeans is seen falling by 3 million tonnes next year.",
     "3 million tonnes", "change"),
    # a later row of a list of buyers, the flow's verb left out
    ("Kenya's imports of Ugandan sugar rose 18 percent, and Rwandan demand 11 percent.",
     "11 percent", "change"),
])
def test_demand_beside_a_flow_keeps_the_claim(text: str, figure: str, kind: str) -> None:
    """The rule's limits: each of these fails with `demand` read as a distractor everywhere."""
    claims = _claims(text)
    assert figure in claims, claims
    assert claims[figure].kind == kind


def test_a_name_holding_demand_is_no_distractor() -> None:
    text = ("Figures from the Global Supply & Demand Database give Morocco 52.3% of the phosphate "
            "imports of India.")
    claims = _claims(text)
    assert "52.3%" in claims, claims
    assert claims["52.3%"].kind == "share"
