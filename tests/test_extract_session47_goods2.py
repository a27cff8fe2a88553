"""Session 47 (goods, second helper): each test pins one rule of the session on invented
text."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Claim, Document


def _claims(text: str) -> dict[str, Claim]:
    return {c.surface: c for c in extract_claims(Document.from_text(text,
                                                                    published=date(2024, 7, 1)))}


def test_an_old_level_set_against_a_new_one_keeps_its_goods() -> None:
    found = _claims("Ruritania's imports rose 12 per cent in the first half to US$3.1 billion, "
                    "the statistics office said. Fuels climbed 40 per cent, while consumer goods "
                    "rose to US$612 million from US$455.3 million.")
    assert found["US$612 million"].commodity is None
    assert found["US$455.3 million"].commodity is None
