"""Commodity rules of the fortieth session (goods6) of 2026-12-05, each pinned by invented
sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted

WHEN = date(2024, 11, 20)


def test_a_share_whose_subject_is_goods_with_no_key_is_of_those_goods() -> None:
    """`Energy products made up more than 60 percent of ...`: the part's goods have no key, so the
    share's commodity is unknown, not the total's `trade` after `of`; a hedge before the figure
    (`more than`, `just`) and a country or demonym before the goods leave them the subject."""
    found = extracted("Energy products made up more than 60 percent of Latvian purchases from "
                      "Kazakhstan last year.", WHEN)
    assert found["60 percent"].commodity is None
    found = extracted("Chilean copper accounted for 28% of Korea's imports from all suppliers "
                      "in 2023.", WHEN)
    assert found["28%"].commodity is None


def test_goods_with_no_key_joined_by_and_stay_the_subject() -> None:
    """`Copper ores and concentrates made up ...`: a word or two joined to unkeyed goods by `and`
    keep them the subject; not keyed goods or goods of every kind (`footwear and travel
    goods` after `garments`)."""
    found = extracted("Zambia's exports rose 4% to $9 billion in 2023. Coal earned $1 billion, "
                      "while copper ores and concentrates brought in more than $6 billion.", WHEN)
    assert found["$1 billion"].commodity == "coal"
    assert found["$6 billion"].commodity is None
    found = extracted("Laos's shipments of garments, footwear and travel goods came to $410 "
                      "million in the first quarter.", WHEN)
    assert found["$410 million"].commodity == "trade"


def test_a_bracketed_list_figure_is_of_the_goods_right_before_it() -> None:
    """`, fishmeal (62,000 tonnes) and frozen cod (29,000 tonnes)`: a figure in brackets after
    goods with no key in a list is theirs, not the keyed goods of the items around it."""
    found = extracted("Norway's fish exports to Nigeria rose 5% to 2 million tonnes; other items "
                      "included frozen mackerel (111,000 tonnes), fishmeal (62,000 tonnes) and "
                      "frozen cod (29,000 tonnes).", WHEN)
    assert found["62,000 tonnes"].commodity is None
    assert found["111,000 tonnes"].commodity == "seafood"
    assert found["29,000 tonnes"].commodity == "seafood"


def test_a_respectively_list_with_goods_with_no_key_reads_them_item_by_item() -> None:
    """`Coal and tea earned $77 million and $74 million, respectively`: a list of goods with and
    without a key is read item by item, so the item with no key has no commodity (not the
    keyed item's, nor keyed goods named after the list); not goods qualifying a flow word
    (`LNG and coal imports`) nor a word qualifying keyed goods (`mineral fertilizers`)."""
    found = extracted("Kenya's exports rose 5% to $900 million in March. Coal and tea earned "
                      "$77 million and $74 million, respectively.", WHEN)
    assert found["$77 million"].commodity == "coal"
    assert found["$74 million"].commodity is None
    found = extracted("Honduras's sales abroad reached $4,100 million by April. Apparel and "
                      "cardamom led with $469 million and $424 million, respectively, followed by "
                      "bananas at $272 million.", WHEN)
    assert found["$469 million"].commodity == "textiles"
    assert found["$424 million"].commodity is None
    assert found["$272 million"].commodity == "food"
    found = extracted("Cargo through the Baltic ports grew 12.6% to 5.7 million tonnes. Coal and "
                      "mineral fertilizers made up most of it, at 1.86 million tonnes and 1.44 "
                      "million tonnes, respectively.", WHEN)
    assert found["1.44 million tonnes"].commodity == "fertilizer"
