"""Session 45 (parties2): in-sentence exporter and importer."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Claim, Document


def _claims(text: str) -> dict[str, Claim]:
    return {c.surface: c for c in extract_claims(Document.from_text(text,
                                                                    published=date(2024, 7, 1)))}


def test_a_rival_buyer_takes_the_leaders_side_not_the_owners() -> None:
    found = _claims("Kenya was Tanzania's largest cashew customer in May, taking 31 percent of "
                    "the month's shipments, ahead of Egypt on 12 percent.")
    assert (found["31 percent"].exporter, found["31 percent"].importer) == ("TZA", "KEN")
    assert (found["12 percent"].exporter, found["12 percent"].importer) == ("TZA", "EGY")

