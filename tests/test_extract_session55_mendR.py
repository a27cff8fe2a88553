"""Session 55, mend R: the parties rules narrowed where reviewers found them over-reaching;
each test pins a mend on invented text."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Claim, Document

_ON = date(2024, 7, 1)


def _sides(text: str) -> dict[str, tuple[str | None, str | None]]:
    claims: list[Claim] = extract_claims(Document.from_text(text, published=_ON))
    return {c.surface: (c.exporter, c.importer) for c in claims}


def test_a_subject_selling_to_a_named_buyer_owns_the_contrasting_imports() -> None:
    # the sentence names both sides of its first flow: China is its topic, not Vietnam
    found = _sides("China exported 2 million tonnes of steel to Vietnam in May, while imports "
                   "from Japan fell 5%.")
    assert found["2 million tonnes"] == ("CHN", "VNM")
    assert found["5%"] == ("JPN", "CHN")


def test_a_subject_selling_to_a_named_buyer_owns_contrasting_imports_after_whereas() -> None:
    found = _sides("Germany sold 40,000 cars to France in March, whereas imports from Spain "
                   "rose 3% to 25,000 cars.")
    assert found["25,000 cars"] == ("ESP", "DEU")


def test_a_rival_supplier_of_the_topic_buyer_still_gives_way() -> None:
    # near miss: the buyer is the earlier sentence's, not named beside the rival supplier
    found = _sides("Vietnam took in 3.88 million tonnes of scrap this year. Japan supplied 1.9 "
                   "million tonnes, a 62% increase, while purchases from the US plunged 49% "
                   "to 416,000 tonnes.")
    assert found["416,000 tonnes"] == ("USA", "VNM")
