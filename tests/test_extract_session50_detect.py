"""Session 50, which figures are claims and of which kind: each test pins one rule of the session
on invented text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_a_sector_or_firm_turnover_or_revenue_is_no_claim() -> None:
    found = _claims("Cotton exports from Benin rose 6% to 300,000 tonnes in 2023. The sector's "
                    "turnover fell 11.5% to 90 billion CFA francs, and the ginning group booked "
                    "revenue of 40 billion CFA francs. The port's cargo turnover rose 4.2%.")
    assert "6%" in found and "300,000 tonnes" in found
    for surface in ("11.5%", "90 billion CFA francs", "40 billion CFA francs", "4.2%"):
        assert surface not in found, surface


def test_turnover_between_two_countries_stays_a_claim() -> None:
    found = _claims("Annual turnover between Kenya and Uganda rose 9% to $1.2 billion in 2023.")
    assert found["9%"].two_way and found["$1.2 billion"].two_way
