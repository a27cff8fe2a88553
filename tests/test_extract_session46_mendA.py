"""Session 46 (review mends A): each test pins an over-reach of a session rule narrowed on
ordinary news text."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 5, 1))


def test_a_country_named_only_as_a_place_in_the_first_sentence_is_no_home() -> None:
    """A country the first sentence names only as a place (`near`, `in`), not as its subject
    nor in a possessive or demonym, does not own a later bare flow."""
    found = _claims("Tanker rates spiked after attacks near Yemen, brokers said. Crude exports "
                    "fell 5% to 3 million barrels a day in April.")
    assert (found["3 million barrels a day"].exporter,
            found["3 million barrels a day"].importer) == (None, None)
    found = _claims("World steel output slipped as demand in China cooled, the World Steel "
                    "Association said. Exports fell 4% to 35 million tonnes in March.")
    assert (found["35 million tonnes"].exporter, found["35 million tonnes"].importer) == (
        None, None)
    found = _claims("Kenya's tea auctions drew strong bids, traders said. Exports rose 4% to "
                    "50,000 tonnes in March.")
    assert found["50,000 tonnes"].exporter == "KEN"


def test_a_ranking_in_apposition_keeps_the_carried_buyer() -> None:
    """`Saudi Arabia, the world's largest oil exporter,` describes the seller (between commas),
    and `the region's other big supplier` ranks none: the buyer carried stays."""
    found = _claims("India bought 2 million barrels a day of crude from Russia in March. Saudi "
                    "Arabia, the world's largest oil exporter, supplied 700,000 barrels a day.")
    level = found["700,000 barrels a day"]
    assert (level.exporter, level.importer) == ("SAU", "IND")
    found = _claims("Egypt bought 3 million tonnes of wheat from Russia in March. Ukraine, the "
                    "region's other big supplier, shipped 1.5 million tonnes.")
    level = found["1.5 million tonnes"]
    assert (level.exporter, level.importer) == ("UKR", "EGY")


def test_a_share_of_world_output_after_and_takes_no_sides_of_the_flow_before() -> None:
    """`and 20% of global output`: the second share's total is no flow, so the first share's
    supplier and buyer do not go on to it."""
    found = _claims("Brazil accounted for 35% of China's soybean imports and 20% of global "
                    "output in 2023.")
    assert (found["35%"].exporter, found["35%"].importer) == ("BRA", "CHN")
    assert (found["20%"].exporter, found["20%"].importer) != ("BRA", "CHN")


def test_a_share_of_a_countrys_bonds_bought_is_no_flow_of_its_goods() -> None:
    """A share of money (bonds, debt, shares) bought is no sale of the owner's goods."""
    found = _claims("Foreign investors bought 15% of Indonesia's government bonds in March.")
    assert (found["15%"].exporter, found["15%"].importer) == (None, None)
    found = _claims("Japan buys two-thirds of Peru's quinoa, the trade ministry said.")
    assert (found["two-thirds"].exporter, found["two-thirds"].importer) == ("PER", "JPN")
