"""Session 55, the parties of a claim: each test pins one rule of the session on invented text."""

from __future__ import annotations

from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Claim, Document

_ON = date(2024, 7, 1)


def _sides(text: str) -> dict[str, tuple[str | None, str | None]]:
    claims: list[Claim] = extract_claims(Document.from_text(text, published=_ON))
    return {c.surface: (c.exporter, c.importer) for c in claims}


def test_a_rival_supplier_does_not_buy_from_the_next_supplier() -> None:
    found = _sides("Morocco bought 2.4 million tonnes of wheat in 2023, customs said. France "
                   "supplied 1.1 million tonnes, a 15% rise, while purchases from Canada fell "
                   "30% to 420,000 tonnes.")
    assert found["420,000 tonnes"] == ("CAN", "MAR")
    assert found["1.1 million tonnes"] == ("FRA", "MAR")


def test_a_rival_buyer_does_not_sell_to_the_next_buyer() -> None:
    found = _sides("Uruguay's beef exports reached $1.9 billion last year. China took $700 "
                   "million, while sales to Israel fell 12% to $160 million.")
    assert found["$160 million"] == ("URY", "ISR")
    assert found["12%"] == ("URY", "ISR")


def test_an_owner_of_the_flow_before_trades_both_ways() -> None:
    # near miss: Armenia owns the exports before, so it is the buyer of the imports after
    found = _sides("Armenia's exports to Iran rose 7% to $335 million in March, while imports "
                   "from Russia tripled to $630 million.")
    assert found["$630 million"] == ("RUS", "ARM")
    assert found["$335 million"] == ("ARM", "IRN")


def test_a_gapped_possessive_stands_in_for_a_demonym_seller() -> None:
    found = _sides("Chilean copper shipments to Japan rose 8% to 120,000 tonnes in May, while "
                   "Peru's slipped 3% to 90,000 tonnes.")
    assert found["90,000 tonnes"] == ("PER", "JPN")
    assert found["120,000 tonnes"] == ("CHL", "JPN")


def test_a_gapped_possessive_stands_in_for_a_demonym_buyer() -> None:
    found = _sides("Indian purchases of Malaysian palm oil climbed 14% to 600,000 tonnes, while "
                   "Pakistan's fell 5%.")
    assert found["5%"] == ("MYS", "PAK")


def test_a_demonym_of_traders_is_no_counterpart() -> None:
    # near miss: `Chilean buyers` are no flow the gapped possessive stands in for
    found = _sides("Chilean buyers took 120,000 tonnes of Japanese steel in May, while Peru's "
                   "slipped 3%.")
    assert found["3%"] == ("JPN", "PER")
