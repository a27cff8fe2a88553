"""to_usd: USD passes through; others at the annual average of their year; None otherwise."""

from __future__ import annotations

from datetime import date

import pytest

from tradetrace.normalize.currency import to_usd, usd_rate


def test_usd_passes_through_with_or_without_a_date() -> None:
    assert to_usd(24.8e6, "USD", None) == 24.8e6
    assert to_usd(5.0, "usd", date(1990, 1, 1)) == 5.0


def test_rouble_at_the_2013_average() -> None:
    # Rajin-Khasan: 5.5bn RUB in 2013 at ~31.85 RUB/USD
    assert to_usd(5.5e9, "RUB", date(2013, 9, 22)) == pytest.approx(5.5e9 / 31.85)


def test_euro_is_quoted_the_other_way() -> None:
    assert to_usd(100.0, "EUR", date(2008, 6, 1)) == pytest.approx(147.26)


def test_the_year_of_the_date_picks_the_rate() -> None:
    assert to_usd(1000, "CNY", date(2014, 12, 31)) != to_usd(1000, "CNY", date(2015, 1, 1))
    assert usd_rate("CNY", date(2015, 1, 1)).year == 2015  # type: ignore[union-attr]


def test_no_rate_gives_none() -> None:
    assert to_usd(100, "KPW", date(2013, 1, 1)) is None
    assert to_usd(100, "CNY", None) is None
    assert to_usd(100, "CNY", date(1995, 1, 1)) is None
    assert to_usd(100, "XXX", date(2013, 1, 1)) is None
