"""Session 46 (parties, the figure whose sentence names no country): each test pins one rule
of the session on invented text."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Claim, Document


def _claims(text: str) -> dict[str, Claim]:
    return {c.surface: c for c in extract_claims(Document.from_text(text,
                                                                    published=date(2024, 7, 1)))}


def test_a_country_the_first_sentence_names_is_home_to_a_later_bare_flow() -> None:
    """The article's country named in its first sentence, though not as the sentence's
    subject, is home to a bare flow after it."""
    found = _claims("Peruvian avocado growers are leaning on new buyers as prices soften. Avocado "
                    "exports reached 410,000 tonnes in January-October, and Peru's farm ministry "
                    "expects a record year.")
    assert (found["410,000 tonnes"].exporter, found["410,000 tonnes"].importer) == ("PER", None)
