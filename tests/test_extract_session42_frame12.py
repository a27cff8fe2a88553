"""Claim-stage rules of the forty-second session's twelfth frame round (2026-12-05): the period
in force carried from sentence to sentence, each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted, period


def test_a_possessive_old_mark_time_is_not_carried_on() -> None:
    """`short of June 2021's record of 47,000 tonnes`: the record's month dates its figure,
    but the month reported on stays in force for the next sentence."""
    text = ("Norway's salmon exports to France rose to 42,000 tonnes in August. That fell short of "
            "June 2021's record of 47,000 tonnes. Shipments to Spain, meanwhile, rose 6% to "
            "11,000 tonnes.")
    claims = extracted(text, date(2023, 9, 12))
    assert period(claims["47,000 tonnes"]) == ("2021-06-01", "2021-06-30")
    assert period(claims["11,000 tonnes"]) == ("2023-08-01", "2023-08-31")
