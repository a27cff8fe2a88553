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
