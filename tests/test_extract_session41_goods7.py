"""Commodity rules of the forty-first session (goods7) of 2026-12-05, each pinned by invented
sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted

WHEN = date(2024, 11, 20)


def test_oilseeds_joined_to_keyed_goods_count_in_their_family() -> None:
    """`grain and oilseeds`: oilseeds have no key alone, but joined by `and` to grain they are
    goods of the food family, so the two together are food (not grain); on either side of the
    `and`. Alone they stay unknown, and a `respectively` list keeps each item's own goods."""
    found = extracted("Kazakhstan expects its grain and oilseed harvest to reach 26 million "
                      "tonnes next year.", WHEN)
    assert found["26 million tonnes"].commodity == "food"
    found = extracted("Romania shipped 4.1 million tonnes of oilseeds and wheat in the "
                      "first half.", WHEN)
    assert found["4.1 million tonnes"].commodity == "food"
    found = extracted("Moldova exported 1.3 million tonnes of oilseeds this autumn.", WHEN)
    assert found["1.3 million tonnes"].commodity is None
    found = extracted("Oil seeds and garments brought in $41 million and $37 million, "
                      "respectively.", WHEN)
    assert found["$37 million"].commodity == "textiles"


def test_palm_kernel_oil_is_an_edible_oil() -> None:
    """`palm kernel oil` is food, as `palm oil` is, not petroleum."""
    found = extracted("Malaysia exported 84,000 tonnes of palm kernel oil in October, up from "
                      "71,000 tonnes in September.", WHEN)
    assert found["84,000 tonnes"].commodity == "food"


def test_basmati_and_non_basmati_are_rice() -> None:
    """`basmati` and `non-basmati` name kinds of rice (not all goods but rice: `non-` here is
    another kind of the same grain)."""
    found = extracted("Pakistan's basmati exports rose 12 per cent to $880 million in the "
                      "fiscal year.", WHEN)
    assert found["12 per cent"].commodity == "rice"
    found = extracted("India's non-basmati shipments fell to 9.2 million tonnes last year.", WHEN)
    assert found["9.2 million tonnes"].commodity == "rice"


def test_soyabean_is_food() -> None:
    """The singular `soyabean` spelling is food, as `soybean` and `soyabeans` are."""
    found = extracted("Bolivia sends nearly 40% of its soyabean exports down the Paraguay "
                      "River.", WHEN)
    assert found["40%"].commodity == "food"


def test_renewable_diesel_has_no_key() -> None:
    """`renewable diesel` is a biofuel, not the petroleum product diesel: goods with no key."""
    found = extracted("Exports of renewable diesel from Singapore reached 210,000 tonnes in "
                      "March.", WHEN)
    assert found["210,000 tonnes"].commodity is None


def test_forest_goods_have_no_key() -> None:
    """`forest goods` are goods with no key, as `forest products` are: a share of theirs leaves
    the commodity unknown, not all goods (`goods` is only their head word)."""
    found = extracted("Forest goods made up 14 percent of Finland's total export value.", WHEN)
    assert found["14 percent"].commodity is None


def test_engineering_before_a_flow_noun_names_goods_with_no_key() -> None:
    """`engineering exports`, `engineering shipments`: the engineering industry's goods, with no
    key, not all of a country's exports."""
    found = extracted("Turkey's engineering exports rose 7% to $2.1 billion in March.", WHEN)
    assert found["7%"].commodity is None
    assert found["$2.1 billion"].commodity is None
