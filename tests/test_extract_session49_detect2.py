"""Session 49, which figures are claims and of which kind (second pass): each test pins one rule
of the session on invented text."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Claim, Document


def _claims(text: str) -> dict[str, Claim]:
    return {c.surface: c for c in extract_claims(Document.from_text(text,
                                                                    published=date(2024, 7, 1)))}


def test_a_bare_count_of_motorcycles_after_a_count_of_units_stays_in_units() -> None:
    found = _claims("Two-wheeler exports from Vietnam reached 19.1 lakh units in 2023, up from "
                    "12.4 lakh units a year earlier, with motorcycle shipments climbing to 17.3 "
                    "lakh.")
    assert found["17.3 lakh"].unit == "unit"


def test_a_part_of_a_total_restated_after_a_move_is_a_share() -> None:
    found = _claims("Chile's copper exports reached $40 billion in 2023. Shipments to China rose "
                    "8.4%, or 52% of the total, while wine sales to Brazil climbed 3 percent, "
                    "or about 11 percent of all wine exports.")
    assert (found["8.4%"].kind, found["8.4%"].direction) == ("change", "up")
    assert (found["52%"].kind, found["52%"].direction) == ("share", None)
    assert (found["11 percent"].kind, found["11 percent"].direction) == ("share", None)
