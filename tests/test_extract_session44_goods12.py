"""Commodity rules of the forty-fourth session (goods12) of 2026-12-05, each pinned by invented
sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted
from tradetrace.extract.commodity import find_commodities

WHEN = date(2024, 11, 20)


def test_ship_and_vessel_flow_nouns_are_vehicles() -> None:
    """`ship exports`, `outbound ship sales`, `vessel imports`: ships traded as goods are
    transport vehicles (HS 89), like `automotive exports`; a ship that carries goods is not."""
    found = extracted("Japan's ship exports rose 9.5 percent to 1.2 trillion yen in 2023. "
                      "Outbound ship sales totalled 820 units in the year.", WHEN)
    assert found["9.5 percent"].commodity == "vehicles"
    assert found["1.2 trillion yen"].commodity == "vehicles"
    assert found["820 units"].commodity == "vehicles"
    keys = {m.surface: m.key for m in find_commodities(
        "Three ships carrying 90,000 tonnes of wheat docked.")}
    assert keys == {"wheat": "wheat"}

