"""Session 42, the lead's rules in the claim stage (`extract/claims.py`). Text written for these
tests."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted


def test_paragraph_goods_go_on_past_the_same_goods_named_in_another_clause() -> None:
    claims = extracted("Taiwan bought a record 150,000 tonnes of beef in 2023. The United States "
                       "remained its largest origin with 61,000 tonnes, up 3%, although Taiwanese "
                       "imports of U.S. beef slid 11% in December.", date(2024, 2, 10))
    assert claims["61,000 tonnes"].commodity == "food"
    assert claims["3%"].commodity == "food"


def test_other_goods_named_in_the_sentence_still_stop_the_paragraph_goods() -> None:
    claims = extracted("Taiwan bought a record 150,000 tonnes of beef in 2023. The United States "
                       "remained its largest origin with 61,000 tonnes, up 3%, although Taiwanese "
                       "imports of U.S. coal slid 11% in December.", date(2024, 2, 10))
    assert claims["61,000 tonnes"].commodity != "food"


def test_goods_named_twice_with_and_are_one_kind_of_goods_that_goes_on() -> None:
    claims = extracted("Cambodia's garment and textile exports reached $6.1 billion in the first "
                       "half of 2024. Sales to Canada rose 12% to $410 million.", date(2024, 7, 9))
    assert claims["12%"].commodity == "textiles"
    assert claims["$410 million"].commodity == "textiles"


def test_goods_coordinated_with_other_goods_do_not_go_on() -> None:
    claims = extracted("Cambodia's rice and garment exports reached $6.1 billion in the first "
                       "half of 2024. Sales to Canada rose 12% to $410 million.", date(2024, 7, 9))
    assert claims["12%"].commodity != "textiles"


def test_megawatts_of_a_country_s_electricity_are_electricity() -> None:
    claims = extracted("Georgia bought 250 megawatts of Azerbaijani electricity in January.",
                       date(2024, 2, 15))
    assert claims["250 megawatts"].commodity == "electricity"
    claims = extracted("Laos sold 120 MW of renewable power to Thailand in May.", date(2024, 6, 1))
    assert claims["120 MW"].commodity == "electricity"
