"""Session 41 (carry, tenth round): what the claim stage carries from sentence to sentence (the
period and goods in force) and the modality of a plan used as a comparison base, pinned on text
written for these tests."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted


def test_a_forecast_named_by_its_participle_stays_a_forecast_as_a_base() -> None:
    text = ("Brazil's soybean shipments reached 9.1 million tonnes in 2023, against the 8.6 "
            "million tonnes projected for the year.")
    claims = extracted(text, date(2024, 2, 5))
    assert claims["9.1 million tonnes"].modality == "reported"
    assert claims["8.6 million tonnes"].modality == "forecast"


def test_a_plan_named_by_its_participle_stays_a_plan_as_a_base() -> None:
    text = ("Crude oil exports through the pipeline fell to 140,000 bpd in May, down from the "
            "175,000 bpd originally planned.")
    claims = extracted(text, date(2021, 7, 3))
    assert claims["175,000 bpd"].modality == "planned"


def test_an_old_level_without_a_participle_is_still_reported() -> None:
    text = ("Gas exports will rise to 9 billion cubic metres next year, up from 7 billion cubic "
            "metres in 2020, the ministry said.")
    claims = extracted(text, date(2021, 7, 3))
    assert claims["7 billion cubic metres"].modality == "reported"
