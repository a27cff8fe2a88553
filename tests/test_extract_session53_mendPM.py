"""Session 53, mends of the periods and modality rules: each test pins one reviewer finding on
invented text (the reviewer's sentences, published 2025-06-01)."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2025, 6, 1))


def test_a_headlines_to_after_a_change_and_figure_reports_the_result() -> None:
    found = _claims("India's rice exports jump 10% to hit record 22 million tonnes in 2024\n"
                    "India exported rice.")
    assert found["22 million tonnes"].modality == "reported"


def test_a_headlines_to_after_a_change_verb_reports_the_result() -> None:
    found = _claims("China soybean imports surge to hit record 12 million tonnes in May\n"
                    "China imported soybeans.")
    assert found["12 million tonnes"].modality == "reported"


def test_a_headlines_to_after_a_causing_verb_reports_the_result() -> None:
    found = _claims("EU curbs on Russian steel push Indian exports to rise 20% in 2024\n"
                    "India exported steel.")
    assert found["20%"].modality == "reported"
    found = _claims("Strong Chinese demand helps Brazil beef exports to top $1 billion in May\n"
                    "Brazil exported beef.")
    assert found["$1 billion"].modality == "reported"


def test_a_headlines_bare_to_after_its_subject_stays_a_forecast() -> None:
    found = _claims("Korean exports to rise 1.8% next year, KITA says\nKorea exported cars.")
    assert found["1.8%"].modality == "forecast"


def test_up_to_after_a_modal_and_a_motion_verb_stays_a_ceiling() -> None:
    found = _claims("Ukraine could move up to 2 million tonnes of grain through the corridor in "
                    "June, officials said.")
    assert found["2 million tonnes"].approximate
    found = _claims("India's rice exports could jump up to 20% this year if the ban is lifted.")
    assert found["20%"].approximate


def test_up_to_after_a_motion_verb_with_no_modal_is_a_level_reached() -> None:
    found = _claims("Wheat imports into Egypt are expected to edge up to 535,000 tonnes in May.")
    assert not found["535,000 tonnes"].approximate


def test_a_goals_own_figure_is_forecast_and_the_figure_beating_it_reported() -> None:
    found = _claims("Ghana's cocoa exports reached 610,000 tonnes in 2024, beating the target of "
                    "580,000 tonnes by 30,000 tonnes.")
    assert found["610,000 tonnes"].modality == "reported"
    assert found["580,000 tonnes"].modality == "forecast"
    assert found["30,000 tonnes"].modality == "reported"
