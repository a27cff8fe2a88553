"""Review mends of session 52's flow rules (flows.py): ordinary news text they over-reached on."""

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Document


def _claims(text: str) -> dict[str, tuple[str | None, str | None]]:
    doc = Document.from_text(text, outlet="x", published=date(2024, 5, 1), source="x")
    return {c.surface: (c.exporter, c.importer) for c in extract_claims(doc)}


def test_turned_flow_ends_at_a_flow_noun_or_contrast() -> None:
    got = _claims("New Zealand exports to China rose to NZ$20 billion in 2023. Purchases going "
                  "the other way climbed to NZ$15 billion, though exports of dairy fell 10% to "
                  "NZ$8 billion.")
    assert got["NZ$15 billion"] == ("CHN", "NZL")
    assert got["10%"] == ("NZL", "CHN")
    assert got["NZ$8 billion"] == ("NZL", "CHN")
