"""Session 50, exporter and importer (second pass): each test pins one rule on invented text."""

from __future__ import annotations

from datetime import date

import pytest

from claim_helpers import extracted_on, parties

_claims = extracted_on(date(2024, 7, 1))


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("Brazil overtook the United States as China's top soybean supplier in the 2023 marketing "
     "year, selling 60 percent of the total.", "60 percent", ("USA", "BRA", True)),
    ("Brazil overtook the United States as the top corn exporter in the 2023 marketing year, "
     "taking 31 percent of the total.", "31 percent", ("USA", "BRA", True)),
    ("Egypt bought less wheat in the first quarter as Russian cargoes became costly and France "
     "won several tenders, supplying 45 percent of the total.", "45 percent",
     ("RUS", "EGY", True)),
])
def test_a_participle_share_takes_no_side_for_a_subject_past_another_country(
        text: str, surface: str, expected: tuple[str | None, str | None, bool]) -> None:
    """The participle's side goes to the sentence's first country only: a rival or the subject
    of a later clause is no buyer or seller of the share (the reading stays two-way)."""
    assert parties(_claims(text)[surface]) == expected


def test_a_participle_share_still_takes_the_sentence_subject_with_no_country_between() -> None:
    found = _claims("Peru was the main market in the first quarter, buying 55.9 percent of the "
                    "total.")
    assert parties(found["55.9 percent"]) == (None, "PER", False)
