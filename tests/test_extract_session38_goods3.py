"""Commodity rules of the thirty-eighth session (goods3) of 2026-12-05, each pinned by invented
sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted

WHEN = date(2024, 11, 20)


def test_a_goods_adjective_right_before_a_flow_noun_leaves_the_commodity_unknown() -> None:
    """`petrochemical exports`, `horticultural exports`, `Rough imports`, `Swiss watch exports`:
    goods with no key named by a word that names them only before a flow noun
    (`unkeyed_goods_before_flow`), not all trade."""
    found = extracted("Qatar's petrochemical exports rose 9% to $4 billion in 2023.", WHEN)
    assert found["$4 billion"].commodity is None
    assert found["9%"].commodity is None
    found = extracted("Uganda's horticultural exports climbed to $210 million in 2023.", WHEN)
    assert found["$210 million"].commodity is None
    found = extracted("Belgium's rough imports fell 20% to $9 billion in 2023.", WHEN)
    assert found["$9 billion"].commodity is None
    found = extracted("Swiss watch exports slipped 2% to 2.1 billion francs in October.", WHEN)
    assert found["2.1 billion francs"].commodity is None


def test_the_goods_adjectives_elsewhere_leave_total_trade_alone() -> None:
    """The same words away from a flow noun name no goods: `a rough estimate` before total
    exports keeps them all trade."""
    found = extracted("By a rough estimate, Chile's exports rose 4% to $95 billion in 2023.", WHEN)
    assert found["$95 billion"].commodity == "trade"


def test_words_for_a_period_or_a_verb_before_a_flow_noun_name_no_goods() -> None:
    """`In the first quarter exports grew`, `In May alone imports rose`, `cumulative shipments`:
    a period, a qualifier or a verb before the flow noun (`flow_modifiers`,
    `verbs_before_flow`) names no goods with no key, so total exports stay all trade."""
    found = extracted("South Africa's trade surplus widened in March. In the first quarter "
                      "exports grew 8% to $250 billion.", WHEN)
    assert found["$250 billion"].commodity == "trade"
    found = extracted("In May alone imports from Japan rose 12% to $3.1 billion.", WHEN)
    assert found["$3.1 billion"].commodity == "trade"


def test_a_countrys_products_are_all_its_goods() -> None:
    """`$12 million of Peruvian products` are all goods (`trade`), like `Peruvian goods`; in
    barrels they are left to the unit."""
    found = extracted("Haiti bought $12 million of Peruvian products in March.", WHEN)
    assert found["$12 million"].commodity == "trade"
    found = extracted("Europe still took 900,000 barrels per day of Indian products in March.",
                      WHEN)
    assert found["900,000 barrels per day"].commodity != "trade"
