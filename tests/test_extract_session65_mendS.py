"""Session 65 mend of the seller side of claim parties: each test pins one reviewer finding on
invented text; each finding's own tests fail without its fix, and its near misses show the
session's rule still firing where it should."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on, sides

_claims = extracted_on(date(2024, 6, 1))


# --- a grower's ports: only its own crop, the figure's goods, brought there ---------------------

def test_other_goods_at_ports_after_cocoa_elsewhere_stay_imports() -> None:
    found = _claims("Cocoa futures climbed in New York, while 3 million tonnes of iron ore "
                    "arrived at Japan's ports in April.")
    assert sides(found, "3 million tonnes") == (None, "JPN")


def test_cocoa_a_country_ships_to_anothers_ports_is_bought_there() -> None:
    found = _claims("Ghana shipped 25,000 tonnes of cocoa to Turkey's ports in April.")
    assert sides(found, "25,000 tonnes") == ("GHA", "TUR")


def test_cocoa_delivered_after_an_import_word_stays_an_import() -> None:
    found = _claims("Purchases of cocoa climbed, with 8,000 tonnes delivered to Thailand's ports "
                    "in April.")
    assert sides(found, "8,000 tonnes") == (None, "THA")


def test_cocoa_growers_bring_to_their_ports_is_still_an_export() -> None:
    # near miss: the crop is the figure's goods, brought to the grower's own ports
    found = _claims("Growers brought 18,000 tonnes of cocoa to Nigeria's ports in April, "
                    "exporters said.")
    assert sides(found, "18,000 tonnes") == ("NGA", None)


# --- a country named only inside a source: only its own public bodies ---------------------------

def test_a_bank_named_by_its_demonym_gives_no_buyer() -> None:
    found = _claims("Nickel imports climbed 8% to 1.4 million tonnes in the first half, analysts "
                    "at Canadian bank Scotiabank said.")
    assert sides(found, "1.4 million tonnes") == (None, None)


def test_a_broker_named_by_its_demonym_gives_no_seller() -> None:
    found = _claims("Copper exports rose to 390,000 tonnes in 2023, Peruvian shipbroker Quispe "
                    "Maritime said.")
    assert sides(found, "390,000 tonnes") == (None, None)


def test_a_producer_named_by_its_demonym_still_gives_its_own_output() -> None:
    # near miss: a producer telling its own output speaks of its country's goods
    found = _claims("Output of copper reached 390,000 tonnes in 2023, the Peruvian miner said.")
    assert sides(found, "390,000 tonnes") == ("PER", None)


def test_a_regions_flow_takes_no_country_from_its_source() -> None:
    found = _claims("Asian imports of naphtha fell 4% to 5 million tonnes in April, the Korean "
                    "energy ministry said.")
    assert sides(found, "5 million tonnes") == (None, None)


def test_a_ministry_named_by_its_demonym_still_gives_the_buyer() -> None:
    # near miss: a public body's own country, with no region's flow
    found = _claims("Naphtha imports fell 4% to 5 million tonnes in April, the Korean energy "
                    "ministry said.")
    assert sides(found, "5 million tonnes") == (None, "KOR")


def test_a_central_bank_ending_in_its_country_gives_the_seller() -> None:
    found = _claims("Rice exports rose to 200,000 tonnes in May, the State Bank of Pakistan "
                    "said.")
    assert sides(found, "200,000 tonnes") == ("PAK", None)


def test_a_commercial_bank_ending_in_a_country_still_gives_no_seller() -> None:
    # near miss: a commercial bank's own name
    found = _claims("Rice exports rose to 200,000 tonnes in May, Habib Bank of Pakistan said.")
    assert sides(found, "200,000 tonnes") == (None, None)


# --- a part of the flow just stated is not turned back -----------------------------------------

def test_a_part_of_the_imports_just_stated_stays_with_them() -> None:
    found = _claims("Ghana's trade gap with China widens\nGhanaian cocoa sold to China came to "
                    "$520 million in the half. Imports from China totalled $2.1 billion. Phone "
                    "sales made up $400 million of the total.")
    assert sides(found, "$400 million") == ("CHN", "GHA")


def test_sales_after_the_imports_still_turn_back() -> None:
    # near miss: sales stated by themselves go back to the flow told that way
    found = _claims("Ghana's trade gap with China widens\nGhanaian cocoa sold to China came to "
                    "$520 million in the half. Imports from China totalled $2.1 billion. Cocoa "
                    "sales came to $400 million.")
    assert sides(found, "$400 million") == ("GHA", "CHN")
