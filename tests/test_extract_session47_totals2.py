"""Session 47, second pass on the sides of whole totals: each test pins one rule of the session
on invented text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_a_body_total_under_a_headline_partner_flow_takes_no_headline_partner() -> None:
    found = _claims("Peru's avocado exports to Spain climb 12% in March\n"
                    "Peru shipped avocados worth 150 million USD in March, customs figures "
                    "show. Over the first quarter the total reached 380 million USD.")
    month = found["150 million USD"]
    assert (month.exporter, month.importer) == ("PER", None)
    headline = found["12%"]
    assert (headline.exporter, headline.importer) == ("PER", "ESP")
