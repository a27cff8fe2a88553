"""Session 57, mend M: the over-reach reviewers found in the session's modality rules, each on
an invented sentence that fails without its mend."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_ON = date(2025, 6, 1)


_by_surface = extracted_on(_ON)


# A headline's `seen` reaches no figure past a new clause or a past verb.

def test_seen_steady_in_an_aside_leaves_a_past_verbs_figures_reported() -> None:
    found = _by_surface("With the rupee seen steady, India's tea exports rose 5% to $800 "
                        "million in 2024, the board said.")
    assert found["5%"].modality == "reported"
    assert found["$800 million"].modality == "reported"


def test_seen_near_record_stops_at_as() -> None:
    found = _by_surface("Prices seen near record highs as Vietnam shipped 2.1 million tonnes "
                        "of rice in May")
    assert found["2.1 million tonnes"].modality == "reported"


def test_seen_steady_stops_at_a_semicolon() -> None:
    found = _by_surface("Indian sugar exports seen steady at 1 mln T; Brazil shipped 3 mln T "
                        "in May")
    assert found["1 mln T"].modality == "forecast"
    assert found["3 mln T"].modality == "reported"


# A flow noun's `will` stays a plan when the sentence names the deal binding it.

def test_a_flow_will_a_deal_stipulates_stays_a_plan() -> None:
    found = _by_surface("The deal stipulates that gas deliveries to Hungary will double to "
                        "4.5 bcm from 2026.")
    assert found["4.5 bcm"].modality == "planned"


def test_a_flow_will_as_part_of_an_agreement_stays_a_plan() -> None:
    found = _by_surface("As part of the agreement, LNG shipments to Japan will double to 2 "
                        "million tonnes a year.")
    assert found["2 million tonnes a year"].modality == "planned"


def test_a_flow_will_according_to_a_contract_stays_a_plan() -> None:
    found = _by_surface("Gas deliveries to Hungary will double to 4.5 bcm from 2026 according "
                        "to the new contract.")
    assert found["4.5 bcm"].modality == "planned"


# A flow noun that is the object of a relative clause is not the subject of `will`.

def test_a_flow_noun_in_a_relative_clause_is_no_subject_of_will() -> None:
    found = _by_surface("The state agency that handles rice exports will buy 300,000 tonnes "
                        "of wheat from Ukraine.")
    assert found["300,000 tonnes"].modality == "planned"


def test_a_flow_noun_after_oversees_is_no_subject_of_will() -> None:
    found = _by_surface("The ministry that oversees grain imports will purchase 60,000 "
                        "tonnes of soft wheat in a tender on Tuesday.")
    assert found["60,000 tonnes"].modality == "planned"


# A party's pledge closing the sentence makes the flow's `will` a plan.

def test_a_flow_will_a_leader_pledged_is_a_plan() -> None:
    found = _by_surface("Russia's grain exports to Egypt will double to 10 million tonnes, "
                        "Putin pledged.")
    assert found["10 million tonnes"].modality == "planned"


# A past year's order, tender or contract is a plan, no recorded baseline.

def test_last_years_order_of_stays_a_plan() -> None:
    found = _by_surface("Japan plans to buy 100,000 tonnes, above last year's order of "
                        "80,000 tonnes.")
    assert found["80,000 tonnes"].modality == "planned"


def test_a_years_tender_of_stays_a_plan() -> None:
    found = _by_surface("Japan plans to buy 100,000 tonnes, above 2024's tender of 200,000 "
                        "tonnes.")
    assert found["200,000 tonnes"].modality == "planned"


def test_a_past_years_total_of_is_still_reported() -> None:
    found = _by_surface("Japan plans to buy 100,000 tonnes, above last year's total of "
                        "80,000 tonnes.")
    assert found["80,000 tonnes"].modality == "reported"


# `sought after` and a determiner is a verb and a time clause: the plan stays.

def test_sought_after_the_drought_to_import_is_a_plan() -> None:
    found = _by_surface("Kenya sought after the drought to import 2 million tonnes of maize "
                        "from Tanzania.")
    assert found["2 million tonnes"].modality == "planned"


# `declared export sales` plan only the figure after them.

def test_a_share_of_declared_export_sales_is_reported() -> None:
    found = _by_surface("Exporters have shipped 400,000 tonnes, 80% of declared export sales, "
                        "the ministry said.")
    assert found["80%"].modality == "reported"


def test_declared_export_sales_of_a_figure_are_still_planned() -> None:
    found = _by_surface("Traders had by Friday declared export sales of 250,000 tonnes of "
                        "sorghum.")
    assert found["250,000 tonnes"].modality == "planned"
