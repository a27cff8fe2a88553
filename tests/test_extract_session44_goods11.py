"""Commodity rules of the forty-fourth session (goods11), each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted

WHEN = date(2024, 11, 20)


def test_non_oil_before_a_flow_noun_is_a_total_of_trade() -> None:
    """`non-oil sales`, `non-petroleum purchases`: every good but oil, a total of trade, not goods
    with no key of their own; a product of a narrower key stays what it is (`non-basmati` is
    rice)."""
    found = extracted("Oman's non-oil sales to Kenya climbed to $310 million in 2023.", WHEN)
    assert found["$310 million"].commodity == "trade"
    found = extracted("Qatar's non-petroleum purchases from Peru fell 12 percent in 2023.", WHEN)
    assert found["12 percent"].commodity == "trade"
    found = extracted("Pakistan's non-basmati shipments reached 3.1 million tonnes in 2023.", WHEN)
    assert found["3.1 million tonnes"].commodity == "rice"
