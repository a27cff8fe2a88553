"""Session 53, the goods of a claim: each test pins one rule of the session on invented text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_garments_listed_with_shoes_and_travel_goods_are_all_trade() -> None:
    found = _claims("Laos exported US$2.1 billion of garments, footwear and travel goods in 2023, "
                    "up 9 percent on a year earlier.")
    assert found["US$2.1 billion"].commodity == "trade"
    assert found["9 percent"].commodity == "trade"


def test_apparel_and_shoes_worth_a_sum_are_all_trade() -> None:
    found = _claims("Laos sold apparel and shoes worth $300 million abroad in 2023.")
    assert found["$300 million"].commodity == "trade"


def test_garments_alone_stay_textiles() -> None:
    found = _claims("Laos exported US$2.1 billion of garments in 2023, up 9 percent on a year "
                    "earlier.")
    assert found["US$2.1 billion"].commodity == "textiles"
    assert found["9 percent"].commodity == "textiles"


def test_a_flow_named_by_a_list_of_clothes_and_shoes_is_all_trade() -> None:
    found = _claims("Morocco's clothing, leather and shoe exports grew 14% last year.")
    assert found["14%"].commodity == "trade"


def test_a_value_of_a_list_of_apparel_and_travel_goods_is_all_trade() -> None:
    found = _claims("Consignments of apparel, shoes and travel goods from Bangladesh were valued "
                    "at $4.2 billion in March.")
    assert found["$4.2 billion"].commodity == "trade"


def test_a_flow_of_shoes_and_travel_goods_alone_stays_unknown() -> None:
    assert _claims("Morocco's shoe exports grew 14% last year.")["14%"].commodity is None
    found = _claims("Consignments of shoes and travel goods from Bangladesh were valued at $4.2 "
                    "billion in March.")
    assert found["$4.2 billion"].commodity is None


def test_money_of_a_goods_kind_opening_a_sentence_stays_unknown() -> None:
    found = _claims("Leather goods such as belts and wallets slipped 4 per cent to $52 million in "
                    "2023.")
    assert found["$52 million"].commodity is None
    assert found["4 per cent"].commodity is None


def test_money_of_goods_of_every_kind_stays_all_trade() -> None:
    found = _claims("Goods such as belts and wallets slipped 4 per cent to $52 million in 2023.")
    assert found["$52 million"].commodity == "trade"


def test_scrap_of_another_metal_before_a_flow_noun_is_unknown_goods() -> None:
    found = _claims("Belgian steel scrap exports rose to 4 million tonnes in 2022. Copper scrap "
                    "exports are expected to reach 200,000 tonnes in 2023.")
    assert found["4 million tonnes"].commodity == "iron_steel"
    assert found["200,000 tonnes"].commodity is None


def test_bare_scrap_before_a_flow_noun_stays_steel() -> None:
    found = _claims("Belgian steel scrap exports rose to 4 million tonnes in 2022. Scrap exports "
                    "are expected to reach 200,000 tonnes in 2023.")
    assert found["200,000 tonnes"].commodity == "iron_steel"
