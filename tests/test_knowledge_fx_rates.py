"""USD exchange-rate table: coverage, quoting and sources."""

from __future__ import annotations

import pytest

from tradetrace.knowledge.fx_rates import fx_rate, fx_rates


def test_every_currency_has_every_year_2000_to_2025() -> None:
    table = fx_rates()
    for currency in ("CNY", "RUB", "KRW", "EUR", "JPY"):
        for year in range(2000, 2026):
            rate = table[(currency, year)]
            assert rate.per_usd > 0 and rate.source.startswith("https://")


def test_eur_is_inverted_from_usd_per_euro() -> None:
    eur = fx_rate("eur", 2008)
    assert eur is not None and eur.per_usd == pytest.approx(1 / 1.4726)


def test_rates_are_in_plausible_bands() -> None:
    bands = {"CNY": (6.0, 8.3), "JPY": (75, 160), "KRW": (900, 1500), "RUB": (24, 100),
             "EUR": (0.65, 1.2)}
    for (currency, _year), rate in fx_rates().items():
        low, high = bands[currency]
        assert low <= rate.per_usd <= high, rate
    # the rouble's 2014-15 fall is in the table
    assert fx_rate("RUB", 2015).per_usd > 1.5 * fx_rate("RUB", 2013).per_usd  # type: ignore[union-attr]


def test_unsure_years_are_marked() -> None:
    assert fx_rate("CNY", 2025).certainty == "uncertain"  # type: ignore[union-attr]
    assert fx_rate("CNY", 2013).certainty == "recalled"  # type: ignore[union-attr]
    assert fx_rate("KPW", 2013) is None and fx_rate("CNY", 1999) is None
