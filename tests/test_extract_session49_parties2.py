"""Session 49, second exporter/importer pass: each test pins one rule of the session on invented
text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on
from tradetrace.model import Claim

_claims = extracted_on(date(2024, 7, 1))


def _sides(claim: Claim) -> tuple[str | None, str | None]:
    return claim.exporter, claim.importer


def test_a_row_ranked_among_destinations_is_the_next_row() -> None:
    found = _claims("Chile's exports to China rose to $30 billion in the half. Brazil ranked a "
                    "distant second among destinations with $3.6 billion.")
    assert _sides(found["$3.6 billion"]) == ("CHL", "BRA")
