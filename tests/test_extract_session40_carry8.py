"""Session 40 (carry, eighth round): what the claim stage carries from sentence to sentence,
pinned on text written for these tests."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted, period

MAY_2020 = date(2020, 5, 1)


def test_tonnage_with_no_goods_after_an_article_of_unkeyed_goods_is_of_those_goods() -> None:
    text = ("Kenya sold cut flowers to the Netherlands. Total exports reached 120,000 tonnes last "
            "year.")
    claims = extracted(text, MAY_2020)
    assert claims["120,000 tonnes"].commodity is None


def test_tonnage_after_flowers_and_keyed_goods_goes_on_with_the_keyed_goods() -> None:
    text = ("Kenya sold cut flowers to the Netherlands, and wheat to Pakistan. Exports reached "
            "120,000 tonnes last year.")
    claims = extracted(text, MAY_2020)
    assert claims["120,000 tonnes"].commodity == "wheat"


def test_money_with_no_goods_after_unkeyed_goods_stays_all_goods() -> None:
    text = ("Kenya sold cut flowers to the Netherlands. Total exports reached $1.2 billion last "
            "year.")
    claims = extracted(text, MAY_2020)
    assert claims["$1.2 billion"].commodity == "trade"
    assert period(claims["$1.2 billion"]) == ("2019-01-01", "2019-12-31")
