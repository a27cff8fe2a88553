"""Commodity rules of the forty-ninth session (goods helper) of 2026-12-06, each pinned by
invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted

WHEN = date(2024, 11, 20)


def test_a_bare_flow_noun_turns_back_to_all_goods_after_a_total() -> None:
    """After a country's total of all goods and then goods with no key, a bare flow noun goes
    back to all goods when it names a partner the goods were not traded with, or goes the other
    way from the paragraph's flow."""
    found = extracted("Uruguay's exports reached $1.2 billion in June. Sales of surgical gloves "
                      "to Chile rose 40 percent to $30 million. Shipments to Brazil climbed 12 "
                      "percent to $210 million.", WHEN)
    assert found["$30 million"].commodity is None
    assert found["$210 million"].commodity == "trade"
    found = extracted("Kenya's exports reached $700 million in May. Sales of surgical gloves "
                      "jumped 25 percent to $40 million. Imports rose 9 percent to $1.5 billion.",
                      WHEN)
    assert found["$40 million"].commodity is None
    assert found["$1.5 billion"].commodity == "trade"


def test_money_the_definite_sector_earned_is_of_the_goods_just_counted() -> None:
    """`The industry earned ...`: a level (or change) whose subject is the definite sector or
    industry is of the goods the paragraph just counted (here with no key), not of all goods,
    even beside a total of all goods later in its sentence."""
    found = extracted("Vietnam's cement exports reached $1.2 billion in 2023, with the "
                      "Philippines the top buyer. The industry earned around $1.1 billion of the "
                      "$355 billion of goods Vietnam exported in 2022.", WHEN)
    assert found["$1.1 billion"].commodity is None
    assert found["$355 billion"].commodity == "trade"
