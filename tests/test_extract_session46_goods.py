"""Commodity rules of the forty-sixth session (goods) of 2026-12-05, each pinned by invented
sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted

WHEN = date(2024, 11, 20)


def test_more_goods_adjectives_before_a_flow_noun_leave_the_commodity_unknown() -> None:
    """`military exports`, `aerospace exports`, `extractive exports`, `mining exports`,
    `precious-metal exports`, `coconut-based exports`, `non-crude exports`: goods with no key
    named by the word before the flow noun (`unkeyed_goods_before_flow`), not all trade."""
    found = extracted("Serbia's military exports reached $1.3 billion in 2023.", WHEN)
    assert found["$1.3 billion"].commodity is None
    found = extracted("Canada's aerospace exports rose 6% to $19 billion in 2023.", WHEN)
    assert found["$19 billion"].commodity is None
    found = extracted("Chile's mining exports climbed to $52 billion in 2023.", WHEN)
    assert found["$52 billion"].commodity is None
    found = extracted("Mongolia's extractive exports fell 4% to $11 billion in 2023.", WHEN)
    assert found["$11 billion"].commodity is None
    found = extracted("Peru's precious-metal exports rose to $9 billion in 2023.", WHEN)
    assert found["$9 billion"].commodity is None
    found = extracted("Ghana's non-crude exports rose 3% to $8 billion in 2023.", WHEN)
    assert found["$8 billion"].commodity is None


def test_total_exports_beside_the_new_adjectives_stay_all_trade() -> None:
    """A qualifier that names no goods (`overall`) keeps its exports all trade."""
    found = extracted("Chile's overall exports rose 4% to $95 billion in 2023.", WHEN)
    assert found["$95 billion"].commodity == "trade"


def test_more_fish_names_are_seafood() -> None:
    """`halibut`, `bigeye`, `pollack`, `whiting`, `coalfish`, `eels`, `cuttlefish`, `surimi`:
    fish and fish products the seafood key now names."""
    found = extracted("Norway's exports of halibut rose 12% to NOK 900 million in 2023.", WHEN)
    assert found["NOK 900 million"].commodity == "seafood"
    found = extracted("Japan imported 40,000 tonnes of eels in 2023.", WHEN)
    assert found["40,000 tonnes"].commodity == "seafood"
    found = extracted("Thailand's surimi exports reached $300 million in 2023.", WHEN)
    assert found["$300 million"].commodity == "seafood"
    found = extracted("The Faroes sold 120,000 tonnes of blue whiting to Nigeria in 2023.", WHEN)
    assert found["120,000 tonnes"].commodity == "seafood"


def test_gim_is_goods_with_no_key() -> None:
    """`gim`, Korean dried laver, is goods with no key (`unkeyed_goods`): its shipments are not
    all trade."""
    found = extracted("Shipments of South Korean gim hit a record $670 million in 2023.", WHEN)
    assert found["$670 million"].commodity is None



def test_a_total_after_carbonate_exports_keeps_the_goods_unknown() -> None:
    """`lithium carbonate exports ..., bringing its total for 2024 to 9.3Kt`: `carbonate` (like
    `solar`, `circuit`, `API`) names goods with no key right before a flow noun
    (`unkeyed_goods_before_flow`), so the total and its change that go on with them are not all
    trade."""
    found = extracted("Bolivia's lithium carbonate exports stayed high in May at 2.1Kt, "
                      "bringing its total for 2024 to 9.3Kt, up 14% on the year.", WHEN)
    assert found["9.3Kt"].commodity is None
    assert found["14%"].commodity is None
