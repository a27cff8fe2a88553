"""Session 57, claim parties: each test pins one rule of the session on invented text; each
rule's own tests fail without it, and its near misses guard its reach."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, sides

_claims = extracted_on(date(2025, 6, 1))

_POWER = "Portugal exported 410 GWh of electricity in June and imported 96 GWh. "


def test_a_share_whose_clause_opens_with_its_own_supplier_leaves_the_buyer_before() -> None:
    found = _claims(_POWER + "France took 60% of the exports, while Spain supplied 71% of the "
                    "imports.")
    assert sides(found, "60%") == ("PRT", "FRA")
    assert sides(found, "71%") == ("ESP", "PRT")


def test_the_buyer_before_turning_supplier_past_a_semicolon_is_the_seller() -> None:
    found = _claims(_POWER + "France took 60% of the exports and Spain 40%; Spain supplied 71% "
                    "of the imports and Morocco 29%.")
    assert sides(found, "40%") == ("PRT", "ESP")
    assert sides(found, "71%") == ("ESP", "PRT")
    assert sides(found, "29%") == ("MAR", "PRT")


def test_the_buyer_before_buying_again_keeps_the_flow() -> None:
    found = _claims(_POWER + "France took 60% of the exports and Spain 40%, while Spain also "
                    "bought 30% of the total in May.")
    assert sides(found, "30%") == ("PRT", "ESP")


def test_a_country_inside_an_apposition_opens_no_clause_of_its_own() -> None:
    found = _claims("Kenya bought 20 billion shillings of Indian rice in 2022, the most after "
                    "Nigeria and 14% of all such exports.")
    assert sides(found, "14%") == ("IND", "KEN")


def test_a_rivals_bare_share_takes_the_partners_place_in_the_same_total() -> None:
    found = _claims("Norway supplied 41% of Lithuania's gas purchases in 2023, while Qatar's share "
                    "fell to 12%.")
    assert sides(found, "12%") == ("QAT", "LTU") and not found["12%"].two_way


def test_a_rivals_bare_share_in_the_next_sentence_keeps_the_owner() -> None:
    found = _claims("Norway supplied 41% of Lithuania's gas purchases in 2023. Qatar's share fell "
                    "to 12%.")
    assert sides(found, "12%") == ("QAT", "LTU") and not found["12%"].two_way


def test_the_partners_own_bare_share_is_of_the_flow_before() -> None:
    found = _claims("Ecuador's banana shipments to Russia halved in May to $61 million. Russia's "
                    "share slid to 19%.")
    assert sides(found, "19%") == ("ECU", "RUS") and not found["19%"].two_way


def test_a_share_naming_its_own_total_is_no_bare_share() -> None:
    found = _claims("Ghana shipped 300,000 tonnes of cocoa to the Netherlands in 2023. Malaysia's "
                    "share of the Dutch market was 12%.")
    assert sides(found, "12%") == ("MYS", "NLD")


def test_a_rivals_bare_portion_is_a_share_like_its_bare_share() -> None:
    found = _claims("Chile provided 55% of Bolivia's copper wire imports last year, while "
                    "Peru's portion shrank to 9%.")
    assert sides(found, "9%") == ("PER", "BOL")

