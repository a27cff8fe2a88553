"""Session 37 (periods): rules pinned on text written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tradetrace.extract import extract_claims
from tradetrace.model import Document

MARCH_2024 = date(2024, 3, 1)


def _periods(text: str, published: date) -> dict[str, tuple[str | None, str | None]]:
    claims = extract_claims(Document.from_text(text, published=published))
    return {c.surface: (c.period_start, c.period_end) for c in claims}


@pytest.mark.parametrize(("text", "surface"), [
    ("Peru sold 2 million tonnes of copper abroad in 2023. China remains the main destination, "
     "taking 55 percent of the shipments.", "55 percent"),
    ("Kenya shipped 90,000 tonnes of tea in 2023. Egypt is the biggest buyer, receiving about "
     "30% of the country's tea exports.", "30%"),
    ("Ghana exported 600,000 tonnes of cocoa in 2023. The European Union absorbs most of it, "
     "with the Netherlands taking 25%.", "25%"),
    ("Chile exported 1 million tonnes of fruit in 2023. Chile sends 40% of its fruit exports to "
     "China while supplying just 3% of American fruit imports.", "3%"),
])
def test_share_in_a_participles_aside_after_a_present_main_clause_has_no_period(
        text: str, surface: str) -> None:
    assert _periods(text, MARCH_2024)[surface] == (None, None)


def test_share_in_a_participles_aside_after_a_past_main_clause_keeps_the_period() -> None:
    text = ("Peru sold 2 million tonnes of copper abroad in 2023. China remained the main "
            "destination, taking 55 percent of the shipments.")
    assert _periods(text, MARCH_2024)["55 percent"] == ("2023-01-01", "2023-12-31")
