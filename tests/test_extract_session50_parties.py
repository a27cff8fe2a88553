"""Session 50, exporter and importer: each test pins one rule of the session on invented text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, parties

_claims = extracted_on(date(2024, 7, 1))


def test_a_share_clause_opened_by_a_participle_takes_the_sentence_subject_far_back() -> None:
    found = _claims("Peru was the main market in the first quarter, buying 55.9 percent of the "
                    "total.")
    assert parties(found["55.9 percent"]) == (None, "PER", False)
