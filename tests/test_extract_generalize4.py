"""Party assignment found on `tests/gold/dev4.jsonl`, pinned by invented sentences.

Each test names what went wrong; quantities are written out by hand (what the quantity layer
would hand over), so only the claim logic is exercised.
"""

from __future__ import annotations

from datetime import date

import claim_helpers
from claim_helpers import parties
from tradetrace.model import Claim

MARCH_2025 = date(2025, 3, 12)


def only_claim(text: str, surface: str, value: float, unit: str) -> Claim:
    return claim_helpers.only_claim(text, surface, value, unit, MARCH_2025)


def test_demonym_after_flow_noun_and_of_is_origin_of_unkeyed_goods() -> None:
    claim = only_claim("Vietnam's imports of Indian sorghum reached 300,000 tonnes in 2024.",
                       "300,000 tonnes", 300_000, "t")
    assert parties(claim) == ("IND", "VNM", False)


def test_share_named_before_the_number_is_of_the_second_owners_market() -> None:
    claim = only_claim("Colombia's share of Poland's coal market rose to 40 percent last year.",
                       "40 percent", 40, "percent")
    assert parties(claim) == ("COL", "POL", False)


def test_share_named_before_the_number_of_exports_flows_from_the_owner() -> None:
    claim = only_claim("Chile's share of Peru's exports stood at 6 percent in 2024.",
                       "6 percent", 6, "percent")
    assert parties(claim) == ("PER", "CHL", False)


def test_country_before_which_is_subject_of_the_relative_clause() -> None:
    claim = only_claim("Egypt's main wheat supplier in 2024 was Romania, which shipped "
                       "2.5 million tonnes to Cairo.", "2.5 million tonnes", 2_500_000, "t")
    assert parties(claim) == ("ROU", "EGY", False)
