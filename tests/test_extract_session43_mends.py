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


def test_seen_observed_in_the_body_is_no_forecast() -> None:
    tanker = extracted("Satellite images show a tanker seen transferring 4,000 tonnes of diesel to "
                       "a vessel off Nampo.", date(2024, 6, 1))
    assert tanker["4,000 tonnes"].modality == "reported"
    rally = extracted("India's coal imports rose 18% in May, extending the rally seen over the "
                      "past year, to 25 million tonnes.", date(2024, 6, 10))
    assert rally["25 million tonnes"].modality == "reported"
    headline = extracted("Pepper exports seen up 12% at 40,000 tonnes\nVietnam's pepper trade is "
                         "recovering.", date(2024, 6, 10))
    assert headline["12%"].modality == "forecast"


def test_an_offered_price_makes_no_plan_of_other_figures() -> None:
    found = extracted("Russian exporters offered $240 a tonne for wheat, after Egypt bought "
                      "420,000 tonnes in May.", date(2024, 6, 10))
    assert found["420,000 tonnes"].modality == "reported"
    offer = extracted("Russia has offered Bangladesh 150,000 tonnes of wheat.", date(2024, 6, 10))
    assert offer["150,000 tonnes"].modality == "planned"


def test_a_figure_beating_what_others_predicted_keeps_its_plan() -> None:
    found = extracted("Indonesia signed a deal to export 2 million tonnes of coal to India in "
                      "2025, exceeding what analysts had predicted.", date(2024, 6, 10))
    assert found["2 million tonnes"].modality == "planned"


def test_a_volume_earning_a_sum_written_with_a_code_is_no_baseline() -> None:
    found = extracted("The authority plans to earn 45 million USD from 9,000 tonnes of tea this "
                      "year.", date(2024, 6, 10))
    assert found["9,000 tonnes"].modality == "planned"
