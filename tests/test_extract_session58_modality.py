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
    found = _by_surface("Mali is expected to sell only 3 million tonnes of its graphite abroad "
                        "in 2026, less than half of the 6.2 million tonnes it exported in 2024, "
                        "the mines office said.")
    assert found["6.2 million tonnes"].modality == "reported"
    assert found["3 million tonnes"].modality == "forecast"


def test_a_past_sum_earned_is_a_reported_baseline() -> None:
    found = _by_surface("Ghana expects cocoa earnings of $2 billion this year, above the "
                        "$1.6 billion earned by the 2024 crop.")
    assert found["$1.6 billion"].modality == "reported"
    assert found["$2 billion"].modality == "forecast"


def test_a_figure_after_twice_the_that_is_itself_an_outlook_stays_one() -> None:
    found = _by_surface("Oman expects its LNG sales to climb to 14 million tonnes by 2028, twice "
                        "the 7 million tonnes foreseen for 2026.")
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
                        "beyond the 3 million tonnes of Saskatchewan ore it currently sends each "
                        "year, officials in Brasilia said.")
    assert found["3 million tonnes"].modality == "reported"


def test_the_present_figure_is_reported_and_the_planned_one_stays_planned() -> None:
    found = _by_surface("Kuwait intends to raise its yearly LNG purchases from Qatar to 2 "
                        "million tonnes from the present 700,000 tonnes, the oil minister said.")
    assert found["700,000 tonnes"].modality == "reported"
    assert found["2 million tonnes"].modality == "planned"


def test_a_running_average_so_far_this_year_is_reported_beside_a_plan() -> None:
    found = _by_surface("Algeria plans to raise gas exports to Spain to 12 bcm in 2027, from an "
                        "average of around 9 bcm so far this year, the ministry said.")
    assert found["9 bcm"].modality == "reported"
    assert found["12 bcm"].modality == "planned"


def test_goods_contracted_so_far_stay_planned() -> None:
    found = _by_surface("Algeria has contracted 9 bcm of gas so far this year for delivery to "
                        "Spain.")
    assert found["9 bcm"].modality == "planned"


# A hedge before an article (`close to a record`, `about a 6 percent share`) still hedges the
# figure; `up to a record` after a verb of motion is a level reached.

def test_close_to_a_record_figure_is_approximate() -> None:
    found = _by_surface("Peru shipped close to a record 3.1 million tons of zinc ore in May.")
    assert found["3.1 million tons"].approximate


def test_about_a_share_is_approximate() -> None:
    found = _by_surface("Ghana, which holds about a 9 percent share of the world cocoa market, "
                        "exported 600,000 tonnes in 2024.")
    assert found["9 percent"].approximate


def test_shot_up_to_a_record_is_no_hedge() -> None:
    found = _by_surface("Kenyan tea exports shot up to a record 620,000 tonnes in 2024.")
    assert not found["620,000 tonnes"].approximate


# `appears to`/`seems to` estimate only the figure its own verb takes as object, not figures in
# a later clause or predicate.

def test_appears_to_does_not_reach_a_figure_in_a_later_clause() -> None:
    found = _by_surface("Zambia appears to have sold more cobalt abroad in May than it mined, "
                        "vessel tracking shows, its cargoes coming to about 8,000 tonnes.")
    assert found["8,000 tonnes"].modality == "reported"


def test_appears_to_estimates_its_own_object() -> None:
    found = _by_surface("Norway's Hydro appears to have bought a 30,000 tonne spot cargo of "
                        "Guinean bauxite from a trader.")
    assert found["30,000 tonne"].modality == "estimated"


def test_seems_to_estimates_its_own_hedged_object() -> None:
    found = _by_surface("Iraq seems to have shipped about 400,000 bpd to Turkey in June.")
    assert found["400,000 bpd"].modality == "estimated"


# A `but` clause with a past verb is a finished event though a figure with a thousands comma
# stands between `but` and its verb.

def test_a_past_but_clause_after_a_figure_with_a_comma_is_reported() -> None:
    found = _by_surface("Laos had set a target of 250,000 tons of rice exports for the first "
                        "half, but 310,000 tons had already left its ports by late February, "
                        "the trade office said.")
    assert found["310,000 tons"].modality == "reported"
    assert found["250,000 tons"].modality == "forecast"


def test_a_but_clause_with_a_modal_stays_under_the_outlook() -> None:
    found = _by_surface("Laos expects to export 250,000 tons of rice this year, but 310,000 tons "
                        "could be shipped if rains hold.")
    assert found["310,000 tons"].modality == "forecast"
