"""Dated US-dollar exchange rates from `fx_rates.csv` (annual averages, 2000-2025).

Columns: year, currency, rate, quote, certainty, source. `quote` says how the source quotes the
rate: `units_per_usd` (CNY, JPY, KRW, RUB) or `usd_per_unit` (EUR, as the Federal Reserve quotes
it); the loader turns both into units per USD. Sources: Federal Reserve G.5A annual averages
(CNY, EUR, JPY, KRW) and the World Bank/IMF official rate PA.NUS.FCRF (RUB). `certainty`:
`recalled` = annual average of the cited series as recorded when the table was written (not
downloaded; spot-check before publishing figures), `approximate` = 2024, `uncertain` = 2025
(partial year, rough). KPW has no market rate and is absent on purpose.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache

from tradetrace.knowledge import data_path


@dataclass(frozen=True)
class FxRate:
    """The annual average rate of one currency against the US dollar."""

    year: int
    """Calendar year the average covers."""
    currency: str
    """ISO 4217 code."""
    per_usd: float
    """Units of the currency per US dollar."""
    certainty: str
    """recalled, approximate or uncertain (see module docstring)."""
    source: str
    """URL of the published series."""


@cache
def fx_rates() -> dict[tuple[str, int], FxRate]:
    """All rates by (currency, year)."""
    table: dict[tuple[str, int], FxRate] = {}
    with data_path("fx_rates.csv").open("r", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            rate = float(row["rate"])
            per_usd = 1.0 / rate if row["quote"] == "usd_per_unit" else rate
            entry = FxRate(year=int(row["year"]), currency=row["currency"].upper(),
                           per_usd=per_usd, certainty=row["certainty"], source=row["source"])
            table[(entry.currency, entry.year)] = entry
    return table


def fx_rate(currency: str, year: int) -> FxRate | None:
    """The annual average rate for a currency and year, or None."""
    return fx_rates().get((currency.upper(), year))
