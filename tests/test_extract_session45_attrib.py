"""Session 45 (attribution and modality): each test pins one rule of the session on invented
text."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Claim, Document


def _claims(text: str) -> dict[str, Claim]:
    return {c.surface: c for c in extract_claims(Document.from_text(text,
                                                                    published=date(2024, 7, 1)))}


def test_a_name_with_its_initials_and_an_apposition_is_the_source() -> None:
    found = _claims("Malawi sold 52 million kg of burley leaf abroad so far this season, the "
                    "Leaf Growers Auction Holdings Board (LGAHB), the sector watchdog, said.")
    assert found["52 million kg"].attribution == (
        "the Leaf Growers Auction Holdings Board (LGAHB), the sector watchdog")
