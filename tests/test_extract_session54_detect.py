"""Session 54, which figures are claims and of which kind: each test pins one rule of the session
on invented text."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Claim, Document

_ON = date(2024, 7, 1)


def _all(text: str) -> list[Claim]:
    return extract_claims(Document.from_text(text, published=_ON))


def _surfaces(text: str) -> set[str]:
    return {c.surface for c in _all(text)}


def test_capital_poured_into_plants_is_no_traded_amount() -> None:
    found = _surfaces("Brazilian steelmakers have poured more than $3 billion into new rolling "
                      "mills since 2020, and steel exports to Chile rose 12% last year.")
    assert "$3 billion" not in found and "12%" in found


def test_money_spent_on_a_terminal_is_no_traded_amount() -> None:
    found = _surfaces("The Kenyan grain board will spend about $40 million on a bulk terminal "
                      "in Mombasa, where wheat imports from Russia reached 1.2 million tonnes.")
    assert "$40 million" not in found and "1.2 million tonnes" in found


def test_money_spent_on_goods_from_a_plant_stays_a_claim() -> None:
    found = _surfaces("Italy spent €840 million on Algerian pipeline gas in March.")
    assert "€840 million" in found


def test_money_spent_on_imported_goods_stays_a_claim() -> None:
    found = _surfaces("Chile spent $2.1 billion on Argentine gas imports last year.")
    assert "$2.1 billion" in found
