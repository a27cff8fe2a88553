"""Commodity rules of the forty-eighth session (goods) of 2026-12-06, each pinned by invented
sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted

WHEN = date(2024, 11, 20)


def test_a_trade_word_after_a_later_figure_is_not_the_appended_change_s_goods() -> None:
    """`..., a 21% increase that made it 45.5% of total exports`: the change appended to the
    amount before goes on with its goods (here goods with no key); `total exports` is the whole
    of the share that follows, not the flow of the change."""
    found = extracted("Zambia exported $1,085 million of copper in May, a 21% increase that "
                      "made it 45.5% of the country's total exports.", WHEN)
    assert found["21%"].commodity is None
    found = extracted("Zambia exported $1,085 million of wheat in May, a 21% increase that "
                      "made it 45.5% of the country's total exports.", WHEN)
    assert found["21%"].commodity == "wheat"
