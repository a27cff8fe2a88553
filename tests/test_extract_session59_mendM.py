"""Session 59, mend M: the reviewers' over-reach cases of this session's modality rules, each
pinned on invented text (fails without its mend)."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_ON = date(2025, 6, 1)


_by_surface = extracted_on(_ON)


# A headline's name right after a preposition is a partner of the flow, not the party whose plan
# the headline tells (`exports to US to double`).

def test_a_headline_partner_before_to_double_is_no_plan() -> None:
    found = _by_surface("Indian exports to US to double to $200 billion\nOfficials gave no "
                        "details.")
    assert found["$200 billion"].modality != "planned"
    assert found["double"].modality != "planned"


def test_a_headline_partner_of_two_words_is_no_plan() -> None:
    found = _by_surface("Coffee exports to South Korea to double to 2 million bags by 2030\nThe "
                        "trade body gave no further details.")
    assert found["2 million bags"].modality != "planned"


# A headline party's plan governs its own predicate only, not a figure past `as` or `after`.

def test_a_headline_plan_stops_at_as() -> None:
    found = _by_surface("Trump to cut tariffs as Chinese imports hit $400 billion\nOfficials "
                        "gave no details.")
    assert found["$400 billion"].modality == "reported"


def test_a_headline_plan_stops_at_after() -> None:
    found = _by_surface("Ukraine to resume grain exports after shipments fell 40% in May\n"
                        "Officials gave no details.")
    assert found["40%"].modality == "reported"


# `said X would cut` is no plan of X when analysts speak, nor under an `if`.

def test_analysts_said_a_party_would_cut_is_an_outlook() -> None:
    found = _by_surface("Analysts said Russia would cut exports by 10% once the new quota "
                        "starts.")
    assert found["10%"].modality == "forecast"


def test_a_party_would_cut_if_prices_fall_is_no_plan() -> None:
    found = _by_surface("Moscow said Russia would cut exports by 10% if prices fall further.")
    assert found["10%"].modality != "planned"


# `it would take` and a stretch of time: `it` is no party, `take` no purchase.

def test_it_would_take_months_is_no_plan() -> None:
    found = _by_surface("Traders said it would take months for exports to reach 2 million "
                        "tonnes again.")
    assert found["2 million tonnes"].modality != "planned"


def test_it_would_take_years_to_export_is_no_plan() -> None:
    found = _by_surface("The CEO said it would take about 3 years to export 500,000 tonnes.")
    assert found["500,000 tonnes"].modality != "planned"


# `looking to buy` after a negation seeks no amount.

def test_not_looking_to_buy_is_no_plan() -> None:
    found = _by_surface("China is not looking to buy 1 million tonnes of US corn, officials "
                        "said.")
    assert found["1 million tonnes"].modality != "planned"


def test_no_longer_looking_to_buy_is_no_plan() -> None:
    found = _by_surface("China is no longer looking to buy 3 million tonnes of Australian "
                        "barley, officials said.")
    assert found["3 million tonnes"].modality != "planned"


# `hope` and a level verb hopes for its own figure only, not one past `after`.

def test_a_hoped_level_stops_at_after() -> None:
    found = _by_surface("We hope exports top $5 billion this year after they hit $4.2 billion "
                        "in 2024.")
    assert found["$5 billion"].modality == "forecast"
    assert found["$4.2 billion"].modality == "reported"


def test_faded_hopes_leave_a_later_purchase_reported() -> None:
    found = _by_surface("Hopes that exports reach 5 million tonnes faded after China bought "
                        "only 1.2 million tonnes.")
    assert found["1.2 million tonnes"].modality == "reported"


# `can` and an adverb before a verb listed with `could` is an outlook, as `could hit`.

def test_can_still_hit_is_an_outlook() -> None:
    found = _by_surface("Shipments can still hit 3 million tonnes this season, traders said.")
    assert found["3 million tonnes"].modality == "forecast"
