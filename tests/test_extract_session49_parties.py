"""Session 49 (exporter and importer): each test pins one rule of the session on invented
text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on
from tradetrace.model import Claim

_claims = extracted_on(date(2024, 7, 1))


def _sides(claim: Claim) -> tuple[str | None, str | None]:
    return claim.exporter, claim.importer


def test_cocoa_arrivals_at_a_growers_ports_are_its_exports() -> None:
    found = _claims("ACCRA, March 4 (Reuters) - Ghana's cocoa arrivals were running about 18% "
                    "behind last season's pace, exporters estimated on Monday.")
    assert _sides(found["18%"]) == ("GHA", None)
    found = _claims("Ivory Coast's graded cocoa bean arrivals reached 910,000 tonnes by "
                    "mid-January.")
    assert _sides(found["910,000 tonnes"]) == ("CIV", None)
    found = _claims("China's crude arrivals rose 4% in May.")
    assert found["4%"].exporter != "CHN"
