"""Session 53, mend G: the reviewers' invented sentences on the session's goods rules."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2025, 6, 1))


def test_steel_wire_coil_after_steel_stays_steel() -> None:
    found = _claims("Japan's steel exports fell 4% to 30 million tonnes in 2023. Galvanized wire "
                    "coil exports rose 5% to 200,000 tonnes.")
    assert found["5%"].commodity == "iron_steel"
    assert found["200,000 tonnes"].commodity == "iron_steel"
