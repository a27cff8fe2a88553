"""Session 58, modality: each test pins one rule of the session on invented text (one where the
rule applies, one near-miss where it must not)."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_ON = date(2025, 6, 1)


_by_surface = extracted_on(_ON)


# A past figure after a multiple or part of it (`half of the`, `double the`) is the baseline an
# outlook is set against: reported; so is one a verb of earning closes (`earned by`).

def test_a_past_figure_after_half_of_the_is_a_reported_baseline() -> None:
    found = _by_surface("Chile is expected to ship only 3 million tonnes of copper concentrate "
                        "in 2026, less than half of the 6.2 million tonnes exported in 2024, the "
                        "ministry said.")
    assert found["6.2 million tonnes"].modality == "reported"
    assert found["3 million tonnes"].modality == "forecast"


def test_a_past_sum_earned_is_a_reported_baseline() -> None:
    found = _by_surface("Ghana expects cocoa earnings of $2 billion this year, above the "
                        "$1.6 billion earned by the 2024 crop.")
    assert found["$1.6 billion"].modality == "reported"
    assert found["$2 billion"].modality == "forecast"


def test_a_figure_after_twice_the_that_is_itself_an_outlook_stays_one() -> None:
    found = _by_surface("Oman expects gas exports to climb to 14 million tonnes by 2028, twice "
                        "the 7 million tonnes forecast for 2026.")
    assert found["7 million tonnes"].modality == "forecast"


# A headline's bare `to reach` before a figure is an outlook, like `to top`; `set to reach` a
# place stays an arrival.

def test_a_headlines_to_reach_before_a_figure_is_a_forecast() -> None:
    found = _by_surface("Norway gas flows to Poland to reach 9 bcm in 2027 - Equinor\n"
                        "Norway's gas deliveries to Poland will reach 9 billion cubic metres in "
                        "2027, up from 6 billion cubic metres in 2025, Equinor's chief said on "
                        "Monday.")
    assert found["9 bcm"].modality == "forecast"


def test_a_headlines_set_to_reach_a_port_stays_planned() -> None:
    found = _by_surface("Tanker set to reach Busan with 80,000 tonnes of naphtha\n"
                        "A tanker carrying the naphtha is due in Busan on Friday, traders said.")
    assert found["80,000 tonnes"].modality == "planned"


# `would` before a verb of a total or a change (`would come to`, `would grow`) is an outlook in
# reported speech; with no figure after it, it governs none.

def test_would_come_to_a_figure_is_a_forecast() -> None:
    found = _by_surface("The minister said the country's grain exports would come to about "
                        "$4.1 billion in 2026-27.")
    assert found["$4.1 billion"].modality == "forecast"


def test_would_grow_by_a_figure_is_a_forecast() -> None:
    found = _by_surface("Zinc shipments would grow by 30 per cent next year, the miner said.")
    assert found["30 per cent"].modality == "forecast"


def test_would_come_to_an_end_plans_nothing() -> None:
    found = _by_surface("He said shipments of 40,000 tonnes a month would come to an end in "
                        "May.")
    assert found["40,000 tonnes a month"].modality == "reported"


# A figure marked as what is now (`it currently ships`, `the present`, `at present`) or as a
# running total so far, outside a cue's own clause, is the level a plan starts from: reported.

def test_a_figure_it_currently_ships_is_reported_beside_a_plan() -> None:
    found = _by_surface("Potash seller Nutrien has told Brazil it plans to lift its sales there "
                        "beyond the 3 million tons a year it currently ships, the ministry said.")
    assert found["3 million tons a year"].modality == "reported"


def test_the_present_figure_is_reported_and_the_planned_one_stays_planned() -> None:
    found = _by_surface("Qatar and Kuwait intend to raise annual LNG deliveries to 2 billion "
                        "cubic metres from the present 700 million cubic metres, the minister "
                        "said.")
    assert found["700 million cubic metres"].modality == "reported"
    assert found["2 billion cubic metres"].modality == "planned"


def test_a_running_average_so_far_this_year_is_reported_beside_a_plan() -> None:
    found = _by_surface("Algeria plans to raise gas exports to Spain to 12 bcm in 2027, from an "
                        "average of around 9 bcm so far this year, the ministry said.")
    assert found["9 bcm"].modality == "reported"
    assert found["12 bcm"].modality == "planned"


def test_goods_contracted_so_far_stay_planned() -> None:
    found = _by_surface("Algeria has contracted 9 bcm of gas so far this year for delivery to "
                        "Spain.")
    assert found["9 bcm"].modality == "planned"
