"""Attribution and modality rules of the thirty-seventh session of 2026-12-04, each pinned by
invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted

WHEN = date(2024, 6, 12)


def test_a_year_in_a_documents_title_keeps_it_a_source() -> None:
    """`the Economic Survey 2023`, `a March 2024 bulletin by ...`, `the 2023 budget`: a year
    before or after a document noun is part of the document's name, so the phrase is still a
    source; a year in any other phrase still makes it a statement, not a source."""
    cases = {
        "Uganda exported 310,000 tonnes of coffee to Italy in 2022, the Statistical Abstract "
        "report 2023 shows.": ("310,000 tonnes", "the Statistical Abstract report 2023"),
        "Ghana shipped 85,000 tonnes of cashew to Vietnam last year, the Export Authority's "
        "2023 annual review shows.": ("85,000 tonnes", "the Export Authority's 2023 annual review"),
        "Peru sold $2.1 billion of copper to China in 2022, a March 2023 bulletin by the central "
        "bank said.": ("$2.1 billion", "a March 2023 bulletin by the central bank"),
    }
    for text, (surface, source) in cases.items():
        assert extracted("Trade\n" + text, WHEN)[surface].attribution == source, text
    plain = extracted("Trade\nPeru sold 400,000 tonnes of zinc to China in 2022, producers in "
                      "2023 said.", WHEN)
    assert plain["400,000 tonnes"].attribution is None
