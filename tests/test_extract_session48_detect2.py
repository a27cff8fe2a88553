"""Session 48, second pass on which figures are claims: each test pins one rule of the session
on invented text."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Claim, Document


def _claims(text: str) -> dict[str, Claim]:
    return {c.surface: c for c in extract_claims(Document.from_text(text,
                                                                    published=date(2024, 7, 1)))}


def test_a_move_ending_at_a_price_per_unit_is_no_claim() -> None:
    found = _claims("Uruguay's butter exports rose 8% to 41,000 tonnes in 2023. At the latest "
                    "auction butter gained 3.4 per cent to an average of US$5,120 a tonne, and "
                    "cheddar slipped 1.2% to $4,310 per tonne.")
    assert found["8%"].kind == "change"
    assert "3.4 per cent" not in found
    assert "1.2%" not in found
