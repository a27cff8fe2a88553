"""Session 51, exporter and importer: each test pins one rule of the session on invented
text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_a_sentence_naming_only_the_home_country_leaves_it_the_side() -> None:
    found = _claims("Ghana's cocoa exports rise 8%\nGhana shipped 40,000 tonnes of cocoa beans "
                    "in May, 8% more than a year earlier. Output at the country's Ashanti farms "
                    "climbed to 90,000 tonnes.")
    claim = found["90,000 tonnes"]
    assert (claim.exporter, claim.importer) == ("GHA", None)
