"""Session 53, mends of the periods and modality rules: each test pins one reviewer finding on
invented text (the reviewer's sentences, published 2025-06-01)."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, period

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


def test_a_share_a_flow_takes_of_a_whole_years_total_keeps_that_year() -> None:
    found = _claims("Chile's copper exports rose 8% in May. China took 53% of the total in the "
                    "whole of 2024.")
    assert period(found["53%"]) == ("2024-01-01", "2024-12-31")
    found = _claims("Russia supplied 60% of all the wheat Egypt imported in the whole of 2023.")
    assert period(found["60%"]) == ("2023-01-01", "2023-12-31")


def test_a_share_set_beside_a_figure_is_still_of_the_period_in_force() -> None:
    found = _claims("Chile's copper exports to Japan so far this year total 410,000 tonnes, "
                    "close to 60% of everything Japan bought from Chile in the whole of last "
                    "year.")
    assert period(found["60%"]) == ("2025-01-01", "2025-06-30")


def test_from_a_record_after_money_is_the_source_not_an_old_level() -> None:
    found = _claims("Vietnam earned $5.5 billion in 2024 from a record 1.3 million tonnes of "
                    "coffee exports.")
    assert period(found["1.3 million tonnes"]) == ("2024-01-01", "2024-12-31")
    found = _claims("Ivory Coast's cocoa exports in 2024 came from a record 2.4 million tonnes "
                    "harvest.")
    assert period(found["2.4 million tonnes"]) == ("2024-01-01", "2024-12-31")


def test_from_a_record_after_a_change_is_still_the_old_level() -> None:
    found = _claims("Kenya's tea exports reached 600,000 tonnes in 2024. Sales to Egypt fell "
                    "12.5% to 84,000 tonnes from a record 96,000 tonnes in 2023.")
    assert period(found["96,000 tonnes"]) == ("2023-01-01", "2023-12-31")
    assert period(found["84,000 tonnes"]) == ("2024-01-01", "2024-12-31")


def test_up_to_after_a_modal_and_a_motion_verb_stays_a_ceiling() -> None:
    found = _claims("Ukraine could move up to 2 million tonnes of grain through the corridor in "
                    "June, officials said.")
    assert found["2 million tonnes"].approximate
    found = _claims("India's rice exports could jump up to 20% this year if the ban is lifted.")
    assert found["20%"].approximate


def test_up_to_after_a_motion_verb_with_no_modal_is_a_level_reached() -> None:
    found = _claims("Wheat imports into Egypt are expected to edge up to 535,000 tonnes in May.")
    assert not found["535,000 tonnes"].approximate


def test_a_running_total_before_a_superlatives_this_year_is_no_figure_of_the_month() -> None:
    found = _claims("Brazil's soybean exports rose 10% in April to 15 million tonnes. Exports to "
                    "China have totalled 30 million tonnes, the most of any buyer this year.")
    assert period(found["30 million tonnes"]) != ("2025-04-01", "2025-04-30")


def test_a_goals_own_figure_is_forecast_and_the_figure_beating_it_reported() -> None:
    found = _claims("Ghana's cocoa exports reached 610,000 tonnes in 2024, beating the target of "
                    "580,000 tonnes by 30,000 tonnes.")
    assert found["610,000 tonnes"].modality == "reported"
    assert found["580,000 tonnes"].modality == "forecast"
    assert found["30,000 tonnes"].modality == "reported"


def test_up_to_after_a_modal_stays_a_ceiling_for_every_verb_of_motion() -> None:
    # one reading of `up to` after a verb of motion for the quantity layer's verbs and the data's
    found = _claims("Ukraine could go back up to 2 million tonnes of grain exports in June.")
    assert found["2 million tonnes"].approximate is True
    found = _claims("Ukraine's grain exports rose back up to 2 million tonnes in June.")
    assert found["2 million tonnes"].approximate is False
