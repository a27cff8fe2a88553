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
