"""Session 53, mend G: the reviewers' invented sentences on the session's goods rules."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2025, 6, 1))


def test_other_goods_near_a_list_of_garments_and_shoes_stay_unknown() -> None:
    found = _claims("Cambodia's garment and footwear sector slowed, while cashew exports rose 20% "
                    "to $500 million in 2023.")
    assert found["20%"].commodity is None
    assert found["$500 million"].commodity is None
    found = _claims("Garments and footwear dominate, but cashew nuts worth $500 million were also "
                    "shipped in 2023.")
    assert found["$500 million"].commodity is None
    found = _claims("Besides garments and footwear, Cambodia's rubber exports rose 20% to $500 "
                    "million in 2023.")
    assert found["$500 million"].commodity is None


def test_a_comma_past_the_list_does_not_join_shoes_to_garments() -> None:
    found = _claims("Bangladesh exported $4 billion of garments, footwear makers said on Monday.")
    assert found["$4 billion"].commodity == "textiles"
    found = _claims("Vietnam exported $3 billion of textiles, shoes accounting for a further $1 "
                    "billion in 2023.")
    assert found["$3 billion"].commodity == "textiles"


def test_a_headline_list_before_a_flow_noun_is_all_trade() -> None:
    found = _claims("Cambodia earns 15.5 bln USD from garment, shoe, travel goods exports in 2025.")
    assert found["15.5 bln USD"].commodity == "trade"


def test_only_textiles_with_leather_are_all_trade() -> None:
    found = _claims("Argentina exported $1.2 billion of beef and leather in 2023.")
    assert found["$1.2 billion"].commodity == "food"
    found = _claims("Indonesia's palm oil, leather and rubber exports rose 8% in 2023.")
    assert found["8%"].commodity is None


def test_leather_goods_before_garments_are_all_trade_too() -> None:
    found = _claims("Leather goods and garments worth $500 million were shipped in 2023.")
    assert found["$500 million"].commodity == "trade"
    found = _claims("Garments and leather goods worth $500 million were shipped in 2023.")
    assert found["$500 million"].commodity == "trade"


def test_steel_wire_coil_after_steel_stays_steel() -> None:
    found = _claims("Japan's steel exports fell 4% to 30 million tonnes in 2023. Galvanized wire "
                    "coil exports rose 5% to 200,000 tonnes.")
    assert found["5%"].commodity == "iron_steel"
    assert found["200,000 tonnes"].commodity == "iron_steel"
