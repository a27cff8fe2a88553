"""Money in other currencies -> US dollars, with the dated rates of `knowledge/fx_rates.csv`.

The table holds annual averages, so a value is converted at the average of its year: the right
rate for annual trade totals, an approximation for a single shipment. USD passes through; a
currency or year without a rate gives None rather than a guess.
"""

from __future__ import annotations

from datetime import date

from tradetrace.knowledge.fx_rates import FxRate, fx_rate


def usd_rate(currency: str, on: date | None) -> FxRate | None:
    """The rate used for `currency` on a day (the annual average of its year), or None."""
    if on is None:
        return None
    return fx_rate(currency, on.year)


def to_usd(value: float, currency: str, on: date | None) -> float | None:
    """`value` in `currency` converted to US dollars at the rate of `on`'s year.

    USD passes through whatever the date; another currency needs a date and a rate for its year,
    else None (no date, unknown currency, KPW, or a year outside 2000-2025).
    """
    if currency.upper() == "USD":
        return value
    rate = usd_rate(currency, on)
    if rate is None:
        return None
    return value / rate.per_usd
