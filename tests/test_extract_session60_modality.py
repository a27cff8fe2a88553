"""Session 60, modality: each test pins one rule of the session on invented text (one where the
rule applies, one near-miss where it must not)."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_ON = date(2025, 6, 1)


_by_surface = extracted_on(_ON)


# A definite subject broken into parts at a sentence's start (`The purchase is split into`,
# `The cargo was made up of`) restates the whole of the sentence before: its parts take that
# whole's planned or forecast modality.

def test_parts_of_a_planned_purchase_are_planned() -> None:
    found = _by_surface("Ghana will buy 90,000 tonnes of Nigerian sorghum next month, the ministry "
                        "said. The consignment is divided into 50,000 tonnes of red sorghum and "
                        "40,000 tonnes of white sorghum.")
    assert found["50,000 tonnes"].modality == "planned"
    assert found["40,000 tonnes"].modality == "planned"


def test_parts_of_a_past_purchase_stay_reported() -> None:
    found = _by_surface("Ghana bought 90,000 tonnes of Nigerian sorghum in March, the ministry "
                        "said. The consignment was divided into 50,000 tonnes of red sorghum and "
                        "40,000 tonnes of white sorghum.")
    assert found["50,000 tonnes"].modality == "reported"


def test_a_share_after_a_plan_is_no_breakdown() -> None:
    found = _by_surface("Ghana will buy 90,000 tonnes of Thai rice next month, the ministry said. "
                        "Rice makes up 40% of its food imports.")
    assert found["40%"].modality == "reported"


# A span of time as the subject of `sees` (`September sees 14% drop`) tells what happened in it;
# a party that `sees` a figure still gives its view.

def test_a_month_that_sees_a_drop_is_reported() -> None:
    found = _by_surface("September sees 14% drop in Kenyan tea exports")
    assert found["14%"].modality == "reported"


def test_a_party_that_sees_a_rise_gives_a_forecast() -> None:
    found = _by_surface("Kenya sees tea exports rising 14% this year.")
    assert found["14%"].modality == "forecast"


# A participle cue after the plural noun it describes and before its agent (`the countries
# targeted by the policy`) names what is aimed at, no figure; the same participle of a flow
# (`exports were targeted by the ministry at`) stays a target.

def test_countries_targeted_by_a_policy_name_no_target() -> None:
    found = _by_surface("Kenyan sales to the nations targeted by Nairobi's Look East policy came "
                        "to $2.1 billion in May.")
    assert found["$2.1 billion"].modality == "reported"


def test_exports_targeted_by_a_ministry_stay_a_target() -> None:
    found = _by_surface("Kenya's tea exports were targeted by the ministry at $2.1 billion for "
                        "2026.")
    assert found["$2.1 billion"].modality == "forecast"


# `would put ... at` (`which would put the month's shipments at roughly 1.6 million barrels`)
# is a reckoning, an estimate; a nearer cue of its own still governs a figure after it.

def test_would_put_a_total_at_is_an_estimate() -> None:
    found = _by_surface("By our count 22 tankers loaded at the terminal in May, which would put "
                        "the month's shipments at roughly 1.6 million barrels if each sailed "
                        "full.")
    assert found["1.6 million barrels"].modality == "estimated"


def test_would_put_leaves_an_expected_figure_a_forecast() -> None:
    found = _by_surface("That would put Kenya ahead of Uganda, whose May exports are expected at "
                        "41,000 tonnes.")
    assert found["41,000 tonnes"].modality == "forecast"
