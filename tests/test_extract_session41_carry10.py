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


def test_a_share_of_narrower_goods_takes_the_wholes_goods() -> None:
    text = "Kazakh oil made up 30% of Italy's crude imports in May, customs data showed."
    claims = extracted(text, date(2023, 6, 20))
    assert claims["30%"].commodity == "crude_oil"


def test_a_share_of_wider_goods_keeps_the_parts_goods() -> None:
    text = "Kazakh crude made up 30% of Italy's oil imports in May, customs data showed."
    claims = extracted(text, date(2023, 6, 20))
    assert claims["30%"].commodity == "crude_oil"


def test_total_goods_exports_after_unkeyed_goods_are_all_trade() -> None:
    text = ("Irish medical and pharmaceutical exports fell by €1.2bn to €5.1bn in June. Total "
            "goods exports came to €15.3bn, down 4.1%.")
    claims = extracted(text, date(2025, 8, 14))
    assert claims["€5.1bn"].commodity is None
    assert claims["€15.3bn"].commodity == "trade"
    assert claims["4.1%"].commodity == "trade"


def test_the_year_of_a_same_month_pointer_is_not_carried() -> None:
    text = ("Malta swings to a trade deficit\nWeak fuel sales left Malta with a €210 m trade "
            "deficit in April, where it had a €95 m surplus in the same month of 2018. Total "
            "exports fell to €150.5 m from €301.2 m in April 2018.")
    claims = extracted(text, date(2019, 6, 10))
    assert (claims["€150.5 m"].period_start, claims["€150.5 m"].period_end) == (
        "2019-04-01", "2019-04-30")
    assert claims["€301.2 m"].period_start == "2018-04-01"
