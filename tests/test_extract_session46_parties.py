"""Session 46 (parties): in-sentence exporter and importer."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_ranked_among_the_worlds_exporters_sells_to_everyone() -> None:
    found = _claims("Peruvian fishmeal exports to Japan rose in May. Chile ranked third among "
                    "the world's exporters at 1.2 million tonnes.")
    level = found["1.2 million tonnes"]
    assert (level.exporter, level.importer) == ("CHL", None)


def test_a_share_joined_by_and_keeps_the_first_shares_supplier() -> None:
    found = _claims("Across the bloc, Chile provided about 30% of copper imports and about 45% of "
                    "molybdenum imports.")
    for surface in ("30%", "45%"):
        assert (found[surface].exporter, found[surface].importer) == ("CHL", None)


def test_a_buyer_taking_a_share_of_a_countrys_goods_buys_them_from_it() -> None:
    found = _claims("Japan buys two-thirds of Peru's quinoa, the trade ministry said.")
    share = found["two-thirds"]
    assert (share.exporter, share.importer) == ("PER", "JPN")


def test_a_supplier_of_a_share_of_a_countrys_goods_sells_them_to_it() -> None:
    found = _claims("Chile supplied almost 70 percent of Bolivia's fuel, offering generous credit.")
    share = found["70 percent"]
    assert (share.exporter, share.importer) == ("CHL", "BOL")


def test_taking_a_share_of_a_countrys_market_is_selling_to_it() -> None:
    found = _claims("Korean brands take 21.5% of Peru's car market, dealers said.")
    share = found["21.5%"]
    assert (share.exporter, share.importer) == ("KOR", "PER")
