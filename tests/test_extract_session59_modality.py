"""Session 59, modality: each test pins one rule of the session on invented text (one where the
rule applies, one near-miss where it must not)."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_ON = date(2025, 6, 1)


_by_surface = extracted_on(_ON)


# A party's act after `would` in reported speech naming the party (`said it would reduce`,
# `said Zambia would raise`) is the party's plan; `would cut` with a cause as subject stays an
# outlook.

def test_a_party_said_it_would_reduce_is_planned() -> None:
    found = _by_surface("Norsk Metall announced on Friday that it would reduce nickel production "
                        "by 8% as European buyers pulled back.")
    assert found["8%"].modality == "planned"


def test_a_named_party_said_to_raise_output_is_planned() -> None:
    found = _by_surface("Earlier, the minister said Zambia would raise its copper output to 1.1 "
                        "million tonnes a year.")
    assert found["1.1 million tonnes a year"].modality == "planned"


def test_a_cause_that_would_cut_a_flow_stays_an_outlook() -> None:
    found = _by_surface("A weaker crop would cut Brazil's coffee exports by 12%, the bank said.")
    assert found["12%"].modality == "forecast"


def test_a_past_frame_would_take_is_no_plan() -> None:
    found = _by_surface("In the 1990s Ghana would take 300,000 tonnes of rice a year from "
                        "Thailand.")
    assert found["300,000 tonnes"].modality == "reported"


# A headline's bare `to` after a name and before a party's own act (`Peru to double copper
# exports`) is the party's plan; after a flow noun (`exports to top`) it stays an outlook.

def test_a_headline_party_to_double_is_planned() -> None:
    found = _by_surface("Peru to double copper exports to India\nPeru's mining ministry "
                        "gave no figures on Monday.")
    assert found["double"].modality == "planned"


def test_a_headline_party_to_triple_shipments_is_planned() -> None:
    found = _by_surface("Chile to triple lithium shipments to Korea\nThe mining board gave no "
                        "dates.")
    assert found["triple"].modality == "planned"


def test_a_headline_flow_to_double_is_no_plan() -> None:
    found = _by_surface("Chilean lithium exports to double by 2030\nThe mining board gave no "
                        "dates.")
    assert found["double"].modality != "planned"


def test_a_headline_flow_to_top_stays_an_outlook() -> None:
    found = _by_surface("Kenya maize exports to Uganda to top $12 million\nThe grain board gave "
                        "no dates.")
    assert found["$12 million"].modality == "forecast"


# A modal cue with an adverb inside it pairs each verb only with the modals it is listed with:
# `will also provide` is the plan `will` stands for, not the outlook of `could provide`; `may
# still export` is an outlook, not the plan of `would export`.

def test_will_also_provide_is_planned() -> None:
    found = _by_surface("Quito will also provide an extra 450 megawatts of power to steady the "
                        "Peruvian grid.")
    assert found["450 megawatts"].modality == "planned"


def test_may_still_export_is_an_outlook() -> None:
    found = _by_surface("That means Malawi may still export a further 120,000 tonnes of maize, "
                        "though no date has been set.")
    assert found["120,000 tonnes"].modality == "forecast"


def test_could_also_provide_stays_an_outlook() -> None:
    found = _by_surface("Quito could also provide an extra 450 megawatts of power to steady the "
                        "Peruvian grid.")
    assert found["450 megawatts"].modality == "forecast"


# `looking to` and a purchase verb right before a figure is the amount sought: planned; not a
# figure of another predicate.

def test_looking_to_purchase_an_amount_is_planned() -> None:
    found = _by_surface("Tirana, short of fuel, is now looking to purchase about 700,000 tons "
                        "of Colombian coal, the minister said.")
    assert found["700,000 tons"].modality == "planned"


def test_a_figure_after_looking_to_buy_other_goods_is_no_plan() -> None:
    found = _by_surface("Millers looking to buy Thai rice paid $515 a tonne for 35,000 tonnes "
                        "shipped in April.")
    assert found["35,000 tonnes"].modality == "reported"


# `hope` and a clause whose level verb governs the figure (`We hope nickel exports reach`) is
# an outlook, like `hopes to`; not a figure past a comma or semicolon after the hoped clause.

def test_we_hope_exports_reach_a_figure_is_an_outlook() -> None:
    found = _by_surface("\"We hope nickel exports reach Rp95 trillion by the end of 2026,\" the "
                        "president said.")
    assert found["Rp95 trillion"].modality == "forecast"


def test_a_figure_after_the_hoped_clause_is_reported() -> None:
    found = _by_surface("Exporters hope that prices recover, after shipments hit 2 million tonnes "
                        "in May.")
    assert found["2 million tonnes"].modality == "reported"
