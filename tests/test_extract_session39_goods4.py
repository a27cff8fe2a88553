"""Commodity rules of the thirty-ninth session (goods4) of 2026-12-05, each pinned by invented
sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted

WHEN = date(2024, 11, 20)


def test_an_amount_in_a_lettered_currency_after_of_is_no_goods() -> None:
    """`exports of R191.56 billion`, `purchases of KSh30.4 billion`: the letters of a currency
    before the amount are no origin, and the scale word after it no goods with no key, so the
    flow stays all trade."""
    found = extracted("South Africa's exports of R42.5 billion outpaced imports of R39.1 billion "
                      "in March.", WHEN)
    assert found["R42.5 billion"].commodity == "trade"
    assert found["R39.1 billion"].commodity == "trade"
    found = extracted("Uganda's purchases of KSh12.7 billion from Kenya rose in 2023.", WHEN)
    assert found["KSh12.7 billion"].commodity == "trade"


def test_goods_with_no_key_after_an_origin_still_leave_the_commodity_unknown() -> None:
    """The origin before goods after `of` is still read (`imports of U.S. natural gas`)."""
    found = extracted("Mexico's imports of U.S. natural gas rose to $9 billion in 2023.", WHEN)
    assert found["$9 billion"].commodity is None


def test_a_class_of_goods_named_by_its_stage_or_use_leaves_the_commodity_unknown() -> None:
    """`consumer goods`, `intermediate goods`, `processed goods`, `technology products`,
    `non-oil products`: a class of goods the taxonomy has no key for, not all trade (unlike
    `non-oil goods`, which the gold reads as total trade less oil)."""
    found = extracted("Peru's consumer goods imports climbed to $640 million in May.", WHEN)
    assert found["$640 million"].commodity is None
    found = extracted("Japan's intermediate goods exports to Vietnam rose 14% in 2023.", WHEN)
    assert found["14%"].commodity is None
    found = extracted("Ghana's processed goods exports came to 41,250 tonnes in 2023.", WHEN)
    assert found["41,250 tonnes"].commodity is None
    found = extracted("Taiwan's technology products exports rose 8% to $90 billion in 2023.",
                      WHEN)
    assert found["$90 billion"].commodity is None
    found = extracted("Angola's non-oil products exports rose to $1.2 billion in 2023.", WHEN)
    assert found["$1.2 billion"].commodity is None


def test_total_goods_exports_stay_all_trade() -> None:
    """A country's goods without a class word are still all trade."""
    found = extracted("Peru's goods imports climbed to $4.1 billion in May.", WHEN)
    assert found["$4.1 billion"].commodity == "trade"


def test_compensated_gross_tonnage_measures_ships() -> None:
    """`CGT` (compensated gross tonnage) is a measure of ships ordered or built and of nothing
    else, so a figure in it is of vehicles whatever the words around it."""
    found = extracted("Shipyards in Japan won 0.84 million CGT of new orders in October, "
                      "Clarksons said.", WHEN)
    assert found["0.84 million CGT"].commodity == "vehicles"


def test_bare_products_joined_to_crude_are_refined_products() -> None:
    """`crude and products`, `crude and finished products`: the products joined to crude are those
    refined from it, so the two together are oil, not crude alone."""
    found = extracted("Only 41% of Iraq's seaborne crude and products moved on insured "
                      "tankers in 2023.", WHEN)
    assert found["41%"].commodity == "oil"
    found = extracted("Chile's imports of crude and finished products fell 6 percent to "
                      "41.3 million barrels in 2023.", WHEN)
    assert found["41.3 million barrels"].commodity == "oil"
    found = extracted("Oman exported 30 million barrels of crude and condensate in 2023.", WHEN)
    assert found["30 million barrels"].commodity == "crude_oil"


def test_goods_a_total_flow_is_said_to_include_leave_it_all_trade() -> None:
    """`exports including fuel rose`: the figure is the total flow's, the goods a part of it."""
    found = extracted("Cyprus's exports including fuel rose 7 percent to 410 million euros in "
                      "March.", WHEN)
    assert found["410 million euros"].commodity == "trade"
    assert found["7 percent"].commodity == "trade"
    found = extracted("Cyprus's exports of fuel rose 3 percent to 90 million euros in March.",
                      WHEN)
    assert found["90 million euros"].commodity != "trade"
