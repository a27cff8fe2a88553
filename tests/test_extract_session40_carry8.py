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


MARCH_2024 = date(2024, 3, 4)


def test_past_perfect_sentence_is_a_look_back_that_leaves_the_period_in_force() -> None:
    text = ("Moroccan phosphate exports rose 17% in January. Sales abroad had fallen 34% last "
            "year. Fertilizer exports grew 20% to $420 million.")
    claims = extracted(text, MARCH_2024)
    assert period(claims["34%"]) == ("2023-01-01", "2023-12-31")
    assert period(claims["20%"]) == ("2024-01-01", "2024-01-31")


def test_past_perfect_with_a_year_named_first_is_a_look_back_too() -> None:
    text = ("Ghana sold $1.8 billion of gold in the first quarter of 2025. For all of 2023 the "
            "miners had shipped $3.1 billion. Exports to India rose 4%.")
    claims = extracted(text, date(2025, 5, 20))
    assert period(claims["$3.1 billion"]) == ("2023-01-01", "2023-12-31")
    assert period(claims["4%"]) == ("2025-01-01", "2025-03-31")


def test_past_perfect_in_a_clause_of_its_own_dates_what_follows() -> None:
    text = ("Moroccan phosphate exports rose 17% in January. Officials said sales abroad had "
            "fallen 34% last year. Fertilizer exports grew 20% to $420 million.")
    claims = extracted(text, MARCH_2024)
    assert period(claims["20%"]) == ("2023-01-01", "2023-12-31")


def test_ship_orders_in_cgt_are_dated_by_when_they_were_won() -> None:
    text = ("Japanese shipbuilders won orders for 2.4 million CGT of new vessels in 2019, "
            "shipbroker data showed. Chinese yards followed with 1.9 million CGT.")
    claims = extracted(text, date(2020, 1, 10))
    assert period(claims["2.4 million CGT"]) == ("2019-01-01", "2019-12-31")
    assert period(claims["1.9 million CGT"]) == ("2019-01-01", "2019-12-31")
