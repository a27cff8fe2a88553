"""Session 53, modality and hedging: each test pins one rule of the session on invented text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_a_figure_measured_against_a_forecast_is_reported() -> None:
    found = _claims("Malawi sold 180,000 tonnes of tobacco abroad in 2023, 9 percent more than a "
                    "year earlier and well above a forecast of 150,000 tonnes, the board said.")
    assert found["180,000 tonnes"].modality == "reported"
    assert found["9 percent"].modality == "reported"
    assert found["150,000 tonnes"].modality == "forecast"


def test_a_figure_measured_against_a_target_before_it_is_reported() -> None:
    found = _claims("Malawi's tobacco exports came in 14 per cent above the season's $310 million "
                    "target in May.")
    assert found["14 per cent"].modality == "reported"
    assert found["$310 million"].modality == "forecast"


def test_the_margin_a_goal_was_beaten_by_is_reported() -> None:
    found = _claims("Malawi's tobacco sellers beat the goal by 6,000 tonnes in May.")
    assert found["6,000 tonnes"].modality == "reported"


def test_the_goals_own_figures_stay_forecast() -> None:
    found = _claims("Zambia sold 92,000 tonnes of copper to China in March, short of the goal of "
                    "95,000 tonnes worth $820 million.")
    assert found["92,000 tonnes"].modality == "reported"
    assert found["95,000 tonnes"].modality == "forecast"
    assert found["$820 million"].modality == "forecast"


def test_an_outlook_verb_after_a_share_still_governs_it() -> None:
    found = _claims("By 2026, 70% of Malawi's tobacco exports are expected to go to China.")
    assert found["70%"].modality == "forecast"


def test_a_forecast_not_measured_against_still_governs() -> None:
    found = _claims("Zambia's copper exports to China are forecast to rise 11 percent in 2025.")
    assert found["11 percent"].modality == "forecast"


def test_a_headlines_bare_to_before_a_change_verb_is_a_forecast() -> None:
    found = _claims("Zambian copper exports to climb 6% next year, chamber says\n"
                    "Zambia sold copper worth $7 billion abroad in 2023.")
    assert found["6%"].modality == "forecast"
    assert found["$7 billion"].modality == "reported"


def test_a_headline_level_after_to_and_a_verb_is_a_forecast() -> None:
    found = _claims("Malawi tea sales to top $140 million in 2025\n"
                    "Malawi sold tea worth $120 million abroad in 2023.")
    assert found["$140 million"].modality == "forecast"


def test_a_headline_that_reports_a_rise_to_a_level_stays_reported() -> None:
    found = _claims("Malawi tea sales climbed to $120 million in 2023\n"
                    "Malawi sold tea worth $120 million abroad in 2023.")
    assert found["$120 million"].modality == "reported"


def test_a_figure_tipped_to_be_reached_is_a_forecast() -> None:
    found = _claims("Zambia's copper exports are tipped to reach 900,000 tonnes in 2025.")
    assert found["900,000 tonnes"].modality == "forecast"


def test_a_figure_after_edge_up_to_is_a_level_reached_not_a_hedge() -> None:
    found = _claims("Malawi's tea exports are expected to edge up to 52,000 tonnes in 2025.")
    assert found["52,000 tonnes"].approximate is False


def test_a_figure_after_picked_up_to_is_a_level_reached() -> None:
    found = _claims("Mozambique's gas sales to South Africa picked up to 420 million cubic feet a "
                    "day in May.")
    assert found["420 million cubic feet a day"].approximate is False


def test_up_to_after_a_trade_verb_stays_a_ceiling() -> None:
    found = _claims("Malawi exported up to 52,000 tonnes of tea in 2023.")
    assert found["52,000 tonnes"].approximate is True


def test_an_estimate_closing_the_sentence_as_a_yardstick_leaves_figures_reported() -> None:
    found = _claims("Malawi's tea exports reached 52,000 tonnes in 2023, 6% above the estimate.")
    assert found["52,000 tonnes"].modality == "reported"
    assert found["6%"].modality == "reported"


def test_a_sources_estimate_closing_the_sentence_still_governs() -> None:
    found = _claims("Malawi's tea exports reached 52,000 tonnes in 2023, the board estimated.")
    assert found["52,000 tonnes"].modality == "estimated"
