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
