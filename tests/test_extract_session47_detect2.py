"""Session 47, second pass on which figures are claims: each test pins one rule of the session on
invented text."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Claim, Document


def _claims(text: str) -> dict[str, Claim]:
    return {c.surface: c for c in extract_claims(Document.from_text(text,
                                                                    published=date(2024, 7, 1)))}


def test_goods_flowing_to_a_country_are_its_imports() -> None:
    found = _claims("Norwegian gas flows to Poland fell 30 percent in January, the operator said.")
    assert found["30 percent"].kind == "change"
    assert (found["30 percent"].exporter, found["30 percent"].importer) == ("NOR", "POL")
    found = _claims("Algerian gas flows to Spain jump 12% in first half\nMADRID - Spain took more "
                    "Algerian gas in the first half.")
    assert found["12%"].kind == "change"
    assert found["12%"].importer == "ESP"
