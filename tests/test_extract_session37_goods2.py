"""Commodity rules of the second commodity round of the thirty-seventh session (2026-12-04),
each pinned by invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted

WHEN = date(2024, 3, 21)


def test_a_countrys_export_earnings_are_of_all_goods() -> None:
    """`Malawi's export earnings`, `total export receipts`, `Fiji's import bill`: a country's
    earnings from everything it sells abroad (or its bill for everything it buys) are all
    goods."""
    cases = {
        "Malawi's export earnings rose 7.2 percent to $912 million in 2023, the central bank "
        "said.": ("7.2 percent", "$912 million"),
        "Fiji's import bill climbed 12 per cent to F$6.1 billion last year.":
            ("12 per cent", "$6.1 billion"),
        "Total export receipts reached $4.4 billion in 2023.": ("$4.4 billion",),
    }
    for text, surfaces in cases.items():
        claims = extracted(text, WHEN)
        for surface in surfaces:
            assert claims[surface].commodity == "trade", (text, surface)


def test_export_earnings_a_share_is_of_keep_the_parts_goods() -> None:
    """`8 percent of Malawi's export earnings`, `copper export earnings`: the whole a share is
    of, or earnings qualified by goods with no key, name no goods of every kind."""
    claims = extracted("Tea sold abroad earned Malawi $75 million in 2023, or 8 percent of "
                       "Malawi's total export earnings.", WHEN)
    assert claims["8 percent"].commodity is None
    assert claims["$75 million"].commodity is None
    claims = extracted("Copper export earnings rose 6 percent to $120 million in 2023.", WHEN)
    assert claims["$120 million"].commodity is None


def test_more_goods_with_no_key() -> None:
    """`pharma`, `cork`, `hydrocarbon`, `manufactured goods` (with hay, alfalfa, fluorspar,
    tequila, biodiesel, horticulture and mineral) are goods the taxonomy has no key for: a flow
    of them leaves the commodity unknown, not all goods carried from the sentence before or
    named by the figure's own flow word."""
    cases = {
        "India's exports rose 4 per cent in March. In March alone, pharma exports were up 9 per "
        "cent at USD 2.1 billion.": ("9 per cent", "USD 2.1 billion"),
        "Spain's cork exports reached a record €1.2 billion in 2023, 9 percent more than in 2022 "
        "and 4 percent above 2021.": ("4 percent",),
        "Exports of manufactured goods fell to $6.2 million from $8.4 million.":
            ("$6.2 million", "$8.4 million"),
        "Libya earned $30 billion from hydrocarbon exports in 2023, 20% more than the $25 "
        "billion of 2022.": ("$25 billion",),
    }
    for text, surfaces in cases.items():
        claims = extracted(text, WHEN)
        for surface in surfaces:
            assert claims[surface].commodity is None, (text, surface)
