"""Session 47 (review mends, third helper): each test pins a narrowed rule of the session on
ordinary news text the rule had over-reached on."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 5, 1))


def test_a_verb_before_a_flow_noun_names_no_goods() -> None:
    found = _claims("Analysts watch exports for signs of weaker demand. Brazil's ports handled 30 "
                    "million tonnes of outbound cargo in March, up 5%. Shipments abroad reached 9 "
                    "million tonnes.")
    assert found["9 million tonnes"].commodity == "trade"
    found = _claims("Swiss watch exports fell 3.1 percent to 2.9 billion euros in 2023. Shipments "
                    "dropped 6.2 percent to 200 million euros in December.")
    assert found["2.9 billion euros"].commodity is None
    assert found["200 million euros"].commodity is None


def test_the_other_way_made_of_goods_is_not_all_goods() -> None:
    found = _claims("Zambia's copper exports rose 10% to $700 million in March. Imports from "
                    "Congo, mostly concentrate for its smelters, rose 15% to $90 million.")
    assert found["15%"].commodity is None
    assert found["$90 million"].commodity is None
    found = _claims("India's cashew exports rose 8% to $400 million in 2023. Imports, mostly raw "
                    "nuts from Ivory Coast, jumped 20% to $1.5 billion.")
    assert found["20%"].commodity is None
    assert found["$1.5 billion"].commodity is None


def test_a_report_or_other_goods_named_do_not_point_back_to_the_goods() -> None:
    before = "Chile's copper exports climbed 8.3% in March to $4 billion. "
    for tail in ("Imports sank 12.6% to $1.2 billion, these data showed.",
                 "Imports, such as machinery and fuel, sank 12.6% to $1.2 billion.",
                 "Imports sank 12.6% to $1.2 billion over the same period."):
        assert _claims(before + tail)["$1.2 billion"].commodity == "trade"
    for tail in ("Imports of those stones sank 12.6% to $1.2 billion.",
                 "Imports in the same category sank 12.6% to $1.2 billion.",
                 "Imports went the other way, sinking 12.6% to $1.2 billion."):
        assert _claims(before + tail)["$1.2 billion"].commodity is None
