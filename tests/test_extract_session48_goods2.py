"""Commodity rules of the forty-eighth session (second goods helper) of 2026-12-06, each pinned
by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted

WHEN = date(2024, 11, 20)


def test_a_share_the_goods_just_counted_made_is_of_those_goods() -> None:
    """`..., a 21% increase that made it 45.5% of total exports`, `That made the watches 12% of
    total exports`: the part of the share is the goods just counted (here with no key), not
    all goods; a country made the part is a partner's share of all goods."""
    found = extracted("Zambia exported $1,085 million of copper in May, a 21% increase that "
                      "made it 45.5% of total exports.", WHEN)
    assert found["45.5%"].commodity is None
    found = extracted("Switzerland exported watches worth 2.1 billion francs in May. That made "
                      "the watches 12% of total exports.", WHEN)
    assert found["12%"].commodity is None
    found = extracted("Oman sold $2 billion of goods to the UAE, making the UAE 30% of its "
                      "exports.", WHEN)
    assert found["30%"].commodity == "trade"

