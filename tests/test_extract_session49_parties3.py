"""Session 49, third exporter/importer pass: each test pins one rule of the session on invented
text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on
from tradetrace.model import Claim

_claims = extracted_on(date(2024, 7, 1))


def _sides(claim: Claim) -> tuple[str | None, str | None]:
    return claim.exporter, claim.importer


def test_a_demonym_after_a_word_of_the_whole_opens_the_buyers_imports() -> None:
    found = _claims("Overall Indian crude imports rose 5% to 4.6 million bpd.")
    assert _sides(found["4.6 million bpd"]) == (None, "IND")
    found = _claims("Total Japanese coal imports slipped 2% to 9 million tonnes in May.")
    assert _sides(found["9 million tonnes"]) == (None, "JPN")


def test_a_ranked_rival_with_a_share_keeps_its_own_side() -> None:
    found = _claims("Kazakhstan supplied 40% of the uranium bought by EU utilities in 2022. "
                    "Russia came a distant second with a 4.9 percent share.")
    assert _sides(found["4.9 percent"]) == ("RUS", None)
