"""Session 44 (parties18): country names written with a curly apostrophe."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.extract.parties import find_countries
from tradetrace.model import Claim, Document


def _claims(text: str) -> dict[str, Claim]:
    return {c.surface: c for c in extract_claims(Document.from_text(text,
                                                                    published=date(2024, 7, 1)))}


def _sides(claim: Claim) -> tuple[str | None, str | None, bool]:
    return claim.exporter, claim.importer, claim.two_way


def test_a_name_with_a_curly_apostrophe_is_read_like_the_straight_one() -> None:
    assert [m.code for m in find_countries("Côte d’Ivoire and N’Djamena")] == ["CIV", "TCD"]
    found = _claims("Côte d’Ivoire sold 40,000 tonnes of cocoa beans to Belgium in March.")
    assert _sides(found["40,000 tonnes"]) == ("CIV", "BEL", False)


def test_a_state_company_with_a_curly_apostrophe_stands_for_its_country() -> None:
    found = _claims("Ma’aden shipped 300,000 tonnes of fertiliser to Brazil in May.")
    assert _sides(found["300,000 tonnes"]) == ("SAU", "BRA", False)
