"""Mends of the forty-third session's read-only review: rules that fired on ordinary news text.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted


def test_the_fuel_does_not_point_back_to_a_gas_that_is_no_fuel_traded() -> None:
    found = extracted("Japan imported 8 million tonnes of diesel in 2023. Tokyo has pledged to cut "
                      "greenhouse gas emissions by 2030. Imports of the fuel rose 4% in January "
                      "to 700,000 tonnes.", date(2024, 3, 1))
    assert found["700,000 tonnes"].commodity == "diesel"
    assert found["4%"].commodity == "diesel"


def test_a_tariff_band_above_a_quota_is_no_change() -> None:
    found = extracted("A duty of 30% and 15% above the quota volume applies to rice imports, which "
                      "totalled 2.1 million tonnes in 2023. Shipments were 12% above the 2022 "
                      "volume.", date(2024, 3, 1))
    assert "15%" not in found
    assert (found["12%"].kind, found["12%"].direction) == ("change", "up")
