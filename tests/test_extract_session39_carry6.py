"""Claim-stage gates of the thirty-ninth session's sixth carry round (2026-12-05): the period a
figure takes when a count of the flow's parties stands between it and its time, pinned by
invented sentences."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted

WHEN = date(2024, 3, 1)


def test_a_count_of_partner_countries_leaves_the_year_to_the_figure() -> None:
    """`... 4.2 million tonnes of wheat from 14 countries in 2022`: the count of countries only
    qualifies the flow; the year after it dates the figure (and the share after it)."""
    found = extracted("Egypt bought 4.2 million tonnes of wheat from 14 countries in 2022, and "
                      "Russia supplied 60% of it.", WHEN)
    tonnes = found["4.2 million tonnes"]
    assert (tonnes.period_start, tonnes.period_end) == ("2022-01-01", "2022-12-31")
    share = found["60%"]
    assert (share.period_start, share.period_end) == ("2022-01-01", "2022-12-31")


def test_a_count_of_supplier_firms_after_from() -> None:
    """`from nearly 25 companies in 2022`: the same for a count of firms the goods came from."""
    found = extracted("Kenya imported 80,000 tonnes of fertilizer from nearly 25 companies in "
                      "2022.", WHEN)
    tonnes = found["80,000 tonnes"]
    assert (tonnes.period_start, tonnes.period_end) == ("2022-01-01", "2022-12-31")


def test_a_count_with_a_time_between_keeps_the_nearer_time() -> None:
    """Only a figure left with no time reads past the count: `in May, to 12 markets in 2023`
    keeps the month written right after the figure."""
    found = extracted("Chile sold 9,400 tonnes of cherries in May to 12 markets in 2023.", WHEN)
    tonnes = found["9,400 tonnes"]
    assert (tonnes.period_start, tonnes.period_end) == ("2023-05-01", "2023-05-31")
