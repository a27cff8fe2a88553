"""Session 45 review mends (mendC): rules of the session narrowed on ordinary news text."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Claim, Document


def _claims(text: str) -> dict[str, Claim]:
    return {c.surface: c for c in extract_claims(Document.from_text(text,
                                                                    published=date(2024, 5, 1)))}


def test_e_commerce_is_trade_not_a_trade_body() -> None:
    """`e-commerce` names trade itself, not a body that reports it."""
    found = _claims("E-commerce between China and Russia rose 20% to $5 billion in 2023.")
    assert found["20%"].kind == "change"
    assert found["$5 billion"].kind == "level"
    for surface in ("20%", "$5 billion"):
        assert (found[surface].exporter, found[surface].importer) == ("CHN", "RUS"), surface
