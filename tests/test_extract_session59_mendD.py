"""Session 59, mend D: reviewers' invented sentences on which this session's detect rules
over-reached; each test fails without its mend."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2025, 6, 1))


def test_cost_part_of_a_cargo_value_after_a_price_is_no_share() -> None:
    found = _claims("Coffee prices rose 20% to $4.10 a pound this year. Freight and insurance "
                    "accounted for 15% of the value of each cargo.")
    assert "15%" not in found


def test_amount_of_the_recovery_is_no_change() -> None:
    found = _claims("The fund has disbursed $2 billion of the recovery, in loans to exporters.")
    assert "$2 billion" not in found or found["$2 billion"].kind != "change"
