"""Review mends of the fifty-first session's goods rules (2026-12-06): ordinary news sentences
the new rules over-read, each pinned to the reading from before the rule."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted_on

_claims = extracted_on(date(2024, 5, 1))


def test_the_metal_and_the_ore_take_a_key_only_when_all_goods_in_reach_share_it() -> None:
    """`the metal`, `the ore`, `the product` usually point to the sentence's subject goods, which
    may come before the last keyed goods and have no key: then the commodity is unknown, not the
    later keyed goods."""
    found = _claims("China's imports of aluminium rose 8% in April as steel output slowed. "
                    "Imports of the metal from Russia reached 200,000 tonnes.")
    assert found["200,000 tonnes"].commodity is None
    found = _claims("India's imports of gold rose 20% in April, while steel exports fell. "
                    "Imports of the metal reached $3 billion.")
    assert found["$3 billion"].commodity is None
    found = _claims("Guinea's bauxite exports rose 10% in April as iron ore shipments from "
                    "Simandou began. Exports of the ore reached 30 million tonnes.")
    assert found["30 million tonnes"].commodity is None
    found = _claims("Ivory Coast's cocoa exports rose 10% in April despite higher fertilizer "
                    "imports. Exports of the product reached $600 million.")
    assert found["$600 million"].commodity is None
    found = _claims("Steel exports rose 5% in April while coal imports fell. Exports of the "
                    "metal reached $3 billion.")
    assert found["$3 billion"].commodity is None
    found = _claims("Canadian steel exports to Mexico rose in May. Total Canadian exports of the "
                    "material fell 14.2 percent from April to 512,300 mt.")
    assert found["512,300 mt"].commodity == "iron_steel"
    # (reach: the phrase's sentence and the one before it)
    found = _claims("The first cargo of bauxite reached the steel base in Shanghai. Its output "
                    "may equal ten percent of China's iron ore imports. China bought about 1.2 "
                    "billion tonnes of the ore from abroad in 2024.")
    assert found["1.2 billion tonnes"].commodity == "iron_ore"


def test_automobile_parts_and_hydropower_gear_are_no_vehicles_nor_electricity() -> None:
    """Parts of automobiles are goods with no key (like `auto parts`), not vehicles; turbines,
    equipment or plants for hydropower or electric energy are no electricity traded."""
    for text, figure in (
            ("Mexico's automobile parts exports rose 7% to $4 billion in March.", "$4 billion"),
            ("Thailand's imports of automobile components rose 6% to $2 billion in April.",
             "$2 billion"),
            ("Imports of automobile engines rose 3% to $700 million.", "$700 million"),
            ("Laos imported $300 million of hydropower equipment from China last year.",
             "$300 million"),
            ("China's exports of hydropower turbines rose 10% to $1.2 billion in April.",
             "$1.2 billion"),
            ("Exports of electric energy equipment rose 6% to $900 million.", "$900 million")):
        assert _claims(text)[figure].commodity is None, text
    found = _claims("Mexico's automobile exports rose 7% to $4 billion in March.")
    assert found["$4 billion"].commodity == "vehicles"
    found = _claims("Exports of hydropower to Thailand rose 10% to $1.2 billion in April.")
    assert found["$1.2 billion"].commodity == "electricity"


def test_bare_aquaculture_is_seafood_only_before_a_flow_word() -> None:
    """`aquaculture exports`, `aquaculture products` are seafood; `fishmeal for aquaculture` and
    `aquaculture equipment` are goods bought for fish farms, with no key."""
    found = _claims("Chile imported $300 million of fishmeal for aquaculture last year.")
    assert found["$300 million"].commodity is None
    found = _claims("Norway's imports of aquaculture equipment rose 5% to $700 million.")
    assert found["$700 million"].commodity is None
    found = _claims("Chile's aquaculture exports rose 4% to $3 billion in the first half.")
    assert found["$3 billion"].commodity == "seafood"
    found = _claims("Exports of aquaculture products rose 4% to $3 billion in the first half.")
    assert found["$3 billion"].commodity == "seafood"


def test_goods_for_the_fishing_industry_are_no_seafood() -> None:
    """What a fishing industry sells is seafood; goods bought for it, sold to it or by it bought
    (`boats and nets for the fishing industry`) are not."""
    found = _claims("Imports of boats and nets for the fishing industry rose 10% to $50 million.")
    assert found["$50 million"].commodity is None
    found = _claims("Nets bought by the fishing industry rose 10% to $50 million.")
    assert found["$50 million"].commodity is None
    found = _claims("Fuel sales to the fishing industry rose 10% to $50 million.")
    assert found["$50 million"].commodity != "seafood"
    found = _claims("Exports by the fishing industry rose 10% to $50 million.")
    assert found["$50 million"].commodity == "seafood"
    found = _claims("Peru's fishing industry sold 512,000 tonnes abroad in 2023, the fisheries "
                    "chamber said.")
    assert found["512,000 tonnes"].commodity == "seafood"


def test_forestry_with_other_keyed_goods_is_no_trade() -> None:
    """Forestry goods listed with farm and fishery goods are all trade; listed with other keyed
    goods (`coal and forest products`) the figure is of two sectors, no one kind: unknown."""
    found = _claims("Canada's coal and forest products exports to Japan rose 4% to C$900 million "
                    "in April.")
    assert found["C$900 million"].commodity is None
    found = _claims("Vietnam's agricultural, forestry and fishery exports rose 9.2% to $24.5 "
                    "billion in the first half, ministry data showed.")
    assert found["$24.5 billion"].commodity == "trade"


def test_oil_byproducts_listed_with_crude_are_oil() -> None:
    """Oil by-products have no key alone but belong to oil's family: listed with crude the
    figure is of oil, not of crude alone; with petrochemicals it stays unknown."""
    found = _claims("Iraq's exports of crude oil and oil byproducts reached $8 billion in April.")
    assert found["$8 billion"].commodity == "oil"
    found = _claims("Nigeria earned $4 billion from crude and oil byproducts in the first "
                    "quarter.")
    assert found["$4 billion"].commodity == "oil"
    found = _claims("Ecuador's exports of oil byproducts and petrochemicals slipped to 181,000 "
                    "tonnes in May.")
    assert found["181,000 tonnes"].commodity is None


def test_exported_aquaculture_output_is_seafood() -> None:
    """After `exported` bare aquaculture names the goods sold abroad: seafood."""
    found = _claims("Iceland's exported aquaculture output is put at an estimated ISK 29 billion.")
    assert found["ISK 29 billion"].commodity == "seafood"
