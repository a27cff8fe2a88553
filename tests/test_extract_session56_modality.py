"""Session 56, modality: each test pins one rule of the session on invented text (one where the
rule applies, one near-miss where it must not)."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_ON = date(2025, 6, 1)


_by_surface = extracted_on(_ON)


def test_a_party_seeking_an_amount_plans_it() -> None:
    found = _by_surface("Peruvian mills are seeking 45,000 tonnes of wheat from Canada.")
    assert found["45,000 tonnes"].modality == "planned"


def test_a_seeking_aside_after_the_figure_plans_nothing() -> None:
    found = _by_surface("Chile shipped 12,000 tonnes of copper to Japan in April, seeking new "
                        "buyers.")
    assert found["12,000 tonnes"].modality == "reported"


def test_decided_to_sell_is_a_plan() -> None:
    found = _by_surface("Ghana has decided to sell 8,000 tonnes of cocoa beans to Turkey.")
    assert found["8,000 tonnes"].modality == "planned"


def test_ready_to_send_is_a_plan() -> None:
    found = _by_surface("Norway is getting ready to send 3 million cubic metres of gas to "
                        "Poland.")
    assert found["3 million cubic metres"].modality == "planned"


def test_ready_without_a_trade_verb_plans_nothing() -> None:
    found = _by_surface("Ghana, ready to talk with Accra's lenders, exported 8,000 tonnes of "
                        "cocoa beans to Turkey in May.")
    assert found["8,000 tonnes"].modality == "reported"


def test_ready_to_in_a_second_predicate_plans_nothing_before_it() -> None:
    found = _by_surface("Ghana exported 8,000 tonnes of cocoa beans to Turkey in May and is "
                        "ready to send more.")
    assert found["8,000 tonnes"].modality == "reported"


def test_be_to_with_an_adverb_inside_is_a_plan() -> None:
    found = _by_surface("Egypt is also to buy 60,000 tonnes of sugar from Brazil.")
    assert found["60,000 tonnes"].modality == "planned"


def test_an_aim_noun_before_be_to_with_an_adverb_is_still_the_aims() -> None:
    found = _by_surface("The goal is also to ship 60,000 tonnes of sugar to Egypt.")
    assert found["60,000 tonnes"].modality == "forecast"


def test_a_figure_in_the_subject_of_be_to_is_planned() -> None:
    found = _by_surface("Shipments of 9,000 tonnes of barley a month to Jordan are to continue "
                        "until March.")
    assert found["9,000 tonnes"].modality == "planned"


def test_a_figure_of_another_predicate_before_be_to_is_reported() -> None:
    found = _by_surface("Jordan imported 9,000 tonnes of barley in April and is to buy more "
                        "from Romania.")
    assert found["9,000 tonnes"].modality == "reported"


def test_an_attributive_estimate_stops_at_a_contrasting_clause() -> None:
    found = _by_surface("Soybeans led Egypt's purchases at an estimated 2.9 million tonnes, "
                        "while maize and barley touched 1.2 million tonnes and 0.4 million "
                        "tonnes.")
    assert found["2.9 million tonnes"].modality == "estimated"
    assert found["1.2 million tonnes"].modality == "reported"


def test_an_attributive_estimate_stops_at_a_semicolon() -> None:
    found = _by_surface("Peru shipped an estimated 52,000 tonnes of quinoa in 2024; the volume "
                        "was 6,000 tonnes above 2023's.")
    assert found["6,000 tonnes"].modality == "reported"


def test_an_attributive_estimate_still_reaches_its_own_appositive() -> None:
    found = _by_surface("Peru shipped an estimated 52,000 tonnes of quinoa in 2024, 6,000 "
                        "tonnes more than in 2023.")
    assert found["6,000 tonnes"].modality == "estimated"
