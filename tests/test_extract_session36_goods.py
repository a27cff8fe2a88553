"""Commodity rules of the thirty-sixth session of 2026-12-04, each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted

WHEN = date(2024, 11, 20)


def test_goods_listed_with_commas_take_the_key_common_to_the_whole_list() -> None:
    """A list of goods joined by commas and a last `and` is the most specific key true of all its
    items, not of its first two or last two (`commodity.coordinated`)."""
    found = extracted("Tankers moved 3.4 million barrels a day of crude, condensate and diesel "
                      "through the canal in 2023.", WHEN)["3.4 million barrels a day"]
    assert found.commodity == "oil"
    found = extracted("Vietnam sold rice, coal and steel worth $95 million to Laos in 2023.",
                      WHEN)["$95 million"]
    assert found.commodity == "trade"
    found = extracted("Peru exported wheat, barley, rice and maize worth $80 million to Bolivia "
                      "in 2023.", WHEN)["$80 million"]
    assert found.commodity == "grain"


def test_a_comma_alone_does_not_make_a_list_of_goods() -> None:
    """Goods set off by a comma with no `and` in the chain (`crude, the main item`) keep their own
    key."""
    found = extracted("Norway exported 1.2 million barrels a day of crude, its main export, in "
                      "2023.", WHEN)["1.2 million barrels a day"]
    assert found.commodity == "crude_oil"


def test_bare_sales_after_goods_in_the_sentence_are_sales_of_those_goods() -> None:
    """`sales`, like `exports` and `shipments`, carries the goods its sentence named before it
    (`commodity.specific_for_generic`); a total does not."""
    found = extracted("Peru's mango growers ended the season with sales of $410 million, 12% more "
                      "than a year before.", WHEN)
    assert found["$410 million"].commodity == "food"
    assert found["12%"].commodity == "food"
    found = extracted("Norway sold 30,000 tonnes of salmon to Japan in 2023, after a 15 percent "
                      "rise in sales to the country.", WHEN)["15 percent"]
    assert found.commodity == "seafood"


def test_bare_cargoes_after_goods_in_the_sentence_are_cargoes_of_those_goods() -> None:
    """`cargoes` carries the goods its sentence named before it, like `shipments`."""
    found = extracted("Brazil loaded 2.1 million tonnes of sugar in June, and its cargoes to "
                      "Algeria rose 18% to $95 million.", WHEN)["18%"]
    assert found.commodity == "sugar"


def test_a_clause_opening_with_goods_of_no_key_counts_those_goods() -> None:
    """`, while copper earned US$726 million`: a clause whose subject is goods with no key and
    whose verb leads straight to the figure is of those goods (unknown), not of keyed goods an
    earlier clause of the sentence named (`commodity.unnamed_goods`)."""
    found = extracted("Chile's cherries brought in $2.1 billion in 2023, ahead of grapes at $900 "
                      "million, while copper earned $640 million.", WHEN)
    assert found["$900 million"].commodity == "food"
    assert found["$640 million"].commodity is None
    found = extracted("Mangoes fetched $31 million, while cut flowers contributed $246 million in "
                      "the quarter.", WHEN)["$246 million"]
    assert found.commodity is None


def test_a_clause_of_goods_of_no_key_reaching_a_new_level_counts_those_goods() -> None:
    """`, while tea gained 5 percent to $1.5 billion`: the change and the level it reaches are
    of the clause's goods with no key, not of the keyed goods named before."""
    found = extracted("Coconut oil rose 79 percent to $300 million in 2023, while cocoa gained 5 "
                      "percent to $1.5 billion.", WHEN)
    assert found["$300 million"].commodity == "food"
    assert found["5 percent"].commodity is None
    assert found["$1.5 billion"].commodity is None


def test_common_goods_with_no_key_are_known_as_such() -> None:
    """Minerals and ores, aircraft, tiles, auto parts, phones, seaweed and the like have no key
    (`unkeyed_goods` in claim_cues.json): their flows are of unknown commodity, not all trade."""
    found = extracted("Rwanda's cassiterite exports rose 12% to $40 million in 2023.", WHEN)
    assert found["12%"].commodity is None
    assert found["$40 million"].commodity is None
    found = extracted("Spain's ceramic tiles exports reached 3.1 billion euros in 2023.",
                      WHEN)["3.1 billion euros"]
    assert found.commodity is None
    found = extracted("Chile sold $80 million of grapes to China in 2023, while seaweed earned "
                      "$64 million.", WHEN)["$64 million"]
    assert found.commodity is None
