"""Claim fields from invented sentences in the registers of development set 3 (headlines,
translated press, tables as sentences, buyers as subjects, transit countries).

Each test is named after what went wrong; quantities are written out by hand, so only the claim
logic is exercised.
"""

from __future__ import annotations

from datetime import date

from claim_helpers import claims_from, quantity_at
from tradetrace.model import Claim, Quantity

MARCH_2023 = date(2023, 3, 1)

q = quantity_at


def by_surface(text: str, *quantities: tuple[str, float, str] | Quantity,
               published: date | None = MARCH_2023) -> dict[str, Claim]:
    return {c.surface: c for c in claims_from(text, quantities, published)}


def parties(claim: Claim) -> tuple[str | None, str | None, bool]:
    return claim.exporter, claim.importer, claim.two_way


def test_the_agent_of_exports_owns_the_imports_that_follow() -> None:
    text = ("Exports by Belarus rose 3 percent to $40 billion in 2022, while imports fell 2 "
            "percent to $42 billion.")
    found = by_surface(text, ("$40 billion", 4e10, "USD"), ("$42 billion", 4.2e10, "USD"))
    assert parties(found["$40 billion"]) == ("BLR", None, False)
    assert parties(found["$42 billion"]) == (None, "BLR", False)


def test_a_demonym_before_goods_bought_is_their_origin() -> None:
    text = "Japan bought $310 million of Turkish goods in 2022."
    found = by_surface(text, ("$310 million", 3.1e8, "USD"))
    assert parties(found["$310 million"]) == ("TUR", "JPN", False)


def test_traded_and_commerce_name_total_trade() -> None:
    text = "Japan and Vietnam traded $48 billion in 2022, and their commerce grew 4 percent."
    found = by_surface(text, ("$48 billion", 4.8e10, "USD"), ("4 percent", 4, "percent"))
    assert found["$48 billion"].commodity == "trade"
    assert found["4 percent"].commodity == "trade"
