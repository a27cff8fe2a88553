"""Goods rules of the fifty-first session's goods round (2026-12-06), each pinned by invented
sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 7, 1))


def test_oil_byproducts_are_goods_with_no_key() -> None:
    """`oil byproducts` (and `petroleum by-products`) are goods with no key of their own, not
    oil: listed with petrochemicals or alone they leave the commodity unknown."""
    found = _claims("Ecuador's exports of oil byproducts and petrochemicals slipped to 181,000 "
                    "tonnes in May from 240,000 tonnes in April, shipping data showed.")
    assert found["181,000 tonnes"].commodity is None
    found = _claims("Ecuador shipped 95,000 tonnes of petroleum by-products in May, "
                    "shipping data showed.")
    assert found["95,000 tonnes"].commodity is None


def test_farm_fishery_and_forestry_goods_together_are_all_trade() -> None:
    """Forestry goods have no key and no narrower family than all goods: named together with
    farm and fishery goods (`agricultural, forestry and fishery exports`, `farm, fishery and
    forestry products`) the list is all trade, not seafood or food; fishery goods alone stay
    seafood."""
    found = _claims("Vietnam's agricultural, forestry and fishery exports rose 9.2% to $24.5 "
                    "billion in the first half, ministry data showed.")
    assert found["$24.5 billion"].commodity == "trade"
    found = _claims("The government aims to lift exports of farm, fishery and forestry products "
                    "to $20 billion by 2030.")
    assert found["$20 billion"].commodity == "trade"
    found = _claims("Fishery exports rose 4% to $3 billion in the first half.")
    assert found["$3 billion"].commodity == "seafood"


def test_goods_words_of_the_trade_press_name_their_keys() -> None:
    """Aquaculture goods are seafood (not aquaculture feed, nor the word in a federation's or
    chamber's name); di-ammonium phosphate is fertilizer; non-coking and steelmaking coal are
    coal; WMP and SMP (whole and skim milk powder) are food."""
    found = _claims("Chile's aquaculture exports rose 4% to $3 billion in the first half.")
    assert found["$3 billion"].commodity == "seafood"
    found = _claims("Norway imported NOK 309 million of aquaculture feed from Russia in June.")
    assert found["NOK 309 million"].commodity is None
    found = _claims("The Federation of Aquaculture said exports rose 5% in May.")
    assert found["5%"].commodity == "trade"
    found = _claims("Di-ammonium phosphate shipments slid 37% to 1.51 million tons in May.")
    assert found["1.51 million tons"].commodity == "fertilizer"
    found = _claims("India imported 12.35 million tonnes of non-coking coal in January.")
    assert found["12.35 million tonnes"].commodity == "coal"
    found = _claims("New Zealand's WMP sales to China shrank 19% in May.")
    assert found["19%"].commodity == "food"


def test_automobile_auto_exports_and_hydropower_name_their_keys() -> None:
    """`automobile` (singular, as a qualifier) and `auto exports` are vehicles; hydropower and
    electric energy sold across a border are electricity (a hydropower plant's cost is no
    flow)."""
    found = _claims("Automobile exports climbed 15.8 percent to 111.89 billion yuan in May.")
    assert found["111.89 billion yuan"].commodity == "vehicles"
    found = _claims("Russia absorbed more than 19% of China's auto exports in August, worth a "
                    "record $1.6 billion.")
    assert found["$1.6 billion"].commodity == "vehicles"
    found = _claims("Laos earned $90 million from hydropower exports to Thailand in 2023.")
    assert found["$90 million"].commodity == "electricity"
    found = _claims("Exports of electric energy to the two countries generated $90 million in "
                    "2023.")
    assert found["$90 million"].commodity == "electricity"


def test_the_metal_and_the_material_stand_for_the_goods_named_before() -> None:
    """`exports of the metal`, `imports of the material` are of the goods named before them, like
    `such goods`: keyed goods keep their key, goods with no key leave the commodity unknown (not
    all trade)."""
    found = _claims("Peru's silver trade ended 2023 with a surplus of $1.9 billion, even though "
                    "the country's exports of the metal fell 9.4% and its imports slid 3.2%.")
    assert found["9.4%"].commodity is None
    found = _claims("Canadian steel exports to Mexico rose in May. Total Canadian exports of the "
                    "material fell 14.2 percent from April to 512,300 mt.")
    assert found["512,300 mt"].commodity == "iron_steel"


def test_the_ore_and_the_product_stand_for_the_goods_named_before() -> None:
    """`the ore`, `the product` point back like `the metal`: after manganese ore or lithium
    carbonate (no key) the flow's commodity is unknown, not all trade; after hot-rolled coil
    `shipments of the product` are iron and steel."""
    found = _claims("Gabon shipped 1.1 million tonnes of manganese ore in May, port data show. "
                    "Exports of the ore rose 12% to $190 million.")
    assert found["$190 million"].commodity is None
    found = _claims("Vietnam's hot-rolled coil exports to Thailand fell 6.2% in 2024, even as "
                    "worldwide shipments of the product rose 18.4% to 3.1 million tons.")
    assert found["3.1 million tons"].commodity == "iron_steel"
    found = _claims("Chile shipped 50,000 tonnes of lithium carbonate in May, customs data show. "
                    "Exports of the product rose 12% to $900 million.")
    assert found["$900 million"].commodity is None


def test_the_fishing_industry_sells_seafood() -> None:
    """What a country's fishing industry sells abroad is seafood."""
    found = _claims("Peru's fishing industry sold 512,000 tonnes abroad in 2023, the fisheries "
                    "chamber said.")
    assert found["512,000 tonnes"].commodity == "seafood"
