"""Session 55, modality: each test pins one rule of the session on invented text (one where the
rule applies, one near-miss where it must not)."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_ON = date(2024, 7, 1)


_by_surface = extracted_on(_ON)


def test_will_come_to_a_dollar_sum_is_a_forecast() -> None:
    found = _by_surface("Kenya's avocado exports will come to US$310 million this year, the "
                        "horticulture council said.")
    assert found["US$310 million"].modality == "forecast"


def test_will_amount_to_a_rupee_sum_is_a_forecast() -> None:
    found = _by_surface("Spice exports will amount to Rs 4,200 crore this fiscal year, the board "
                        "said.")
    assert found["Rs 4,200 crore"].modality == "forecast"


def test_going_to_a_country_is_still_no_plan() -> None:
    found = _by_surface("About 40,000 tonnes of cocoa exports from Ghana are going to US "
                        "grinders.")
    assert found["40,000 tonnes"].modality == "reported"


def test_hoping_a_flow_will_reach_a_figure_is_a_forecast() -> None:
    found = _by_surface("The cashew council hopes Benin's nut exports will set a record in 2025 "
                        "at more than $600 million.")
    assert found["$600 million"].modality == "forecast"


def test_fearing_a_cut_is_a_forecast() -> None:
    found = _by_surface("One trader fears the dry spell will cut Uganda's coffee exports by 15 "
                        "per cent next season.")
    assert found["15 per cent"].modality == "forecast"


def test_will_after_a_hope_in_another_clause_stays_a_plan() -> None:
    found = _by_surface("Morocco will buy 400,000 tonnes of French wheat next year, the ministry "
                        "said, and it hopes prices ease.")
    assert found["400,000 tonnes"].modality == "planned"


def test_a_record_set_in_a_past_season_is_reported() -> None:
    found = _by_surface("Kazakh flour sales to Afghanistan could match the record of about "
                        "900,000 tonnes set in 2017/18, the union said.")
    assert found["900,000 tonnes"].modality == "reported"


def test_a_dated_record_beaten_by_an_outlook_is_reported() -> None:
    found = _by_surface("The cooperative expects to ship 2.4 million bags of coffee this year, "
                        "beating its 2019 record of 2.1 million bags.")
    assert found["2.1 million bags"].modality == "reported"
    assert found["2.4 million bags"].modality == "forecast"


def test_a_record_hoped_for_stays_a_forecast() -> None:
    found = _by_surface("The cooperative expects to set a record of 2.6 million bags of coffee "
                        "exports this year.")
    assert found["2.6 million bags"].modality == "forecast"


def test_a_season_ending_in_the_year_of_publication_is_no_past_baseline() -> None:
    text = "Sugar exports are expected to stay near the 2 million tonnes of 1999-00."
    found = _by_surface(text, published=date(2000, 8, 1))
    assert found["2 million tonnes"].modality == "forecast"


def test_a_season_ended_before_the_year_of_publication_is_a_past_baseline() -> None:
    text = "Sugar exports are expected to stay near the 2 million tonnes of 1998-99."
    found = _by_surface(text, published=date(2000, 8, 1))
    assert found["2 million tonnes"].modality == "reported"


def test_an_estimate_closing_on_its_day_governs_the_figures() -> None:
    found = _by_surface("Coffee deliveries to Ugandan ports totalled 410,000 tonnes between "
                        "October 1 and March 3, 6% less than a season earlier, exporters "
                        "estimated on Tuesday.")
    assert found["410,000 tonnes"].modality == "estimated"
    assert found["6%"].modality == "estimated"


def test_a_statement_closing_on_its_day_stays_reported() -> None:
    found = _by_surface("Coffee deliveries to Ugandan ports totalled 410,000 tonnes between "
                        "October 1 and March 3, the regulator said on Tuesday.")
    assert found["410,000 tonnes"].modality == "reported"


def test_a_modal_reaches_its_second_verb_after_and() -> None:
    found = _by_surface("Zinc concentrate exports should pick up later in the year and reach "
                        "640,000 tonnes, the mines ministry said.")
    assert found["640,000 tonnes"].modality == "forecast"


def test_and_with_a_new_subject_opens_another_predicate() -> None:
    found = _by_surface("Zinc concentrate exports could slow this year, and imports reach "
                        "640,000 tonnes, the mines ministry said.")
    assert found["640,000 tonnes"].modality == "reported"
