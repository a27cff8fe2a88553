"""Session 54, modality and hedging: each test pins one rule of the session on invented text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_the_figure_of_a_past_year_set_against_an_outlook_is_reported() -> None:
    found = _claims("Zambia expects copper exports to China this year to be nearly double the "
                    "412,000 tonnes of 2022.")
    assert found["412,000 tonnes"].modality == "reported"


def test_the_value_of_an_up_from_baseline_of_a_past_year_is_reported() -> None:
    found = _claims("Malawi expects to sell 190,000 tonnes of tobacco abroad this year, up from "
                    "160,000 tonnes valued at $410 million in 2021, the board said.")
    assert found["$410 million"].modality == "reported"
    assert found["190,000 tonnes"].modality == "forecast"


def test_a_figure_of_the_year_of_publication_keeps_its_outlook() -> None:
    found = _claims("Zambia expects copper exports to China to reach the 900,000 tonnes of "
                    "2024.")
    assert found["900,000 tonnes"].modality == "forecast"


def test_a_hedge_before_a_colon_does_not_reach_the_figures_after_it() -> None:
    found = _claims("Chilean growers seem to have found new buyers: cherry exports to China rose "
                    "18 percent in March to $410 million.")
    assert found["18 percent"].modality == "reported"
    assert found["$410 million"].modality == "reported"


def test_a_suggestion_still_reaches_the_figures_after_its_colon() -> None:
    found = _claims("Traders suggest China is still the main buyer of Chilean cherries: imports "
                    "came to 40,000 tonnes in March.")
    assert found["40,000 tonnes"].modality == "estimated"


def test_a_modal_change_reaches_the_level_after_its_comma() -> None:
    found = _claims("Cocoa exports to Europe could fall 12% this season, to about 600,000 tonnes, "
                    "the board said.")
    assert found["12%"].modality == "forecast"
    assert found["600,000 tonnes"].modality == "forecast"


def test_a_modal_change_does_not_reach_a_figure_after_another_predicate() -> None:
    found = _claims("Cocoa exports to Europe could fall 12% this season, and shipments to Asia "
                    "reached 300,000 tonnes in May, the board said.")
    assert found["300,000 tonnes"].modality == "reported"


def test_a_figure_being_approached_or_broken_is_approximate() -> None:
    assert _claims("Chile's cherry exports to China are approaching $2.3 billion this "
                   "season.")["$2.3 billion"].approximate
    assert _claims("Strong demand pushed Chilean cherry exports past $2 billion in "
                   "March.")["$2 billion"].approximate
    assert _claims("Chilean copper exports to China break $5 billion "
                   "barrier")["$5 billion"].approximate


def test_a_mark_gone_past_is_approximate_but_a_goal_is_not() -> None:
    assert _claims("Chile's cherry sales to China passed the $2 billion mark in the season to "
                   "March.")["$2 billion"].approximate
    assert not _claims("Chile's cherry sales to China passed the $2 billion goal set for the "
                       "season.")["$2 billion"].approximate
    assert not _claims("Over the past 12 months Chile exported 400,000 tonnes of cherries to "
                       "China.")["400,000 tonnes"].approximate


def test_what_goods_will_earn_and_a_record_to_be_shipped_are_forecasts() -> None:
    assert _claims("Ghana's cocoa exports will earn $3.1 billion this season, the board "
                   "said.")["$3.1 billion"].modality == "forecast"
    assert _claims("Brazil will ship a record 4 million tonnes of corn to China this season, "
                   "the ministry said.")["4 million tonnes"].modality == "forecast"


def test_a_shipment_that_will_be_made_stays_a_plan() -> None:
    assert _claims("Brazil will ship 40,000 tonnes of corn to China next week under the "
                   "contract, the ministry said.")["40,000 tonnes"].modality == "planned"
    assert _claims("Ukraine will import a record 30,000 megawatt hours of electricity on "
                   "Friday, the ministry said.")["30,000 megawatt hours"].modality == "planned"


def test_a_figure_named_by_a_relative_outlook_after_it_takes_that_outlook() -> None:
    found = _claims("Cocoa sales abroad brought in $1.9 billion last season, short of the "
                    "$2.2 billion the government had hoped for.")
    assert found["$1.9 billion"].modality == "reported"
    assert found["$2.2 billion"].modality == "forecast"
    found = _claims("Exports reached 900,000 tonnes this season, beating the 850,000 tonnes the "
                    "board had forecast.")
    assert found["850,000 tonnes"].modality == "forecast"


def test_a_figure_with_a_relative_clause_of_what_was_done_stays_reported() -> None:
    found = _claims("Exports reached 900,000 tonnes this season, above the 850,000 tonnes the "
                    "board had shipped a year earlier.")
    assert found["850,000 tonnes"].modality == "reported"
