"""Session 49, review mends (E): each test pins ordinary news text that a rule of the session
over-reached on, read as before the rule."""

from __future__ import annotations

from datetime import date
from functools import partial

from claim_helpers import extracted
from tradetrace.model import Claim

_claims = partial(extracted, published=date(2024, 5, 1))


def _sides(claim: Claim) -> tuple[str | None, str | None]:
    return claim.exporter, claim.importer


def test_a_row_ranked_among_the_worlds_traders_is_no_partner() -> None:
    found = _claims("Thailand's rice exports rose 10% to 8 million tonnes, with Iraq the top "
                    "buyer. India ranked first among global suppliers with 16 million tonnes.")
    assert _sides(found["16 million tonnes"]) == ("THA", None)
    found = _claims("Most of Thailand's rice went to Iraq, which took 1.2 million tonnes. Vietnam "
                    "ranked second among global exporters with 7 million tonnes.")
    assert _sides(found["7 million tonnes"]) == ("VNM", None)


def test_a_row_ranked_among_suppliers_is_no_buyer_of_exports() -> None:
    found = _claims("Thailand's rice exports rose 10% to 8 million tonnes, with Iraq the top "
                    "buyer. India ranked first among suppliers with 16 million tonnes.")
    assert _sides(found["16 million tonnes"]) == ("THA", None)
    found = _claims("China's soybean imports from Brazil rose to 60 million tonnes. The US "
                    "ranked second among suppliers with 25 million tonnes.")
    assert _sides(found["25 million tonnes"]) == ("USA", "CHN")
    found = _claims("Mexico's exports to the US rose to $30 billion in the half. Canada ranked a "
                    "distant second among destinations with $3.6 billion.")
    assert _sides(found["$3.6 billion"]) == ("MEX", "CAN")
