"""Key events for timelines beside the flows (from `knowledge.events`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tradetrace.knowledge.events import events_between

TRADE_KINDS: tuple[str, ...] = ("nuclear_test", "resolution", "border", "treaty", "summit",
                                "infrastructure", "sanctions_monitoring", "trade_policy", "war")
"""Event kinds worth showing beside trade flows (launches are left out: too many)."""


@dataclass(frozen=True)
class KeyEvent:
    """One event placed on a timeline."""

    date: str
    """ISO day (a month-only event is placed on the 1st)."""
    label: str
    kind: str
    countries: tuple[str, ...]
    source: str


def key_events(start: int | None = None, end: int | None = None,
               kinds: tuple[str, ...] = TRADE_KINDS, country: str | None = None) -> list[KeyEvent]:
    """Events from the first day of year `start` to the last of year `end`."""
    first = date(start, 1, 1) if start else None
    last = date(end, 12, 31) if end else None
    return [KeyEvent(e.day.isoformat(), e.label, e.kind, e.countries, e.source)
            for e in events_between(first, last, kinds=kinds, country=country)]
