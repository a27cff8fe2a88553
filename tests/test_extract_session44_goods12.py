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


def test_the_sectors_trade_is_of_the_goods_named_before() -> None:
    """`the sector's exports`, `the industry's imports`: the trade of the sector named before
    in the paragraph (its key), not all trade; after goods with no key, no key."""
    text = ("Morocco's textile and clothing exports rose 6% to 30 billion dirhams in 2023. "
            "Spain took 41% of the sector's exports. The industry's imports fell 3% to "
            "12 billion dirhams.")
    found = extracted(text, WHEN)
    assert found["41%"].commodity == "textiles"
    assert found["3%"].commodity == "textiles"
    assert found["12 billion dirhams"].commodity == "textiles"
    keys = [m.key for m in find_commodities(text)]
    assert keys.count("textiles") == 4  # (textile, clothing and the two anaphors)
    keys = [m.key for m in find_commodities(
        "Kenya's cut flower exports rose 4% in 2023. Europe took 70% of the sector's exports.")]
    assert "trade" in keys and len(set(keys) - {"trade"}) == 0
