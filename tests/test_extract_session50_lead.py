"""The fiftieth session lead's own period rule, on sentences written for these tests: `May
alone` opening a sentence is the month, not the modal verb."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_may_alone_is_the_month() -> None:
    found = _claims("Peru's avocado exports reached 420,000 tonnes in January-May. May alone "
                    "accounted for 95,000 tonnes.")
    assert (found["95,000 tonnes"].period_start, found["95,000 tonnes"].period_end) == (
        "2024-05-01", "2024-05-31")


def test_the_verb_may_before_alone_is_no_month() -> None:
    found = _claims("Analysts say exports may alone reach 3 million tonnes in 2025.")
    assert found["3 million tonnes"].period_start == "2025-01-01"
