"""A row of official trade statistics (customs, KOTRA, UN Comtrade, ...)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from tradetrace.model.ids import make_id

Flow = Literal["import", "export", "total"]


@dataclass(frozen=True)
class Statistic:
    """One published figure of merchandise trade between a reporter and a partner."""

    id: str
    """`sta-` + hash of reporter, partner, flow, commodity, period, source family, source."""
    reporter: str
    """ISO alpha-3 of the country whose trade this is (flows are from its side)."""
    partner: str
    """ISO alpha-3 of the partner, or `WLD` for all partners."""
    flow: Flow
    """import / export from the reporter's side, or total (imports + exports)."""
    commodity: str
    """Taxonomy key (`trade` for all goods, `refined_petroleum`, `crude_oil`, ...)."""
    year: int
    """Calendar year of the period."""
    period: str = ""
    """The period as published: `2013`, `201303`, `2019-01/2019-07`."""
    period_start: str | None = None
    """ISO date of the first day covered."""
    period_end: str | None = None
    """ISO date of the last day covered."""
    hs_code: str | None = None
    """HS code when the source gives one (`2710`, `TOTAL`)."""
    value_usd: float | None = None
    """Value in US dollars."""
    weight_t: float | None = None
    """Net weight in tonnes."""
    quantity: float | None = None
    """Other stated quantity (e.g. barrels) in `quantity_unit`."""
    quantity_unit: str | None = None
    """Canonical unit code of `quantity`."""
    source_family: str = ""
    """Publisher family: KOTRA, GACC (China customs), UN Comtrade, ITC, RU-official, ..."""
    source: str = ""
    """URL or reference of the publication."""
    notes: str = ""
    """Free-text notes from the source file."""
    mirror: bool = False
    """True when the figure is mirror data (reported by the partner, not the reporter)."""

    @staticmethod
    def make_id(
        reporter: str, partner: str, flow: str, commodity: str, period: str, source_family: str,
        source: str,
    ) -> str:
        return make_id("sta", reporter, partner, flow, commodity, period, source_family, source)
