"""Commodity rules of the fortieth session (goods5) of 2026-12-05, each pinned by invented
sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted
from tradetrace.extract.commodity import find_commodities, names_unkeyed_goods

WHEN = date(2024, 11, 20)


def test_unkeyed_goods_opening_a_list_item_or_a_ranking_clause_are_its_goods() -> None:
    """`, salt $12.5 million` (the verb left out), `, timber came third with $40 million`, `Tea
    and cocoa earned ...`: goods with no key open the clause, so the figure's commodity is
    unknown, not the keyed goods of a clause before."""
    found = extracted("Malawi's exports fell in 2023. Fresh fruits earned $90.2 million, dried "
                      "beans $40.1 million, minerals $21.5 million and vegetables $10.4 million.",
                      WHEN)
    assert found["$21.5 million"].commodity is None
    assert found["$90.2 million"].commodity == "food"
    found = extracted("Paraguay's exports rose in 2023. Beef led with $1,800 million, timber "
                      "came third with $640 million and soybeans fourth with $500 million.", WHEN)
    assert found["$640 million"].commodity is None
    assert found["$1,800 million"].commodity == "food"
    found = extracted("Ghana's exports rose in 2023. Fish fetched $95m, while tea and cocoa "
                      "earned $61m last year.", WHEN)
    assert found["$61m"].commodity is None
    assert found["$95m"].commodity == "seafood"


def test_a_keyed_word_that_closes_goods_with_no_key_names_no_commodity() -> None:
    """`nuclear fuel`, `essential oils`, `plastic scrap`: the alias is the last word of goods the
    taxonomy has no key for (`unkeyed_goods`), not fuel, oil or steel scrap."""
    keys = {m.surface: m.key for m in find_commodities(
        "Exports of nuclear fuel, essential oils and plastic scrap rose.")}
    assert keys == {"Exports": "trade"}
    found = extracted("Kazakhstan's exports of nuclear fuel to France were worth $61.3 million "
                      "in 2023.", WHEN)
    assert found["$61.3 million"].commodity is None
    found = extracted("Essential oils brought in $31.4 million for Haiti in 2023.", WHEN)
    assert found["$31.4 million"].commodity is None
    # (the alias alone keeps its key)
    found = extracted("Kazakhstan's exports of fuel to France were worth $61.3 million in 2023.",
                      WHEN)
    assert found["$61.3 million"].commodity == "oil"


def test_vehicle_words_before_tyres_name_no_vehicles() -> None:
    """`car tyres`, `truck and bus tires`: tyres made for the vehicles, goods with no key."""
    found = extracted("Thailand shipped car tyres worth $3.1 billion in 2023, and truck and bus "
                      "tires worth $1.2 billion.", WHEN)
    assert found["$3.1 billion"].commodity is None
    assert found["$1.2 billion"].commodity is None
    found = extracted("Thailand shipped cars worth $3.1 billion in 2023.", WHEN)
    assert found["$3.1 billion"].commodity == "vehicles"


def test_new_goods_with_no_key_leave_the_commodity_unknown() -> None:
    """Goods added to `unkeyed_goods` (tiles, watches, smartphones, handsets, flowers, helium,
    clinker, cigars, khat, gold bullion, solar panels, oil seed and oil cake, forest industry
    products): their flows have an unknown commodity, not all trade, and the story's later bare
    figures go on with them."""
    words = ("ceramic tile", "tile", "watches", "smartphone", "handsets", "flower", "helium",
             "clinker", "cigars", "khat", "gold bullion", "solar panel", "photovoltaic panels",
             "oil seed", "oil cakes", "essential oils", "nuclear fuel", "fuel assemblies",
             "forest industry products")
    for word in words:
        text = f"Exports of {word} rose 5%."
        assert names_unkeyed_goods(text, 0, len(text)), word
    found = extracted("Brazil's Smartphone Imports Drop 8% In 2023\nBrazil imported 31 million "
                      "smartphones in 2023, 8 percent fewer than a year earlier.", WHEN)
    assert found["8%"].commodity is None
    found = extracted("Laos's exports rose in 2023. Electricity was the biggest, worth $2.4 "
                      "billion. Gold bullion came second at $703 million.", WHEN)
    assert found["$703 million"].commodity is None
    found = extracted("Sudan's oil seed exports reached 353,000 tonnes in 2023.", WHEN)
    assert found["353,000 tonnes"].commodity is None


def test_a_goods_word_in_a_company_name_gives_way_to_the_goods_named_beside_it() -> None:
    """`the crude supplied to Hellenic Petroleum`, `Baltic Oil Terminals`: a capitalised goods
    word after another capitalised word, in a sentence written in lower case, is a word of a
    name, not the figure's goods, where the sentence names other goods; alone in its sentence it
    says what the named works handle (`Nordic Coal Terminal's exports`), and a headline in title
    case keeps its goods."""
    keys = [m.key for m in find_commodities(
        "Iraq supplied 40% of the crude bought by Aegean Petroleum in 2023.")]
    assert keys == ["crude_oil"]
    found = extracted("Iraq supplied 40% of the crude bought by Aegean Petroleum in 2023, up "
                      "from 31% in 2022.", WHEN)
    assert found["40%"].commodity == "crude_oil"
    assert found["31%"].commodity == "crude_oil"
    keys = [m.key for m in find_commodities(
        "Nordic Coal Terminal's exports slipped 4% to 12 million tons last year.")]
    assert "coal" in keys
    keys = [m.key for m in find_commodities("Iraqi Crude Exports Rise 5% In May")]
    assert "crude_oil" in keys
    # (a name's goods word alone in its sentence comes back; after `and` too, and only once
    # the other tests on goods words have kept it: `Nordic Power` is no electricity)
    keys = [m.key for m in find_commodities(
        "Burma sends 80% of its tur to India, the Asian Pulses and Grains Association said.")]
    assert "food" in keys
    assert "electricity" not in [m.key for m in find_commodities(
        "The vessel Nordic Power took 213,000 tonnes in three cargoes.")]


def test_a_list_item_opening_with_goods_with_no_key_after_a_keyed_item_is_unknown() -> None:
    """`..., marine products 390 billion yen and forest products 64 billion yen`: the item
    after the last figure opens with goods with no key, so its figure's commodity is unknown,
    not the keyed goods of the item before; an item with keyed goods keeps them."""
    found = extracted("Japan's farm exports rose in 2023. Farm goods made up 900 billion yen, "
                      "marine products 390 billion yen and forest products 64 billion yen, the "
                      "ministry said.", WHEN)
    assert found["64 billion yen"].commodity is None
    assert found["390 billion yen"].commodity == "seafood"
    found = extracted("Chile's exports rose in 2023. Fruit brought in $6.1 billion, salmon $6.5 "
                      "billion and wine $1.6 billion.", WHEN)
    assert found["$1.6 billion"].commodity is None
    assert found["$6.5 billion"].commodity == "seafood"


def test_battlefield_and_high_priority_goods_have_no_key() -> None:
    """`high-priority items`, `battlefield goods`: the sanctions lists' classes of goods that
    feed a war (`unkeyed_goods`), not all trade."""
    found = extracted("Shipments from Kazakhstan to Russia of high-priority items fell 31% in "
                      "June.", WHEN)
    assert found["31%"].commodity is None
    for phrase in ("battlefield goods", "high-priority items", "high priority goods"):
        text = f"Exports of {phrase} rose 5%."
        assert names_unkeyed_goods(text, 0, len(text)), phrase
