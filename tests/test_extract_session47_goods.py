"""Session 47 (goods): each test pins one rule of the session on invented text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_a_share_restating_an_amount_of_goods_with_no_key_is_of_those_goods() -> None:
    found = _claims("Mali sold about $2.1 billion of gold abroad in 2019, or 36% of its exports, "
                    "international trade statistics show.")
    assert found["$2.1 billion"].commodity is None
    assert found["36%"].commodity is None
    found = _claims("Mali exported $300 million of cashews in 2021, or 9.8 percent of total "
                    "exports.")
    assert found["9.8 percent"].commodity is None
    found = _claims("Mali exported $300 million of rice in 2021, or 9.8 percent of total exports.")
    assert found["9.8 percent"].commodity == "rice"


def test_bare_imports_after_a_sentence_on_exports_of_goods_with_no_key_are_all_goods() -> None:
    found = _claims("Ruritania's copper exports climbed 8.3% to $3.053 billion in September, the "
                    "central bank said. Imports sank 12.6% to $4.577 billion.")
    assert found["$3.053 billion"].commodity is None
    assert found["12.6%"].commodity == "trade"
    assert found["$4.577 billion"].commodity == "trade"
    found = _claims("Ruritania's copper exports climbed 8.3% to $3.053 billion in September, the "
                    "central bank said. Exports to Chile sank 12.6% to $457 million.")
    assert found["$457 million"].commodity is None


def test_the_other_way_of_goods_with_no_key_named_as_such_keeps_those_goods() -> None:
    found = _claims("Ruritania's copper exports climbed 8.3% to $3.053 billion in September, the "
                    "central bank said. Imports went the other way, sinking 12.6% to $457 million.")
    assert found["$457 million"].commodity is None


def test_a_flow_named_by_a_word_that_says_goods_only_before_it_has_no_key_to_carry() -> None:
    found = _claims("Austrian watch exports fell 3.1 percent to 2.9 billion euros in 2023, the "
                    "guild said, with the slump deepening in December, when shipments dropped "
                    "6.2 percent to 200 million euros.")
    assert found["2.9 billion euros"].commodity is None
    assert found["200 million euros"].commodity is None
